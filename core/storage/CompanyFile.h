#pragma once

#include "Database.h"
#include "common/Clock.h"

#include <memory>

namespace subdesk::customers {
class CustomerService;
class CustomerRepository;
} // namespace subdesk::customers

namespace subdesk::storage {

/**
 * An open company: the database plus the repositories and services built on it. Both the GUI and
 * the CLI open one; closing it (destroying it) closes the file.
 */
class CompanyFile
{
public:
    ~CompanyFile();

    static Result<std::unique_ptr<CompanyFile>> open(const QString& path, const Database::Options& options,
                                                     const Clock& clock);

    Database& database() const { return *m_database; }
    customers::CustomerService& customers() const { return *m_customerService; }
    const Clock& clock() const { return m_clock; }

private:
    CompanyFile(std::unique_ptr<Database> database, const Clock& clock);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<customers::CustomerRepository> m_customerRepository;
    std::unique_ptr<customers::CustomerService> m_customerService;
    const Clock& m_clock;
};

/**
 * Where the company file is: the --db argument if given, else $SUBDESK_DB, else company.subdesk in
 * the platform's application-data folder (QStandardPaths::AppDataLocation).
 */
QString resolveCompanyPath(const QString& commandLinePath);
QString defaultCompanyPath();

} // namespace subdesk::storage
