#include "InvoiceSamples.h"

#include "TestSupport.h"
#include "company/CompanyService.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"

namespace subdesk::test {

Result<InvoiceSamples> addInvoiceSamples(storage::CompanyFile& company)
{
    company::CompanyProfile profile;
    profile.name = QStringLiteral("Testi Oy");
    profile.address.streetLines = {QStringLiteral("Aleksanterinkatu 1")};
    profile.address.postalCode = QStringLiteral("00100");
    profile.address.city = QStringLiteral("Helsinki");
    profile.address.country = QStringLiteral("FI");
    profile.vatId = QStringLiteral("FI87654321");
    profile.email = QStringLiteral("laskutus@testi.fi");
    profile.defaultPaymentTermsDays = 14;
    if (auto saved = company.company().saveProfile(profile); !saved)
        return saved.error();
    company::BankAccount account;
    account.label = QStringLiteral("Main");
    account.bankName = QStringLiteral("Nordea");
    account.iban = QStringLiteral("FI2112345600000785");
    account.bic = QStringLiteral("NDEAFIHH");
    account.currency = QStringLiteral("EUR");
    account.isDefault = true;
    if (auto saved = company.company().saveBankAccount(account); !saved)
        return saved.error();

    InvoiceSamples samples;
    auto virtanen = company.customers().add(sampleCustomer(QStringLiteral("Virtanen Oy")));
    if (!virtanen)
        return virtanen.error();
    samples.virtanen = virtanen->id;
    customers::Customer aaltoCustomer = sampleCustomer(QStringLiteral("Aalto Tmi"));
    aaltoCustomer.vatId = QStringLiteral("FI11223344");
    auto aalto = company.customers().add(aaltoCustomer);
    if (!aalto)
        return aalto.error();
    samples.aalto = aalto->id;
    return samples;
}

invoicing::ManualInvoice manualInvoice(CustomerId customer, QDate date, const QList<qint64>& amountsMinor)
{
    invoicing::ManualInvoice invoice;
    invoice.customerId = customer;
    invoice.currency = QStringLiteral("EUR");
    invoice.date = date;
    int n = 0;
    for (qint64 amount : amountsMinor) {
        invoicing::ManualLine line;
        line.description = QStringLiteral("Consulting %1").arg(++n);
        line.quantity = 1;
        line.unitPriceMinor = amount;
        invoice.lines.append(line);
    }
    return invoice;
}

Result<billing::Document> addDraft(storage::CompanyFile& company, CustomerId customer, QDate date,
                                   const QList<qint64>& amountsMinor)
{
    return company.invoices().createDraft(manualInvoice(customer, date, amountsMinor));
}

} // namespace subdesk::test
