#pragma once

#include <QIcon>
#include <QList>
#include <QString>

namespace subdesk::ui {

/**
 * The pages the main window can show, in sidebar order. A page appears only once a view is
 * registered for it (MainWindow::registerSection), so unfinished areas stay out of sight.
 */
enum class Section
{
    Dashboard,
    Customers,
    Plans,
    Subscriptions,
    Invoices,
    Payments,
    Reports,
    Settings,
};

const QList<Section>& allSections();
/** Translated sidebar title. */
QString sectionTitle(Section section);
/** Stable name for settings ("customers"). */
QString sectionKey(Section section);
QIcon sectionIcon(Section section);

} // namespace subdesk::ui
