#include "TestSupport.h"
#include "UiTestSupport.h"
#include "customers/CustomerService.h"
#include "customers/CustomerTableModel.h"
#include "storage/CompanyFile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace subdesk;
using customers::Customer;
using customers::CustomerField;
using ui::CustomerTableModel;

namespace {

Customer makeCustomer(qint64 id, const QString& name, const QString& city = QStringLiteral("Helsinki"))
{
    Customer c = test::sampleCustomer(name);
    c.id = CustomerId(id);
    c.address.city = city;
    c.created = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    return c;
}

int column(CustomerField field)
{
    return CustomerTableModel::columnOf(field);
}

} // namespace

class TestCustomerTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void columnsAreTheCustomerFields()
    {
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), customers::allCustomerFields().size());
        QCOMPARE(model.headerData(column(CustomerField::VatId), Qt::Horizontal).toString(), QStringLiteral("VAT ID"));
        QCOMPARE(model.headerData(column(CustomerField::Id), Qt::Horizontal).toString(), QStringLiteral("No."));
        QCOMPARE(model.rowCount(), 0);
    }

    void displayTextIsLocaleAware()
    {
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Customer c = makeCustomer(7, QStringLiteral("Virtanen Oy"));
        c.kind = customers::CustomerKind::Individual;
        c.paymentMethod = customers::PaymentMethod::SepaDirectDebit;
        c.sepa.iban = QStringLiteral("FI2112345600000785");
        c.status = customers::CustomerStatus::Archived;
        model.setCustomers({c});

        const auto text = [&](CustomerField f) { return model.index(0, column(f)).data().toString(); };
        QCOMPARE(text(CustomerField::Id), QStringLiteral("7"));
        QCOMPARE(text(CustomerField::Kind), QStringLiteral("Individual"));
        QCOMPARE(text(CustomerField::Iban), QStringLiteral("FI21 1234 5600 0007 85"));
        QCOMPARE(text(CustomerField::PaymentMethod), QStringLiteral("SEPA direct debit"));
        QCOMPARE(text(CustomerField::Status), QStringLiteral("Archived"));
        QCOMPARE(text(CustomerField::Language), QStringLiteral("Suomi"));
        QCOMPARE(text(CustomerField::Created),
                 QLocale().toString(c.created.toLocalTime().date(), QLocale::ShortFormat));
        QCOMPARE(text(CustomerField::Country), QStringLiteral("FI"));
        QCOMPARE(model.index(0, column(CustomerField::Country)).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Finland"));
        QCOMPARE(model.index(0, 0).data(CustomerTableModel::CustomerIdRole).toLongLong(), 7);
        QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid()); // archived rows are greyed
    }

    void addChangeAndRemoveUpdateSingleRows()
    {
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomers({makeCustomer(1, QStringLiteral("Alpha")), makeCustomer(2, QStringLiteral("Beta"))});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.addCustomer(makeCustomer(3, QStringLiteral("Gamma")));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(CustomerId(3)), 2);

        Customer beta = makeCustomer(2, QStringLiteral("Beta Renamed"), QStringLiteral("Zürich"));
        model.changeCustomer(beta);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.customerAt(1).displayName, QStringLiteral("Beta Renamed"));
        QVERIFY(model.searchKeyAt(1).contains(QStringLiteral("zurich")));

        model.removeCustomer(CustomerId(1));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(CustomerId(2)), 0);
        QCOMPARE(model.rowOf(CustomerId(3)), 1);
        QCOMPARE(model.rowOf(CustomerId(1)), -1);
        QCOMPARE(reset.count(), 0);
    }

    void followsTheServiceSignals()
    {
        FixedClock clock(test::fixedNow());
        auto company =
            storage::CompanyFile::open(test::companyPath(m_dir, QStringLiteral("signals.subdesk")), {}, clock);
        QVERIFY2(company, qPrintable(company ? QString() : company.error().message));
        customers::CustomerService& service = (*company)->customers();

        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setService(&service);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 0);

        auto added = service.add(test::sampleCustomer(QStringLiteral("Virtanen Oy")));
        QVERIFY(added);
        QCOMPARE(model.rowCount(), 1);

        Customer edited = *added;
        edited.address.city = QStringLiteral("Tampere");
        QVERIFY(service.update(edited));
        QCOMPARE(model.customerAt(0).address.city, QStringLiteral("Tampere"));

        QVERIFY(service.setStatus(added->id, customers::CustomerStatus::Archived));
        QCOMPARE(model.customerAt(0).status, customers::CustomerStatus::Archived);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(service.addAll({test::sampleCustomer(QStringLiteral("Korhonen Ky")),
                                test::sampleCustomer(QStringLiteral("Nieminen Oy"))}));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);

        QVERIFY(service.remove(added->id));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(added->id), -1);
    }

    void collationRanksFollowTheLocale()
    {
        CustomerTableModel model;
        model.setCustomers({makeCustomer(1, QStringLiteral("zeta")), makeCustomer(2, QStringLiteral("Éclair")),
                            makeCustomer(3, QStringLiteral("Alpha")), makeCustomer(4, QStringLiteral("Customer 10")),
                            makeCustomer(5, QStringLiteral("Customer 9")), makeCustomer(6, QStringLiteral("alpha"))});
        const QList<qint64> ranks = model.sortKeys(column(CustomerField::DisplayName));
        QCOMPARE(ranks.size(), 6);
        QCOMPARE(ranks.at(2), ranks.at(5)); // "Alpha" and "alpha": equal ignoring case
        QVERIFY(ranks.at(2) < ranks.at(4)); // Alpha < Customer 9
        QVERIFY(ranks.at(4) < ranks.at(3)); // Customer 9 < Customer 10 (numbers by value)
        QVERIFY(ranks.at(3) < ranks.at(1)); // Customer 10 < Éclair (accent sorts with E)
        QVERIFY(ranks.at(1) < ranks.at(0)); // Éclair < zeta

        // A change invalidates the ranks: "zeta" renamed to "Aardvark" now sorts first.
        model.changeCustomer(makeCustomer(1, QStringLiteral("Aardvark")));
        const QList<qint64> after = model.sortKeys(column(CustomerField::DisplayName));
        QVERIFY(after.at(0) < after.at(2));
    }

    void choicesComeFromTheData()
    {
        CustomerTableModel model;
        Customer a = makeCustomer(1, QStringLiteral("A"));
        a.segment = QStringLiteral("SMB");
        a.tags = {QStringLiteral("vip"), QStringLiteral("newsletter")};
        a.address.country = QStringLiteral("FI");
        Customer b = makeCustomer(2, QStringLiteral("B"));
        b.segment = QStringLiteral("Enterprise");
        b.tags = {QStringLiteral("newsletter")};
        b.address.country = QStringLiteral("DE");
        model.setCustomers({a, b});
        QCOMPARE(model.segments(), QStringList({QStringLiteral("Enterprise"), QStringLiteral("SMB")}));
        QCOMPARE(model.tags(), QStringList({QStringLiteral("newsletter"), QStringLiteral("vip")}));
        QCOMPARE(model.countries(), QStringList({QStringLiteral("DE"), QStringLiteral("FI")}));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCustomerTableModel)
#include "tst_customertablemodel.moc"
