#include "AddOnPicker.h"

#include "SubscriptionTexts.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

namespace subdesk::ui {

using subscriptions::AddOnChoice;

namespace {

constexpr int kMaxQuantity = 1000000;

} // namespace

AddOnPicker::AddOnPicker(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_empty(new QLabel(tr("This plan has no add-ons."), this))
{
    setObjectName(QStringLiteral("addOnPicker"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(2, 1);
    m_empty->setEnabled(false);
    m_grid->addWidget(m_empty, 0, 0, 1, 3);
}

void AddOnPicker::clearRows()
{
    for (const Row& row : std::as_const(m_rows)) {
        delete row.check;
        delete row.quantity;
        delete row.price;
    }
    m_rows.clear();
}

void AddOnPicker::setOffer(const catalog::Catalog& catalog, const catalog::Plan* plan, const Currency& currency,
                           const billing::BillingInterval& interval, const QList<AddOnChoice>& selected)
{
    // What the clerk ticked in this dialog wins over the preset when the offer is rebuilt.
    QList<AddOnChoice> wanted = selected;
    const QList<AddOnChoice> current = choices();
    if (!m_rows.isEmpty())
        wanted = current;
    clearRows();

    const QList<AddOnId> allowed = plan ? plan->allowedAddOns : QList<AddOnId>();
    int line = 0;
    for (const AddOnId id : allowed) {
        const catalog::AddOn* addOn = catalog.addOn(id);
        if (!addOn || addOn->archived)
            continue;
        const bool recurring = addOn->kind == catalog::AddOnKind::Recurring;
        const catalog::Price* price =
            catalog.findPrice(catalog::PriceOwner::AddOn, id.value, currency,
                              recurring ? std::optional<billing::BillingInterval>(interval) : std::nullopt);
        const catalog::PriceVersion* version = price ? price->latest() : nullptr;

        Row row;
        row.id = id;
        row.check = new QCheckBox(addOn->name, this);
        row.check->setObjectName(QStringLiteral("addOnCheck_%1").arg(addOn->code));
        row.check->setToolTip(addOn->description);
        row.quantity = new QSpinBox(this);
        row.quantity->setObjectName(QStringLiteral("addOnQuantity_%1").arg(addOn->code));
        row.quantity->setRange(1, kMaxQuantity);
        row.quantity->setAccessibleName(tr("Quantity of %1").arg(addOn->name));
        row.price = new QLabel(this);
        if (version) {
            const QString amount = subscriptiontext::priceText(version->model);
            row.price->setText(recurring ? tr("%1 %2").arg(amount, interval.displayText().toLower())
                                         : tr("%1 once").arg(amount));
        } else {
            row.price->setText(recurring
                                   ? tr("no %1 price in %2").arg(interval.displayText().toLower(), currency.code())
                                   : tr("no price in %1").arg(currency.code()));
            row.check->setEnabled(false);
            row.price->setEnabled(false);
        }
        for (const AddOnChoice& choice : std::as_const(wanted)) {
            if (choice.addOnId == id && version) {
                row.check->setChecked(true);
                row.quantity->setValue(int(std::clamp<qint64>(choice.quantity, 1, kMaxQuantity)));
            }
        }
        row.quantity->setEnabled(row.check->isChecked());
        connect(row.check, &QCheckBox::toggled, this, [this, spin = row.quantity](bool on) {
            spin->setEnabled(on);
            Q_EMIT changed();
        });
        connect(row.quantity, &QSpinBox::valueChanged, this, &AddOnPicker::changed);
        m_grid->addWidget(row.check, line, 0);
        m_grid->addWidget(row.quantity, line, 1);
        m_grid->addWidget(row.price, line, 2);
        m_rows.append(row);
        ++line;
    }
    m_empty->setVisible(m_rows.isEmpty());
}

QList<AddOnChoice> AddOnPicker::choices() const
{
    QList<AddOnChoice> result;
    for (const Row& row : m_rows) {
        if (row.check->isChecked() && row.check->isEnabled())
            result.append(AddOnChoice {row.id, row.quantity->value()});
    }
    return result;
}

} // namespace subdesk::ui
