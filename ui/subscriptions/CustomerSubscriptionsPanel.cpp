#include "CustomerSubscriptionsPanel.h"

#include "NewSubscriptionDialog.h"
#include "OutcomePreview.h"
#include "SubscriptionTexts.h"
#include "billing/BillingRunner.h"
#include "common/Clock.h"
#include "customers/CustomerService.h"
#include "customers/CustomersView.h"
#include "subscriptions/SubscriptionService.h"
#include "surveys/CustomerFeedbackPanel.h"
#include "widgets/Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

namespace subdesk::ui {

using subscriptions::SubscriptionStatus;

namespace {

enum Column
{
    NumberColumn,
    PlanColumn,
    StatusColumn,
    QuantityColumn,
    IntervalColumn,
    AmountColumn,
    NextBillingColumn,
    EndColumn,
};

} // namespace

CustomerSubscriptionsPanel::CustomerSubscriptionsPanel(subscriptions::SubscriptionService& service,
                                                       billing::BillingRunner& runner,
                                                       customers::CustomerService& customers, const Clock& clock,
                                                       QWidget* parent)
    : CustomerDetailPanel(QStringLiteral("customerSubscriptionsTitle"), parent)
    , m_service(service)
    , m_customers(customers)
    , m_clock(clock)
    , m_newButton(new QPushButton(themeIcon(QStringLiteral("add")), tr("New subscription…"), this))
    , m_table(new QTreeWidget(this))
    , m_placeholder(new QLabel(m_table))
{
    setObjectName(QStringLiteral("customerSubscriptionsPanel"));
    m_newButton->setObjectName(QStringLiteral("customerNewSubscriptionButton"));
    m_newButton->setToolTip(tr("Subscribe the selected customer to a plan"));

    m_table->setObjectName(QStringLiteral("customerSubscriptionsTable"));
    m_table->setColumnCount(8);
    m_table->setHeaderLabels({tr("No."), tr("Plan"), tr("Status"), tr("Qty"), tr("Billed"), tr("Per period"),
                              tr("Next billing"), tr("Ends")});
    for (int column : {NumberColumn, QuantityColumn, AmountColumn})
        m_table->headerItem()->setTextAlignment(column, Qt::AlignTrailing | Qt::AlignVCenter);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->header()->setStretchLastSection(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_table->installEventFilter(this);

    head()->setStretchFactor(title(), 1);
    head()->addWidget(m_newButton);
    setBody(m_table);

    connect(m_newButton, &QPushButton::clicked, this, &CustomerSubscriptionsPanel::newSubscription);
    connect(&m_service, &subscriptions::SubscriptionService::subscriptionChanged, this,
            &CustomerSubscriptionsPanel::scheduleReload);
    connect(&m_service, &subscriptions::SubscriptionService::subscriptionsReset, this,
            &CustomerSubscriptionsPanel::scheduleReload);
    connect(&runner, &billing::BillingRunner::billed, this, &CustomerSubscriptionsPanel::scheduleReload);
    reload();
}

CustomerSubscriptionsPanel* CustomerSubscriptionsPanel::attachTo(CustomersView& view,
                                                                 subscriptions::SubscriptionService& service,
                                                                 billing::BillingRunner& runner,
                                                                 customers::CustomerService& customers,
                                                                 const Clock& clock, surveys::SurveyService* feedback)
{
    auto* panel = new CustomerSubscriptionsPanel(service, runner, customers, clock, &view);
    view.setDetailPanel(feedback ? CustomerFeedbackPanel::besideSubscriptions(panel, view, *feedback, customers, clock)
                                 : static_cast<QWidget*>(panel));
    connect(&view, &CustomersView::currentCustomerChanged, panel,
            [panel, &view] { panel->setCustomer(view.currentCustomer()); });
    connect(panel, &CustomerSubscriptionsPanel::messageRequested, &view, &SectionView::messageRequested);
    panel->setCustomer(view.currentCustomer());
    return panel;
}

bool CustomerSubscriptionsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        m_placeholder->setGeometry(m_table->viewport()->geometry());
    return CustomerDetailPanel::eventFilter(watched, event);
}

void CustomerSubscriptionsPanel::sameCustomerAgain()
{
    title()->setText(tr("Subscriptions of %1").arg(customer()->displayName));
}

void CustomerSubscriptionsPanel::fill()
{
    m_table->clear();
    m_newButton->setEnabled(customer().has_value());
    if (!customer()) {
        title()->setText(tr("Subscriptions"));
        m_placeholder->setText(tr("Select a customer to see their subscriptions."));
        m_placeholder->setGeometry(m_table->viewport()->geometry());
        m_placeholder->show();
        return;
    }
    title()->setText(tr("Subscriptions of %1").arg(customer()->displayName));
    const auto summaries = m_service.summariesForCustomer(customer()->id, m_clock.today());
    if (!summaries) {
        Q_EMIT messageRequested(summaries.error().message, MessageBar::Kind::Error);
        return;
    }
    for (const subscriptions::SubscriptionSummary& s : *summaries) {
        const subscriptions::SubscriptionSummary* summary = &s;
        auto* row = new QTreeWidgetItem(m_table);
        row->setText(NumberColumn, QString::number(summary->id.value));
        row->setText(PlanColumn, tr("%1 (%2)").arg(summary->planName, summary->planCode));
        row->setText(StatusColumn, subscriptions::subscriptionStatusName(summary->status));
        row->setText(QuantityColumn, QLocale().toString(summary->quantity));
        row->setText(IntervalColumn, summary->interval.displayText());
        row->setText(AmountColumn, subscriptiontext::money(summary->periodAmount));
        row->setText(NextBillingColumn, subscriptiontext::date(summary->nextBillingDate));
        row->setText(EndColumn, subscriptiontext::date(summary->endDate));
        for (int column : {NumberColumn, QuantityColumn, AmountColumn})
            row->setTextAlignment(column, Qt::AlignTrailing | Qt::AlignVCenter);
        if (summary->status == SubscriptionStatus::Cancelled || summary->status == SubscriptionStatus::Expired) {
            for (int column = 0; column < m_table->columnCount(); ++column)
                row->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    for (int column = 0; column < m_table->columnCount() - 1; ++column)
        m_table->resizeColumnToContents(column);
    if (m_table->topLevelItemCount() == 0) {
        m_placeholder->setText(tr("%1 has no subscriptions yet.").arg(customer()->displayName));
        m_placeholder->setGeometry(m_table->viewport()->geometry());
        m_placeholder->show();
    } else {
        m_placeholder->hide();
    }
}

void CustomerSubscriptionsPanel::newSubscription()
{
    if (!customer())
        return;
    NewSubscriptionDialog dialog(m_service, m_customers, m_clock.today(), customer()->id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList parts {tr("Subscription %1 created for %2.")
                           .arg(QLocale().toString(dialog.outcome().subscription.id.value), customer()->displayName)};
    parts.append(OutcomePreview::netSentences(dialog.outcome()));
    Q_EMIT messageRequested(parts.join(QLatin1Char(' ')), MessageBar::Kind::Positive);
    reload();
}

} // namespace subdesk::ui
