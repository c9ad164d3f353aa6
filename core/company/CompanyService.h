#pragma once

#include "CompanyRepository.h"

#include <QCoreApplication>

namespace subdesk::company {

/**
 * The Settings pages' access to the company profile, invoicing settings, bank accounts, tax rates
 * and numbering series: validates before writing and explains refusals (Invalid, naming the field).
 */
class CompanyService
{
    Q_DECLARE_TR_FUNCTIONS(CompanyService)

public:
    explicit CompanyService(CompanyRepository& repository);

    Result<CompanyProfile> profile();
    /** Refuses: an empty name, an unknown country, a VAT ID of the wrong syntax, a bad e-mail, a logo
     *  that is not a PNG/JPEG image or is over 1 MB, payment terms outside 0–365 days. */
    Status saveProfile(const CompanyProfile& profile);
    Result<InvoicingSettings> invoicingSettings();
    Status saveInvoicingSettings(const InvoicingSettings& settings);

    Result<QList<BankAccount>> bankAccounts();
    /** Refuses an invalid IBAN or BIC or an unknown currency. */
    Result<BankAccount> saveBankAccount(const BankAccount& account);
    /** The account a document in the currency prints: the default one for the currency, else the
     *  default one for any currency, else the first unarchived one; empty when there is none. */
    Result<std::optional<BankAccount>> accountFor(const QString& currency);

    Result<QList<tax::TaxRate>> taxRates();
    /** Refuses an unknown country, a rate outside 0–100 %, an empty name, validTo before validFrom, a
     *  span overlapping another rate of the same country and class. */
    Result<tax::TaxRate> saveTaxRate(const tax::TaxRate& rate);
    Status removeTaxRate(qint64 id);

    Result<QList<NumberSeries>> numberSeries();
    /** Refuses a bad pattern (NumberSeries::validatePattern) or an empty name. */
    Result<NumberSeries> saveNumberSeries(const NumberSeries& series);
    /** The series a document of the kind is numbered in: the default one (Conflict when none). */
    Result<NumberSeries> defaultSeries(billing::DocumentKind kind);
    /** The number the series would give next on the day (for the Settings preview). */
    Result<QString> nextNumberPreview(const NumberSeries& series, QDate issueDate);

private:
    CompanyRepository& m_repository;
};

} // namespace subdesk::company
