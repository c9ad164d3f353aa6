#pragma once

namespace subdesk::ui {

class MainWindow;

/**
 * Registers every page this release has (Customers, Plans, Subscriptions, Settings). A later page (Invoices ...)
 * is one more registerSection() call here; its sidebar entry appears with it.
 */
void registerStandardSections(MainWindow& window);

} // namespace subdesk::ui
