#pragma once

#include <QList>
#include <QString>

namespace subdesk::countries {

/** True for an ISO 3166-1 alpha-2 code Qt's CLDR data knows (upper case, e.g. "FI"). */
bool isValidCode(const QString& code);

/** All ISO 3166-1 alpha-2 codes, sorted. */
const QList<QString>& allCodes();

/** The country's English name from CLDR ("Finland"); the code itself when unknown. */
QString name(const QString& code);

/** EU member states (VAT area), with Greece as "GR". */
bool isEuMember(const QString& code);

} // namespace subdesk::countries
