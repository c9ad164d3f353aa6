#include "CodeRules.h"

#include <QCoreApplication>

namespace subdesk::catalog {

namespace {
constexpr int kMinLength = 2;
constexpr int kMaxLength = 32;
} // namespace

QString normalizedCatalogCode(const QString& typed)
{
    return typed.trimmed().toUpper();
}

Status validateCatalogCode(const QString& code, const QString& what)
{
    if (code.isEmpty())
        return Error(ErrorCode::Invalid, QCoreApplication::translate("CodeRules", "The %1 needs a code.").arg(what));
    if (code.size() < kMinLength || code.size() > kMaxLength) {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("CodeRules", "The %1 code \"%2\" must have %3 to %4 characters.")
                         .arg(what, code)
                         .arg(kMinLength)
                         .arg(kMaxLength));
    }
    for (QChar c : code) {
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!ok) {
            return Error(ErrorCode::Invalid,
                         QCoreApplication::translate("CodeRules",
                                                     "The %1 code \"%2\" may only contain upper-case letters A–Z, "
                                                     "digits, \"-\" and \"_\".")
                             .arg(what, code));
        }
    }
    return {};
}

} // namespace subdesk::catalog
