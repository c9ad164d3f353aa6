#pragma once

#include <QString>

namespace subdesk::company {

/** A bank account of the company, printed on documents for payment by transfer (BT-84/86). */
struct BankAccount
{
    qint64 id = 0;
    QString label; ///< the clerk's name for it: "Main EUR account"
    QString bankName;
    QString iban; ///< electronic form: upper case, no spaces
    QString bic;
    QString currency; ///< ISO 4217 it is used for; empty: any currency
    bool isDefault = false;
    bool archived = false;
    friend bool operator==(const BankAccount&, const BankAccount&) = default;
};

} // namespace subdesk::company
