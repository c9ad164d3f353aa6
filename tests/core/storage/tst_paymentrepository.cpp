#include "InvoiceFixture.h"
#include "storage/SqlitePaymentRepository.h"

#include <QStandardPaths>

using namespace subdesk;
using namespace subdesk::billing;
using namespace subdesk::invoicing;
using namespace subdesk::test;

class TestPaymentRepository : public QObject
{
    Q_OBJECT

    InvoiceFixture f;
    std::unique_ptr<storage::SqlitePaymentRepository> m_payments;
    CustomerId m_customer;
    CustomerId m_other;
    Document m_first;
    Document m_second;

    Payment payment(CustomerId customer, QDate date, qint64 cents, const QList<QPair<Document, qint64>>& allocations,
                    const char* code = "EUR")
    {
        Payment p;
        p.customerId = customer;
        p.date = date;
        p.amount = Money(cents, currency(code));
        p.method = PaymentMethod::BankTransfer;
        p.reference = QStringLiteral("RF18539007547034");
        p.note = QStringLiteral("Thanks");
        p.createdAt = QDateTime(date, QTime(12, 0), Qt::UTC);
        qint64 allocated = 0;
        for (const auto& [document, amount] : allocations) {
            p.allocations.append({document.id, Money(amount, currency(code)), {}});
            allocated += amount;
        }
        p.toCredit = Money(cents - allocated, currency(code));
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(f.dir.isValid());
    }

    void init()
    {
        m_payments.reset();
        QVERIFY(f.open());
        m_payments = std::make_unique<storage::SqlitePaymentRepository>(f.company->database());
        m_customer = f.addCustomer(QStringLiteral("Virtanen Oy"));
        m_other = f.addCustomer(QStringLiteral("Öljynen Åb"));
        m_first =
            *f.storeAndIssue(draftOf(m_customer, QDate(2026, 3, 1), {1000}), QDate(2026, 3, 2), QDate(2026, 3, 16));
        m_second =
            *f.storeAndIssue(draftOf(m_customer, QDate(2026, 3, 1), {2000}), QDate(2026, 3, 3), QDate(2026, 3, 10));
    }

    void cleanupTestCase()
    {
        m_payments.reset();
        f.reset();
    }

    void aPaymentOverTwoInvoicesRoundTripsWithNumbersAndCredit()
    {
        Payment p = payment(m_customer, QDate(2026, 3, 15), 5000, {{m_first, 1240}, {m_second, 2480}});
        const auto stored = m_payments->insertPayment(p);
        QVERIFY2(stored, qPrintable(message(stored)));
        QVERIFY(stored->id.isValid());
        const auto read = m_payments->payment(stored->id);
        QVERIFY2(read, qPrintable(message(read)));
        p.id = stored->id;
        p.customerName = QStringLiteral("Virtanen Oy");
        // Allocations by the invoices' due dates, with their numbers.
        p.allocations = {{m_second.id, Money(2480, currency("EUR")), m_second.number},
                         {m_first.id, Money(1240, currency("EUR")), m_first.number}};
        QCOMPARE(*read, p);
        QCOMPARE(read->toCredit, Money(1280, currency("EUR")));
        QCOMPARE(read->allocations.first().documentNumber, QStringLiteral("INV-2026-00002"));

        const auto forFirst = m_payments->paymentsForDocument(m_first.id);
        QVERIFY(forFirst);
        QCOMPARE(forFirst->size(), 1);
        QCOMPARE(forFirst->first().allocations.size(), 1);
        QCOMPARE(forFirst->first().allocations.first().documentId, m_first.id);
        QCOMPARE(forFirst->first().toCredit, Money(1280, currency("EUR")));
    }

    void aRefundIsAllCredit()
    {
        Payment refund = payment(m_customer, QDate(2026, 3, 16), 700, {});
        refund.kind = PaymentKind::Refund;
        refund.method = PaymentMethod::Cash;
        const auto stored = m_payments->insertPayment(refund);
        QVERIFY(stored);
        const auto read = m_payments->payment(stored->id);
        QCOMPARE(read->kind, PaymentKind::Refund);
        QCOMPARE(read->method, PaymentMethod::Cash);
        QCOMPARE(read->toCredit, Money(700, currency("EUR")));
        QVERIFY(read->allocations.isEmpty());
    }

    void nothingIsStoredWhenAnAllocationFails()
    {
        Payment p = payment(m_customer, QDate(2026, 3, 15), 5000, {{m_first, 1240}});
        p.allocations.append({DocumentId(999), Money(10, currency("EUR")), {}});
        const auto refused = m_payments->insertPayment(p);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
        QVERIFY(m_payments->payments({})->isEmpty());
        p = payment(m_customer, QDate(2026, 3, 15), 5000, {{m_first, 1240}, {m_first, 10}});
        QCOMPARE(m_payments->insertPayment(p).error().code, ErrorCode::Invalid);
        p = payment(CustomerId(999), QDate(2026, 3, 15), 5000, {});
        QCOMPARE(m_payments->insertPayment(p).error().code, ErrorCode::NotFound);
        QCOMPARE(m_payments->payment(PaymentId(1)).error().code, ErrorCode::NotFound);
    }

    void listsFilterAndPutTheNewestFirst()
    {
        const PaymentId a =
            m_payments->insertPayment(payment(m_customer, QDate(2026, 3, 10), 1240, {{m_first, 1240}}))->id;
        Payment cardPayment = payment(m_other, QDate(2026, 3, 12), 900, {}, "SEK");
        cardPayment.method = PaymentMethod::Card;
        cardPayment.reference = QStringLiteral("slip 4711");
        const PaymentId b = m_payments->insertPayment(cardPayment)->id;
        Payment refund = payment(m_customer, QDate(2026, 3, 14), 100, {});
        refund.kind = PaymentKind::Refund;
        const PaymentId c = m_payments->insertPayment(refund)->id;

        const auto ids = [&](const PaymentFilter& filter) {
            QList<PaymentId> found;
            const auto payments = m_payments->payments(filter);
            for (const Payment& p : payments.value())
                found.append(p.id);
            return found;
        };
        QCOMPARE(ids({}), (QList<PaymentId> {c, b, a}));
        PaymentFilter filter;
        filter.customerId = m_customer;
        QCOMPARE(ids(filter), (QList<PaymentId> {c, a}));
        filter = {};
        filter.kind = PaymentKind::Refund;
        QCOMPARE(ids(filter), QList<PaymentId> {c});
        filter = {};
        filter.method = PaymentMethod::Card;
        QCOMPARE(ids(filter), QList<PaymentId> {b});
        filter = {};
        filter.currency = QStringLiteral("SEK");
        QCOMPARE(ids(filter), QList<PaymentId> {b});
        filter = {};
        filter.from = QDate(2026, 3, 11);
        filter.to = QDate(2026, 3, 13);
        QCOMPARE(ids(filter), QList<PaymentId> {b});
        filter = {};
        filter.text = QStringLiteral("ÖLJY"); // customer name, case-insensitive beyond ASCII
        QCOMPARE(ids(filter), QList<PaymentId> {b});
        filter.text = QStringLiteral("SLIP");
        QCOMPARE(ids(filter), QList<PaymentId> {b});
        const auto listed = m_payments->payments({});
        QCOMPARE(listed->at(2).allocations.first().documentNumber, m_first.number);
        QCOMPARE(listed->at(1).customerName, QStringLiteral("Öljynen Åb"));
        QCOMPARE(listed->at(1).toCredit, Money(900, currency("SEK")));
    }
};

QTEST_GUILESS_MAIN(TestPaymentRepository)
#include "tst_paymentrepository.moc"
