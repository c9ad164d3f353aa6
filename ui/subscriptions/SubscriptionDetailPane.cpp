#include "SubscriptionDetailPane.h"

#include "DocumentLinesTree.h"
#include "SubscriptionTexts.h"
#include "common/Clock.h"
#include "widgets/Plural.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

using subscriptions::EventKind;
using subscriptions::Subscription;
using subscriptions::SubscriptionEvent;
using subscriptions::SubscriptionSummary;

namespace {

enum Fact
{
    CustomerFact,
    StatusFact,
    PlanFact,
    PriceFact,
    AddOnsFact,
    CouponFact,
    StartFact,
    NextBillingFact,
    EndFact,
    TermFact,
    BilledThroughFact,
    FactCount,
};

enum TimelineColumn
{
    DateColumn,
    KindColumn,
    ChangeColumn,
    NoteColumn,
};

} // namespace

SubscriptionDetailPane::SubscriptionDetailPane(subscriptions::SubscriptionService& service, const Clock& clock,
                                               QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_title(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select a subscription to see its history and documents."), this))
    , m_body(new QWidget(this))
    , m_tabs(new QTabWidget(m_body))
    , m_timeline(new QTreeWidget(m_tabs))
    , m_documents(new DocumentLinesTree(m_tabs))
{
    setObjectName(QStringLiteral("subscriptionDetailPane"));
    m_title->setObjectName(QStringLiteral("subscriptionDetailTitle"));
    QFont heading = m_title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    heading.setBold(true);
    m_title->setFont(heading);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    const QStringList labels = {tr("Customer:"), tr("Status:"), tr("Plan:"),          tr("Price:"),
                                tr("Add-ons:"),  tr("Coupon:"), tr("Started:"),       tr("Next billing:"),
                                tr("Ends:"),     tr("Term:"),   tr("Billed through:")};
    Q_ASSERT(labels.size() == FactCount);
    auto* facts = new QFormLayout;
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setHorizontalSpacing(10);
    facts->setVerticalSpacing(3);
    facts->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    for (int i = 0; i < FactCount; ++i) {
        auto* value = new QLabel(m_body);
        value->setObjectName(QStringLiteral("subscriptionFact%1").arg(i));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        auto* label = new QLabel(labels.at(i), m_body);
        label->setEnabled(false);
        facts->addRow(label, value);
        m_facts.append(value);
    }
    auto* factsHolder = new QWidget(m_body);
    factsHolder->setLayout(facts);
    factsHolder->setMinimumWidth(260);
    factsHolder->setMaximumWidth(380);

    m_timeline->setObjectName(QStringLiteral("subscriptionTimeline"));
    m_timeline->setColumnCount(4);
    m_timeline->setHeaderLabels({tr("Date"), tr("Event"), tr("What changed"), tr("Note")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setTextElideMode(Qt::ElideRight);
    m_timeline->header()->setStretchLastSection(false);
    m_timeline->header()->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    m_timeline->header()->setSectionResizeMode(NoteColumn, QHeaderView::Interactive);
    m_timeline->header()->resizeSection(NoteColumn, 180);
    m_documents->setObjectName(QStringLiteral("subscriptionDocuments"));
    m_tabs->setObjectName(QStringLiteral("subscriptionDetailTabs"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_documents, tr("Documents"));

    auto* bodyLayout = new QHBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(16);
    bodyLayout->addWidget(factsHolder, 0, Qt::AlignTop);
    bodyLayout->addWidget(m_tabs, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_placeholder, 1);
    showEmpty();
}

void SubscriptionDetailPane::showEmpty()
{
    m_id = SubscriptionId();
    m_title->hide();
    m_body->hide();
    m_placeholder->show();
    m_timeline->clear();
    m_documents->clear();
}

void SubscriptionDetailPane::showSubscription(SubscriptionId id)
{
    if (!id.isValid()) {
        showEmpty();
        return;
    }
    m_id = id;
    refresh();
}

void SubscriptionDetailPane::refresh()
{
    if (!m_id.isValid())
        return;
    const SubscriptionId id = m_id;
    const auto subscription = m_service.find(id);
    if (!subscription) {
        showEmpty();
        Q_EMIT failed(subscription.error().message);
        return;
    }
    auto summary = m_service.summary(*subscription, m_clock.today());
    if (!summary) {
        showEmpty();
        Q_EMIT failed(summary.error().message);
        return;
    }
    m_id = id;
    m_title->setText(tr("Subscription %1 — %2").arg(QLocale().toString(id.value), summary->customerName));
    fillFacts(*subscription, *summary);
    fillTimeline(*subscription);
    const auto documents = m_service.documents(id);
    if (documents) {
        m_documents->setDocuments(*documents);
        // Newest first: that one open, the older ones one click away.
        for (int i = 1; i < m_documents->topLevelItemCount(); ++i)
            m_documents->topLevelItem(i)->setExpanded(false);
    } else {
        m_documents->clear();
        Q_EMIT failed(documents.error().message);
    }
    m_tabs->setTabText(1, tr("Documents (%1)").arg(documents ? documents->size() : 0));
    m_placeholder->hide();
    m_title->show();
    m_body->show();
}

void SubscriptionDetailPane::setFact(int index, const QString& value)
{
    m_facts.at(index)->setText(value.isEmpty() ? tr("—") : value);
}

void SubscriptionDetailPane::fillFacts(const Subscription& subscription, const SubscriptionSummary& summary)
{
    const catalog::Catalog& catalog = m_service.catalogService().catalog();
    const auto timeline = subscriptions::SubscriptionTimeline::build(subscription);
    const auto config = timeline ? timeline->configOn(m_clock.today()) : std::nullopt;

    setFact(CustomerFact, summary.customerName);
    QString status = subscriptions::subscriptionStatusName(summary.status);
    if (summary.endDate.isValid() && summary.status != subscriptions::SubscriptionStatus::Cancelled
        && summary.status != subscriptions::SubscriptionStatus::Expired)
        status = tr("%1, ends on %2").arg(status, subscriptiontext::date(summary.endDate));
    setFact(StatusFact, status);
    setFact(PlanFact,
            summary.quantity == 1
                ? tr("%1 (%2)").arg(summary.planName, summary.planCode)
                : tr("%1 (%2) × %3").arg(summary.planName, summary.planCode, QLocale().toString(summary.quantity)));
    setFact(PriceFact,
            tr("%1, %2").arg(subscriptiontext::money(summary.periodAmount), summary.interval.displayText().toLower()));
    QStringList addOns;
    if (config) {
        for (const subscriptions::AddOnLine& line : config->addOns)
            addOns.append(line.quantity == 1 ? subscriptiontext::addOnName(catalog, line.addOnId)
                                             : tr("%1 × %2").arg(subscriptiontext::addOnName(catalog, line.addOnId),
                                                                 QLocale().toString(line.quantity)));
    }
    setFact(AddOnsFact, addOns.join(QStringLiteral(", ")));
    setFact(CouponFact, summary.couponCode);
    QString start = subscriptiontext::date(summary.startDate);
    if (subscription.trialDays > 0)
        start = tr("%1 (%2)").arg(
            start, pluralized(tr("%Ln trial day(s)", nullptr, subscription.trialDays), subscription.trialDays));
    setFact(StartFact, start);
    setFact(NextBillingFact,
            summary.nextBillingDate.isValid() ? subscriptiontext::date(summary.nextBillingDate)
                                              : tr("Nothing more to bill"));
    setFact(EndFact, summary.endDate.isValid() ? subscriptiontext::date(summary.endDate) : tr("Runs until cancelled"));
    setFact(TermFact, subscription.term.displayText());
    setFact(BilledThroughFact,
            subscription.billedThrough.isValid() ? subscriptiontext::date(subscription.billedThrough)
                                                 : tr("Not billed by a run yet"));
}

void SubscriptionDetailPane::fillTimeline(const Subscription& subscription)
{
    const catalog::Catalog& catalog = m_service.catalogService().catalog();
    m_timeline->clear();
    std::optional<subscriptions::SubscriptionConfig> previous;
    for (const SubscriptionEvent& event : subscription.events) {
        QStringList change;
        if (event.config) {
            if (!previous || event.kind == EventKind::Created)
                change.append(subscriptiontext::configSummary(catalog, *event.config));
            else if (const QString diff = subscriptiontext::configChanges(catalog, *previous, *event.config);
                     !diff.isEmpty())
                change.append(diff);
        }
        switch (event.kind) {
        case EventKind::Created:
            if (subscription.trialDays > 0)
                change.append(
                    pluralized(tr("%Ln trial day(s)", nullptr, subscription.trialDays), subscription.trialDays));
            break;
        case EventKind::Changed:
            change.append(event.prorate ? tr("prorated") : tr("from the next period, not prorated"));
            break;
        case EventKind::TemporaryChange:
            for (const SubscriptionEvent& other : subscription.events) {
                if (other.kind == EventKind::Reverted && other.relatedEvent == event.id)
                    change.append(tr("until %1").arg(subscriptiontext::date(other.effectiveDate)));
            }
            break;
        case EventKind::Paused:
        case EventKind::Cancelled:
            change.append(event.prorate ? tr("unused time credited") : tr("no credit"));
            break;
        case EventKind::Resumed:
        case EventKind::Reactivated:
            change.append(tr("billing starts again"));
            break;
        case EventKind::Renewed:
            change.append(tr("a new term starts"));
            break;
        case EventKind::Expired:
            change.append(tr("the term ended"));
            break;
        case EventKind::Reverted:
        case EventKind::PriceMigrated:
            break;
        }
        for (const subscriptions::OneTimeCharge& charge : event.oneTimeCharges)
            change.append(
                tr("bought %1 × %2 once")
                    .arg(subscriptiontext::addOnName(catalog, charge.addOnId), QLocale().toString(charge.quantity)));
        if (event.config)
            previous = event.config;

        auto* row = new QTreeWidgetItem(m_timeline);
        row->setText(DateColumn, subscriptiontext::date(event.effectiveDate));
        if (event.recordedAt.isValid())
            row->setToolTip(
                DateColumn,
                tr("Recorded %1").arg(QLocale().toString(event.recordedAt.toLocalTime(), QLocale::ShortFormat)));
        row->setText(KindColumn, subscriptions::eventKindName(event.kind));
        const QString text = change.join(QStringLiteral("; "));
        row->setText(ChangeColumn, text);
        row->setToolTip(ChangeColumn, text);
        row->setText(NoteColumn, event.note);
        row->setToolTip(NoteColumn, event.note);
    }
    for (int column : {DateColumn, KindColumn})
        m_timeline->resizeColumnToContents(column);
}

} // namespace subdesk::ui
