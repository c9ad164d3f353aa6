// Shows one scene of the Payments section or an invoicing dialog for a screenshot under a real X
// server (Xvfb): "payments", "aging", "record-payment", "credit-note", "manual-invoice", "refund",
// "statement". Not a test; see tests/ui/screenshots/shoot.sh.
#include "TestSupport.h"
#include "company/CompanyService.h"
#include "customers/CustomerService.h"
#include "invoices/CreditNoteDialog.h"
#include "invoices/ManualInvoiceDialog.h"
#include "invoices/RecordPaymentDialog.h"
#include "invoices/RefundDialog.h"
#include "invoicing/InvoiceService.h"
#include "invoicing/PaymentService.h"
#include "mainwindow/CompanyOpener.h"
#include "mainwindow/MainWindow.h"
#include "payments/AgingPage.h"
#include "payments/CustomerPicker.h"
#include "payments/PaymentsView.h"
#include "payments/StatementDialog.h"
#include "settings/Languages.h"
#include "storage/CompanyFile.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace subdesk;

namespace {

struct Sample
{
    const char* name;
    const char* country;
    const char* vatId;
};

const Sample kCustomers[] = {
    {"Virtanen Oy", "FI", "FI12345671"},  {"Aalto Tmi", "FI", ""},   {"Kowalski Sp. z o.o.", "PL", "PL5260250274"},
    {"Rossi Srl", "IT", "IT01234567897"}, {"Nieminen Ky", "FI", ""}, {"Müller GmbH", "DE", "DE136695976"},
};

customers::Customer customer(const Sample& sample)
{
    customers::Customer c = test::sampleCustomer(QString::fromUtf8(sample.name));
    c.address.country = QString::fromLatin1(sample.country);
    c.vatId = QString::fromLatin1(sample.vatId);
    c.language = QStringLiteral("en");
    return c;
}

/** A small trading history: invoices from November to March, some paid, one overpaid. */
Result<QList<CustomerId>> fill(storage::CompanyFile& company)
{
    company::CompanyProfile profile;
    profile.name = QStringLiteral("Pilvi Software Oy");
    profile.address.streetLines = {QStringLiteral("Aleksanterinkatu 1")};
    profile.address.postalCode = QStringLiteral("00100");
    profile.address.city = QStringLiteral("Helsinki");
    profile.address.country = QStringLiteral("FI");
    profile.vatId = QStringLiteral("FI87654321");
    if (auto saved = company.company().saveProfile(profile); !saved)
        return saved.error();
    company::BankAccount account;
    account.label = QStringLiteral("Main");
    account.bankName = QStringLiteral("Nordea");
    account.iban = QStringLiteral("FI2112345600000785");
    account.bic = QStringLiteral("NDEAFIHH");
    account.currency = QStringLiteral("EUR");
    account.isDefault = true;
    if (auto saved = company.company().saveBankAccount(account); !saved)
        return saved.error();
    QList<CustomerId> ids;
    for (const Sample& sample : kCustomers) {
        auto added = company.customers().add(customer(sample));
        if (!added)
            return added.error();
        ids.append(added->id);
    }
    struct Issue
    {
        int customer;
        QDate date;
        QList<std::pair<const char*, qint64>> lines;
    };
    const QList<Issue> issues {
        {0, QDate(2025, 11, 3), {{"Cloud backup, November", 4900}, {"Extra storage 100 GB", 1500}}},
        {2, QDate(2025, 11, 20), {{"Onboarding workshop", 45000}}},
        {0, QDate(2025, 12, 1), {{"Cloud backup, December", 4900}, {"Extra storage 100 GB", 1500}}},
        {3, QDate(2025, 12, 15), {{"Consulting, 6 hours", 72000}}},
        {1, QDate(2026, 1, 12), {{"Cloud backup, January", 2900}}},
        {5, QDate(2026, 1, 28), {{"Data migration", 120000}, {"Travel", 18000}}},
        {0, QDate(2026, 2, 2), {{"Cloud backup, February", 4900}, {"Extra storage 100 GB", 1500}}},
        {4, QDate(2026, 2, 16), {{"Support package", 19900}}},
        {0, QDate(2026, 3, 2), {{"Cloud backup, March", 4900}, {"Extra storage 100 GB", 1500}}},
        {2, QDate(2026, 3, 9), {{"Licences, 12 seats", 35880}}},
        {1, QDate(2026, 3, 10), {{"Cloud backup, March", 2900}}},
    };
    QList<billing::Document> issued;
    for (const Issue& issue : issues) {
        invoicing::ManualInvoice invoice;
        invoice.customerId = ids.at(issue.customer);
        invoice.date = issue.date;
        for (const auto& [text, amount] : issue.lines) {
            invoicing::ManualLine line;
            line.description = QString::fromUtf8(text);
            line.unitPriceMinor = amount;
            invoice.lines.append(line);
        }
        auto draft = company.invoices().createDraft(invoice);
        auto done = draft ? company.invoices().issue(draft->id, issue.date) : Result<billing::Document>(draft.error());
        if (!done)
            return done.error();
        issued.append(*done);
    }
    const auto pay = [&company, &ids](int who, QDate date, qint64 amount, invoicing::PaymentMethod method,
                                      const QString& reference) -> Status {
        invoicing::PaymentRequest request;
        request.customerId = ids.at(who);
        request.currency = QStringLiteral("EUR");
        request.date = date;
        request.amountMinor = amount;
        request.method = method;
        request.reference = reference;
        auto recorded = company.payments().record(request);
        if (!recorded)
            return recorded.error();
        return {};
    };
    using invoicing::PaymentMethod;
    for (const Status& s :
         {pay(0, QDate(2025, 11, 14), 8032, PaymentMethod::BankTransfer, QStringLiteral("RF71 2025 1103")),
          pay(2, QDate(2025, 12, 18), 30000, PaymentMethod::BankTransfer, QStringLiteral("PKO 88213")),
          pay(3, QDate(2026, 1, 20), 90360, PaymentMethod::BankTransfer, QStringLiteral("UniCredit 5521")),
          pay(1, QDate(2026, 1, 25), 10000, PaymentMethod::Card, QStringLiteral("Card •••• 4411")),
          pay(0, QDate(2026, 2, 10), 8032, PaymentMethod::DirectDebit, QStringLiteral("SEPA DD 0210")),
          pay(5, QDate(2026, 3, 5), 100000, PaymentMethod::BankTransfer, QStringLiteral("Deutsche Bank 7781"))}) {
        if (!s)
            return s.error();
    }
    if (auto refund = company.payments().refund(ids.at(1), QStringLiteral("EUR"), 500, QDate(2026, 3, 11),
                                                PaymentMethod::BankTransfer, QStringLiteral("Refund 0311"));
        !refund)
        return refund.error();
    return ids;
}

void type(QWidget* root, const char* name, const QString& text)
{
    if (auto* edit = root->findChild<QLineEdit*>(QString::fromLatin1(name)))
        QTest::keyClicks(edit, text);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString scene = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("payments");
    QTemporaryDir dir;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SubDeskScenes"));
    QCoreApplication::setApplicationName(QStringLiteral("SubDeskScenes"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    ui::installTranslations(QStringLiteral("en"));
    QApplication::setWindowIcon(ui::appIcon());

    FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC));
    auto opened = ui::openCompanyFile(dir.filePath(QStringLiteral("company.subdesk")),
                                      storage::Database::OpenMode::OpenOrCreate, clock, false);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    auto filled = fill(*opened->file);
    if (!filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.error().message));
        return 1;
    }
    const QList<CustomerId> ids = *filled;
    storage::CompanyFile& company = *opened->file;

    if (scene == QLatin1String("payments") || scene == QLatin1String("aging")) {
        auto* window = new ui::MainWindow(clock, std::move(opened->file));
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->resize(1200, 760);
        window->show();
        window->showSection(ui::Section::Payments);
        if (scene == QLatin1String("aging")) {
            if (auto* view = window->findChild<ui::PaymentsView*>())
                view->tabs()->setCurrentWidget(view->aging());
        }
        return QApplication::exec();
    }

    std::unique_ptr<QDialog> dialog;
    if (scene == QLatin1String("record-payment")) {
        auto* record = new ui::RecordPaymentDialog(company.payments(), company.invoices(), company.customers(),
                                                   clock.today(), ids.at(0));
        type(record, "paymentAmountEdit", QStringLiteral("200.00"));
        type(record, "paymentReferenceEdit", QStringLiteral("RF71 2026 0314"));
        dialog.reset(record);
    } else if (scene == QLatin1String("credit-note")) {
        invoicing::DocumentFilter filter;
        filter.customerId = ids.at(5);
        const auto rows = company.invoices().documentRows(filter, {}, 0, 1);
        auto* credit = new ui::CreditNoteDialog(
            company.invoices(), rows && !rows->isEmpty() ? rows->first().id : DocumentId(), clock.today());
        type(credit, "creditReasonEdit", QStringLiteral("Migration finished a week late"));
        if (auto* lines = credit->findChild<QRadioButton*>(QStringLiteral("creditLinesRadio")))
            lines->setChecked(true);
        if (auto* table = credit->findChild<QTableWidget*>(QStringLiteral("creditLinesTable"))) {
            if (auto* edit = qobject_cast<QLineEdit*>(table->cellWidget(1, ui::CreditNoteDialog::LineCreditColumn)))
                QTest::keyClicks(edit, QStringLiteral("180.00"));
        }
        dialog.reset(credit);
    } else if (scene == QLatin1String("manual-invoice")) {
        auto* manual =
            new ui::ManualInvoiceDialog(company.invoices(), company.customers(), clock.today(), {}, ids.at(3));
        manual->setLine(0, QStringLiteral("Consulting, March"), 6, QStringLiteral("120.00"));
        manual->setLine(manual->addLine(), QStringLiteral("Training handbook"), 2, QStringLiteral("39.90"),
                        tax::TaxClass::Reduced);
        manual->setLine(manual->addLine(), QStringLiteral("Loyalty discount"), 1, QStringLiteral("-50.00"));
        type(manual, "noteEdit", QStringLiteral("Thank you for your business"));
        dialog.reset(manual);
    } else if (scene == QLatin1String("refund")) {
        dialog.reset(new ui::RefundDialog(company.payments(), company.customers(), clock.today(), ids.at(1)));
    } else if (scene == QLatin1String("statement")) {
        dialog.reset(new ui::StatementDialog(company.payments(), company.customers(), company.company(), clock.today(),
                                             ids.at(0)));
    } else {
        std::fprintf(stderr, "unknown scene %s\n", qPrintable(scene));
        return 2;
    }
    dialog->show();
    return QApplication::exec();
}
