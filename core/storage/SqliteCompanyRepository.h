#pragma once

#include "company/CompanyRepository.h"

#include <QHash>
#include <QString>

struct sqlite3;

namespace subdesk::storage {

class Database;

/**
 * The company profile and invoicing settings (as "company.*" and "invoicing.*" rows of the
 * settings table; the logo base64-encoded), bank accounts, tax rates and numbering series in the
 * company's SQLite file (schema 3), on SQLite's C API.
 */
class SqliteCompanyRepository final : public company::CompanyRepository
{
public:
    explicit SqliteCompanyRepository(const Database& database);

    Result<company::CompanyProfile> profile() override;
    Status saveProfile(const company::CompanyProfile& profile) override;
    Result<company::InvoicingSettings> invoicingSettings() override;
    Status saveInvoicingSettings(const company::InvoicingSettings& settings) override;

    Result<QList<company::BankAccount>> bankAccounts() override;
    Result<company::BankAccount> saveBankAccount(const company::BankAccount& account) override;

    Result<QList<tax::TaxRate>> taxRates() override;
    Result<tax::TaxRate> saveTaxRate(const tax::TaxRate& rate) override;
    Status removeTaxRate(qint64 id) override;

    Result<QList<company::NumberSeries>> numberSeries() override;
    Result<company::NumberSeries> saveNumberSeries(const company::NumberSeries& series) override;
    Result<qint64> lastNumber(qint64 seriesId, int year) override;

private:
    sqlite3* handle() const;
    /** The settings whose keys start with prefix ("company."), keyed without it. */
    Result<QHash<QString, QString>> settings(const QByteArray& prefix);
    /** Stores every key (prefixed) in one unit. */
    Status saveSettings(const QByteArray& prefix, const QList<QPair<QByteArray, QString>>& values);

    QString m_connection;
};

} // namespace subdesk::storage
