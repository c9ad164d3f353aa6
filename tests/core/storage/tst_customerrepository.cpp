#include "TestSupport.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"
#include "storage/Database.h"
#include "storage/SqliteCustomerRepository.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace subdesk;
using namespace subdesk::customers;

class TestCustomerRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<storage::CompanyFile> m_company;
    int m_counter = 0;

    Customer fullCustomer() const
    {
        Customer c = test::sampleCustomer();
        c.emails.append(QStringLiteral("ceo@virtanen.fi"));
        c.address.streetLines.append(QStringLiteral("3rd floor"));
        c.address.region = QStringLiteral("Uusimaa");
        c.paymentMethod = PaymentMethod::SepaDirectDebit;
        c.sepa = {QStringLiteral("FI2112345600000785"), QStringLiteral("NDEAFIHH"), QStringLiteral("M-7"),
                  QDate(2026, 2, 1)};
        c.preferredChannel = DeliveryChannel::EInvoice;
        c.eInvoiceEndpoint = QStringLiteral("0216:003712345678");
        c.tags = {QStringLiteral("vip"), QStringLiteral("beta")};
        c.notes = QStringLiteral("Pays early.\nPrefers Finnish.");
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_company.reset();
        auto company =
            storage::CompanyFile::open(m_dir.filePath(QStringLiteral("r%1.subdesk").arg(++m_counter)), {}, m_clock);
        QVERIFY(company.ok());
        m_company = std::move(*company);
    }
    void cleanupTestCase() { m_company.reset(); }

    void addedCustomerReadsBackFieldForField()
    {
        CustomerService& service = m_company->customers();
        QSignalSpy added(&service, &CustomerService::customerAdded);
        const auto stored = service.add(fullCustomer());
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
        QVERIFY(stored->id.isValid());
        QCOMPARE(stored->created, m_clock.now());
        QCOMPARE(added.count(), 1);
        const auto found = service.find(stored->id);
        QVERIFY(found.ok());
        QCOMPARE(*found, *stored);
        const auto all = service.loadAll();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first(), *stored);
    }

    void invalidCustomerIsRefusedAndNothingStored()
    {
        Customer c = test::sampleCustomer();
        c.sepa.iban = QStringLiteral("FI2112345600000786");
        const auto r = m_company->customers().add(c);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("IBAN")));
        QCOMPARE(m_company->customers().loadAll()->size(), 0);
    }

    void updateReplacesFieldsAndTags()
    {
        CustomerService& service = m_company->customers();
        auto stored = service.add(fullCustomer());
        QVERIFY(stored.ok());
        Customer edited = *stored;
        edited.displayName = QStringLiteral("Virtanen Group Oy");
        edited.tags = {QStringLiteral("reseller")};
        edited.paymentMethod = PaymentMethod::Card;
        QVERIFY(service.update(edited).ok());
        QCOMPARE(*service.find(stored->id), edited);
    }

    void archiveKeepsOtherFields()
    {
        CustomerService& service = m_company->customers();
        auto stored = service.add(fullCustomer());
        QVERIFY(stored.ok());
        QVERIFY(service.setStatus(stored->id, CustomerStatus::Archived).ok());
        Customer expected = *stored;
        expected.status = CustomerStatus::Archived;
        QCOMPARE(*service.find(stored->id), expected);
    }

    void addAllIsAllOrNothing()
    {
        CustomerService& service = m_company->customers();
        QList<Customer> batch;
        for (int i = 0; i < 5; ++i)
            batch.append(test::sampleCustomer(QStringLiteral("Batch %1").arg(i)));
        batch[3].address.country = QStringLiteral("XX");
        const auto r = service.addAll(batch);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("4")), "the message says which customer");
        QCOMPARE(service.loadAll()->size(), 0);
        batch[3].address.country = QStringLiteral("SE");
        QSignalSpy reset(&service, &CustomerService::customersReset);
        const auto ok = service.addAll(batch);
        QVERIFY(ok.ok());
        QCOMPARE(ok->size(), 5);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(service.loadAll()->size(), 5);
    }

    void storageRejectsWhatTheValidatorWouldAlsoReject()
    {
        // The CHECK constraints guard the file against other writers too.
        QSqlQuery q(QSqlDatabase::database(m_company->database().connectionName()));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO customers (display_name, kind, country, currency, payment_method, "
                                       "preferred_channel, created_at) VALUES ('', 'business', 'FI', 'EUR', "
                                       "'card', 'email', '2026-01-01')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO customers (display_name, kind, country, currency, payment_method, "
                                       "preferred_channel, created_at) VALUES ('X', 'business', 'FI', 'EUR', "
                                       "'paypal', 'email', '2026-01-01')")));
    }

    void removingMissingCustomerIsNotFound()
    {
        const Status s = m_company->customers().remove(CustomerId(4242));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCustomerRepository)
#include "tst_customerrepository.moc"
