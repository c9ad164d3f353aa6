#pragma once

#include "storage/Database.h"

#include <memory>

class QWidget;

namespace subdesk {
class Clock;
}
namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::ui {

/** A company file just opened, and whether this run created it. */
struct OpenedCompany
{
    std::unique_ptr<storage::CompanyFile> file;
    bool created = false;
    /** Something went wrong after opening (the demo company could not be completed); the file is usable. */
    QString warning;
};

/** How many customers the demo company of a first start has. */
constexpr int kDemoCustomerCount = 250;

/**
 * Opens (or creates, as mode allows) a company file. With fillNewWithDemo, a file this call
 * creates gets the demo company (customers, catalog and subscription history), so a first start
 * shows a living business.
 */
Result<OpenedCompany> openCompanyFile(const QString& path, storage::Database::OpenMode mode, const Clock& clock,
                                      bool fillNewWithDemo);

/**
 * The start-up path: opens path, creating it when it does not exist yet (filled with the demo
 * company when fillNewWithDemo: main() asks for that only on a true first start).
 * When the file is refused (newer schema, not SubDesk's, read-only, locked, damaged) it says why
 * and lets the user open another file, create a new company or quit; it never overwrites the
 * refused file. Returns an empty result when the user chose to quit.
 */
OpenedCompany openAtStartup(const QString& path, const Clock& clock, bool fillNewWithDemo, QWidget* parent = nullptr);

} // namespace subdesk::ui
