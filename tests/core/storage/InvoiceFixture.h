#pragma once

// Shared by the storage tests of issue 4: a company file with two customers, drafts written as
// billing writes them and issued the way InvoiceService issues (number taken and document written
// in one unit), straight on the repositories.

#include "TestSupport.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"
#include "storage/SqliteCompanyRepository.h"
#include "storage/SqliteDocumentRepository.h"
#include "storage/SqliteInvoiceRepository.h"
#include "storage/SqliteUnitOfWorkFactory.h"

#include <QTest>

namespace subdesk::test {

inline Currency currency(const char* code)
{
    return *Currency::fromCode(QLatin1String(code));
}

template <typename T>
QString message(const Result<T>& r)
{
    return r.ok() ? QString() : r.error().message;
}

/** A manual line of `cents` (quantity 1, unit price = amount). */
inline billing::DocumentLine manualLine(const QString& description, qint64 cents, const char* code = "EUR")
{
    billing::DocumentLine l;
    l.item.chargeKey = QStringLiteral("manual");
    l.item.periodStart = QDate(2026, 3, 1);
    l.item.periodEnd = QDate(2026, 4, 1);
    l.item.dueDate = QDate(2026, 3, 1);
    l.item.kind = billing::LineKind::OneTime;
    l.item.description = description;
    l.item.quantity = 1;
    l.item.amount = Money(cents, currency(code));
    l.unitPriceMinor = cents;
    return l;
}

/** A draft of the customer with the given lines' amounts. */
inline billing::Document draftOf(CustomerId customer, QDate date, const QList<qint64>& amounts,
                                 const char* code = "EUR")
{
    billing::Document d;
    d.customerId = customer;
    d.date = date;
    d.currency = currency(code);
    qint64 total = 0;
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        billing::DocumentLine l = manualLine(QStringLiteral("Line %1").arg(i + 1), amounts.at(i), code);
        l.position = int(i + 1);
        l.item.customerId = customer;
        d.lines.append(l);
        total += amounts.at(i);
    }
    d.kind = total < 0 ? billing::DocumentKind::CreditNote : billing::DocumentKind::Invoice;
    d.total = Money(total, d.currency);
    d.createdAt = QDateTime(date, QTime(9, 0), Qt::UTC);
    return d;
}

/** What issuing decides, filled in on a stored draft: 24 % standard VAT on the lines. */
inline void makeIssued(billing::Document& d, qint64 seriesId, qint64 counter, QDate issueDate, QDate dueDate)
{
    d.state = billing::DocumentState::Issued;
    d.seriesId = seriesId;
    const QString prefix = d.kind == billing::DocumentKind::CreditNote ? QStringLiteral("CN") : QStringLiteral("INV");
    d.number = QStringLiteral("%1-%2-%3").arg(prefix).arg(issueDate.year()).arg(counter, 5, 10, QLatin1Char('0'));
    d.issueDate = issueDate;
    d.dueDate = dueDate;
    d.supplyFrom = QDate(2026, 3, 1);
    d.supplyTo = QDate(2026, 4, 1);
    qint64 net = 0;
    for (billing::DocumentLine& l : d.lines) {
        l.taxCategory = tax::TaxCategory::Standard;
        l.taxRateBp = 2400;
        l.net = l.item.amount;
        net += l.item.amount.minorUnits();
    }
    const qint64 tax = (net * 24 + (net >= 0 ? 50 : -50)) / 100;
    d.taxes = {{tax::TaxCategory::Standard, 2400, Money(net, d.currency), Money(tax, d.currency), {}, {}}};
    d.netTotal = Money(net, d.currency);
    d.taxTotal = Money(tax, d.currency);
    d.total = Money(net + tax, d.currency);
    d.seller.name = QStringLiteral("SubDesk Oy");
    d.seller.country = QStringLiteral("FI");
    d.seller.iban = QStringLiteral("FI2112345600000785");
    d.buyer.name = QStringLiteral("Buyer %1").arg(d.customerId.value);
    d.buyer.streetLines = {QStringLiteral("Mannerheimintie 12 B"), QStringLiteral("PL 5")};
    d.buyer.country = QStringLiteral("FI");
    d.language = QStringLiteral("fi");
    d.paymentReference = QStringLiteral("RF18539007547034");
    d.issuedAt = QDateTime(issueDate, QTime(10, 30, 0, 125), Qt::UTC);
}

/** A company file with repositories on it. */
struct InvoiceFixture
{
    QTemporaryDir dir;
    FixedClock clock {QDateTime(QDate(2026, 3, 20), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<storage::CompanyFile> company;
    std::unique_ptr<storage::SqliteInvoiceRepository> invoices;
    std::unique_ptr<storage::SqliteDocumentRepository> documents;
    std::unique_ptr<storage::SqliteCompanyRepository> settings;
    std::unique_ptr<storage::SqliteUnitOfWorkFactory> units;
    qint64 invoiceSeries = 0;
    qint64 creditSeries = 0;
    int files = 0;

    void reset()
    {
        units.reset();
        settings.reset();
        documents.reset();
        invoices.reset();
        company.reset();
    }

    bool open()
    {
        reset();
        ++files;
        auto opened = storage::CompanyFile::open(path(), {}, clock);
        if (!opened) {
            qWarning() << opened.error().message;
            return false;
        }
        company = std::move(*opened);
        invoices = std::make_unique<storage::SqliteInvoiceRepository>(company->database());
        documents = std::make_unique<storage::SqliteDocumentRepository>(company->database());
        settings = std::make_unique<storage::SqliteCompanyRepository>(company->database());
        units = std::make_unique<storage::SqliteUnitOfWorkFactory>(company->database());
        const auto series = settings->numberSeries();
        if (!series)
            return false;
        for (const company::NumberSeries& s : *series) {
            if (s.isDefault)
                (s.kind == billing::DocumentKind::Invoice ? invoiceSeries : creditSeries) = s.id;
        }
        return invoiceSeries > 0 && creditSeries > 0;
    }

    QString path() const { return dir.filePath(QStringLiteral("i%1.subdesk").arg(files)); }

    CustomerId addCustomer(const QString& name)
    {
        auto added = company->customers().add(sampleCustomer(name));
        return added ? added->id : CustomerId();
    }

    billing::Document store(const billing::Document& draft)
    {
        auto stored = documents->insertDocuments({draft});
        if (!stored) {
            qWarning() << stored.error().message;
            return {};
        }
        return stored->first();
    }

    /** Issues a stored draft in one unit (number and document together); the stored result. */
    Result<billing::Document> issue(DocumentId id, QDate issueDate, QDate dueDate)
    {
        auto unit = units->begin();
        if (!unit)
            return unit.error();
        auto d = invoices->document(id);
        if (!d)
            return d.error();
        const qint64 series = d->kind == billing::DocumentKind::CreditNote ? creditSeries : invoiceSeries;
        auto n = invoices->takeNextNumber(series, issueDate.year());
        if (!n)
            return n.error();
        makeIssued(*d, series, *n, issueDate, dueDate);
        if (Status written = invoices->writeIssued(*d); !written)
            return written.error();
        if (Status done = (*unit)->commit(); !done)
            return done.error();
        return invoices->document(id);
    }

    Result<billing::Document> storeAndIssue(const billing::Document& draft, QDate issueDate, QDate dueDate)
    {
        const billing::Document stored = store(draft);
        return issue(stored.id, issueDate, dueDate);
    }
};

} // namespace subdesk::test
