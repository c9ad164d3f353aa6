#pragma once

#include "TaxCategory.h"

#include <QDate>
#include <QString>

namespace subdesk::tax {

/** The rate of a tax class in a country over [validFrom, validTo] (validTo invalid: open-ended). */
struct TaxRate
{
    qint64 id = 0;
    QString country; ///< ISO 3166-1 alpha-2 (EL is written GR here, as customers' countries are)
    TaxClass taxClass = TaxClass::Standard;
    QString name; ///< "Standard rate", "Reduced rate (books)"
    int rateBp = 0; ///< basis points: 2300 = 23 %
    QDate validFrom;
    QDate validTo; ///< inclusive; invalid = still valid

    bool appliesOn(QDate date) const { return date >= validFrom && (!validTo.isValid() || date <= validTo); }
    friend bool operator==(const TaxRate&, const TaxRate&) = default;
};

} // namespace subdesk::tax
