#include "Plural.h"

namespace subdesk::ui {

QString pluralized(QString text, qint64 count)
{
    return text.replace(QStringLiteral("(s)"), count == 1 ? QString() : QStringLiteral("s"));
}

} // namespace subdesk::ui
