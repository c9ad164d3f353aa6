#include "InvoiceTexts.h"

#include <QLocale>

namespace subdesk::ui::invoicetext {

QString rate(int basisPoints)
{
    // Whole percent, else as many decimals as the basis points need (5.5%, 25.5%, 2.25%).
    const QLocale locale;
    QString number = locale.toString(basisPoints / 100);
    if (const int fraction = std::abs(basisPoints % 100); fraction != 0) {
        QString decimals = QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        if (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        number += locale.decimalPoint() + decimals;
    }
    return number + locale.percent();
}

} // namespace subdesk::ui::invoicetext
