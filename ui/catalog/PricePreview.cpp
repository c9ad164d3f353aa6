#include "PricePreview.h"

#include "PriceText.h"
#include "money/MoneyFormat.h"
#include "widgets/Plural.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStringList>
#include <QVBoxLayout>

namespace subdesk::ui {

PricePreview::PricePreview(QWidget* parent)
    : QWidget(parent)
    , m_quantity(new QSpinBox(this))
    , m_total(new QLabel(this))
    , m_breakdown(new QLabel(this))
{
    setObjectName(QStringLiteral("pricePreview"));
    m_quantity->setObjectName(QStringLiteral("previewQuantitySpin"));
    m_quantity->setRange(0, 999999999);
    m_quantity->setValue(1);
    m_quantity->setGroupSeparatorShown(true);
    m_quantity->setAccelerated(true);
    m_quantity->setToolTip(tr("Units in one period: seats, or the usage of a metered charge"));
    m_total->setObjectName(QStringLiteral("previewTotalLabel"));
    m_total->setTextFormat(Qt::PlainText);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_breakdown->setObjectName(QStringLiteral("previewBreakdownLabel"));
    m_breakdown->setTextFormat(Qt::PlainText);
    m_breakdown->setWordWrap(true);
    m_breakdown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_breakdown->setForegroundRole(QPalette::PlaceholderText);

    auto* caption = new QLabel(tr("Price for &quantity"), this);
    caption->setBuddy(m_quantity);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(caption);
    top->addWidget(m_quantity);
    top->addSpacing(8);
    top->addWidget(m_total, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_breakdown);

    connect(m_quantity, &QSpinBox::valueChanged, this, &PricePreview::refresh);
    refresh();
}

void PricePreview::setModel(const std::optional<catalog::PricingModel>& model)
{
    m_model = model;
    refresh();
}

void PricePreview::setQuantity(int quantity)
{
    m_quantity->setValue(quantity);
}

int PricePreview::quantity() const
{
    return m_quantity->value();
}

QString PricePreview::totalText() const
{
    return m_total->text();
}

QString PricePreview::breakdownText() const
{
    return m_breakdown->text();
}

void PricePreview::refresh()
{
    const int quantity = m_quantity->value();
    if (!m_model) {
        m_total->setText(tr("Complete the price to see what it charges."));
        m_total->setEnabled(false);
        m_breakdown->clear();
        m_breakdown->hide();
        return;
    }
    m_total->setEnabled(true);
    const auto amount = m_model->priceFor(quantity);
    const auto lines = m_model->breakdown(quantity);
    if (!amount || !lines) {
        m_total->setText(amount ? lines.error().message : amount.error().message);
        m_breakdown->clear();
        m_breakdown->hide();
        return;
    }
    const QString units = pluralized(tr("%Ln unit(s)", nullptr, quantity), quantity);
    m_total->setText(tr("%1 = %2").arg(units, moneyformat::format(*amount, locale())));
    QStringList texts;
    for (const catalog::PriceLine& line : *lines)
        texts.append(pricetext::localizedNumbers(line.text, m_model->currency(), locale()));
    m_breakdown->setText(texts.join(QLatin1Char('\n')));
    m_breakdown->setVisible(!texts.isEmpty());
}

} // namespace subdesk::ui
