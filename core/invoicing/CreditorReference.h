#pragma once

#include <QString>

namespace subdesk::invoicing {

/**
 * ISO 11649 structured creditor reference ("RF" + 2 check digits + up to 21 alphanumerics), printed
 * on documents and sent as the remittance reference so bank statements can be matched.
 */
namespace creditorreference {

/** "RF" + check digits + the alphanumerics of base (other characters dropped, upper-cased;
 *  at most 21 kept from the end). Empty when base has no alphanumerics. */
QString fromBase(const QString& base);
/** Whether text (spaces allowed) is a valid reference (mod 97 = 1). */
bool isValid(const QString& text);
/** Groups of four: "RF18 5390 0754 7034". */
QString formatted(const QString& reference);

} // namespace creditorreference

} // namespace subdesk::invoicing
