#include "InvoiceSamples.h"
#include "PaymentSamples.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "invoices/ManualInvoiceDialog.h"
#include "invoicing/InvoiceService.h"
#include "payments/CustomerPicker.h"
#include "storage/CompanyFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace subdesk;
using test::euros;
using test::typed;
using ui::ManualInvoiceDialog;

/** The manual invoice dialog for Virtanen Oy (FI, EUR, 25.5 % standard rate); today is 2026-03-15. */
class TestManualInvoiceDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        auto company = storage::CompanyFile::open(test::companyPath(m_dir, QStringLiteral("manual%1.subdesk").arg(++n)),
                                                  {}, m_clock);
        QVERIFY2(company, company ? "" : qPrintable(company.error().message));
        m_company = std::move(*company);
        auto samples = test::addInvoiceSamples(*m_company);
        QVERIFY2(samples, samples ? "" : qPrintable(samples.error().message));
        m_samples = *samples;
    }

    void cleanup() { m_company.reset(); }

    void savesADraftWithTheTypedLines()
    {
        ManualInvoiceDialog dialog(m_company->invoices(), m_company->customers(), m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* ok = test::child<QPushButton>(&dialog, QStringLiteral("saveInvoiceButton"));
        QVERIFY(!ok->isEnabled());
        auto* picker = test::child<ui::CustomerPicker>(&dialog, QStringLiteral("customerPicker"));
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("Virtanen Oy"));
        QCOMPARE(test::child<QComboBox>(&dialog, QStringLiteral("currencyCombo"))->currentText(),
                 QStringLiteral("EUR")); // the customer's

        QCOMPARE(dialog.lineCount(), 1);
        typeLine(dialog, 0, QStringLiteral("Consulting, March"), 3, 12000);
        QTest::mouseClick(test::child<QPushButton>(&dialog, QStringLiteral("addLineButton")), Qt::LeftButton);
        QCOMPARE(dialog.lineCount(), 2);
        typeLine(dialog, 1, QStringLiteral("Training handbook"), 1, 4550);
        auto* taxClass =
            static_cast<QComboBox*>(dialog.linesTable()->cellWidget(1, ManualInvoiceDialog::TaxClassColumn));
        taxClass->setCurrentIndex(taxClass->findData(QStringLiteral("reduced")));

        QCOMPARE(dialog.linesTable()->item(0, ManualInvoiceDialog::NetColumn)->text(), euros(36000));
        QCOMPARE(dialog.linesTable()->item(1, ManualInvoiceDialog::NetColumn)->text(), euros(4550));
        QVERIFY2(test::child<QLabel>(&dialog, QStringLiteral("netTotalLabel"))
                     ->text()
                     .startsWith(QStringLiteral("Net total: %1").arg(euros(40550))),
                 qPrintable(test::child<QLabel>(&dialog, QStringLiteral("netTotalLabel"))->text()));
        QVERIFY(ok->isEnabled());
        QCOMPARE(ok->text(), QStringLiteral("Save draft"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        auto stored = m_company->invoices().document(dialog.document().id);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
        QCOMPARE(stored->state, billing::DocumentState::Draft);
        QCOMPARE(stored->customerId, m_samples.virtanen);
        QCOMPARE(stored->date, QDate(2026, 3, 15));
        QCOMPARE(stored->lines.size(), 2);
        QCOMPARE(stored->lines.at(0).item.description, QStringLiteral("Consulting, March"));
        QCOMPARE(stored->lines.at(0).item.quantity, 3);
        QCOMPARE(stored->lines.at(0).item.amount.minorUnits(), 36000);
        QCOMPARE(stored->lines.at(0).unitPriceMinor, std::optional<qint64>(12000));
        QCOMPARE(stored->lines.at(0).taxClass, tax::TaxClass::Standard);
        QCOMPARE(stored->lines.at(1).item.amount.minorUnits(), 4550);
        QCOMPARE(stored->lines.at(1).taxClass, tax::TaxClass::Reduced);
        QCOMPARE(stored->total.minorUnits(), 40550);
    }

    void issueNowNumbersAndTaxesTheInvoice()
    {
        ManualInvoiceDialog dialog(m_company->invoices(), m_company->customers(), m_clock.today(), {},
                                   m_samples.virtanen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeLine(dialog, 0, QStringLiteral("Setup"), 1, 10000);
        test::child<QCheckBox>(&dialog, QStringLiteral("issueNowCheck"))->setChecked(true);
        auto* ok = test::child<QPushButton>(&dialog, QStringLiteral("saveInvoiceButton"));
        QCOMPARE(ok->text(), QStringLiteral("Save and issue"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const billing::Document& issued = dialog.document();
        QCOMPARE(issued.state, billing::DocumentState::Issued);
        QVERIFY(!issued.number.isEmpty());
        QCOMPARE(issued.netTotal.minorUnits(), 10000);
        QCOMPARE(issued.taxTotal.minorUnits(), 2550);
        QCOMPARE(issued.total.minorUnits(), 12550);
    }

    void problemsAreNamedAndBlockSaving_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("price");
        QTest::addColumn<bool>("halfPeriod");
        QTest::addColumn<QString>("problem");

        QTest::newRow("a line without a description")
            << QString() << typed(1000) << false << QStringLiteral("Line 1: enter a description.");
        QTest::newRow("a unit price that is no amount")
            << QStringLiteral("Consulting") << QStringLiteral("12x") << false << QStringLiteral("Line 1: ");
        QTest::newRow("a period with only its start")
            << QStringLiteral("Consulting") << typed(1000) << true
            << QStringLiteral("Line 1: give both ends of the period, or neither.");
    }

    void problemsAreNamedAndBlockSaving()
    {
        QFETCH(QString, description);
        QFETCH(QString, price);
        QFETCH(bool, halfPeriod);
        QFETCH(QString, problem);

        ManualInvoiceDialog dialog(m_company->invoices(), m_company->customers(), m_clock.today(), {},
                                   m_samples.virtanen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget* lines = dialog.linesTable();
        QTest::keyClicks(static_cast<QLineEdit*>(lines->cellWidget(0, ManualInvoiceDialog::DescriptionColumn)),
                         description);
        QTest::keyClicks(static_cast<QLineEdit*>(lines->cellWidget(0, ManualInvoiceDialog::UnitPriceColumn)), price);
        if (halfPeriod)
            static_cast<QDateEdit*>(lines->cellWidget(0, ManualInvoiceDialog::PeriodFromColumn))
                ->setDate(QDate(2026, 3, 1));
        const QStringList problems = dialog.problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(problem), qPrintable(problems.first()));
        auto* issues = test::child<QLabel>(&dialog, QStringLiteral("invoiceIssues"));
        QVERIFY(issues->isVisible());
        QCOMPARE(issues->text(), problems.first());
        QVERIFY(!test::child<QPushButton>(&dialog, QStringLiteral("saveInvoiceButton"))->isEnabled());
    }

    void editsADraftInPlace()
    {
        auto draft = test::addDraft(*m_company, m_samples.aalto, QDate(2026, 3, 10), {8000});
        QVERIFY2(draft, draft ? "" : qPrintable(draft.error().message));
        ManualInvoiceDialog dialog(m_company->invoices(), m_company->customers(), m_clock.today(), draft->id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit draft invoice"));
        QCOMPARE(test::child<ui::CustomerPicker>(&dialog, QStringLiteral("customerPicker"))->currentCustomerId(),
                 m_samples.aalto);
        QCOMPARE(dialog.lineCount(), 1);
        QCOMPARE(
            static_cast<QLineEdit*>(dialog.linesTable()->cellWidget(0, ManualInvoiceDialog::UnitPriceColumn))->text(),
            typed(8000));
        static_cast<QSpinBox*>(dialog.linesTable()->cellWidget(0, ManualInvoiceDialog::QuantityColumn))->setValue(2);
        QCOMPARE(dialog.netTotal().minorUnits(), 16000);
        QTest::mouseClick(test::child<QPushButton>(&dialog, QStringLiteral("saveInvoiceButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.document().id, draft->id);
        auto stored = m_company->invoices().document(draft->id);
        QCOMPARE(stored->lines.size(), 1);
        QCOMPARE(stored->lines.first().item.amount.minorUnits(), 16000);
        QCOMPARE(stored->date, QDate(2026, 3, 10));
    }

private:
    static void typeLine(ManualInvoiceDialog& dialog, int row, const QString& description, int quantity,
                         qint64 unitPrice)
    {
        QTableWidget* lines = dialog.linesTable();
        QTest::keyClicks(static_cast<QLineEdit*>(lines->cellWidget(row, ManualInvoiceDialog::DescriptionColumn)),
                         description);
        static_cast<QSpinBox*>(lines->cellWidget(row, ManualInvoiceDialog::QuantityColumn))->setValue(quantity);
        QTest::keyClicks(static_cast<QLineEdit*>(lines->cellWidget(row, ManualInvoiceDialog::UnitPriceColumn)),
                         typed(unitPrice));
    }

    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
    test::InvoiceSamples m_samples;
};

QTEST_MAIN(TestManualInvoiceDialog)
#include "tst_manualinvoicedialog.moc"
