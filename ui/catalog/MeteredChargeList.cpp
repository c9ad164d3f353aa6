#include "MeteredChargeList.h"

#include "MeteredChargeDialog.h"
#include "PriceText.h"
#include "catalog/CatalogService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

using catalog::MeteredCharge;
using catalog::Price;

namespace {

enum Column
{
    MetricColumn,
    NameColumn,
    AggregationColumn,
    PricesColumn,
    ColumnCount,
};

} // namespace

MeteredChargeList::MeteredChargeList(const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_today(today)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add &metered charge…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
{
    setObjectName(QStringLiteral("meteredChargeList"));
    m_table->setObjectName(QStringLiteral("meteredChargesTable"));
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Name"), tr("Usage in a period"), tr("Prices")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PricesColumn, QHeaderView::Stretch);
    m_add->setObjectName(QStringLiteral("addMeteredChargeButton"));
    m_edit->setObjectName(QStringLiteral("editMeteredChargeButton"));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &MeteredChargeList::addCharge);
    connect(m_edit, &QPushButton::clicked, this, &MeteredChargeList::editSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &MeteredChargeList::editSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_edit->setEnabled(!m_table->selectedItems().isEmpty()); });
    refresh();
}

void MeteredChargeList::setServices(catalog::CatalogService* catalog, subscriptions::SubscriptionService* subscriptions)
{
    m_catalog = catalog;
    m_subscriptions = subscriptions;
}

void MeteredChargeList::setPlan(PlanId plan)
{
    m_plan = plan;
    m_drafts.clear();
    if (m_catalog && plan.isValid()) {
        for (const MeteredCharge* charge : m_catalog->catalog().meteredChargesOf(plan))
            m_drafts.append({*charge, {}, false});
    }
    refresh();
}

void MeteredChargeList::markStored(int index, const MeteredCharge& stored)
{
    m_drafts[index] = {stored, {}, false};
    refresh();
}

void MeteredChargeList::refresh()
{
    const QLocale locale;
    m_table->setRowCount(int(m_drafts.size()));
    for (int row = 0; row < m_drafts.size(); ++row) {
        const MeteredChargeDraft& draft = m_drafts.at(row);
        QList<const Price*> prices;
        if (m_catalog && draft.charge.id.isValid())
            prices = m_catalog->catalog().pricesOf(catalog::PriceOwner::MeteredCharge, draft.charge.id.value);
        for (const Price& price : draft.newPrices)
            prices.append(&price);
        QString pricesText = pricetext::pricesSummary(prices, m_defaultCurrency, m_today, locale);
        if (draft.changed)
            pricesText = tr("%1 (not saved yet)").arg(pricesText);
        const QStringList cells = {draft.charge.metricCode, draft.charge.name,
                                   catalog::usageAggregationName(draft.charge.aggregation), pricesText};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == PricesColumn ? pricetext::pricesList(prices, m_today, locale)
                                                    : cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_edit->setEnabled(!m_table->selectedItems().isEmpty());
}

bool MeteredChargeList::editDraft(MeteredChargeDraft& draft)
{
    QStringList taken;
    for (const MeteredChargeDraft& other : std::as_const(m_drafts)) {
        if (&other != &draft)
            taken.append(other.charge.metricCode);
    }
    MeteredChargeDialog dialog(m_catalog, m_subscriptions, draft.charge, draft.newPrices, taken, m_today,
                               m_defaultCurrency, this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return false;
    const MeteredCharge edited = dialog.charge();
    const QList<Price> prices = dialog.newPrices();
    if (!(edited == draft.charge) || !prices.isEmpty() || !draft.charge.id.isValid())
        draft.changed = true;
    draft.charge = edited;
    draft.newPrices = prices;
    return true;
}

void MeteredChargeList::addCharge()
{
    MeteredChargeDraft draft;
    draft.charge.planId = m_plan;
    m_drafts.append(draft);
    if (!editDraft(m_drafts.last())) {
        m_drafts.removeLast();
        return;
    }
    refresh();
    m_table->selectRow(m_table->rowCount() - 1);
    Q_EMIT changed();
}

void MeteredChargeList::editSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.constFirst()->row();
    if (!editDraft(m_drafts[row]))
        return;
    refresh();
    m_table->selectRow(row);
    Q_EMIT changed();
}

} // namespace subdesk::ui
