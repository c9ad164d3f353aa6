#include "PriceVersionsDialog.h"

#include "MigratePriceDialog.h"
#include "PriceDialog.h"
#include "PriceText.h"
#include "catalog/CatalogService.h"
#include "widgets/MessageBar.h"
#include "widgets/Plural.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

using catalog::Price;
using catalog::PriceVersion;

namespace {

enum Column
{
    DateColumn,
    PricingColumn,
    SetupFeeColumn,
    StatusColumn,
    ColumnCount,
};

} // namespace

PriceVersionsDialog::PriceVersionsDialog(catalog::CatalogService& catalog,
                                         subscriptions::SubscriptionService* subscriptions, PriceId price,
                                         PriceEditor::Usage usage, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_subscriptions(subscriptions)
    , m_priceId(price)
    , m_usage(usage)
    , m_today(today)
    , m_messageBar(new MessageBar(this))
    , m_heading(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_newVersion(new QPushButton(tr("&New version…"), this))
    , m_migrate(new QPushButton(tr("&Migrate subscriptions…"), this))
{
    setObjectName(QStringLiteral("priceVersionsDialog"));
    setModal(true);

    m_heading->setObjectName(QStringLiteral("priceVersionsHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    auto* intro = new QLabel(tr("Subscriptions keep the price version they were sold at (grandfathering) until "
                                "you migrate them to the latest version."),
                             this);
    intro->setObjectName(QStringLiteral("grandfatheringLabel"));
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("priceVersionsTable"));
    m_table->setHorizontalHeaderLabels({tr("Takes effect"), tr("Pricing"), tr("Setup fee"), tr("Status")});
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
    m_table->setColumnHidden(SetupFeeColumn, usage != PriceEditor::Usage::Plan);

    m_newVersion->setObjectName(QStringLiteral("newVersionButton"));
    m_newVersion->setToolTip(tr("A new pricing that takes effect on a later date"));
    m_migrate->setObjectName(QStringLiteral("migrateSubscriptionsButton"));
    m_migrate->setToolTip(tr("Move subscriptions on older versions to the latest one"));
    m_migrate->setVisible(subscriptions != nullptr);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newVersion);
    buttons->addWidget(m_migrate);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_heading);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_newVersion, &QPushButton::clicked, this, &PriceVersionsDialog::addVersion);
    connect(m_migrate, &QPushButton::clicked, this, &PriceVersionsDialog::migrate);
    connect(close, &QDialogButtonBox::rejected, this, &PriceVersionsDialog::reject);
    resize(760, 400);
    refresh();
}

void PriceVersionsDialog::refresh()
{
    if (const Price* stored = m_catalog.catalog().price(m_priceId))
        m_price = *stored;
    const QString what = m_price.interval
        ? tr("the %1 price in %2").arg(pricetext::intervalPhrase(*m_price.interval), m_price.currency.code())
        : tr("the price in %1").arg(m_price.currency.code());
    setWindowTitle(tr("Versions of %1").arg(what));
    const QString owner = ownerName();
    m_heading->setText(owner.isEmpty() ? what : tr("%1: %2").arg(owner, what));
    const QLocale locale;
    const PriceVersion* current = m_price.versionOn(m_today);
    m_table->setRowCount(int(m_price.versions.size()));
    int currentRow = -1;
    // Newest first: the version that matters next is on top.
    for (int i = 0; i < m_price.versions.size(); ++i) {
        const PriceVersion& version = m_price.versions.at(m_price.versions.size() - 1 - i);
        QString status;
        if (current && version.id == current->id) {
            status = tr("current");
            currentRow = i;
        } else if (version.effectiveFrom > m_today) {
            status = tr("scheduled");
        } else {
            // Superseded: the next newer version starts the day after this one ends.
            const PriceVersion& next = m_price.versions.at(m_price.versions.size() - i);
            status = tr("until %1").arg(locale.toString(next.effectiveFrom.addDays(-1), QLocale::ShortFormat));
        }
        const QStringList cells = {
            locale.toString(version.effectiveFrom, QLocale::ShortFormat), pricetext::describe(version.model, locale),
            version.setupFee.isZero() ? tr("none") : pricetext::withCode(version.setupFee, locale), status};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == StatusColumn && currentRow == i) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(i, column, item);
        }
    }
    if (currentRow >= 0)
        m_table->selectRow(currentRow);
    m_migrate->setEnabled(m_price.versions.size() > 1);
}

QString PriceVersionsDialog::ownerName() const
{
    const catalog::Catalog& catalog = m_catalog.catalog();
    switch (m_price.owner) {
    case catalog::PriceOwner::Plan:
        if (const catalog::Plan* plan = catalog.plan(PlanId(m_price.ownerId)))
            return tr("%1 (%2)").arg(plan->name, plan->code);
        break;
    case catalog::PriceOwner::AddOn:
        if (const catalog::AddOn* addOn = catalog.addOn(AddOnId(m_price.ownerId)))
            return tr("%1 (%2)").arg(addOn->name, addOn->code);
        break;
    case catalog::PriceOwner::MeteredCharge:
        if (const catalog::MeteredCharge* charge = catalog.meteredCharge(MeteredChargeId(m_price.ownerId)))
            return charge->name;
        break;
    }
    return {};
}

void PriceVersionsDialog::addVersion()
{
    PriceDialog dialog(m_catalog, m_price, m_usage, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_messageBar->showMessage(tr("Added the version that takes effect on %1.")
                                  .arg(QLocale().toString(dialog.savedVersion().effectiveFrom, QLocale::ShortFormat)),
                              MessageBar::Kind::Positive);
}

void PriceVersionsDialog::migrate()
{
    if (!m_subscriptions)
        return;
    MigratePriceDialog dialog(*m_subscriptions, m_price, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int moved = dialog.migratedCount();
    m_messageBar->showMessage(
        moved == 0 ? tr("No subscription was on an older version; nothing moved.")
                   : pluralized(tr("Moved %Ln subscription(s) to the latest version.", nullptr, moved), moved),
        moved == 0 ? MessageBar::Kind::Information : MessageBar::Kind::Positive);
}

} // namespace subdesk::ui
