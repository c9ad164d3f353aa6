#include "InvoiceSamples.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "invoices/BatchExportDialog.h"
#include "invoices/InvoiceDetailPane.h"
#include "invoices/InvoiceFilterBar.h"
#include "invoices/InvoiceTableModel.h"
#include "invoices/InvoicesView.h"
#include "invoices/IssueDialog.h"
#include "invoicing/PaymentService.h"
#include "storage/CompanyFile.h"
#include "subscriptions/DocumentLinesTree.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace subdesk;
using billing::DocumentStatus;
using ui::InvoicesView;
using ui::InvoiceTableModel;

/**
 * The invoices page over three documents: Virtanen's invoice of 2026-03-01 (two lines, 100.00 and
 * 50.00, issued on 2026-03-02, 40.00 paid), Aalto's invoice of 2026-03-05 (issued the same day,
 * unpaid) and Virtanen's draft of 2026-03-10 (one line of 80.00).
 */
class TestInvoicesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        m_clock.set(test::fixedNow());
        auto company = storage::CompanyFile::open(test::companyPath(m_dir, QStringLiteral("view%1.subdesk").arg(++n)),
                                                  {}, m_clock);
        QVERIFY2(company, company ? "" : qPrintable(company.error().message));
        m_company = std::move(*company);
        auto samples = test::addInvoiceSamples(*m_company);
        QVERIFY2(samples, samples ? "" : qPrintable(samples.error().message));
        m_samples = *samples;

        auto first = test::addDraft(*m_company, m_samples.virtanen, QDate(2026, 3, 1), {10000, 5000});
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        auto issuedFirst = m_company->invoices().issue(first->id, QDate(2026, 3, 2));
        QVERIFY2(issuedFirst, issuedFirst ? "" : qPrintable(issuedFirst.error().message));
        m_paidPart = *issuedFirst;
        invoicing::PaymentRequest payment;
        payment.customerId = m_samples.virtanen;
        payment.date = QDate(2026, 3, 10);
        payment.currency = QStringLiteral("EUR");
        payment.amountMinor = 4000;
        payment.reference = QStringLiteral("Bank 77");
        payment.allocations = {{m_paidPart.id, 4000}};
        auto recorded = m_company->payments().record(payment);
        QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));

        auto second = test::addDraft(*m_company, m_samples.aalto, QDate(2026, 3, 5), {20000});
        QVERIFY(second);
        auto issuedSecond = m_company->invoices().issue(second->id, QDate(2026, 3, 5));
        QVERIFY2(issuedSecond, issuedSecond ? "" : qPrintable(issuedSecond.error().message));
        m_unpaid = *issuedSecond;
        auto draft = test::addDraft(*m_company, m_samples.virtanen, QDate(2026, 3, 10), {8000});
        QVERIFY(draft);
        m_draft = *draft;

        m_view = std::make_unique<InvoicesView>(*m_company, m_clock);
        m_view->resize(1200, 760);
        connect(m_view.get(), &ui::SectionView::messageRequested, this,
                [this](const QString& text, ui::MessageBar::Kind kind) {
                    m_messages.append({text, kind});
                });
        m_messages.clear();
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_COMPARE(m_view->model()->rowCount(), 3);
    }

    void cleanup()
    {
        m_view.reset();
        m_company.reset();
    }

    void listsEveryDocumentWithTheTotalsOfWhatIsShown()
    {
        m_view->updateTotalsNow();
        // 150.00 and 200.00 issued plus tax, 80.00 draft; balance less the 40.00 paid.
        const qint64 total = m_paidPart.total.minorUnits() + m_unpaid.total.minorUnits() + 8000;
        const qint64 balance = total - 4000;
        const QString expected =
            QStringLiteral("3 documents · Total €%1 · Balance €%2")
                .arg(QLocale().toString(total / 100.0, 'f', 2), QLocale().toString(balance / 100.0, 'f', 2));
        QCOMPARE(m_view->totalsLabel()->text(), expected);
        QCOMPARE(m_view->model()->documentSort().key, invoicing::DocumentSortKey::Date);
        QCOMPARE(m_view->model()->index(0, InvoiceTableModel::NumberColumn).data().toString(), QStringLiteral("Draft"));
    }

    void theDetailShowsLinesTaxesAndPayments()
    {
        select(m_paidPart.id);
        ui::InvoiceDetailPane* detail = m_view->detailPane();
        QCOMPARE(detail->documentId(), m_paidPart.id);
        QCOMPARE(detail->factText(QStringLiteral("number")), m_paidPart.number);
        QCOMPARE(detail->factText(QStringLiteral("status")), QStringLiteral("Partially paid"));
        QCOMPARE(detail->lines()->topLevelItemCount(), 2);
        QCOMPARE(detail->lines()->topLevelItem(0)->text(ui::DocumentLinesTree::DescriptionColumn),
                 QStringLiteral("Consulting 1"));
        QCOMPARE(detail->taxes()->topLevelItemCount(), m_paidPart.taxes.size());
        QVERIFY(m_paidPart.taxes.size() >= 1);
        QCOMPARE(detail->payments()->topLevelItemCount(), 1);
        QCOMPARE(detail->payments()->topLevelItem(0)->text(3), QStringLiteral("Bank 77"));
        QCOMPARE(detail->payments()->topLevelItem(0)->text(4), QStringLiteral("€40.00"));
        QCOMPARE(detail->creditNotes()->topLevelItemCount(), 0);
        QVERIFY(m_view->findChild<QAction*>(QStringLiteral("savePdfAction"))->isEnabled());
        QVERIFY(!m_view->findChild<QAction*>(QStringLiteral("issueAction"))->isEnabled());
        QVERIFY(!m_view->findChild<QAction*>(QStringLiteral("deleteDraftAction"))->isEnabled());
    }

    void aDraftShowsTheNumberIssuingWouldGive()
    {
        select(m_draft.id);
        ui::InvoiceDetailPane* detail = m_view->detailPane();
        QVERIFY(detail->preview());
        QVERIFY(!detail->preview()->number.isEmpty());
        QCOMPARE(detail->factText(QStringLiteral("number")),
                 QStringLiteral("%1 when issued today").arg(detail->preview()->number));
        QCOMPARE(detail->taxes()->topLevelItemCount(), detail->preview()->taxes.size());
        QVERIFY(m_view->findChild<QAction*>(QStringLiteral("issueAction"))->isEnabled());
        QVERIFY(!m_view->findChild<QAction*>(QStringLiteral("savePdfAction"))->isEnabled());
        QVERIFY(!m_view->findChild<QAction*>(QStringLiteral("uncollectibleAction"))->isEnabled());
    }

    void issuingNumbersTheDraft()
    {
        select(m_draft.id);
        QString previewed;
        test::onNextModal([&previewed](QWidget* modal) {
            auto* dialog = qobject_cast<ui::IssueDialog*>(modal);
            if (!dialog)
                return;
            previewed = dialog->preview() ? dialog->preview()->number : QString();
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("issueButton")), Qt::LeftButton);
        });
        m_view->findChild<QAction*>(QStringLiteral("issueAction"))->trigger();
        QVERIFY(!previewed.isEmpty());
        auto issued = m_company->invoices().document(m_draft.id);
        QVERIFY(issued);
        QVERIFY(issued->isIssued());
        QCOMPARE(issued->number, previewed);
        QCOMPARE(m_view->detailPane()->factText(QStringLiteral("number")), previewed);
        QVERIFY(!m_messages.isEmpty());
        QCOMPARE(m_messages.constLast().second, ui::MessageBar::Kind::Positive);
        QVERIFY(m_messages.constLast().first.contains(previewed));
        // Numbers follow each other: this one comes after the two issued before it.
        QVERIFY(previewed > m_unpaid.number);
    }

    void applyingCustomerCreditSettlesTheBalance()
    {
        // Aalto pays 50.00 with nothing named and nothing of theirs open but m_unpaid: pay it to credit first.
        invoicing::PaymentRequest prepayment;
        prepayment.customerId = m_samples.aalto;
        prepayment.currency = QStringLiteral("EUR");
        prepayment.amountMinor = 5000;
        prepayment.allocations = {{m_unpaid.id, 1}}; // one cent settles, 49.99 becomes credit
        QVERIFY(m_company->payments().record(prepayment));
        const qint64 before = m_company->invoices().document(m_unpaid.id)->balance().minorUnits();
        select(m_unpaid.id);
        QAction* apply = m_view->findChild<QAction*>(QStringLiteral("applyCreditAction"));
        QVERIFY(apply->isEnabled());
        apply->trigger();
        QCOMPARE(m_company->invoices().document(m_unpaid.id)->balance().minorUnits(), before - 4999);
        QVERIFY(!m_messages.isEmpty());
        QCOMPARE(m_messages.constLast().second, ui::MessageBar::Kind::Positive);
        // Nothing left to apply: the refusal is reported, nothing changes.
        apply->trigger();
        QCOMPARE(m_company->invoices().document(m_unpaid.id)->balance().minorUnits(), before - 4999);
        select(m_draft.id);
        QVERIFY2(!apply->isEnabled(), "a draft takes no credit");
    }

    void deletingADraftAsksFirst()
    {
        select(m_draft.id);
        test::onNextModal([](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            for (QAbstractButton* button : box ? box->buttons() : QList<QAbstractButton*>()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        m_view->findChild<QAction*>(QStringLiteral("deleteDraftAction"))->trigger();
        QCOMPARE(m_view->model()->rowCount(), 2);
        QVERIFY(!m_company->invoices().document(m_draft.id));
    }

    void theFilterBarReachesTheDatabase()
    {
        ui::InvoiceFilterBar* bar = m_view->filterBar();
        bar->overdueCheck()->setChecked(true);
        QCOMPARE(m_view->model()->filter().statuses, QList<DocumentStatus>({DocumentStatus::Overdue}));
        QCOMPARE(m_view->model()->rowCount(), 0); // both due after 15 March
        bar->overdueCheck()->setChecked(false);
        QCOMPARE(m_view->model()->rowCount(), 3);

        QTest::keyClicks(bar->searchEdit(), QStringLiteral("aalto"));
        QTRY_COMPARE(m_view->model()->filter().text, QStringLiteral("aalto"));
        QCOMPARE(m_view->model()->rowCount(), 1);
        QCOMPARE(m_view->model()->rowAt(0)->id, m_unpaid.id);
        bar->clear();
        QCOMPARE(m_view->model()->rowCount(), 3);

        bar->setStatuses({DocumentStatus::Draft, DocumentStatus::PartiallyPaid});
        QCOMPARE(m_view->model()->rowCount(), 2);
        QCOMPARE(bar->statusButton()->text(), QStringLiteral("Partially paid, Draft"));
        auto* empty = m_view->findChild<QLabel*>(QStringLiteral("invoicesEmptyLabel"));
        bar->setStatuses({DocumentStatus::Credited});
        QCOMPARE(m_view->model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No documents match the filters."));
    }

    void theStatusColumnKeepsTheSortWhereItIs()
    {
        QHeaderView* header = m_view->table()->horizontalHeader();
        header->setSortIndicator(InvoiceTableModel::TotalColumn, Qt::AscendingOrder);
        QCOMPARE(m_view->model()->documentSort().key, invoicing::DocumentSortKey::Total);
        header->setSortIndicator(InvoiceTableModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(m_view->model()->documentSort().key, invoicing::DocumentSortKey::Total);
        QCOMPARE(header->sortIndicatorSection(), int(InvoiceTableModel::TotalColumn));
        QCOMPARE(m_view->model()->rowAt(0)->totalMinor, 8000);
    }

    void batchExportWritesAPdfAndAUblFilePerIssuedDocument()
    {
        QTemporaryDir out;
        const QString folder = out.filePath(QStringLiteral("exports"));
        ui::BatchExportDialog dialog(m_company->invoices(), m_company->company(), m_clock.today(), folder);
        dialog.setRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QCOMPARE(dialog.countLabel()->text(), QStringLiteral("2 documents issued in the range"));
        QVERIFY(dialog.exportNow());
        QCOMPARE(dialog.failures(), 0);
        QCOMPARE(dialog.filesWritten(), 4);
        for (const billing::Document& document : {m_paidPart, m_unpaid}) {
            QFile pdf(QDir(folder).filePath(document.number + QStringLiteral(".pdf")));
            QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(pdf.fileName()));
            QVERIFY(pdf.read(5) == "%PDF-");
            QFile xml(QDir(folder).filePath(document.number + QStringLiteral(".xml")));
            QVERIFY2(xml.open(QIODevice::ReadOnly), qPrintable(xml.fileName()));
            QVERIFY(xml.readAll().contains(document.number.toUtf8()));
        }
        QVERIFY(dialog.summary().startsWith(QStringLiteral("Wrote 4 files to")));

        // Again, keeping what is there: nothing written, and the summary says so.
        dialog.setExisting(ui::BatchExportDialog::Existing::Skip);
        QVERIFY(dialog.exportNow());
        QCOMPARE(dialog.filesWritten(), 0);
        QVERIFY(dialog.summary().contains(QStringLiteral("Kept 4 existing files.")));

        // A range with nothing issued refuses with a reason instead of writing nothing silently.
        dialog.setRange(QDate(2025, 1, 1), QDate(2025, 1, 31));
        QVERIFY(!dialog.exportNow());
        auto* result = dialog.findChild<QLabel*>(QStringLiteral("exportResultLabel"));
        QVERIFY(!result->isHidden());
        QCOMPARE(result->text(), QStringLiteral("No document was issued in the range."));
    }

    void savingOffersTheDocumentsNameInTheFolderLastSavedTo()
    {
        QTemporaryDir out;
        QSettings().setValue(QStringLiteral("invoicesView/folder"), out.path());
        const QString chosen = out.filePath(QStringLiteral("chosen"));
        QVERIFY(QDir().mkpath(chosen));
        select(m_unpaid.id);
        // The PDF offered in the folder of the settings, saved elsewhere; the UBL then offered there.
        for (const auto& [action, offered, saved] :
             {std::tuple(QStringLiteral("savePdfAction"), out.filePath(m_unpaid.number + QStringLiteral(".pdf")),
                         QDir(chosen).filePath(m_unpaid.number + QStringLiteral(".pdf"))),
              std::tuple(QStringLiteral("saveUblAction"),
                         QDir(chosen).filePath(m_unpaid.number + QStringLiteral(".xml")),
                         QDir(chosen).filePath(m_unpaid.number + QStringLiteral(".xml")))}) {
            QString suggested;
            test::onNextModal([&suggested, target = saved](QWidget* modal) {
                auto* dialog = qobject_cast<QFileDialog*>(modal);
                if (!dialog)
                    return;
                suggested = dialog->selectedFiles().value(0);
                dialog->selectFile(target);
                QMetaObject::invokeMethod(dialog, &QDialog::accept);
            });
            m_view->findChild<QAction*>(action)->trigger();
            QCOMPARE(suggested, offered);
            QVERIFY2(QFileInfo(saved).size() > 0, qPrintable(saved));
            QCOMPARE(m_messages.constLast().first, QStringLiteral("Saved %1.").arg(QDir::toNativeSeparators(saved)));
            QCOMPARE(m_messages.constLast().second, ui::MessageBar::Kind::Positive);
        }
        QCOMPARE(QSettings().value(QStringLiteral("invoicesView/folder")).toString(), chosen);
    }

    void fitsTheNarrowestMainWindow()
    {
        // The main window opens at 1020 pixels with the sidebar beside the page: every control of
        // the page must fit in what is left, the detail showing an invoice with all its buttons.
        select(m_paidPart.id);
        const int widest = 820;
        const auto width = [](QWidget* widget) { return widget->minimumSizeHint().width(); };
        QVERIFY2(width(m_view.get()) <= widest,
                 qPrintable(QStringLiteral("page %1, filters %2, toolbar %3, detail %4")
                                .arg(width(m_view.get()))
                                .arg(width(m_view->filterBar()))
                                .arg(width(m_view->findChild<QWidget*>(QStringLiteral("invoicesToolBar"))))
                                .arg(width(m_view->detailPane()))));
    }

private:
    void select(DocumentId id)
    {
        m_view->selectDocument(id);
        QCOMPARE(m_view->currentRow()->id, id);
    }

    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
    std::unique_ptr<InvoicesView> m_view;
    test::InvoiceSamples m_samples;
    billing::Document m_paidPart;
    billing::Document m_unpaid;
    billing::Document m_draft;
    QList<QPair<QString, ui::MessageBar::Kind>> m_messages;
};

QTEST_MAIN(TestInvoicesView)
#include "tst_invoicesview.moc"
