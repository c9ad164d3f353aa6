#include "TestSupport.h"
#include "customers/CustomerField.h"

#include <QTest>

using namespace subdesk;
using namespace subdesk::customers;

class TestCustomerField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldHasAUniqueKeyAndALabel()
    {
        QSet<QString> keys;
        for (CustomerField f : allCustomerFields()) {
            const QString key = fieldKey(f);
            QVERIFY(!key.isEmpty());
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QCOMPARE(fieldFromKey(key), std::optional<CustomerField>(f));
            QVERIFY(!fieldLabel(f).isEmpty());
        }
        QCOMPARE(keys.size(), int(CustomerField::Created) + 1);
    }

    void textRoundTripKeepsEveryField()
    {
        Customer c = test::sampleCustomer();
        c.emails.append(QStringLiteral("second@virtanen.fi"));
        c.address.streetLines.append(QStringLiteral("PL 12"));
        c.paymentMethod = PaymentMethod::SepaDirectDebit;
        c.sepa = {QStringLiteral("FI2112345600000785"), QStringLiteral("NDEAFIHH"), QStringLiteral("M-1"),
                  QDate(2025, 2, 28)};
        c.preferredChannel = DeliveryChannel::EInvoice;
        c.eInvoiceEndpoint = QStringLiteral("0216:003712345678");
        c.tags = {QStringLiteral("vip"), QStringLiteral("beta")};
        c.notes = QStringLiteral("Line one\nLine two");
        c.status = CustomerStatus::Archived;
        c.kind = CustomerKind::Individual;
        c.created = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);

        Customer back;
        for (CustomerField f : allCustomerFields()) {
            if (f == CustomerField::Id)
                continue;
            const Status s = setFieldText(back, f, fieldText(c, f));
            QVERIFY2(s.ok(), qPrintable(fieldKey(f)));
        }
        back.id = c.id;
        QCOMPARE(back, c);
    }

    void parseErrors_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("kind must be business or individual") << int(CustomerField::Kind) << "company";
        QTest::newRow("payment terms must be a number") << int(CustomerField::PaymentTerms) << "two weeks";
        QTest::newRow("payment method key must be known") << int(CustomerField::PaymentMethod) << "paypal";
        QTest::newRow("channel key must be known") << int(CustomerField::PreferredChannel) << "fax";
        QTest::newRow("mandate date must be ISO") << int(CustomerField::MandateSignedOn) << "31.12.2025";
        QTest::newRow("status must be active or archived") << int(CustomerField::Status) << "deleted";
        QTest::newRow("created must be a date") << int(CustomerField::Created) << "yesterday";
        QTest::newRow("the number cannot be set") << int(CustomerField::Id) << "12";
    }
    void parseErrors()
    {
        QFETCH(int, field);
        QFETCH(QString, text);
        Customer c;
        const Status s = setFieldText(c, CustomerField(field), text);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(fieldLabel(CustomerField(field))));
    }

    void listsAreSplitOnTheirSeparators()
    {
        Customer c;
        QVERIFY(setFieldText(c, CustomerField::Emails, QStringLiteral("a@x.fi; b@x.fi,c@x.fi")).ok());
        QCOMPARE(c.emails.size(), 3);
        QVERIFY(setFieldText(c, CustomerField::Tags, QStringLiteral("vip, beta; vip")).ok());
        QCOMPARE(c.tags, (QStringList {QStringLiteral("vip"), QStringLiteral("beta")}));
        QVERIFY(setFieldText(c, CustomerField::Created, QStringLiteral("2025-01-31")).ok());
        QCOMPARE(c.created, QDateTime(QDate(2025, 1, 31), QTime(0, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestCustomerField)
#include "tst_customerfield.moc"
