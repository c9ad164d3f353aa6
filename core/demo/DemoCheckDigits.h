#pragma once

#include <QString>

namespace subdesk::demo::detail {

/**
 * National check digits, so that demo VAT IDs and account numbers look right to anyone who knows
 * their country's rules (the validator checks only their syntax and the IBAN's own check digits).
 *
 * Each function takes the identifier with random digits, rewrites its check digit(s) in place and
 * returns false when no check digit makes the number valid (the caller then draws a new one).
 * Countries without a rule here are left as drawn and return true.
 */
bool fixVatCheckDigits(const QString& country, QString& vatId);
bool fixBbanCheckDigits(const QString& country, QString& bban);

/** Luhn (mod 10) check digit for a string of ASCII digits. */
int luhnCheckDigit(QStringView digits);

} // namespace subdesk::demo::detail
