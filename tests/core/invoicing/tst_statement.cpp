#include "invoicing/Statement.h"

#include <QTest>

using namespace subdesk;
using namespace subdesk::invoicing;
using billing::Document;
using billing::DocumentKind;
using billing::DocumentState;

namespace {

const CustomerId kCustomer(7);

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Currency cur(const char* code)
{
    return *Currency::fromCode(QString::fromLatin1(code));
}

Document document(DocumentKind kind, const char* number, const char* issued, qint64 total, const char* currency = "EUR",
                  CustomerId customer = kCustomer, DocumentState state = DocumentState::Issued)
{
    Document doc;
    doc.customerId = customer;
    doc.kind = kind;
    doc.state = state;
    doc.currency = cur(currency);
    doc.date = d(issued);
    if (state != DocumentState::Draft) {
        doc.number = QString::fromLatin1(number);
        doc.issueDate = d(issued);
        doc.dueDate = doc.issueDate.addDays(14);
    }
    doc.total = Money(total, doc.currency);
    return doc;
}

Payment payment(PaymentKind kind, const char* reference, const char* date, qint64 amount, const char* currency = "EUR",
                CustomerId customer = kCustomer)
{
    Payment p;
    p.customerId = customer;
    p.kind = kind;
    p.reference = QString::fromLatin1(reference);
    p.date = d(date);
    p.amount = Money(amount, cur(currency));
    return p;
}

/** "kind reference debit credit balance" per entry, for one readable comparison. */
QStringList describe(const Statement& s)
{
    QStringList out;
    for (const Statement::Entry& e : s.entries()) {
        out.append(QStringLiteral("%1 %2 %3 +%4 -%5 =%6")
                       .arg(e.date.toString(Qt::ISODate), statementEntryKindName(e.kind), e.reference)
                       .arg(e.debitMinor)
                       .arg(e.creditMinor)
                       .arg(e.balanceMinor));
    }
    return out;
}

} // namespace

class TestStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build()
    {
        const QList<Document> documents = {
            document(DocumentKind::Invoice, "INV-2026-00001", "2026-01-10", 10000), // before: opening
            document(DocumentKind::Invoice, "INV-2026-00004", "2026-03-05", 2000),
            document(DocumentKind::Invoice, "INV-2026-00003", "2026-03-05", 20000),
            document(DocumentKind::CreditNote, "CN-2026-00001", "2026-03-10", -5000),
            document(DocumentKind::Invoice, "INV-2026-00005", "2026-03-31", 500), // on the last day
            document(DocumentKind::Invoice, "", "2026-03-07", 99900, "EUR", kCustomer, DocumentState::Draft),
            document(DocumentKind::Invoice, "INV-2026-00006", "2026-03-08", 12300, "PLN"),
            document(DocumentKind::Invoice, "INV-2026-00007", "2026-03-09", 4400, "EUR", CustomerId(8)),
            document(DocumentKind::Invoice, "INV-2026-00009", "2026-04-01", 100), // after the span
        };
        const QList<Payment> payments = {
            payment(PaymentKind::Payment, "BANK-1", "2026-03-05", 10000), // same day as two invoices
            payment(PaymentKind::Payment, "EARLY", "2026-02-28", 6000), // before: opening
            payment(PaymentKind::Payment, "ON-FROM", "2026-03-01", 1000), // on the first day
            payment(PaymentKind::Refund, "REF-1", "2026-03-20", 1000),
            payment(PaymentKind::Payment, "PLN-1", "2026-03-21", 5000, "PLN"),
            payment(PaymentKind::Payment, "OTHER", "2026-03-22", 4400, "EUR", CustomerId(8)),
            payment(PaymentKind::Payment, "LATE", "2026-04-02", 500),
        };
        const Result<Statement> s =
            Statement::build(kCustomer, QStringLiteral("EUR"), d("2026-03-01"), d("2026-03-31"), documents, payments);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->customerId(), kCustomer);
        QCOMPARE(s->currency(), QStringLiteral("EUR"));
        QCOMPARE(s->from(), d("2026-03-01"));
        QCOMPARE(s->to(), d("2026-03-31"));
        // 100.00 invoiced and 60.00 paid before March 1.
        QCOMPARE(s->openingMinor(), qint64(4000));
        const QStringList expected = {
            QStringLiteral("2026-03-01 Payment ON-FROM +0 -1000 =3000"),
            QStringLiteral("2026-03-05 Invoice INV-2026-00003 +20000 -0 =23000"),
            QStringLiteral("2026-03-05 Invoice INV-2026-00004 +2000 -0 =25000"),
            QStringLiteral("2026-03-05 Payment BANK-1 +0 -10000 =15000"),
            QStringLiteral("2026-03-10 Credit note CN-2026-00001 +0 -5000 =10000"),
            QStringLiteral("2026-03-20 Refund REF-1 +1000 -0 =11000"),
            QStringLiteral("2026-03-31 Invoice INV-2026-00005 +500 -0 =11500"),
        };
        QCOMPARE(describe(*s), expected);
        QCOMPARE(s->closingMinor(), qint64(11500));
        QCOMPARE(s->entries().at(1).dueDate, d("2026-03-19"));
    }

    void creditInTheCustomersFavourIsNegative()
    {
        const QList<Document> documents = {document(DocumentKind::Invoice, "INV-1", "2026-03-02", 5000)};
        const QList<Payment> payments = {payment(PaymentKind::Payment, "OVER", "2026-03-03", 8000)};
        const Result<Statement> s =
            Statement::build(kCustomer, QStringLiteral("EUR"), d("2026-03-01"), d("2026-03-31"), documents, payments);
        QVERIFY(s.ok());
        QCOMPARE(s->openingMinor(), qint64(0));
        QCOMPARE(s->closingMinor(), qint64(-3000));
    }

    void nothingInTheSpanKeepsTheOpeningBalance()
    {
        const QList<Document> documents = {document(DocumentKind::Invoice, "INV-1", "2025-12-02", 5000)};
        const Result<Statement> s =
            Statement::build(kCustomer, QStringLiteral("EUR"), d("2026-03-01"), d("2026-03-31"), documents, {});
        QVERIFY(s.ok());
        QVERIFY(s->entries().isEmpty());
        QCOMPARE(s->openingMinor(), qint64(5000));
        QCOMPARE(s->closingMinor(), qint64(5000));
    }

    void aSpanEndingBeforeItStartsIsRefused()
    {
        const Result<Statement> s =
            Statement::build(kCustomer, QStringLiteral("EUR"), d("2026-03-31"), d("2026-03-01"), {}, {});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
