#include "Icons.h"

#include <QHash>

namespace subdesk::ui {

QIcon themeIcon(const QString& name)
{
    // QIcon renders SVG lazily per size; caching keeps one engine per icon for the whole run.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return it.value();
}

QIcon appIcon()
{
    return themeIcon(QStringLiteral("subdesk"));
}

} // namespace subdesk::ui
