#include "PriceListEditor.h"

#include "PriceDialog.h"
#include "PriceText.h"
#include "PriceVersionsDialog.h"
#include "catalog/CatalogService.h"
#include "widgets/Plural.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

using catalog::Price;
using catalog::PriceVersion;

namespace {

enum Column
{
    CurrencyColumn,
    IntervalColumn,
    PricingColumn,
    SinceColumn,
    StatusColumn,
    ColumnCount,
};

} // namespace

PriceListEditor::PriceListEditor(PriceEditor::Usage usage, const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_usage(usage)
    , m_today(today)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add price…"), this))
    , m_open(new QPushButton(this))
    , m_archive(new QPushButton(tr("Archive"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("priceListEditor"));
    m_table->setObjectName(QStringLiteral("pricesTable"));
    m_table->setHorizontalHeaderLabels({tr("Currency"), tr("Billed"), tr("Pricing"), tr("Since"), tr("Status")});
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
    m_table->horizontalHeader()->setSectionResizeMode(PricingColumn, QHeaderView::Stretch);

    m_add->setObjectName(QStringLiteral("addPriceButton"));
    m_open->setObjectName(QStringLiteral("openPriceButton"));
    m_archive->setObjectName(QStringLiteral("archivePriceButton"));
    m_archive->setToolTip(tr("Archived prices are not offered to new subscriptions; takes effect at once"));
    m_remove->setObjectName(QStringLiteral("removePriceButton"));
    m_remove->setToolTip(tr("Removes a price that is not saved yet"));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_archive);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &PriceListEditor::addPrice);
    connect(m_open, &QPushButton::clicked, this, &PriceListEditor::openSelected);
    connect(m_archive, &QPushButton::clicked, this, &PriceListEditor::toggleArchived);
    connect(m_remove, &QPushButton::clicked, this, &PriceListEditor::removeSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &PriceListEditor::openSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PriceListEditor::updateButtons);
    refresh();
}

void PriceListEditor::setServices(catalog::CatalogService* catalog, subscriptions::SubscriptionService* subscriptions)
{
    m_catalog = catalog;
    m_subscriptions = subscriptions;
    reloadStored();
}

void PriceListEditor::setOwner(catalog::PriceOwner owner, qint64 ownerId)
{
    m_owner = owner;
    m_ownerId = ownerId;
    reloadStored();
}

void PriceListEditor::setUsage(PriceEditor::Usage usage)
{
    m_usage = usage;
}

void PriceListEditor::setNewPrices(const QList<Price>& prices)
{
    m_pending = prices;
    refresh();
}

int PriceListEditor::activeCount() const
{
    int count = int(m_pending.size());
    for (const Price& price : m_stored)
        count += price.archived ? 0 : 1;
    return count;
}

void PriceListEditor::reloadStored()
{
    m_stored.clear();
    if (m_catalog && m_ownerId > 0) {
        for (const Price* price : m_catalog->catalog().pricesOf(m_owner, m_ownerId))
            m_stored.append(*price);
    }
    refresh();
}

void PriceListEditor::refresh()
{
    const int selected = selectedIndex();
    const QLocale locale;
    const QList<Price> all = m_stored + m_pending;
    m_table->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const Price& price = all.at(row);
        const bool pending = row >= m_stored.size();
        const PriceVersion* current = price.versionOn(m_today);
        if (!current && !price.versions.isEmpty())
            current = &price.versions.constFirst();
        QString status;
        if (pending)
            status = tr("new, saved with the rest");
        else if (price.archived)
            status = tr("archived");
        else
            status = pluralized(tr("%Ln version(s)", nullptr, int(price.versions.size())), price.versions.size());
        const QStringList cells = {
            price.currency.code(),
            price.interval ? price.interval->displayText() : tr("per period"),
            current ? pricetext::describe(current->model, locale) : QString(),
            current ? locale.toString(current->effectiveFrom, QLocale::ShortFormat) : QString(),
            status,
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (price.archived)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
    }
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
    updateButtons();
}

int PriceListEditor::selectedIndex() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? -1 : items.constFirst()->row();
}

void PriceListEditor::updateButtons()
{
    const int index = selectedIndex();
    const bool stored = index >= 0 && index < m_stored.size();
    const bool pending = index >= m_stored.size();
    m_open->setText(pending ? tr("&Edit…") : tr("&Versions…"));
    m_open->setToolTip(pending ? tr("Change the new price") : tr("Show the versions of the price and add one"));
    m_open->setEnabled(index >= 0 && (pending || m_catalog));
    m_archive->setEnabled(stored && m_catalog);
    m_archive->setText(stored && m_stored.at(index).archived ? tr("Restore") : tr("Archive"));
    m_remove->setEnabled(pending);
}

Currency PriceListEditor::suggestedCurrency() const
{
    if (!m_pending.isEmpty())
        return m_pending.constLast().currency;
    if (!m_stored.isEmpty())
        return m_stored.constLast().currency;
    return m_defaultCurrency;
}

void PriceListEditor::addPrice()
{
    PriceDialog dialog(m_usage, m_stored + m_pending, m_today, suggestedCurrency(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_pending.append(dialog.price());
    refresh();
    m_table->selectRow(m_table->rowCount() - 1);
    Q_EMIT changed();
}

void PriceListEditor::openSelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    if (index < m_stored.size()) {
        if (!m_catalog)
            return;
        PriceVersionsDialog dialog(*m_catalog, m_subscriptions, m_stored.at(index).id, m_usage, m_today, this);
        dialog.exec();
        reloadStored();
        return;
    }
    const int pendingIndex = index - int(m_stored.size());
    QList<Price> others = m_stored + m_pending;
    others.removeAt(index);
    PriceDialog dialog(m_usage, others, m_today, suggestedCurrency(), this);
    dialog.setWindowTitle(tr("Edit new price"));
    dialog.setPrice(m_pending.at(pendingIndex));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_pending[pendingIndex] = dialog.price();
    refresh();
    Q_EMIT changed();
}

void PriceListEditor::removeSelected()
{
    const int index = selectedIndex();
    if (index < m_stored.size())
        return;
    m_pending.removeAt(index - m_stored.size());
    refresh();
    Q_EMIT changed();
}

void PriceListEditor::toggleArchived()
{
    const int index = selectedIndex();
    if (index < 0 || index >= m_stored.size() || !m_catalog)
        return;
    const Price price = m_stored.at(index);
    if (Status s = m_catalog->setPriceArchived(price.id, !price.archived); !s) {
        Q_EMIT messageRequested(s.error().message, MessageBar::Kind::Error);
        return;
    }
    reloadStored();
    const QString what = price.interval
        ? tr("The %1 price in %2").arg(pricetext::intervalPhrase(*price.interval), price.currency.code())
        : tr("The price in %1").arg(price.currency.code());
    Q_EMIT messageRequested(price.archived ? tr("%1 is offered again.").arg(what)
                                           : tr("%1 is archived: new subscriptions no longer get it; current ones "
                                                "keep it.")
                                                 .arg(what),
                            MessageBar::Kind::Positive);
    Q_EMIT changed();
}

} // namespace subdesk::ui
