#pragma once

#include <QIcon>

namespace subdesk::ui {

/** One of SubDesk's own icons from resources/icons, by file name without ".svg" ("customers"). */
QIcon themeIcon(const QString& name);

/** The application's mark (resources/icons/subdesk.svg). */
QIcon appIcon();

} // namespace subdesk::ui
