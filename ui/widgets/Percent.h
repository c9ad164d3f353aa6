#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace subdesk::ui::percent {

/** Basis points as a locale percentage without trailing zeros: 2300 → "23%", 550 → "5.5%", 1 → "0.01%". */
QString format(int basisPoints, const QLocale& locale = QLocale());

/** Basis points as an editable number in the locale: 550 → "5.5" (en) or "5,5" (de). */
QString editText(int basisPoints, const QLocale& locale = QLocale());

/**
 * Reads a percentage typed in the locale ("5.5", "5,5 %", Persian digits) into basis points, exactly:
 * the digits are counted, never converted through a double. At most two decimals and at most 100 %;
 * either "." or "," is taken as the decimal point (a rate has no thousands). nullopt when it is not one.
 */
std::optional<int> parse(const QString& text, const QLocale& locale = QLocale());

} // namespace subdesk::ui::percent
