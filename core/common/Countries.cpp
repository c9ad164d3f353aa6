#include "Countries.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace subdesk::countries {

namespace {

struct Table
{
    QList<QString> codes;
    QSet<QString> set;
};

const Table& table()
{
    static const Table t = [] {
        Table result;
        // Qt ships CLDR's territory list; keep the two-letter ISO 3166-1 codes. CLDR also has
        // regions ("150"), groupings (EU, EZ, UN, QO) and codes reserved for places that are not
        // ISO 3166-1 countries (IC Canary Islands, EA Ceuta and Melilla, AC, CP, DG, TA): those are
        // left out. XK (Kosovo) stays: it is in common use, IBANs included.
        static const QSet<QString> notCountries = {
            QStringLiteral("AC"), QStringLiteral("CP"), QStringLiteral("DG"), QStringLiteral("EA"),
            QStringLiteral("EU"), QStringLiteral("EZ"), QStringLiteral("IC"), QStringLiteral("QO"),
            QStringLiteral("TA"), QStringLiteral("UN"), QStringLiteral("XA"), QStringLiteral("XB"),
        };
        for (int i = QLocale::AnyTerritory + 1; i <= QLocale::LastTerritory; ++i) {
            const QString code = QLocale::territoryToCode(static_cast<QLocale::Territory>(i));
            if (code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter() && !result.set.contains(code)
                && !notCountries.contains(code)) {
                result.set.insert(code);
                result.codes.append(code);
            }
        }
        std::sort(result.codes.begin(), result.codes.end());
        return result;
    }();
    return t;
}

} // namespace

bool isValidCode(const QString& code)
{
    return table().set.contains(code);
}

const QList<QString>& allCodes()
{
    return table().codes;
}

QString name(const QString& code)
{
    if (!isValidCode(code))
        return code;
    return QLocale::territoryToString(QLocale::codeToTerritory(code));
}

bool isEuMember(const QString& code)
{
    static const QSet<QString> eu = {
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("CY"), QStringLiteral("CZ"),
        QStringLiteral("DE"), QStringLiteral("DK"), QStringLiteral("EE"), QStringLiteral("ES"), QStringLiteral("FI"),
        QStringLiteral("FR"), QStringLiteral("GR"), QStringLiteral("HR"), QStringLiteral("HU"), QStringLiteral("IE"),
        QStringLiteral("IT"), QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("LV"), QStringLiteral("MT"),
        QStringLiteral("NL"), QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SE"),
        QStringLiteral("SI"), QStringLiteral("SK"),
    };
    return eu.contains(code);
}

} // namespace subdesk::countries
