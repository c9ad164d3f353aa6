#pragma once

#include "common/Result.h"
#include "money/Money.h"

#include <QLineEdit>

namespace subdesk::ui {

/**
 * A line edit for an amount in one currency, typed and shown in the user's locale
 * (moneyformat::parse and format). Never holds a double: amount() parses the text each time.
 */
class MoneyEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget* parent = nullptr);

    /** The currency the text is read in; a parseable amount is rewritten with the new currency's digits. */
    void setCurrency(const Currency& currency);
    const Currency& currency() const { return m_currency; }

    /** Empty text reads as zero (fees) instead of an error (prices). */
    void setEmptyMeansZero(bool emptyMeansZero);

    void setAmount(const Money& amount);
    /** The typed amount, or an Invalid error that quotes the text; `what` names the field in it. */
    Result<Money> amount(const QString& what = QString()) const;

private:
    Currency m_currency;
    bool m_emptyMeansZero = false;
};

} // namespace subdesk::ui
