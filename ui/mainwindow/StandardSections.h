#pragma once

namespace subdesk::ui {

class MainWindow;

/**
 * Registers every page this release has (Customers, Settings). A later page (Plans, Invoices ...)
 * is one more registerSection() call here; its sidebar entry appears with it.
 */
void registerStandardSections(MainWindow& window);

} // namespace subdesk::ui
