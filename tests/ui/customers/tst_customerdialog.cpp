#include "TestSupport.h"
#include "UiTestSupport.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomerForm.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"
#include "widgets/FieldIssueLabel.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace subdesk;
using customers::Customer;
using customers::CustomerField;
using ui::CustomerDialog;
using ui::FieldIssueLabel;

class TestCustomerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        auto company = storage::CompanyFile::open(test::companyPath(m_dir, QStringLiteral("dialog%1.subdesk").arg(++n)),
                                                  {}, m_clock);
        QVERIFY(company);
        m_company = std::move(*company);
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<customers::CustomerEditor>(m_company->customers(), *m_stack);
    }

    void cleanup()
    {
        m_stack->clear();
        m_editor.reset();
        m_stack.reset();
        m_company.reset();
    }

    void newCustomerShowsIssuesAsTheUserTypes()
    {
        CustomerDialog dialog(*m_editor, std::nullopt, m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New customer"));
        auto* save = test::child<QPushButton>(&dialog, QStringLiteral("customerSaveButton"));
        auto* emailIssue = test::child<FieldIssueLabel>(&dialog, QStringLiteral("customerEmailsEditIssue"));
        QVERIFY(save && emailIssue);
        QVERIFY(!save->isEnabled());
        QVERIFY(!emailIssue->isVisible()); // nothing typed yet: no red text on a fresh form

        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("customerNameEdit")),
                         QStringLiteral("Aalto Tmi"));
        auto* emails = test::child<QLineEdit>(&dialog, QStringLiteral("customerEmailsEdit"));
        QTest::keyClicks(emails, QStringLiteral("aalto@"));
        QTRY_VERIFY(emailIssue->isVisible());
        QVERIFY(emailIssue->text().contains(QStringLiteral("\"aalto@\" is not a valid e-mail address")));
        QCOMPARE(emailIssue->level(), FieldIssueLabel::Level::Error);
        QVERIFY(!save->isEnabled());

        QTest::keyClicks(emails, QStringLiteral("aalto.fi"));
        QTRY_VERIFY(!emailIssue->isVisible());

        dialog.form()->setCurrentIndex(1);
        auto* country = test::child<QComboBox>(&dialog, QStringLiteral("customerCountryCombo"));
        QTest::keyClicks(country->lineEdit(), QStringLiteral("FI"));
        QTRY_VERIFY(save->isEnabled());

        dialog.form()->setCurrentIndex(2);
        auto* method = test::child<QComboBox>(&dialog, QStringLiteral("customerPaymentMethodCombo"));
        auto* sepa = test::child<QGroupBox>(&dialog, QStringLiteral("customerSepaGroup"));
        QVERIFY(!sepa->isVisible());
        method->setCurrentIndex(method->findData(static_cast<int>(customers::PaymentMethod::SepaDirectDebit)));
        QVERIFY(sepa->isVisible());
        auto* iban = test::child<QLineEdit>(&dialog, QStringLiteral("customerIbanEdit"));
        QTest::keyClicks(iban, QStringLiteral("FI21 1234 5600 0007 86"));
        auto* ibanIssue = test::child<FieldIssueLabel>(&dialog, QStringLiteral("customerIbanEditIssue"));
        QTRY_VERIFY(ibanIssue->isVisible());
        QVERIFY(!save->isEnabled());
        iban->clear();
        QTest::keyClicks(iban, QStringLiteral("FI21 1234 5600 0007 85"));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("customerMandateReferenceEdit")),
                         QStringLiteral("AALTO-1"));
        QTRY_VERIFY(!ibanIssue->isVisible());
        // The signature date starts empty: a mandate without one cannot be saved.
        auto* signedOn = test::child<QDateEdit>(&dialog, QStringLiteral("customerMandateSignedOnEdit"));
        QTest::qWait(600); // past the validation debounce
        QVERIFY(!save->isEnabled());
        signedOn->setDate(QDate(2026, 11, 2));
        QTRY_VERIFY(save->isEnabled());

        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Customer saved = dialog.savedCustomer();
        QVERIFY(saved.id.isValid());
        QCOMPARE(saved.sepa.iban, QStringLiteral("FI2112345600000785"));
        QCOMPARE(saved.sepa.signedOn, m_clock.today());
        QCOMPARE(m_stack->count(), 1); // undoable
    }

    void attemptedSaveRevealsAndFocusesTheFirstError()
    {
        CustomerDialog dialog(*m_editor, std::nullopt, m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        auto* phone = test::child<QLineEdit>(&dialog, QStringLiteral("customerPhoneEdit"));
        phone->setFocus();
        QTest::keyClick(phone, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QTRY_VERIFY(test::child<FieldIssueLabel>(&dialog, QStringLiteral("customerNameEditIssue"))->isVisible());
        // On the Address tab, not shown now, but filled in and ready for when the user goes there.
        QVERIFY(!test::child<FieldIssueLabel>(&dialog, QStringLiteral("customerCountryComboIssue"))->isHidden());
        QCOMPARE(QApplication::focusWidget(), test::child<QWidget>(&dialog, QStringLiteral("customerNameEdit")));
    }

    void editShowsWarningsAtOnceAndKeepsTheId()
    {
        Customer c = test::sampleCustomer(QStringLiteral("Virtanen Oy"));
        c.vatId = QStringLiteral("SE556677889901"); // Swedish VAT ID, Finnish address: a warning
        auto stored = m_editor->add(c);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        CustomerDialog dialog(*m_editor, *stored, m_clock.today());
        dialog.show();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit customer — Virtanen Oy"));
        auto* vatIssue = test::child<FieldIssueLabel>(&dialog, QStringLiteral("customerVatIdEditIssue"));
        QVERIFY(!vatIssue->isHidden()); // on the Billing tab
        QCOMPARE(vatIssue->level(), FieldIssueLabel::Level::Warning);
        auto* save = test::child<QPushButton>(&dialog, QStringLiteral("customerSaveButton"));
        QVERIFY(save->isEnabled()); // warnings do not block

        auto* name = test::child<QLineEdit>(&dialog, QStringLiteral("customerNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Virtanen Group Oy"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedCustomer().id, stored->id);
        QCOMPARE(m_company->customers().find(stored->id)->displayName, QStringLiteral("Virtanen Group Oy"));
    }

    void editingKeepsBankDetailsAndEndpointTheFormDoesNotShow()
    {
        // A card-paying customer with an IBAN on file (for refunds) and an e-invoice endpoint but
        // e-mail delivery: both groups are hidden in the dialog and must survive an unrelated edit.
        Customer c = test::sampleCustomer(QStringLiteral("Korhonen Oy"));
        c.paymentMethod = customers::PaymentMethod::Card;
        c.sepa = {QStringLiteral("FI2112345600000785"), QStringLiteral("NDEAFIHH"), QStringLiteral("M-9"),
                  QDate(2025, 3, 1)};
        c.eInvoiceEndpoint = QStringLiteral("0216:003712345678");
        auto stored = m_editor->add(c);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        CustomerDialog dialog(*m_editor, *stored, m_clock.today());
        dialog.show();
        auto* phone = test::child<QLineEdit>(&dialog, QStringLiteral("customerPhoneEdit"));
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("+358 50 000 0000"));
        auto* save = test::child<QPushButton>(&dialog, QStringLiteral("customerSaveButton"));
        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Customer after = *m_company->customers().find(stored->id);
        QCOMPARE(after.phone, QStringLiteral("+358 50 000 0000"));
        QCOMPARE(after.sepa, stored->sepa);
        QCOMPARE(after.eInvoiceEndpoint, stored->eInvoiceEndpoint);
    }

    void eInvoiceShowsTheEndpoint()
    {
        CustomerDialog dialog(*m_editor, std::nullopt, m_clock.today());
        dialog.show();
        dialog.form()->setCurrentIndex(2);
        auto* endpoint = test::child<QLineEdit>(&dialog, QStringLiteral("customerEInvoiceEndpointEdit"));
        QVERIFY(!endpoint->isVisible());
        auto* channel = test::child<QComboBox>(&dialog, QStringLiteral("customerChannelCombo"));
        channel->setCurrentIndex(channel->findData(static_cast<int>(customers::DeliveryChannel::EInvoice)));
        QVERIFY(endpoint->isVisible());
    }

    void storageErrorsStayInTheDialog()
    {
        auto stored = m_editor->add(test::sampleCustomer(QStringLiteral("Gone Oy")));
        QVERIFY(stored);
        CustomerDialog dialog(*m_editor, *stored, m_clock.today());
        dialog.show();
        QVERIFY(m_company->customers().remove(stored->id)); // someone else deleted it meanwhile
        auto* save = test::child<QPushButton>(&dialog, QStringLiteral("customerSaveButton"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto* bar = test::child<ui::MessageBar>(&dialog, QStringLiteral("messageBar"));
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), ui::MessageBar::Kind::Error);
        QVERIFY(!bar->text().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<customers::CustomerEditor> m_editor;
};

QTEST_MAIN(TestCustomerDialog)
#include "tst_customerdialog.moc"
