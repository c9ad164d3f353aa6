// Payments, allocation, overpayment, refunds, aging and statements (BILLING.md §9) through
// PaymentService on a real company file.
#include "CompanyFixture.h"
#include "invoicing/InvoiceService.h"
#include "invoicing/PaymentService.h"

#include <QTest>

using namespace subdesk;
using billing::Document;
using billing::DocumentStatus;
using invoicing::PaymentRequest;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class tst_PaymentService : public QObject
{
    Q_OBJECT

private:
    /** A German seller and a German consumer (19%); invoices of 100.00 net = 119.00. */
    struct World
    {
        std::unique_ptr<CompanyFixture> f;
        CustomerId customer, other;
        QList<Document> invoices;
    };
    static World world(int invoiceCount);
    static PaymentRequest request(const World& w, qint64 amount);

private Q_SLOTS:
    void allocatesOldestDueFirst();
    void overpaymentBecomesCredit();
    void explicitAllocations_data();
    void explicitAllocations();
    void oneSharedPaymentOverSeveralInvoices();
    void refundsPayBackCreditOnly();
    void futurePaymentRefused();
    void agingBuckets();
    void statementRunsTheBalance();
};

tst_PaymentService::World tst_PaymentService::world(int invoiceCount)
{
    World w;
    w.f = std::make_unique<CompanyFixture>(d("2026-09-01"));
    if (!w.f->error.isEmpty())
        return w;
    if (QString e = w.f->setSeller(QStringLiteral("DE"), QStringLiteral("DE136695976")); !e.isEmpty()) {
        w.f->error = e;
        return w;
    }
    w.customer = w.f->addCustomer(QStringLiteral("Erika Mustermann"), QStringLiteral("DE"), QString());
    w.other = w.f->addCustomer(QStringLiteral("Max Muster"), QStringLiteral("DE"), QString());
    for (int i = 0; i < invoiceCount; ++i) {
        w.f->setToday(d("2026-09-01").addDays(30 * i));
        invoicing::ManualInvoice invoice;
        invoice.customerId = w.customer;
        invoice.currency = QStringLiteral("EUR");
        invoicing::ManualLine line;
        line.description = QStringLiteral("Service %1").arg(i + 1);
        line.unitPriceMinor = 10000;
        invoice.lines = {line};
        auto created = w.f->company->invoices().createDraft(invoice);
        auto issued = created ? w.f->company->invoices().issue(created->id) : Result<Document>(created.error());
        if (!issued) {
            w.f->error = issued.error().message;
            return w;
        }
        w.invoices.append(*issued);
    }
    w.f->setToday(d("2026-11-21"));
    return w;
}

PaymentRequest tst_PaymentService::request(const World& w, qint64 amount)
{
    PaymentRequest r;
    r.customerId = w.customer;
    r.currency = QStringLiteral("EUR");
    r.amountMinor = amount;
    r.reference = QStringLiteral("TRF-1");
    return r;
}

void tst_PaymentService::allocatesOldestDueFirst()
{
    World w = world(3);
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    QCOMPARE(w.invoices.first().total.minorUnits(), 11900);
    auto paid = w.f->company->payments().record(request(w, 15000));
    QVERIFY2(paid, paid ? "" : qPrintable(paid.error().message));
    QCOMPARE(paid->allocations.size(), 2);
    QCOMPARE(paid->allocations.at(0).documentId, w.invoices.at(0).id);
    QCOMPARE(paid->allocations.at(0).amount.minorUnits(), 11900);
    QCOMPARE(paid->allocations.at(1).amount.minorUnits(), 3100);
    QCOMPARE(paid->toCredit.minorUnits(), 0);
    auto& invoices = w.f->company->invoices();
    QCOMPARE(invoices.document(w.invoices.at(0).id)->status(d("2026-11-21")), DocumentStatus::Paid);
    QCOMPARE(invoices.document(w.invoices.at(1).id)->status(d("2026-10-01")), DocumentStatus::PartiallyPaid);
    QCOMPARE(invoices.document(w.invoices.at(1).id)->balance().minorUnits(), 8800);
    QCOMPARE(invoices.document(w.invoices.at(2).id)->paid.minorUnits(), 0);
    // Past its due date with a balance, the partly paid invoice is overdue.
    QCOMPARE(invoices.document(w.invoices.at(1).id)->status(d("2026-11-21")), DocumentStatus::Overdue);
}

void tst_PaymentService::overpaymentBecomesCredit()
{
    World w = world(1);
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    auto preview = w.f->company->payments().preview(request(w, 20000));
    QVERIFY(preview);
    QCOMPARE(preview->toCredit.minorUnits(), 8100);
    QVERIFY(w.f->company->payments().payments({})->isEmpty()); // a preview writes nothing
    auto paid = w.f->company->payments().record(request(w, 20000));
    QVERIFY(paid);
    QCOMPARE(paid->toCredit.minorUnits(), 8100);
    QCOMPARE(w.f->company->payments().creditBalances(w.customer)->value(QStringLiteral("EUR")).minorUnits(), 8100);
    auto listed = w.f->company->payments().payments({});
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().allocations.first().documentNumber, w.invoices.first().number);
}

void tst_PaymentService::explicitAllocations_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<qint64>>("allocated"); // per invoice index, 0 = none
    QTest::addColumn<bool>("otherCustomer");
    QTest::addColumn<QString>("refusal"); // empty: accepted

    QTest::newRow("two invoices in full") << qint64(23800) << QList<qint64> {11900, 11900} << false << "";
    QTest::newRow("more than an invoice's balance is refused")
        << qint64(20000) << QList<qint64> {11901, 0} << false << "left to pay";
    QTest::newRow("allocations above the payment are refused")
        << qint64(10000) << QList<qint64> {6000, 6000} << false << "more than the payment";
    QTest::newRow("a zero allocation is refused")
        << qint64(10000) << QList<qint64> {-1, 0} << false << "more than zero";
    QTest::newRow("another customer's invoice is refused")
        << qint64(10000) << QList<qint64> {5000, 0} << true << "another customer";
}

void tst_PaymentService::explicitAllocations()
{
    QFETCH(qint64, amount);
    QFETCH(QList<qint64>, allocated);
    QFETCH(bool, otherCustomer);
    QFETCH(QString, refusal);
    World w = world(2);
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    PaymentRequest r = request(w, amount);
    if (otherCustomer)
        r.customerId = w.other;
    for (int i = 0; i < allocated.size(); ++i) {
        if (allocated.at(i) != 0)
            r.allocations.append({w.invoices.at(i).id, std::max<qint64>(0, allocated.at(i))});
    }
    auto paid = w.f->company->payments().record(r);
    if (refusal.isEmpty()) {
        QVERIFY2(paid, paid ? "" : qPrintable(paid.error().message));
        QCOMPARE(paid->allocations.size(), 2);
        return;
    }
    QVERIFY(!paid);
    QVERIFY2(paid.error().message.contains(refusal), qPrintable(paid.error().message));
    QVERIFY2(w.f->company->payments().payments({})->isEmpty(), "a refused payment stores nothing");
    QCOMPARE(w.f->company->invoices().document(w.invoices.first().id)->paid.minorUnits(), 0);
}

void tst_PaymentService::oneSharedPaymentOverSeveralInvoices()
{
    World w = world(3);
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    PaymentRequest r = request(w, 30000);
    r.allocations = {{w.invoices.at(2).id, 11900}, {w.invoices.at(0).id, 5000}};
    auto paid = w.f->company->payments().record(r);
    QVERIFY2(paid, paid ? "" : qPrintable(paid.error().message));
    QCOMPARE(paid->toCredit.minorUnits(), 30000 - 11900 - 5000);
    auto forDoc = w.f->company->payments().paymentsForDocument(w.invoices.at(0).id);
    QCOMPARE(forDoc->size(), 1);
    QCOMPARE(forDoc->first().allocations.size(), 1);
    QCOMPARE(forDoc->first().allocations.first().amount.minorUnits(), 5000);
}

void tst_PaymentService::refundsPayBackCreditOnly()
{
    World w = world(1);
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    auto& payments = w.f->company->payments();
    QVERIFY(payments.record(request(w, 12900))); // 10.00 over
    auto tooMuch = payments.refund(w.customer, QStringLiteral("EUR"), 1001, {}, invoicing::PaymentMethod::BankTransfer,
                                   QStringLiteral("R1"));
    QVERIFY2(!tooMuch, "a refund cannot exceed the customer's credit");
    auto refund = payments.refund(w.customer, QStringLiteral("EUR"), 1000, {}, invoicing::PaymentMethod::BankTransfer,
                                  QStringLiteral("R1"));
    QVERIFY2(refund, refund ? "" : qPrintable(refund.error().message));
    QCOMPARE(refund->kind, invoicing::PaymentKind::Refund);
    QVERIFY(payments.creditBalances(w.customer)->value(QStringLiteral("EUR")).isZero());
}

void tst_PaymentService::futurePaymentRefused()
{
    World w = world(1);
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    PaymentRequest r = request(w, 100);
    r.date = d("2026-11-22");
    QVERIFY(!w.f->company->payments().record(r));
    r.date = d("2026-11-21");
    r.amountMinor = 0;
    QVERIFY(!w.f->company->payments().record(r));
}

void tst_PaymentService::agingBuckets()
{
    // Invoices issued 2026-09-01, 10-01, 10-31, due 14 days later: on 11-21 they are 67, 37 and 7 days past due.
    World w = world(3);
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    auto report = w.f->company->payments().aging(d("2026-11-21"));
    QVERIFY(report);
    QCOMPARE(report->rows().size(), 1);
    const auto& row = report->rows().first();
    QCOMPARE(row.buckets[invoicing::AgingReport::Days61To90], qint64(11900));
    QCOMPARE(row.buckets[invoicing::AgingReport::Days31To60], qint64(11900));
    QCOMPARE(row.buckets[invoicing::AgingReport::Days1To30], qint64(11900));
    QCOMPARE(row.totalMinor, qint64(35700));
    QCOMPARE(report->totals().first().totalMinor, qint64(35700));
}

void tst_PaymentService::statementRunsTheBalance()
{
    World w = world(2);
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    PaymentRequest r = request(w, 5000);
    r.date = d("2026-10-15");
    QVERIFY(w.f->company->payments().record(r));
    auto statement = w.f->company->payments().statement(w.customer, QStringLiteral("EUR"), d("2026-10-01"), {});
    QVERIFY2(statement, statement ? "" : qPrintable(statement.error().message));
    QCOMPARE(statement->openingMinor(), qint64(11900)); // the September invoice
    QCOMPARE(statement->entries().size(), 2); // October's invoice and the payment
    QCOMPARE(statement->closingMinor(), qint64(11900 + 11900 - 5000));
}

QTEST_GUILESS_MAIN(tst_PaymentService)
#include "tst_paymentservice.moc"
