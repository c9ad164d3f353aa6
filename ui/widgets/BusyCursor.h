#pragma once

#include <QGuiApplication>

namespace subdesk::ui {

/** Shows the wait cursor for a scope: for the second or two a 100,000-row import takes. */
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace subdesk::ui
