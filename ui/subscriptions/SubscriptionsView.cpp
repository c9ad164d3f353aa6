#include "SubscriptionsView.h"

#include "BillingRunDialog.h"
#include "ChangeSubscriptionDialog.h"
#include "NewSubscriptionDialog.h"
#include "OutcomePreview.h"
#include "RestartSubscriptionDialog.h"
#include "StopSubscriptionDialog.h"
#include "SubscriptionDetailPane.h"
#include "SubscriptionFilterModel.h"
#include "SubscriptionTableModel.h"
#include "SubscriptionTexts.h"
#include "billing/BillingRunner.h"
#include "common/Clock.h"
#include "customers/CustomerService.h"
#include "widgets/BusyCursor.h"
#include "widgets/Icons.h"
#include "widgets/Plural.h"
#include "widgets/TextDirectionDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace subdesk::ui {

using subscriptions::SubscriptionStatus;
using subscriptions::SubscriptionSummary;

namespace {

const QString kHeaderKey = QStringLiteral("subscriptionsView/header");
const QString kSplitterKey = QStringLiteral("subscriptionsView/splitter");

} // namespace

SubscriptionsView::SubscriptionsView(subscriptions::SubscriptionService& service, billing::BillingRunner& runner,
                                     customers::CustomerService& customers, const Clock& clock, QWidget* parent)
    : SectionView(parent)
    , m_service(service)
    , m_runner(runner)
    , m_customers(customers)
    , m_clock(clock)
    , m_model(new SubscriptionTableModel(this))
    , m_proxy(new SubscriptionFilterModel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(m_splitter))
    , m_emptyLabel(new QLabel(m_table))
    , m_detail(new SubscriptionDetailPane(service, clock, m_splitter))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("subscriptionsView"));
    buildActions();
    m_proxy->setSourceModel(m_model);
    setUpTable();

    m_emptyLabel->setObjectName(QStringLiteral("subscriptionsEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    m_emptyLabel->hide();
    m_statusLabel->setObjectName(QStringLiteral("subscriptionsStatusLabel"));

    m_splitter->setObjectName(QStringLiteral("subscriptionsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({420, 300});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(buildToolBar());
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_statusLabel);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SubscriptionsView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SubscriptionsView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SubscriptionsView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SubscriptionsView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &SubscriptionsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubscriptionsView::currentRowChanged);
    connect(m_detail, &SubscriptionDetailPane::failed, this,
            [this](const QString& message) { Q_EMIT messageRequested(message, MessageBar::Kind::Error); });

    connect(&m_service, &subscriptions::SubscriptionService::subscriptionChanged, this,
            &SubscriptionsView::subscriptionChanged);
    connect(&m_service, &subscriptions::SubscriptionService::subscriptionsReset, this,
            &SubscriptionsView::reloadWhenShown);
    connect(&m_runner, &billing::BillingRunner::billed, this, &SubscriptionsView::reloadWhenShown);
    connect(&m_service.catalogService(), &catalog::CatalogService::catalogChanged, this, [this] {
        refillPlans();
        reloadWhenShown(); // plan names and prices in the rows
    });
    connect(&m_customers, &customers::CustomerService::customerChanged, this,
            [this](const customers::Customer& customer) {
                m_model->renameCustomer(customer.id, customer.displayName);
                if (m_detail->subscriptionId().isValid())
                    m_detail->refresh();
            });
    connect(&m_customers, &customers::CustomerService::customersReset, this, &SubscriptionsView::reloadWhenShown);

    refillPlans();
    updateStatus();
}

SubscriptionsView::~SubscriptionsView()
{
    QSettings settings;
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void SubscriptionsView::buildActions()
{
    const auto make = [this](const QString& name, const QString& icon, const QString& text, const QString& iconText,
                             const QString& tip) {
        auto* action = icon.isEmpty() ? new QAction(text, this) : new QAction(themeIcon(icon), text, this);
        action->setObjectName(name);
        action->setIconText(iconText);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    m_newAction = make(QStringLiteral("newSubscriptionAction"), QStringLiteral("add"), tr("&New subscription…"),
                       tr("New…"), tr("Subscribe a customer to a plan"));
    m_changeAction =
        make(QStringLiteral("changeSubscriptionAction"), QStringLiteral("edit"), tr("C&hange subscription…"),
             tr("Change…"), tr("Change the plan, quantity, add-ons, interval or coupon of the selected subscription"));
    m_pauseAction = make(QStringLiteral("pauseSubscriptionAction"), QString(), tr("&Pause subscription…"), tr("Pause…"),
                         tr("Stop billing the selected subscription for a while"));
    m_resumeAction = make(QStringLiteral("resumeSubscriptionAction"), QString(), tr("&Resume subscription…"),
                          tr("Resume…"), tr("Start billing the selected paused subscription again"));
    m_cancelAction = make(QStringLiteral("cancelSubscriptionAction"), QStringLiteral("archive"),
                          tr("Ca&ncel subscription…"), tr("Cancel…"), tr("End the selected subscription"));
    m_reactivateAction =
        make(QStringLiteral("reactivateSubscriptionAction"), QStringLiteral("restore"), tr("Reac&tivate subscription…"),
             tr("Reactivate…"), tr("Continue the selected cancelled or cancelling subscription"));
    m_runAction = make(QStringLiteral("runBillingAction"), QStringLiteral("invoices"), tr("Run &billing…"),
                       tr("Run billing…"), tr("Write the invoices and credit notes that are due"));

    connect(m_newAction, &QAction::triggered, this, &SubscriptionsView::newSubscription);
    connect(m_changeAction, &QAction::triggered, this, &SubscriptionsView::changeSubscription);
    connect(m_pauseAction, &QAction::triggered, this, &SubscriptionsView::pauseSubscription);
    connect(m_resumeAction, &QAction::triggered, this, &SubscriptionsView::resumeSubscription);
    connect(m_cancelAction, &QAction::triggered, this, &SubscriptionsView::cancelSubscription);
    connect(m_reactivateAction, &QAction::triggered, this, &SubscriptionsView::reactivateSubscription);
    connect(m_runAction, &QAction::triggered, this, &SubscriptionsView::runBilling);
}

QWidget* SubscriptionsView::buildToolBar()
{
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("subscriptionsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(m_newAction);
    bar->addAction(m_changeAction);
    bar->addSeparator();
    bar->addAction(m_pauseAction);
    bar->addAction(m_resumeAction);
    bar->addAction(m_cancelAction);
    bar->addAction(m_reactivateAction);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_runAction);
    return bar;
}

QWidget* SubscriptionsView::buildFilterBar()
{
    auto* row = new QWidget(this);
    m_search = new QLineEdit(row);
    m_search->setObjectName(QStringLiteral("subscriptionSearchEdit"));
    m_search->setPlaceholderText(tr("Search customer"));
    m_search->setToolTip(tr("Shows the subscriptions of customers whose name contains every word typed"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themeIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);

    m_statusCombo = new QComboBox(row);
    m_statusCombo->setObjectName(QStringLiteral("subscriptionStatusCombo"));
    m_statusCombo->setToolTip(tr("Show subscriptions with this status only"));
    m_statusCombo->addItem(tr("All statuses"), QString());
    for (SubscriptionStatus status : subscriptions::allSubscriptionStatuses())
        m_statusCombo->addItem(subscriptions::subscriptionStatusName(status),
                               subscriptions::subscriptionStatusKey(status));
    m_planCombo = new QComboBox(row);
    m_planCombo->setObjectName(QStringLiteral("subscriptionPlanCombo"));
    m_planCombo->setToolTip(tr("Show subscriptions to this plan only"));
    m_planCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_planCombo);
    layout->addWidget(m_statusCombo);

    connect(m_search, &QLineEdit::textChanged, this, &SubscriptionsView::applyFilters);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &SubscriptionsView::applyFilters);
    connect(m_planCombo, &QComboBox::currentIndexChanged, this, &SubscriptionsView::applyFilters);
    return row;
}

void SubscriptionsView::setUpTable()
{
    m_table->setObjectName(QStringLiteral("subscriptionsTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new TextDirectionDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights: the view never asks 100,000 rows for their size hint.
    QHeaderView* rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    rows->hide();

    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    const QFontMetrics metrics = m_table->fontMetrics();
    // Defaults that fit the page of a 1200-pixel window; the clerk's own widths are restored below.
    const auto width = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 16; };
    const QString date = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    header->resizeSection(SubscriptionTableModel::NumberColumn, width(QStringLiteral("00000")));
    header->resizeSection(SubscriptionTableModel::CustomerColumn, width(QStringLiteral("Hämäläinen Ohjelmisto")));
    header->resizeSection(SubscriptionTableModel::PlanColumn, width(QStringLiteral("Team Chat Enterprise")));
    header->resizeSection(SubscriptionTableModel::StatusColumn, width(QStringLiteral("Scheduled")));
    header->resizeSection(SubscriptionTableModel::QuantityColumn, width(QStringLiteral("00,000")));
    header->resizeSection(SubscriptionTableModel::IntervalColumn, width(QStringLiteral("Monthly00")));
    header->resizeSection(SubscriptionTableModel::AmountColumn, width(QStringLiteral("€1,234.00")));
    for (int column : {SubscriptionTableModel::NextBillingColumn, SubscriptionTableModel::StartColumn,
                       SubscriptionTableModel::EndColumn})
        header->resizeSection(column, width(date + QLatin1Char('0')));
    m_table->setSortingEnabled(true);
    // First run: by customer, A to Z; afterwards as the clerk left it.
    if (!header->restoreState(QSettings().value(kHeaderKey).toByteArray()))
        header->setSortIndicator(SubscriptionTableModel::CustomerColumn, Qt::AscendingOrder);
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_changeAction->isEnabled())
            changeSubscription();
    });
}

QList<QAction*> SubscriptionsView::menuActions(Menu menu) const
{
    if (menu == Menu::File)
        return {m_runAction};
    return {m_newAction, m_changeAction, m_pauseAction, m_resumeAction, m_cancelAction, m_reactivateAction};
}

void SubscriptionsView::showEvent(QShowEvent* event)
{
    SectionView::showEvent(event);
    if (m_stale) {
        // After the first paint, so the page appears at once and fills a moment later.
        QTimer::singleShot(0, this, [this] {
            if (!m_stale)
                return;
            if (auto loaded = reload(); !loaded)
                Q_EMIT messageRequested(loaded.error().message, MessageBar::Kind::Error);
        });
    }
}

bool SubscriptionsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        m_emptyLabel->setGeometry(m_table->viewport()->geometry());
    return SectionView::eventFilter(watched, event);
}

Status SubscriptionsView::reload()
{
    BusyCursor busy;
    const SubscriptionId current = currentSummary() ? currentSummary()->id : SubscriptionId();
    auto summaries = m_service.summaries(m_clock.today());
    if (!summaries)
        return summaries.error();
    m_model->setSummaries(std::move(*summaries));
    m_loaded = true;
    m_stale = false;
    if (current.isValid())
        selectSubscription(current);
    m_detail->showSubscription(currentSummary() ? currentSummary()->id : SubscriptionId());
    updateStatus();
    return {};
}

void SubscriptionsView::reloadWhenShown()
{
    m_stale = true;
    if (!isVisible())
        return;
    if (auto loaded = reload(); !loaded)
        Q_EMIT messageRequested(loaded.error().message, MessageBar::Kind::Error);
}

void SubscriptionsView::subscriptionChanged(SubscriptionId id)
{
    if (m_loaded && !m_stale) {
        const auto subscription = m_service.find(id);
        auto summary = subscription ? m_service.summary(*subscription, m_clock.today())
                                    : Result<SubscriptionSummary>(subscription.error());
        if (!summary) {
            Q_EMIT messageRequested(summary.error().message, MessageBar::Kind::Error);
            return;
        }
        m_model->updateSummary(*summary);
    }
    if (m_detail->subscriptionId() == id)
        m_detail->refresh();
    updateActions();
}

void SubscriptionsView::refillPlans()
{
    const QSignalBlocker blocker(m_planCombo);
    const qint64 current = m_planCombo->currentData().toLongLong();
    m_planCombo->clear();
    m_planCombo->addItem(tr("All plans"), qint64(0));
    for (const catalog::Plan& plan : m_service.catalogService().catalog().plans) {
        const QString text =
            plan.archived ? tr("%1 (%2, archived)").arg(plan.name, plan.code) : tr("%1 (%2)").arg(plan.name, plan.code);
        m_planCombo->addItem(text, plan.id.value);
    }
    m_planCombo->setCurrentIndex(std::max(0, m_planCombo->findData(current)));
}

void SubscriptionsView::applyFilters()
{
    m_proxy->setCustomerText(m_search->text());
    m_proxy->setStatus(subscriptions::subscriptionStatusFromKey(m_statusCombo->currentData().toString()));
    m_proxy->setPlan(PlanId(m_planCombo->currentData().toLongLong()));
}

std::optional<SubscriptionSummary> SubscriptionsView::currentSummary() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->summaryAt(m_proxy->mapToSource(current).row());
}

void SubscriptionsView::selectSubscription(SubscriptionId id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // The filters hide it: show everything rather than a selection the clerk cannot see.
        const QSignalBlocker blockers[] = {QSignalBlocker(m_search), QSignalBlocker(m_statusCombo),
                                           QSignalBlocker(m_planCombo)};
        m_search->clear();
        m_statusCombo->setCurrentIndex(0);
        m_planCombo->setCurrentIndex(0);
        applyFilters();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void SubscriptionsView::currentRowChanged()
{
    const auto current = currentSummary();
    const SubscriptionId id = current ? current->id : SubscriptionId();
    if (id != m_detail->subscriptionId())
        m_detail->showSubscription(id);
    updateActions();
}

void SubscriptionsView::updateActions()
{
    const auto current = currentSummary();
    const auto status = current ? std::optional<SubscriptionStatus>(current->status) : std::nullopt;
    const bool ended = status == SubscriptionStatus::Cancelled || status == SubscriptionStatus::Expired;
    const bool ending = current && current->endDate.isValid() && !ended;
    const bool running = status == SubscriptionStatus::Active || status == SubscriptionStatus::Trialing
        || status == SubscriptionStatus::Scheduled;
    m_changeAction->setEnabled(running && !ending);
    m_pauseAction->setEnabled(status == SubscriptionStatus::Active && !ending);
    m_resumeAction->setEnabled(status == SubscriptionStatus::Paused);
    m_cancelAction->setEnabled((running || status == SubscriptionStatus::Paused) && !ending);
    m_reactivateAction->setEnabled(ended || ending);
}

void SubscriptionsView::updateStatus()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_statusLabel->setText(
        pluralized(tr("Showing %1 of %Ln subscription(s)", nullptr, total), total).arg(QLocale().toString(shown)));
    if (shown == 0 && m_loaded) {
        m_emptyLabel->setText(total == 0 ? tr("No subscriptions yet.\nSubscribe a customer to a plan with New.")
                                         : tr("No subscriptions match the search and filters."));
        m_emptyLabel->setGeometry(m_table->viewport()->geometry());
        m_emptyLabel->show();
        m_emptyLabel->raise();
    } else {
        m_emptyLabel->hide();
    }
    if (!m_table->currentIndex().isValid() && m_detail->subscriptionId().isValid())
        m_detail->showSubscription(SubscriptionId());
    updateActions();
}

void SubscriptionsView::reportOutcome(const QString& what, const subscriptions::Outcome& outcome)
{
    QStringList parts {what};
    parts.append(OutcomePreview::netSentences(outcome));
    Q_EMIT messageRequested(parts.join(QLatin1Char(' ')), MessageBar::Kind::Positive);
}

void SubscriptionsView::newSubscription()
{
    Q_EMIT activationRequested();
    const auto current = currentSummary();
    NewSubscriptionDialog dialog(m_service, m_customers, m_clock.today(),
                                 current ? std::optional<CustomerId>(current->customerId) : std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const subscriptions::Outcome& outcome = dialog.outcome();
    if (m_loaded && !m_stale)
        selectSubscription(outcome.subscription.id);
    reportOutcome(tr("Subscription %1 created.").arg(QLocale().toString(outcome.subscription.id.value)), outcome);
}

void SubscriptionsView::changeSubscription()
{
    const auto current = currentSummary();
    if (!current)
        return;
    Q_EMIT activationRequested();
    ChangeSubscriptionDialog dialog(m_service, m_customers, current->id, m_clock.today(), this);
    if (dialog.exec() == QDialog::Accepted)
        reportOutcome(tr("Subscription %1 changed.").arg(QLocale().toString(current->id.value)), dialog.outcome());
}

void SubscriptionsView::pauseSubscription()
{
    const auto current = currentSummary();
    if (!current)
        return;
    Q_EMIT activationRequested();
    StopSubscriptionDialog dialog(StopSubscriptionDialog::Mode::Pause, m_service, m_customers, current->id,
                                  m_clock.today(), this);
    if (dialog.exec() == QDialog::Accepted)
        reportOutcome(tr("Subscription %1 paused.").arg(QLocale().toString(current->id.value)), dialog.outcome());
}

void SubscriptionsView::cancelSubscription()
{
    const auto current = currentSummary();
    if (!current)
        return;
    Q_EMIT activationRequested();
    StopSubscriptionDialog dialog(StopSubscriptionDialog::Mode::Cancel, m_service, m_customers, current->id,
                                  m_clock.today(), this);
    if (dialog.exec() == QDialog::Accepted)
        reportOutcome(tr("Subscription %1 cancelled.").arg(QLocale().toString(current->id.value)), dialog.outcome());
}

void SubscriptionsView::resumeSubscription()
{
    const auto current = currentSummary();
    if (!current)
        return;
    Q_EMIT activationRequested();
    RestartSubscriptionDialog dialog(RestartSubscriptionDialog::Mode::Resume, m_service, m_customers, current->id,
                                     m_clock.today(), this);
    if (dialog.exec() == QDialog::Accepted)
        reportOutcome(tr("Subscription %1 resumed.").arg(QLocale().toString(current->id.value)), dialog.outcome());
}

void SubscriptionsView::reactivateSubscription()
{
    const auto current = currentSummary();
    if (!current)
        return;
    Q_EMIT activationRequested();
    RestartSubscriptionDialog dialog(RestartSubscriptionDialog::Mode::Reactivate, m_service, m_customers, current->id,
                                     m_clock.today(), this);
    if (dialog.exec() == QDialog::Accepted)
        reportOutcome(tr("Subscription %1 reactivated.").arg(QLocale().toString(current->id.value)), dialog.outcome());
}

void SubscriptionsView::runBilling()
{
    Q_EMIT activationRequested();
    BillingRunDialog dialog(m_runner, m_customers, m_clock.today(), this);
    dialog.setInvoices(m_invoices);
    dialog.exec();
    if (!dialog.summaryText().isEmpty() && dialog.hasRun())
        Q_EMIT messageRequested(dialog.summaryText(), MessageBar::Kind::Positive);
}

} // namespace subdesk::ui
