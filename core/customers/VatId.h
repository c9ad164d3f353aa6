#pragma once

#include <QString>

namespace subdesk::customers::vatid {

/** Upper case, without spaces, dots and dashes ("de 123.456.789" → "DE123456789"). */
QString normalize(const QString& text);

/** The country the VAT ID's prefix stands for: "EL" → "GR", "XI" → "GB"; empty if none. */
QString countryOfPrefix(const QString& normalizedVatId);

/**
 * Checks the syntax of a VAT ID for its prefix: the EU member states (and XI for Northern
 * Ireland) by their national formats, plus GB, CH and NO. Empty when valid, otherwise what is wrong.
 */
QString problem(const QString& normalizedVatId);

} // namespace subdesk::customers::vatid
