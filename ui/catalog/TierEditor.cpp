#include "TierEditor.h"

#include "MoneyEdit.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace subdesk::ui {

using catalog::PriceTier;

namespace {

enum Column
{
    NumberColumn,
    FromColumn,
    UpToColumn,
    UnitPriceColumn,
    FlatFeeColumn,
    RemoveColumn,
};

QLabel* header(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

QList<QWidget*> TierEditor::cells(const Row& row)
{
    return {row.number, row.from, row.upTo, row.unitPrice, row.flatFee, row.remove};
}

TierEditor::TierEditor(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_add(new QPushButton(tr("Add tier"), this))
{
    setObjectName(QStringLiteral("tierEditor"));
    m_add->setObjectName(QStringLiteral("addTierButton"));
    m_add->setToolTip(tr("Adds a tier at the end; the tier before it then needs an upper bound"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(4);
    m_grid->addWidget(header(tr("Tier"), this), 0, NumberColumn);
    m_grid->addWidget(header(tr("From unit"), this), 0, FromColumn);
    m_grid->addWidget(header(tr("Up to unit"), this), 0, UpToColumn);
    m_grid->addWidget(header(tr("Unit price"), this), 0, UnitPriceColumn);
    m_grid->addWidget(header(tr("Flat fee"), this), 0, FlatFeeColumn);
    m_grid->setColumnStretch(UpToColumn, 2);
    m_grid->setColumnStretch(UnitPriceColumn, 3);
    m_grid->setColumnStretch(FlatFeeColumn, 3);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(m_grid);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &TierEditor::addTier);
}

TierEditor::Row TierEditor::makeRow()
{
    Row row;
    row.number = new QLabel(this);
    row.number->setAlignment(Qt::AlignCenter);
    row.from = new QLabel(this);
    row.from->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    row.upTo = new QLineEdit(this);
    row.upTo->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    row.upTo->setPlaceholderText(tr("no limit"));
    row.upTo->setToolTip(tr("The last unit of this tier; leave empty on the last tier"));
    row.unitPrice = new MoneyEdit(this);
    row.unitPrice->setCurrency(m_currency);
    row.flatFee = new MoneyEdit(this);
    row.flatFee->setEmptyMeansZero(true);
    row.flatFee->setCurrency(m_currency);
    row.flatFee->setToolTip(tr("Charged once when a quantity reaches this tier; empty for none"));
    row.remove = new QToolButton(this);
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setAutoRaise(true);
    row.remove->setToolTip(tr("Remove this tier"));

    const auto onEdit = [this] {
        updateFromColumn();
        Q_EMIT edited();
    };
    connect(row.upTo, &QLineEdit::textEdited, this, onEdit);
    connect(row.unitPrice, &QLineEdit::textEdited, this, onEdit);
    connect(row.flatFee, &QLineEdit::textEdited, this, onEdit);
    QToolButton* button = row.remove;
    connect(button, &QToolButton::clicked, this, [this, button] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).remove == button) {
                removeTier(i);
                return;
            }
        }
    });
    return row;
}

void TierEditor::relayout()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const int gridRow = i + 1;
        const QString n = QString::number(i);
        row.number->setText(locale().toString(i + 1));
        row.number->setObjectName(QStringLiteral("tierNumberLabel") + n);
        row.from->setObjectName(QStringLiteral("tierFromLabel") + n);
        row.upTo->setObjectName(QStringLiteral("tierUpToEdit") + n);
        row.unitPrice->setObjectName(QStringLiteral("tierUnitPriceEdit") + n);
        row.flatFee->setObjectName(QStringLiteral("tierFlatFeeEdit") + n);
        row.remove->setObjectName(QStringLiteral("removeTierButton") + n);
        m_grid->addWidget(row.number, gridRow, NumberColumn);
        m_grid->addWidget(row.from, gridRow, FromColumn);
        m_grid->addWidget(row.upTo, gridRow, UpToColumn);
        m_grid->addWidget(row.unitPrice, gridRow, UnitPriceColumn);
        m_grid->addWidget(row.flatFee, gridRow, FlatFeeColumn);
        m_grid->addWidget(row.remove, gridRow, RemoveColumn);
        // A tiered price keeps at least one tier.
        row.remove->setEnabled(m_rows.size() > 1);
    }
    // Tab goes along a row, then to the next row.
    QWidget* previous = nullptr;
    for (const Row& row : std::as_const(m_rows)) {
        for (QWidget* w : cells(row).mid(2)) {
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
    }
    if (previous)
        setTabOrder(previous, m_add);
    updateFromColumn();
}

std::optional<qint64> TierEditor::readUpTo(int row, bool* ok) const
{
    const QString text = m_rows.at(row).upTo->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const qlonglong value = locale().toLongLong(text, ok);
    if (!*ok) {
        // Accept plain digits too, whatever the locale's digits are.
        *ok = true;
        const qlonglong plain = text.toLongLong(ok);
        if (*ok)
            return plain;
        return std::nullopt;
    }
    return value;
}

void TierEditor::updateFromColumn()
{
    qint64 next = 1;
    bool known = true;
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows.at(i).from->setText(known ? locale().toString(next) : QStringLiteral("…"));
        bool ok = false;
        const auto upTo = readUpTo(i, &ok);
        known = ok && upTo.has_value() && *upTo < std::numeric_limits<qint64>::max();
        if (known)
            next = *upTo + 1;
    }
}

void TierEditor::setCurrency(const Currency& currency)
{
    m_currency = currency;
    for (const Row& row : std::as_const(m_rows)) {
        row.unitPrice->setCurrency(currency);
        row.flatFee->setCurrency(currency);
    }
}

void TierEditor::setTiers(const QList<PriceTier>& tiers)
{
    for (const Row& row : std::as_const(m_rows)) {
        for (QWidget* w : cells(row))
            delete w;
    }
    m_rows.clear();
    for (const PriceTier& tier : tiers) {
        Row row = makeRow();
        row.upTo->setText(tier.upTo ? locale().toString(*tier.upTo) : QString());
        row.unitPrice->setAmount(Money(tier.unitPriceMinor, m_currency));
        row.flatFee->setAmount(Money(tier.flatFeeMinor, m_currency));
        m_rows.append(row);
    }
    if (m_rows.isEmpty())
        m_rows.append(makeRow());
    relayout();
}

Result<QList<PriceTier>> TierEditor::tiers() const
{
    QList<PriceTier> tiers;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        PriceTier tier;
        bool ok = false;
        tier.upTo = readUpTo(i, &ok);
        if (!ok) {
            return Error(ErrorCode::Invalid,
                         tr("Tier %1: \"%2\" is not a whole number of units.")
                             .arg(locale().toString(i + 1), row.upTo->text().trimmed()));
        }
        const auto unit = row.unitPrice->amount(tr("Tier %1 unit price").arg(locale().toString(i + 1)));
        if (!unit)
            return unit.error();
        const auto fee = row.flatFee->amount(tr("Tier %1 flat fee").arg(locale().toString(i + 1)));
        if (!fee)
            return fee.error();
        tier.unitPriceMinor = unit->minorUnits();
        tier.flatFeeMinor = fee->minorUnits();
        tiers.append(tier);
    }
    return tiers;
}

void TierEditor::addTier()
{
    Row row = makeRow();
    m_rows.append(row);
    relayout();
    row.upTo->setFocus(Qt::OtherFocusReason);
    Q_EMIT edited();
}

void TierEditor::removeTier(int index)
{
    if (index < 0 || index >= m_rows.size() || m_rows.size() <= 1)
        return;
    const Row row = m_rows.takeAt(index);
    // Deleted later: the row's own remove button is what called this.
    for (QWidget* w : cells(row)) {
        m_grid->removeWidget(w);
        w->hide();
        w->deleteLater();
    }
    relayout();
    Q_EMIT edited();
}

} // namespace subdesk::ui
