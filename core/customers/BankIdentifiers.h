#pragma once

#include <QString>

namespace subdesk::customers::bank {

/** Upper case, spaces and dashes removed: the electronic form of an IBAN or BIC. */
QString normalize(const QString& text);

/**
 * Checks an IBAN (ISO 13616): country code, the country's length, allowed characters and the
 * mod-97 check digits. Returns an empty string when valid, otherwise what is wrong.
 */
QString ibanProblem(const QString& normalizedIban);

/** Makes the two check digits for a country code and BBAN (used by the demo company and tests). */
QString ibanWithCheckDigits(const QString& country, const QString& bban);

/** Checks BIC syntax (ISO 9362): 4 letters, 2-letter country, 2 characters, optional 3-character branch. */
QString bicProblem(const QString& normalizedBic);

} // namespace subdesk::customers::bank
