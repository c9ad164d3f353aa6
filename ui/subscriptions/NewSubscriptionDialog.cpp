#include "NewSubscriptionDialog.h"

#include "AddOnPicker.h"
#include "OutcomePreview.h"
#include "SubscriptionTexts.h"
#include "customers/CollationRanks.h"
#include "customers/CustomerService.h"
#include "subscriptions/SubscriptionTimeline.h"
#include "widgets/Plural.h"

#include <QAbstractListModel>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace subdesk::ui {

using billing::BillingInterval;
using customers::Customer;
using subscriptions::NewSubscription;

namespace {

constexpr int kPreviewPauseMs = 250;
constexpr int kMaxQuantity = 1000000;

/** Customer names for the searchable combo box: a plain list model, cheap for 100,000 names. */
class CustomerNameModel final : public QAbstractListModel
{
public:
    CustomerNameModel(QList<Customer> customers, QList<int> order, QObject* parent)
        : QAbstractListModel(parent)
        , m_customers(std::move(customers))
        , m_order(std::move(order))
    { }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_order.size()); }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_order.size())
            return {};
        const Customer& customer = m_customers.at(m_order.at(index.row()));
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return customer.displayName;
        if (role == Qt::UserRole)
            return m_order.at(index.row());
        if (role == Qt::ToolTipRole)
            return NewSubscriptionDialog::tr("Customer %1, billed in %2").arg(customer.id.value).arg(customer.currency);
        return {};
    }

private:
    QList<Customer> m_customers; ///< shares the dialog's list (implicitly shared, not copied)
    QList<int> m_order;
};

QFormLayout* newForm()
{
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return form;
}

} // namespace

NewSubscriptionDialog::NewSubscriptionDialog(subscriptions::SubscriptionService& service,
                                             customers::CustomerService& customers, QDate today,
                                             std::optional<CustomerId> customer, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_customers(customers)
    , m_today(today)
    , m_preview(new OutcomePreview(tr("First invoice"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newSubscriptionDialog"));
    setWindowTitle(tr("New subscription"));
    setModal(true);
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("subscribeButton"));
    m_okButton->setText(tr("Subscribe"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(12);
    layout->addWidget(buildForm());
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewPauseMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &NewSubscriptionDialog::refreshPreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewSubscriptionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewSubscriptionDialog::reject);

    fillCustomers(customer);
    customerChanged();
    resize(820, 720);
    refreshPreview();
}

QWidget* NewSubscriptionDialog::buildForm()
{
    auto* holder = new QWidget(this);
    m_customer = new QComboBox(holder);
    m_customer->setObjectName(QStringLiteral("customerCombo"));
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_customer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_customer->setMinimumContentsLength(24);
    m_customer->lineEdit()->setPlaceholderText(tr("Type to search customers"));
    m_plan = new QComboBox(holder);
    m_plan->setObjectName(QStringLiteral("planCombo"));
    m_interval = new QComboBox(holder);
    m_interval->setObjectName(QStringLiteral("intervalCombo"));
    m_priceHint = new QLabel(holder);
    m_priceHint->setObjectName(QStringLiteral("priceHint"));
    m_priceHint->setWordWrap(true);
    m_priceHint->setEnabled(false);
    m_quantity = new QSpinBox(holder);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setRange(1, kMaxQuantity);
    m_start = new QDateEdit(m_today, holder);
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_start->setCalendarPopup(true);
    m_anchor = new QComboBox(holder);
    m_anchor->setObjectName(QStringLiteral("anchorDayCombo"));
    m_anchor->setToolTip(tr("The day every period starts on. A start on another day is charged prorated up to it."));
    m_trial = new QSpinBox(holder);
    m_trial->setObjectName(QStringLiteral("trialDaysSpin"));
    m_trial->setRange(0, catalog::Plan::kMaxTrialDays);
    m_trial->setSuffix(tr(" days"));
    m_trialHint = new QLabel(holder);
    m_trialHint->setEnabled(false);
    m_coupon = new QLineEdit(holder);
    m_coupon->setObjectName(QStringLiteral("couponEdit"));
    m_coupon->setPlaceholderText(tr("None"));
    m_note = new QLineEdit(holder);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Optional, kept with the subscription's history"));
    m_addOns = new AddOnPicker(holder);

    auto* trialRow = new QHBoxLayout;
    trialRow->setSpacing(10);
    trialRow->addWidget(m_trial);
    trialRow->addWidget(m_trialHint, 1);

    auto* left = newForm();
    left->addRow(tr("&Customer:"), m_customer);
    left->addRow(tr("&Plan:"), m_plan);
    left->addRow(tr("&Billed:"), m_interval);
    left->addRow(QString(), m_priceHint);
    left->addRow(tr("&Quantity:"), m_quantity);
    auto* right = newForm();
    right->addRow(tr("&Start:"), m_start);
    right->addRow(tr("&Billing day:"), m_anchor);
    auto* trialLabel = new QLabel(tr("&Trial:"), holder);
    trialLabel->setBuddy(m_trial);
    right->addRow(trialLabel, trialRow);
    right->addRow(tr("C&oupon:"), m_coupon);
    right->addRow(tr("&Note:"), m_note);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* addOnsBox = new QGroupBox(tr("Add-ons"), holder);
    auto* addOnsLayout = new QVBoxLayout(addOnsBox);
    addOnsLayout->addWidget(m_addOns);

    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(columns);
    layout->addWidget(addOnsBox);

    connect(m_customer, &QComboBox::currentIndexChanged, this, &NewSubscriptionDialog::customerChanged);
    connect(m_customer->lineEdit(), &QLineEdit::textEdited, this, &NewSubscriptionDialog::schedulePreview);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &NewSubscriptionDialog::planChanged);
    connect(m_interval, &QComboBox::currentIndexChanged, this, &NewSubscriptionDialog::intervalChanged);
    connect(m_quantity, &QSpinBox::valueChanged, this, &NewSubscriptionDialog::schedulePreview);
    connect(m_start, &QDateEdit::dateChanged, this, &NewSubscriptionDialog::schedulePreview);
    connect(m_anchor, &QComboBox::currentIndexChanged, this, &NewSubscriptionDialog::schedulePreview);
    connect(m_trial, &QSpinBox::valueChanged, this, [this] {
        m_trialEdited = true;
        schedulePreview();
    });
    connect(m_coupon, &QLineEdit::textChanged, this, &NewSubscriptionDialog::schedulePreview);
    connect(m_addOns, &AddOnPicker::changed, this, &NewSubscriptionDialog::schedulePreview);
    return holder;
}

void NewSubscriptionDialog::fillCustomers(std::optional<CustomerId> preselected)
{
    auto loaded = m_customers.loadAll();
    if (!loaded) {
        m_preview->showError(loaded.error().message);
        return;
    }
    m_customerList.clear();
    for (Customer& customer : *loaded) {
        if (customer.status == customers::CustomerStatus::Active || (preselected && customer.id == *preselected))
            m_customerList.append(std::move(customer));
    }
    const QList<qint64> ranks =
        collationRanks(m_customerList.size(), [this](qsizetype i) { return m_customerList.at(i).displayName; });
    QList<int> order(m_customerList.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&ranks](int a, int b) { return ranks.at(a) < ranks.at(b); });

    const QSignalBlocker blocker(m_customer);
    m_customer->setModel(new CustomerNameModel(m_customerList, order, m_customer));
    auto* completer = new QCompleter(m_customer->model(), m_customer);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_customer->setCompleter(completer);
    int row = -1;
    for (int i = 0; preselected && i < order.size(); ++i) {
        if (m_customerList.at(order.at(i)).id == *preselected)
            row = i;
    }
    m_customer->setCurrentIndex(row);
    if (row < 0)
        m_customer->lineEdit()->clear();
}

std::optional<Customer> NewSubscriptionDialog::currentCustomer() const
{
    const int row = m_customer->currentIndex();
    // Typed text that is not (yet) a customer's name chooses nobody.
    if (row < 0 || m_customer->currentText() != m_customer->itemText(row))
        return std::nullopt;
    return m_customerList.value(m_customer->itemData(row, Qt::UserRole).toInt());
}

Currency NewSubscriptionDialog::currentCurrency() const
{
    const auto customer = currentCustomer();
    return customer ? Currency::fromCode(customer->currency).value_or(Currency()) : Currency();
}

const catalog::Plan* NewSubscriptionDialog::currentPlan() const
{
    return m_service.catalogService().catalog().plan(PlanId(m_plan->currentData().toLongLong()));
}

std::optional<BillingInterval> NewSubscriptionDialog::currentInterval() const
{
    const auto parsed = BillingInterval::fromString(m_interval->currentData().toString());
    return parsed ? std::optional<BillingInterval>(*parsed) : std::nullopt;
}

void NewSubscriptionDialog::customerChanged()
{
    // The plans stay; what changes with the customer is the currency, so the intervals and prices.
    if (m_plan->count() == 0) {
        const QSignalBlocker blocker(m_plan);
        for (const catalog::Plan& plan : m_service.catalogService().catalog().plans) {
            if (!plan.archived)
                m_plan->addItem(tr("%1 (%2)").arg(plan.name, plan.code), plan.id.value);
        }
    }
    planChanged();
}

void NewSubscriptionDialog::planChanged()
{
    const catalog::Catalog& catalog = m_service.catalogService().catalog();
    const catalog::Plan* plan = currentPlan();
    const Currency currency = currentCurrency();
    {
        const QSignalBlocker blocker(m_interval);
        const QString previous = m_interval->currentData().toString();
        m_interval->clear();
        QList<const catalog::Price*> prices;
        if (plan && currency.isValid()) {
            for (const catalog::Price* price : catalog.pricesOf(catalog::PriceOwner::Plan, plan->id.value)) {
                if (!price->archived && price->currency == currency && price->interval && price->latest())
                    prices.append(price);
            }
        }
        std::sort(prices.begin(), prices.end(), [](const catalog::Price* a, const catalog::Price* b) {
            return std::pair(int(a->interval->unit), a->interval->count)
                < std::pair(int(b->interval->unit), b->interval->count);
        });
        for (const catalog::Price* price : std::as_const(prices))
            m_interval->addItem(
                tr("%1 — %2").arg(price->interval->displayText(), subscriptiontext::priceText(price->latest()->model)),
                price->interval->toString());
        m_interval->setCurrentIndex(std::max(0, m_interval->findData(previous)));
    }
    if (plan) {
        const QSignalBlocker blocker(m_trial);
        if (!m_trialEdited)
            m_trial->setValue(plan->trialDays);
        m_trialHint->setText(pluralized(tr("plan default: %Ln day(s)", nullptr, plan->trialDays), plan->trialDays));
    }
    intervalChanged();
}

void NewSubscriptionDialog::intervalChanged()
{
    const catalog::Catalog& catalog = m_service.catalogService().catalog();
    const catalog::Plan* plan = currentPlan();
    const auto interval = currentInterval();
    const Currency currency = currentCurrency();

    QString hint;
    if (plan && currency.isValid() && !interval)
        hint = tr("%1 has no price in %2.").arg(plan->name, currency.code());
    else if (plan && interval) {
        if (const catalog::Price* price =
                catalog.findPrice(catalog::PriceOwner::Plan, plan->id.value, currency, interval);
            price && price->latest()) {
            hint = price->latest()->model.describe();
            if (!price->latest()->setupFee.isZero())
                hint = tr("%1; setup fee %2 once").arg(hint, subscriptiontext::money(price->latest()->setupFee));
        }
    }
    m_priceHint->setText(hint);
    m_priceHint->setVisible(!hint.isEmpty());

    {
        const QSignalBlocker blocker(m_anchor);
        const int previous = m_anchor->currentData().toInt();
        m_anchor->clear();
        const billing::IntervalUnit unit = interval ? interval->unit : billing::IntervalUnit::Month;
        m_anchor->addItem(tr("None (the start day)"), 0);
        if (unit == billing::IntervalUnit::Week) {
            for (int day = 1; day <= 7; ++day)
                m_anchor->addItem(subscriptiontext::anchorDayText(day, unit), day);
        } else if (unit != billing::IntervalUnit::Day) {
            for (int day = 1; day <= 31; ++day)
                m_anchor->addItem(subscriptiontext::anchorDayText(day, unit), day);
        }
        m_anchor->setCurrentIndex(std::max(0, m_anchor->findData(previous)));
        m_anchor->setEnabled(m_anchor->count() > 1);
    }
    m_addOns->setOffer(catalog, plan, currency, interval.value_or(BillingInterval {}), {});
    schedulePreview();
}

NewSubscription NewSubscriptionDialog::request() const
{
    NewSubscription request;
    if (const auto customer = currentCustomer())
        request.customerId = customer->id;
    if (const catalog::Plan* plan = currentPlan())
        request.planId = plan->id;
    request.interval = currentInterval().value_or(BillingInterval {});
    request.quantity = m_quantity->value();
    request.startDate = m_start->date();
    request.anchorDay = m_anchor->currentData().toInt();
    if (m_trialEdited)
        request.trialDays = m_trial->value();
    request.couponCode = m_coupon->text().trimmed();
    request.addOns = m_addOns->choices();
    request.note = m_note->text().trimmed();
    return request;
}

void NewSubscriptionDialog::schedulePreview()
{
    m_okButton->setEnabled(false);
    m_previewTimer.start();
}

void NewSubscriptionDialog::refreshPreview()
{
    m_previewTimer.stop();
    m_okButton->setEnabled(false);
    if (!currentCustomer()) {
        m_preview->showHint(tr("Choose the customer to see the first invoice."));
        return;
    }
    if (!currentPlan()) {
        m_preview->showHint(m_plan->count() == 0 ? tr("There are no plans yet: add one on the Plans page.")
                                                 : tr("Choose a plan to see the first invoice."));
        return;
    }
    if (!currentInterval()) {
        m_preview->showError(m_priceHint->text());
        return;
    }
    const auto outcome = m_service.create(request(), /*dryRun*/ true);
    if (!outcome) {
        m_preview->showError(outcome.error().message);
        return;
    }
    QString nothing = tr("Nothing is billed now.");
    if (const auto timeline = subscriptions::SubscriptionTimeline::build(outcome->subscription);
        timeline && outcome->laterItems.isEmpty()) {
        const QDate next = timeline->nextBillingDate(m_today.addDays(-1));
        if (next.isValid())
            nothing = tr("Nothing is billed now: the first invoice comes with the billing run on %1.")
                          .arg(subscriptiontext::date(next));
    }
    m_preview->showOutcome(*outcome, nothing);
    m_okButton->setEnabled(true);
}

void NewSubscriptionDialog::accept()
{
    if (m_previewTimer.isActive())
        refreshPreview();
    if (!m_okButton->isEnabled())
        return;
    auto recorded = m_service.create(request());
    if (!recorded) {
        m_preview->showError(recorded.error().message);
        m_okButton->setEnabled(false);
        return;
    }
    m_outcome = *recorded;
    QDialog::accept();
}

} // namespace subdesk::ui
