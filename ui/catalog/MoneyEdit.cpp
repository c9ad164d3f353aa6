#include "MoneyEdit.h"

#include "money/MoneyFormat.h"

namespace subdesk::ui {

MoneyEdit::MoneyEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    setClearButtonEnabled(false);
}

void MoneyEdit::setCurrency(const Currency& currency)
{
    if (currency == m_currency)
        return;
    const auto before = m_currency.isValid() ? amount() : Result<Money>(Error());
    m_currency = currency;
    setPlaceholderText(m_emptyMeansZero
                           ? moneyformat::format(Money::zero(currency), locale(), moneyformat::Style::NumberOnly)
                           : QString());
    // Keep what the clerk typed when it is an amount; only the number of decimals may change.
    if (before && !text().trimmed().isEmpty()) {
        const qint64 major = before->minorUnits() / before->currency().minorPerMajor();
        const qint64 fraction = before->minorUnits() % before->currency().minorPerMajor();
        if (fraction == 0)
            setAmount(Money(major * currency.minorPerMajor(), currency));
    }
}

void MoneyEdit::setEmptyMeansZero(bool emptyMeansZero)
{
    m_emptyMeansZero = emptyMeansZero;
    if (m_currency.isValid() && emptyMeansZero)
        setPlaceholderText(moneyformat::format(Money::zero(m_currency), locale(), moneyformat::Style::NumberOnly));
}

void MoneyEdit::setAmount(const Money& amount)
{
    if (amount.currency().isValid())
        m_currency = amount.currency();
    setText(m_emptyMeansZero && amount.isZero()
                ? QString()
                : moneyformat::format(amount, locale(), moneyformat::Style::NumberOnly));
}

Result<Money> MoneyEdit::amount(const QString& what) const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty()) {
        if (m_emptyMeansZero)
            return Money::zero(m_currency);
        return Error(ErrorCode::Invalid, what.isEmpty() ? tr("Enter an amount.") : tr("Enter %1.").arg(what));
    }
    auto parsed = moneyformat::parse(typed, m_currency, locale());
    if (!parsed && !what.isEmpty())
        return Error(parsed.error().code, tr("%1: %2").arg(what, parsed.error().message));
    return parsed;
}

} // namespace subdesk::ui
