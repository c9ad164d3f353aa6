#include "TestSupport.h"
#include "customers/CustomerFilter.h"

#include <QTest>

using namespace subdesk;
using namespace subdesk::customers;

class TestCustomerFilter : public QObject
{
    Q_OBJECT

    Customer customer() const
    {
        Customer c = test::sampleCustomer(QStringLiteral("Zürich Käse AG"));
        c.emails = {QStringLiteral("Info@Kaese.ch")};
        c.vatId = QStringLiteral("CHE123456789MWST");
        c.address.city = QStringLiteral("Zürich");
        c.address.country = QStringLiteral("CH");
        c.segment = QStringLiteral("Enterprise");
        c.tags = {QStringLiteral("VIP"), QStringLiteral("reseller")};
        c.notes = QStringLiteral("never matched by search");
        return c;
    }

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("matches");
        QTest::newRow("empty query matches everything") << "" << true;
        QTest::newRow("name substring, any case") << "KÄSE" << true;
        QTest::newRow("accents are folded: zurich finds Zürich") << "zurich" << true;
        QTest::newRow("e-mail substring") << "info@kaese" << true;
        QTest::newRow("VAT ID substring") << "che1234" << true;
        QTest::newRow("city") << "ZÜRICH" << true;
        QTest::newRow("all words must match, in any field") << "käse zürich" << true;
        QTest::newRow("one word missing fails the match") << "käse berlin" << false;
        QTest::newRow("notes are not searched") << "never" << false;
        QTest::newRow("segment is a filter, not search text") << "enterprise" << false;
    }
    void text()
    {
        QFETCH(QString, query);
        QFETCH(bool, matches);
        CustomerFilter f;
        f.setText(query);
        const Customer c = customer();
        QCOMPARE(f.matches(c), matches);
        QCOMPARE(f.matches(c, CustomerFilter::searchKey(c)), matches);
    }

    void exactFilters()
    {
        const Customer c = customer();
        CustomerFilter f;
        QVERIFY(f.isEmpty());
        f.segment = QStringLiteral("enterprise");
        QVERIFY2(f.matches(c), "segment compares without case");
        f.segment = QStringLiteral("SMB");
        QVERIFY(!f.matches(c));
        f = CustomerFilter();
        f.tag = QStringLiteral("vip");
        QVERIFY2(f.matches(c), "tag compares without case");
        f.tag = QStringLiteral("beta");
        QVERIFY(!f.matches(c));
        f = CustomerFilter();
        f.country = QStringLiteral("CH");
        QVERIFY(f.matches(c));
        f.country = QStringLiteral("DE");
        QVERIFY(!f.matches(c));
        f = CustomerFilter();
        f.status = CustomerStatus::Archived;
        QVERIFY2(!f.matches(c), "an active customer is hidden by the archived filter");
        f.status = CustomerStatus::Active;
        QVERIFY(f.matches(c));
        QVERIFY(!f.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustomerFilter)
#include "tst_customerfilter.moc"
