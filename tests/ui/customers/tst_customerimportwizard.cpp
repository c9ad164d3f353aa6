#include "TestSupport.h"
#include "UiTestSupport.h"
#include "customers/CustomerImportWizard.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

using namespace subdesk;
using customers::CustomerField;
using ui::CustomerImportWizard;

class TestCustomerImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        auto company = storage::CompanyFile::open(test::companyPath(m_dir, QStringLiteral("import%1.subdesk").arg(++n)),
                                                  {}, m_clock);
        QVERIFY(company);
        m_company = std::move(*company);
    }

    void cleanup() { m_company.reset(); }

    void importsTheValidRowsWhenAskedTo()
    {
        const QString path = writeCsv(QStringLiteral("customers.csv"),
                                      "Nazwa;E-mail;Country;Notes\n"
                                      "Aalto Tmi;aalto@aalto.fi;FI;first\n"
                                      "Broken Oy;not-an-address;FI;second\n"
                                      "Citta Srl;info@citta.it;IT;third\n");
        CustomerImportWizard wizard(m_company->customers(), m_clock.today());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(CustomerImportWizard::FilePage));
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QVERIFY(!next->isEnabled());
        QTest::keyClicks(test::child<QLineEdit>(&wizard, QStringLiteral("importPathEdit")), path);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);

        // Mapping page, pre-filled from the (Polish) header names; Notes is mapped too.
        QCOMPARE(wizard.currentId(), int(CustomerImportWizard::MappingPage));
        auto* table = test::child<QTableWidget>(&wizard, QStringLiteral("importMappingTable"));
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Nazwa"));
        QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("Aalto Tmi")));
        auto* nameCombo = qobject_cast<QComboBox*>(table->cellWidget(0, 2));
        QCOMPARE(nameCombo->currentData().toInt(), static_cast<int>(CustomerField::DisplayName));
        auto* notesCombo = qobject_cast<QComboBox*>(table->cellWidget(3, 2));
        notesCombo->setCurrentIndex(0); // Ignore
        QVERIFY(!wizard.importer()->mapping().at(3).has_value());
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);

        // Check page: one bad row, listed by line; Import waits for the box.
        QCOMPARE(wizard.currentId(), int(CustomerImportWizard::CheckPage));
        auto* problems = test::child<QPlainTextEdit>(&wizard, QStringLiteral("importProblemsList"));
        QVERIFY2(problems->toPlainText().startsWith(QStringLiteral("Line 3: ")), qPrintable(problems->toPlainText()));
        QAbstractButton* finish = wizard.button(QWizard::FinishButton);
        QVERIFY(!finish->isEnabled());
        auto* validOnly = test::child<QCheckBox>(&wizard, QStringLiteral("importValidOnlyCheck"));
        QVERIFY(validOnly->isVisible());
        QVERIFY(
            test::child<QLabel>(&wizard, QStringLiteral("importUndoNote"))->text().contains(QStringLiteral("Undo")));
        validOnly->setChecked(true);
        QVERIFY(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);

        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.importedCount(), 2);
        auto all = m_company->customers().loadAll();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QVERIFY(all->at(0).notes.isEmpty()); // the ignored column
    }

    void refusesAFileItCannotRead()
    {
        CustomerImportWizard wizard(m_company->customers(), m_clock.today());
        wizard.show();
        QTest::keyClicks(test::child<QLineEdit>(&wizard, QStringLiteral("importPathEdit")),
                         m_dir.filePath(QStringLiteral("missing.csv")));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(CustomerImportWizard::FilePage));
        auto* error = test::child<QLabel>(&wizard, QStringLiteral("importFileError"));
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
    }

    void aCleanFileImportsEverything()
    {
        const QString path = writeCsv(QStringLiteral("clean.csv"),
                                      "Name,E-mail,Country\nAalto Tmi,aalto@aalto.fi,FI\nCitta Srl,info@citta.it,IT\n");
        CustomerImportWizard wizard(m_company->customers(), m_clock.today());
        wizard.show();
        QTest::keyClicks(test::child<QLineEdit>(&wizard, QStringLiteral("importPathEdit")), path);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(CustomerImportWizard::CheckPage));
        QVERIFY(!test::child<QCheckBox>(&wizard, QStringLiteral("importValidOnlyCheck"))->isVisible());
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.importedCount(), 2);
    }

private:
    QString writeCsv(const QString& name, const char* text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(text);
        return path;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
};

QTEST_MAIN(TestCustomerImportWizard)
#include "tst_customerimportwizard.moc"
