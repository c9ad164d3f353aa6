#include "PaymentSamples.h"

#include "InvoiceSamples.h"
#include "invoicing/InvoiceService.h"
#include "money/MoneyFormat.h"
#include "storage/CompanyFile.h"

namespace subdesk::test {

Result<billing::Document> issueInvoice(storage::CompanyFile& company, CustomerId customer, QDate issueDate,
                                       const QList<qint64>& netMinor)
{
    auto draft = addDraft(company, customer, issueDate, netMinor);
    if (!draft)
        return draft.error();
    return company.invoices().issue(draft->id, issueDate);
}

QString euros(qint64 minor)
{
    return moneyformat::format(Money(minor, *Currency::fromCode(QStringLiteral("EUR"))), QLocale());
}

QString typed(qint64 minor)
{
    return moneyformat::format(Money(minor, *Currency::fromCode(QStringLiteral("EUR"))), QLocale(),
                               moneyformat::Style::NumberOnly);
}

} // namespace subdesk::test
