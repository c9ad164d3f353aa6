#include "TestSupport.h"
#include "UiTestSupport.h"
#include "customers/CustomerFilterModel.h"
#include "customers/CustomerTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace subdesk;
using customers::Customer;
using customers::CustomerField;
using customers::CustomerStatus;
using ui::CustomerFilterModel;
using ui::CustomerTableModel;

namespace {

Customer makeCustomer(qint64 id, const QString& name, const QString& city, const QDate& created)
{
    Customer c = test::sampleCustomer(name);
    c.id = CustomerId(id);
    c.address.city = city;
    c.emails = {name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com")};
    c.created = created.startOfDay(Qt::UTC);
    return c;
}

int column(CustomerField field)
{
    return CustomerTableModel::columnOf(field);
}

} // namespace

class TestCustomerFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        m_model = std::make_unique<CustomerTableModel>();
        m_proxy = std::make_unique<CustomerFilterModel>();
        m_proxy->setSourceModel(m_model.get());
        m_sourceTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);

        Customer zurich = makeCustomer(10, QStringLiteral("Müller AG"), QStringLiteral("Zürich"), QDate(2024, 5, 1));
        zurich.address.country = QStringLiteral("CH");
        zurich.vatId = QString();
        zurich.segment = QStringLiteral("Enterprise");
        Customer archived = makeCustomer(9, QStringLiteral("Korhonen Ky"), QStringLiteral("Oulu"), QDate(2023, 1, 1));
        archived.status = CustomerStatus::Archived;
        archived.tags = {QStringLiteral("late-payer")};
        m_model->setCustomers({
            makeCustomer(1, QStringLiteral("Virtanen Oy"), QStringLiteral("Helsinki"), QDate(2025, 2, 1)),
            makeCustomer(2, QStringLiteral("Nieminen Oy"), QStringLiteral("Tampere"), QDate(2022, 7, 9)),
            zurich,
            archived,
            makeCustomer(100, QStringLiteral("Aalto Tmi"), QStringLiteral("Espoo"), QDate(2021, 3, 3)),
        });
    }

    void cleanup()
    {
        m_tester.reset();
        m_sourceTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void showsActiveCustomersByDefault()
    {
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_proxy->rowCount(), 4);
        m_proxy->setStatus(CustomerStatus::Archived);
        QCOMPARE(m_proxy->rowCount(), 1);
        QCOMPARE(m_model->customerAt(m_proxy->sourceRow(0)).displayName, QStringLiteral("Korhonen Ky"));
        m_proxy->setStatus(std::nullopt);
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void searchMatchesEveryWordFoldingCaseAndAccents()
    {
        m_proxy->setSearchText(QStringLiteral("zurich"));
        QCOMPARE(m_proxy->rowCount(), 1);
        m_proxy->setSearchText(QStringLiteral("OY"));
        QCOMPARE(m_proxy->rowCount(), 2);
        m_proxy->setSearchText(QStringLiteral("oy tampere"));
        QCOMPARE(m_proxy->rowCount(), 1);
        m_proxy->setSearchText(QStringLiteral("virtanen@example"));
        QCOMPARE(m_proxy->rowCount(), 1);
        m_proxy->setSearchText(QStringLiteral("nobody"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setSearchText(QString());
        QCOMPARE(m_proxy->rowCount(), 4);
    }

    void exactFiltersCombine()
    {
        m_proxy->setSegment(QStringLiteral("enterprise"));
        QCOMPARE(m_proxy->rowCount(), 1);
        m_proxy->setSegment(QString());
        m_proxy->setCountry(QStringLiteral("FI"));
        QCOMPARE(m_proxy->rowCount(), 3);
        m_proxy->setStatus(std::nullopt);
        m_proxy->setTag(QStringLiteral("late-payer"));
        QCOMPARE(m_proxy->rowCount(), 1);
    }

    void sortsNumbersNumericallyAndDatesByDate()
    {
        m_proxy->setStatus(std::nullopt);
        m_proxy->sort(column(CustomerField::Id), Qt::AscendingOrder);
        QList<qint64> ids;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids.append(m_model->customerAt(m_proxy->sourceRow(row)).id.value);
        QCOMPARE(ids, QList<qint64>({1, 2, 9, 10, 100})); // not "1, 10, 100, 2, 9"

        m_proxy->sort(column(CustomerField::Created), Qt::DescendingOrder);
        QCOMPARE(m_model->customerAt(m_proxy->sourceRow(0)).displayName, QStringLiteral("Virtanen Oy"));
        QCOMPARE(m_model->customerAt(m_proxy->sourceRow(4)).displayName, QStringLiteral("Aalto Tmi"));
    }

    void sortsNamesInCollationOrder()
    {
        m_proxy->sort(column(CustomerField::DisplayName), Qt::AscendingOrder);
        QStringList names;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            names.append(m_proxy->index(row, column(CustomerField::DisplayName)).data().toString());
        QCOMPARE(names,
                 QStringList({QStringLiteral("Aalto Tmi"), QStringLiteral("Müller AG"), QStringLiteral("Nieminen Oy"),
                              QStringLiteral("Virtanen Oy")}));
    }

    void staysSortedAndFilteredWhenTheSourceChanges()
    {
        m_proxy->sort(column(CustomerField::DisplayName), Qt::AscendingOrder);
        m_proxy->setSearchText(QStringLiteral("oy"));
        QCOMPARE(m_proxy->rowCount(), 2);

        m_model->addCustomer(
            makeCustomer(50, QStringLiteral("Bergström Oy"), QStringLiteral("Vaasa"), QDate(2020, 1, 1)));
        QCOMPARE(m_proxy->rowCount(), 3);
        QCOMPARE(m_proxy->index(0, column(CustomerField::DisplayName)).data().toString(),
                 QStringLiteral("Bergström Oy"));

        m_model->addCustomer(
            makeCustomer(51, QStringLiteral("Lindqvist Ab"), QStringLiteral("Turku"), QDate(2020, 1, 1)));
        QCOMPARE(m_proxy->rowCount(), 3); // does not match the search

        Customer renamed = m_model->customerAt(m_model->rowOf(CustomerId(1)));
        renamed.displayName = QStringLiteral("Aaltonen Oy");
        m_model->changeCustomer(renamed);
        QCOMPARE(m_proxy->index(0, column(CustomerField::DisplayName)).data().toString(),
                 QStringLiteral("Aaltonen Oy"));

        Customer archived = renamed;
        archived.status = CustomerStatus::Archived;
        m_model->changeCustomer(archived);
        QCOMPARE(m_proxy->rowCount(), 2);

        m_model->removeCustomer(CustomerId(50));
        QCOMPARE(m_proxy->rowCount(), 1);
        QCOMPARE(m_proxy->index(0, column(CustomerField::DisplayName)).data().toString(),
                 QStringLiteral("Nieminen Oy"));
    }

    void resetKeepsTheFilter()
    {
        m_proxy->setSearchText(QStringLiteral("virtanen"));
        m_model->setCustomers(
            {makeCustomer(1, QStringLiteral("Virtanen Oy"), QStringLiteral("Helsinki"), QDate(2025, 2, 1)),
             makeCustomer(2, QStringLiteral("Virtanen Ky"), QStringLiteral("Lahti"), QDate(2025, 2, 1)),
             makeCustomer(3, QStringLiteral("Other"), QStringLiteral("Lahti"), QDate(2025, 2, 1))});
        QCOMPARE(m_proxy->rowCount(), 2);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CustomerTableModel> m_model;
    std::unique_ptr<CustomerFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestCustomerFilterModel)
#include "tst_customerfiltermodel.moc"
