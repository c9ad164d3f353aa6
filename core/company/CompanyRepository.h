#pragma once

#include "BankAccount.h"
#include "CompanyProfile.h"
#include "InvoicingSettings.h"
#include "NumberSeries.h"
#include "common/Result.h"
#include "tax/TaxRate.h"

#include <QList>

namespace subdesk::company {

/**
 * Where the company profile, invoicing settings, bank accounts, tax rates and numbering series are
 * kept (core/storage implements it). Each write is atomic; inside a UnitOfWork it joins it.
 */
class CompanyRepository
{
public:
    virtual ~CompanyRepository() = default;

    virtual Result<CompanyProfile> profile() = 0;
    virtual Status saveProfile(const CompanyProfile& profile) = 0;
    virtual Result<InvoicingSettings> invoicingSettings() = 0;
    virtual Status saveInvoicingSettings(const InvoicingSettings& settings) = 0;

    /** All accounts, archived ones included, by id. */
    virtual Result<QList<BankAccount>> bankAccounts() = 0;
    /** Inserts (id 0) or updates; making one default clears the flag on the others. */
    virtual Result<BankAccount> saveBankAccount(const BankAccount& account) = 0;

    /** Every rate, by country, class and valid-from. */
    virtual Result<QList<tax::TaxRate>> taxRates() = 0;
    /** Inserts (id 0) or updates one rate. */
    virtual Result<tax::TaxRate> saveTaxRate(const tax::TaxRate& rate) = 0;
    virtual Status removeTaxRate(qint64 id) = 0;

    /** All series, archived ones included, by kind then id. */
    virtual Result<QList<NumberSeries>> numberSeries() = 0;
    /** Inserts (id 0) or updates; making one default clears the flag on the others of its kind. The
     *  pattern of a series that has issued documents cannot change (Conflict). */
    virtual Result<NumberSeries> saveNumberSeries(const NumberSeries& series) = 0;
    /** The last counter value given in the series for the year (0 when none). */
    virtual Result<qint64> lastNumber(qint64 seriesId, int year) = 0;
};

} // namespace subdesk::company
