#include "TestSupport.h"
#include "UiTestSupport.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerFilterModel.h"
#include "customers/CustomerForm.h"
#include "customers/CustomerService.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersView.h"
#include "mainwindow/CompanyOpener.h"
#include "mainwindow/MainWindow.h"
#include "settings/SettingsView.h"
#include "storage/CompanyFile.h"
#include "widgets/FieldIssueLabel.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace subdesk;
using customers::Customer;
using customers::CustomerStatus;
using ui::MainWindow;
using ui::Section;

namespace {

/** The toolbar button showing an action: the test clicks what a user would click. */
QToolButton* buttonFor(QWidget* root, const QString& actionName)
{
    for (QToolButton* button : root->findChildren<QToolButton*>()) {
        if (button->defaultAction() && button->defaultAction()->objectName() == actionName)
            return button;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        m_path = test::companyPath(m_dir, QStringLiteral("company%1.subdesk").arg(++n));
        auto opened = ui::openCompanyFile(m_path, storage::Database::OpenMode::OpenOrCreate, m_clock, false);
        QVERIFY(opened);
        QVERIFY(opened->created);
        QVERIFY(opened->file->customers().add(test::sampleCustomer(QStringLiteral("Virtanen Oy"))));
        QVERIFY(opened->file->customers().add(test::sampleCustomer(QStringLiteral("Nieminen Oy"))));
        m_window = std::make_unique<MainWindow>(m_clock, std::move(opened->file));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view = m_window->findChild<ui::CustomersView*>(QStringLiteral("customersView"));
        QVERIFY(m_view);
    }

    void cleanup()
    {
        m_window.reset();
        m_view = nullptr;
    }

    void showsOnlyTheSectionsThatExist()
    {
        auto* sidebar = test::child<QListWidget>(m_window.get(), QStringLiteral("navigationList"));
        QCOMPARE(sidebar->count(), 7);
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Dashboard"));
        QCOMPARE(sidebar->item(1)->text(), QStringLiteral("Customers"));
        QCOMPARE(sidebar->item(2)->text(), QStringLiteral("Plans"));
        QCOMPARE(sidebar->item(3)->text(), QStringLiteral("Subscriptions"));
        QCOMPARE(sidebar->item(4)->text(), QStringLiteral("Invoices"));
        QCOMPARE(sidebar->item(5)->text(), QStringLiteral("Payments"));
        QCOMPARE(sidebar->item(6)->text(), QStringLiteral("Settings"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("SubDesk — %1").arg(QFileInfo(m_path).fileName()));

        sidebar->setCurrentRow(6);
        QVERIFY(m_window->findChild<ui::SettingsView*>()->isVisible());
        QCOMPARE(test::child<QLabel>(m_window.get(), QStringLiteral("companyPathLabel"))->text(),
                 QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath()));
        QTest::mouseClick(test::child<QPushButton>(m_window.get(), QStringLiteral("checkDatabaseButton")),
                          Qt::LeftButton);
        QCOMPARE(m_window->messageBar()->kind(), ui::MessageBar::Kind::Positive);
        QVERIFY(m_window->messageBar()->isVisible());
    }

    void aClerksDay()
    {
        auto* table = test::child<QTableView>(m_window.get(), QStringLiteral("customersTable"));
        ui::CustomerFilterModel* proxy = m_view->proxy();
        ui::CustomerTableModel* model = m_view->model();
        QCOMPARE(proxy->rowCount(), 2);
        QCOMPARE(test::child<QLabel>(m_window.get(), QStringLiteral("customersStatusLabel"))->text(),
                 QStringLiteral("Showing 2 of 2 customers"));

        // New customer: a bad e-mail and a bad IBAN are reported inline, then fixed and saved.
        QStringList seen;
        test::onNextModal([&seen](QWidget* modal) {
            auto* dialog = qobject_cast<ui::CustomerDialog*>(modal);
            if (!dialog)
                return;
            QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("customerNameEdit")),
                             QStringLiteral("Aalto Tmi"));
            auto* emails = test::child<QLineEdit>(dialog, QStringLiteral("customerEmailsEdit"));
            QTest::keyClicks(emails, QStringLiteral("aalto@@aalto.fi"));
            auto* emailIssue = test::child<ui::FieldIssueLabel>(dialog, QStringLiteral("customerEmailsEditIssue"));
            if (QTest::qWaitFor([&] { return emailIssue->isVisible(); }))
                seen << QStringLiteral("email:") + emailIssue->text();
            emails->clear();
            QTest::keyClicks(emails, QStringLiteral("aalto@aalto.fi"));

            dialog->form()->setCurrentIndex(1);
            QTest::keyClicks(test::child<QComboBox>(dialog, QStringLiteral("customerCountryCombo"))->lineEdit(),
                             QStringLiteral("FI"));
            dialog->form()->setCurrentIndex(2);
            auto* method = test::child<QComboBox>(dialog, QStringLiteral("customerPaymentMethodCombo"));
            method->setCurrentIndex(method->findData(static_cast<int>(customers::PaymentMethod::SepaDirectDebit)));
            auto* iban = test::child<QLineEdit>(dialog, QStringLiteral("customerIbanEdit"));
            QTest::keyClicks(iban, QStringLiteral("FI21 1234 5600 0007 84"));
            QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("customerMandateReferenceEdit")),
                             QStringLiteral("AALTO-1"));
            test::child<QDateEdit>(dialog, QStringLiteral("customerMandateSignedOnEdit"))->setDate(QDate(2026, 11, 2));
            auto* ibanIssue = test::child<ui::FieldIssueLabel>(dialog, QStringLiteral("customerIbanEditIssue"));
            if (QTest::qWaitFor([&] { return ibanIssue->isVisible(); }))
                seen << QStringLiteral("iban");
            auto* save = test::child<QPushButton>(dialog, QStringLiteral("customerSaveButton"));
            if (!save->isEnabled())
                seen << QStringLiteral("blocked");
            iban->selectAll();
            QTest::keyClicks(iban, QStringLiteral("FI21 1234 5600 0007 85"));
            if (QTest::qWaitFor([&] { return save->isEnabled(); }))
                QTest::mouseClick(save, Qt::LeftButton);
            else
                dialog->reject();
        });
        QTest::mouseClick(buttonFor(m_window.get(), QStringLiteral("newCustomerAction")), Qt::LeftButton);
        QCOMPARE(seen.size(), 3);
        QVERIFY2(seen.at(0).contains(QStringLiteral("is not a valid e-mail address")), qPrintable(seen.at(0)));
        QCOMPARE(seen.at(1), QStringLiteral("iban"));
        QCOMPARE(seen.at(2), QStringLiteral("blocked"));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(proxy->rowCount(), 3);
        const Customer aalto = *m_view->currentCustomer(); // the new customer is selected
        QCOMPARE(aalto.displayName, QStringLiteral("Aalto Tmi"));
        QCOMPARE(aalto.sepa.iban, QStringLiteral("FI2112345600000785"));
        QCOMPARE(m_window->messageBar()->text(), QStringLiteral("Added Aalto Tmi."));

        // Edit it: Enter on the selected row opens the dialog.
        test::onNextModal([](QWidget* modal) {
            auto* name = test::child<QLineEdit>(modal, QStringLiteral("customerNameEdit"));
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Aalto & Co Tmi"));
            QTest::mouseClick(test::child<QPushButton>(modal, QStringLiteral("customerSaveButton")), Qt::LeftButton);
        });
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(model->customerAt(model->rowOf(aalto.id)).displayName, QStringLiteral("Aalto & Co Tmi"));

        // Search narrows the rows as the user types.
        auto* search = test::child<QLineEdit>(m_window.get(), QStringLiteral("customerSearchEdit"));
        QTest::keyClicks(search, QStringLiteral("aalto"));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(test::child<QLabel>(m_window.get(), QStringLiteral("customersStatusLabel"))->text(),
                 QStringLiteral("Showing 1 of 3 customers"));
        QTest::keyClicks(search, QStringLiteral("x"));
        QCOMPARE(proxy->rowCount(), 0);
        QVERIFY(test::child<QLabel>(m_window.get(), QStringLiteral("customersEmptyLabel"))->isVisible());
        QTest::keyClick(search, Qt::Key_Backspace);
        QCOMPARE(proxy->rowCount(), 1);
        search->clear();
        QCOMPARE(proxy->rowCount(), 3);

        // Archive: the row leaves the Active list and shows under Archived.
        table->setCurrentIndex(proxy->mapFromSource(model->index(model->rowOf(aalto.id), 0)));
        QTest::mouseClick(buttonFor(m_window.get(), QStringLiteral("archiveCustomerAction")), Qt::LeftButton);
        QCOMPARE(model->customerAt(model->rowOf(aalto.id)).status, CustomerStatus::Archived);
        QCOMPARE(proxy->rowCount(), 2);
        auto* status = test::child<QComboBox>(m_window.get(), QStringLiteral("statusFilterCombo"));
        status->setCurrentIndex(status->findData(QStringLiteral("archived")));
        QCOMPARE(proxy->rowCount(), 1);
        status->setCurrentIndex(status->findData(QString()));
        QCOMPARE(proxy->rowCount(), 3);
        status->setCurrentIndex(status->findData(QStringLiteral("active")));
        QCOMPARE(proxy->rowCount(), 2);

        // Undo and redo from the keyboard, checking the model each time.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table->setFocus();
        const auto current = [&] { return model->customerAt(model->rowOf(aalto.id)); };
        QCOMPARE(m_window->undoStack()->count(), 3); // add, edit, archive
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(current().status, CustomerStatus::Active);
        QCOMPARE(proxy->rowCount(), 3);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(current().status, CustomerStatus::Archived);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(current().displayName, QStringLiteral("Aalto Tmi"));
        QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(current().displayName, QStringLiteral("Aalto & Co Tmi"));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model->rowOf(aalto.id), -1); // the add undone
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(m_window->company()->customers().loadAll()->size(), 2);
    }

    void exportsTheRowsShownInTheirOrder()
    {
        auto* search = test::child<QLineEdit>(m_window.get(), QStringLiteral("customerSearchEdit"));
        QTest::keyClicks(search, QStringLiteral("nieminen"));
        const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
        const auto exported = m_view->exportShownRows(path);
        QVERIFY(exported);
        QCOMPARE(*exported, 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("Nieminen Oy")));
        QVERIFY(!text.contains(QStringLiteral("Virtanen Oy")));
    }

    void switchingCompanyClearsHistoryAndRefusesBadFiles()
    {
        QVERIFY(m_window->undoStack());
        const QString bogus = m_dir.filePath(QStringLiteral("notes.subdesk"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray notes("these are not the customers you are looking for");
        file.write(notes);
        file.close();
        QVERIFY(!m_window->switchCompany(bogus, storage::Database::OpenMode::OpenExisting));
        QCOMPARE(m_window->messageBar()->kind(), ui::MessageBar::Kind::Error);
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("not a SubDesk company file")));
        QCOMPARE(QFile(bogus).size(), notes.size()); // never overwritten
        QCOMPARE(m_view->model()->rowCount(), 2); // the current company stays open

        const QString other = m_dir.filePath(QStringLiteral("other.subdesk"));
        QVERIFY(m_window->switchCompany(other, storage::Database::OpenMode::CreateNew));
        QCOMPARE(m_window->undoStack()->count(), 0);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("SubDesk — other.subdesk"));
        auto* view = m_window->findChild<ui::CustomersView*>(QStringLiteral("customersView"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 0);
        // A company opens on the Dashboard (the first section); the customers page says it is empty.
        auto* sidebar = test::child<QListWidget>(m_window.get(), QStringLiteral("navigationList"));
        QCOMPARE(sidebar->currentRow(), 0);
        sidebar->setCurrentRow(1);
        QVERIFY(
            test::child<QLabel>(m_window.get(), QStringLiteral("customersEmptyLabel"))->isVisibleTo(m_window.get()));
    }

    void remembersTheWindowGeometry()
    {
        m_window->resize(1020, 700);
        m_window->close();
        m_window.reset();
        auto reopened = ui::openCompanyFile(m_path, storage::Database::OpenMode::OpenExisting, m_clock, false);
        QVERIFY(reopened);
        MainWindow again(m_clock, std::move(reopened->file));
        QCOMPARE(again.size(), QSize(1020, 700));
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    ui::CustomersView* m_view = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
