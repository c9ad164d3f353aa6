#include "InvoiceSamples.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "invoices/InvoiceTableModel.h"
#include "invoicing/PaymentService.h"
#include "storage/CompanyFile.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

Q_DECLARE_METATYPE(subdesk::invoicing::DocumentFilter)

using namespace subdesk;
using billing::DocumentKind;
using billing::DocumentStatus;
using invoicing::DocumentSortKey;
using ui::InvoiceTableModel;

/**
 * The invoices table over 45 manual documents of two customers, dated 2026-01-01 to 2026-02-14 at
 * 10.00, 20.00, … 450.00 (Aalto every third, Virtanen the others): the first 30 issued on their
 * dates (due 14 days later, so overdue on the test day 2026-03-15), the first of them paid in
 * full, the other 15 drafts.
 */
class TestInvoiceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateUiSettings(m_dir);
        m_clock.set(test::fixedNow());
        auto company = storage::CompanyFile::open(test::companyPath(m_dir), {}, m_clock);
        QVERIFY2(company, company ? "" : qPrintable(company.error().message));
        m_company = std::move(*company);
        auto samples = test::addInvoiceSamples(*m_company);
        QVERIFY2(samples, samples ? "" : qPrintable(samples.error().message));
        m_samples = *samples;
        for (int i = 0; i < 45; ++i) {
            const QDate date = QDate(2026, 1, 1).addDays(i);
            auto draft =
                test::addDraft(*m_company, i % 3 == 0 ? m_samples.aalto : m_samples.virtanen, date, {(i + 1) * 1000});
            QVERIFY2(draft, draft ? "" : qPrintable(draft.error().message));
            if (i >= 30)
                continue;
            auto issued = m_company->invoices().issue(draft->id, date);
            QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
            if (i == 0)
                m_paid = *issued;
        }
        invoicing::PaymentRequest payment;
        payment.customerId = m_paid.customerId;
        payment.date = QDate(2026, 2, 20);
        payment.currency = QStringLiteral("EUR");
        payment.amountMinor = m_paid.total.minorUnits();
        payment.allocations = {{m_paid.id, m_paid.total.minorUnits()}};
        auto recorded = m_company->payments().record(payment);
        QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));
    }

    void cleanupTestCase() { m_company.reset(); }

    void passesTheModelTester()
    {
        InvoiceTableModel model(m_company->invoices());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setQuery(everything(), {}));
        QCOMPARE(model.rowCount(), 45);
        QCOMPARE(model.columnCount(), int(InvoiceTableModel::ColumnCount));
        model.sort(InvoiceTableModel::TotalColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 45);
        QCOMPARE(model.index(44, InvoiceTableModel::TotalColumn).data().toString(), QStringLiteral("€450.00"));
    }

    void readsPagesOnlyWhenRowsAreAskedFor()
    {
        InvoiceTableModel model(m_company->invoices());
        model.setPageSize(10);
        QVERIFY(model.setQuery(everything(), {DocumentSortKey::Date, false}));
        QCOMPARE(model.pageReads(), 0); // counting reads no page
        QCOMPARE(model.index(0, 0).data(InvoiceTableModel::DocumentIdRole).isValid(), true);
        QCOMPARE(model.pageReads(), 1);
        for (int row = 0; row < 10; ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                model.index(row, column).data();
        QCOMPARE(model.pageReads(), 1); // no query per row or cell
        model.index(10, 0).data();
        QCOMPARE(model.pageReads(), 2);
        QCOMPARE(model.rowAt(44)->date, QDate(2026, 2, 14));
        QCOMPARE(model.pageReads(), 3);
        QCOMPARE(model.cachedPages(), QList<int>({0, 1, 4}));

        // Only the most recently used pages stay: reading all nine pages of five keeps six.
        model.setPageSize(5);
        for (int row = 0; row < 45; ++row)
            QVERIFY(model.rowAt(row));
        QCOMPARE(model.cachedPages().size(), InvoiceTableModel::kCachedPages);
        QCOMPARE(model.cachedPages().constFirst(), 9 - InvoiceTableModel::kCachedPages);
        const int reads = model.pageReads();
        model.rowAt(44);
        QCOMPARE(model.pageReads(), reads); // cached
        model.rowAt(0);
        QCOMPARE(model.pageReads(), reads + 1); // evicted, read again
    }

    void aTableReadsOnlyThePagesItShows()
    {
        InvoiceTableModel model(m_company->invoices());
        model.setPageSize(10);
        QVERIFY(model.setQuery(everything(), {}));
        QTableView view;
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(24);
        view.resize(600, 200); // about seven rows
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(model.cachedPages(), QList<int>({0}));
        view.scrollToBottom();
        QCoreApplication::processEvents();
        view.repaint();
        QVERIFY(model.cachedPages().contains(4));
        QVERIFY(!model.cachedPages().contains(2));
    }

    void sortsInTheDatabase_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("total ascending: 10.00 first") << int(InvoiceTableModel::TotalColumn) << int(Qt::AscendingOrder);
        QTest::newRow("total descending: 450.00 first")
            << int(InvoiceTableModel::TotalColumn) << int(Qt::DescendingOrder);
        QTest::newRow("date ascending") << int(InvoiceTableModel::DateColumn) << int(Qt::AscendingOrder);
        QTest::newRow("date descending") << int(InvoiceTableModel::DateColumn) << int(Qt::DescendingOrder);
        QTest::newRow("customer A to Z") << int(InvoiceTableModel::CustomerColumn) << int(Qt::AscendingOrder);
        QTest::newRow("balance descending") << int(InvoiceTableModel::BalanceColumn) << int(Qt::DescendingOrder);
        QTest::newRow("number ascending: drafts last")
            << int(InvoiceTableModel::NumberColumn) << int(Qt::AscendingOrder);
    }

    void sortsInTheDatabase()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        InvoiceTableModel model(m_company->invoices());
        model.setPageSize(7); // the order must hold across pages
        QVERIFY(model.setQuery(everything(), {}));
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(model.documentSort().key, *InvoiceTableModel::sortKeyFor(column));
        QCOMPARE(model.documentSort().descending, order == Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 45);
        const bool descending = order == Qt::DescendingOrder;
        std::optional<invoicing::DocumentRow> previous;
        bool sawDraft = false;
        QSet<qint64> seen; // pages of the second half are read from the end: none lost, none twice
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto current = model.rowAt(row);
            QVERIFY(current);
            seen.insert(current->id.value);
            if (previous) {
                switch (column) {
                case InvoiceTableModel::TotalColumn:
                    QVERIFY(descending ? previous->totalMinor >= current->totalMinor
                                       : previous->totalMinor <= current->totalMinor);
                    break;
                case InvoiceTableModel::BalanceColumn:
                    QVERIFY(descending ? previous->balanceMinor >= current->balanceMinor
                                       : previous->balanceMinor <= current->balanceMinor);
                    break;
                case InvoiceTableModel::DateColumn:
                    QVERIFY(descending ? previous->date >= current->date : previous->date <= current->date);
                    break;
                case InvoiceTableModel::CustomerColumn:
                    QVERIFY(previous->customerName <= current->customerName);
                    break;
                case InvoiceTableModel::NumberColumn:
                    if (sawDraft)
                        QCOMPARE(current->status, DocumentStatus::Draft);
                    else
                        QVERIFY(current->status == DocumentStatus::Draft || previous->number < current->number);
                    break;
                }
            }
            sawDraft = sawDraft || current->status == DocumentStatus::Draft;
            previous = current;
        }
        QCOMPARE(seen.size(), 45);
    }

    void filtersInTheDatabase_data()
    {
        QTest::addColumn<invoicing::DocumentFilter>("filter");
        QTest::addColumn<int>("count");
        invoicing::DocumentFilter drafts = everything();
        drafts.kind = DocumentKind::Invoice;
        drafts.statuses = {DocumentStatus::Draft};
        QTest::newRow("invoices that are drafts: the last 15") << drafts << 15;
        invoicing::DocumentFilter aalto = everything();
        aalto.text = QStringLiteral("aalto");
        QTest::newRow("customer text 'aalto': every third") << aalto << 15;
        invoicing::DocumentFilter range = everything();
        range.from = QDate(2026, 1, 10);
        range.to = QDate(2026, 1, 19);
        QTest::newRow("dated 10 to 19 January, both included") << range << 10;
        invoicing::DocumentFilter overdue = everything();
        overdue.statuses = {DocumentStatus::Overdue};
        QTest::newRow("overdue on 15 March: the 29 issued and unpaid") << overdue << 29;
        invoicing::DocumentFilter paid = everything();
        paid.statuses = {DocumentStatus::Paid, DocumentStatus::Draft};
        QTest::newRow("paid or draft: 1 + 15") << paid << 16;
        invoicing::DocumentFilter creditNotes = everything();
        creditNotes.kind = DocumentKind::CreditNote;
        QTest::newRow("credit notes: none") << creditNotes << 0;
    }

    void filtersInTheDatabase()
    {
        QFETCH(invoicing::DocumentFilter, filter);
        QFETCH(int, count);
        InvoiceTableModel model(m_company->invoices());
        QVERIFY(model.setQuery(filter, {}));
        QCOMPARE(model.rowCount(), count);
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto current = model.rowAt(row);
            QVERIFY(current);
            if (!filter.statuses.isEmpty())
                QVERIFY(filter.statuses.contains(current->status));
            if (!filter.text.isEmpty())
                QVERIFY(current->customerName.contains(filter.text, Qt::CaseInsensitive));
            if (filter.from.isValid())
                QVERIFY(current->date >= filter.from && current->date <= filter.to);
        }
    }

    void showsDraftsAndStatusesAsTheClerkReadsThem()
    {
        InvoiceTableModel model(m_company->invoices());
        QVERIFY(model.setQuery(everything(), {DocumentSortKey::Date, true}));
        // Newest first: a draft of 2026-02-14.
        QCOMPARE(model.index(0, InvoiceTableModel::NumberColumn).data().toString(), QStringLiteral("Draft"));
        QCOMPARE(model.index(0, InvoiceTableModel::StatusColumn).data().toString(), QStringLiteral("Draft"));
        const QColor grey = InvoiceTableModel::statusColor(DocumentStatus::Draft);
        QCOMPARE(model.index(0, InvoiceTableModel::CustomerColumn).data(Qt::ForegroundRole).value<QColor>(), grey);
        QCOMPARE(model.index(0, InvoiceTableModel::TotalColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignTrailing | Qt::AlignVCenter));

        const int last = model.rowCount() - 1; // the paid one, 2026-01-01
        QCOMPARE(model.rowAt(last)->id, m_paid.id);
        QCOMPARE(model.index(last, InvoiceTableModel::NumberColumn).data().toString(), m_paid.number);
        QCOMPARE(model.index(last, InvoiceTableModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(0x2e, 0x7d, 0x32));
        QCOMPARE(model.index(last, InvoiceTableModel::BalanceColumn).data().toString(), QStringLiteral("€0.00"));
        QCOMPARE(model.index(last - 1, InvoiceTableModel::StatusColumn).data().toString(), QStringLiteral("Overdue"));
        QCOMPARE(model.index(last - 1, InvoiceTableModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(0xc6, 0x28, 0x28));
        QVERIFY(!model.index(last - 1, InvoiceTableModel::CustomerColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.cachedRowOf(m_paid.id), last);
    }

private:
    invoicing::DocumentFilter everything() const
    {
        invoicing::DocumentFilter filter;
        filter.today = m_clock.today();
        return filter;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
    test::InvoiceSamples m_samples;
    billing::Document m_paid;
};

QTEST_MAIN(TestInvoiceTableModel)
#include "tst_invoicetablemodel.moc"
