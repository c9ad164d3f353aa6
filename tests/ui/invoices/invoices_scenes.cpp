// Shows one scene of the Invoices section for a screenshot under a real X server (Xvfb): the list
// with a partly paid invoice's detail, the issue confirmation of a draft, the batch export dialog.
// The demo company's documents, with three manual drafts added and an invoice paid in part.
// Not a test; see tests/ui/screenshots/shoot.sh, which runs it.
//
// Usage: subdesk_invoices_scenes invoices|issue|export
#include "company/CompanyService.h"
#include "customers/CustomerService.h"
#include "invoices/BatchExportDialog.h"
#include "invoices/InvoiceTableModel.h"
#include "invoices/InvoicesView.h"
#include "invoices/IssueDialog.h"
#include "invoicing/InvoiceService.h"
#include "invoicing/PaymentService.h"
#include "mainwindow/CompanyOpener.h"
#include "mainwindow/MainWindow.h"
#include "settings/Languages.h"
#include "storage/CompanyFile.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace subdesk;
using billing::DocumentStatus;

namespace {

int fail(const QString& what, const QString& why)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(why));
    return 1;
}

/** A seller to print, a bank account to pay into. */
Status completeCompany(storage::CompanyFile& company)
{
    company::CompanyProfile profile;
    profile.name = QStringLiteral("Nordlicht Software Oy");
    profile.address.streetLines = {QStringLiteral("Aleksanterinkatu 15")};
    profile.address.postalCode = QStringLiteral("00100");
    profile.address.city = QStringLiteral("Helsinki");
    profile.address.country = QStringLiteral("FI");
    profile.vatId = QStringLiteral("FI20774740");
    profile.email = QStringLiteral("billing@nordlicht.example");
    if (auto saved = company.company().saveProfile(profile); !saved)
        return saved;
    company::BankAccount account;
    account.label = QStringLiteral("Main");
    account.bankName = QStringLiteral("Nordea");
    account.iban = QStringLiteral("FI2112345600000785");
    account.bic = QStringLiteral("NDEAFIHH");
    account.isDefault = true;
    if (auto saved = company.company().saveBankAccount(account); !saved)
        return saved.error();
    return {};
}

/** A partly paid invoice to show: one the demo left so, else an open one paid in half now. */
Result<DocumentId> partlyPaidInvoice(storage::CompanyFile& company, QDate today)
{
    for (DocumentStatus status : {DocumentStatus::PartiallyPaid, DocumentStatus::Open, DocumentStatus::Overdue}) {
        invoicing::DocumentFilter filter;
        filter.today = today;
        filter.kind = billing::DocumentKind::Invoice;
        filter.statuses = {status};
        auto rows = company.invoices().documentRows(filter, {}, 0, 1);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            continue;
        const invoicing::DocumentRow& row = rows->constFirst();
        if (status != DocumentStatus::PartiallyPaid) {
            invoicing::PaymentRequest payment;
            payment.customerId = row.customerId;
            payment.date = today.addDays(-3);
            payment.currency = row.currency;
            payment.amountMinor = row.balanceMinor / 2;
            payment.reference = QStringLiteral("SEPA 4711");
            payment.allocations = {{row.id, payment.amountMinor}};
            if (auto recorded = company.payments().record(payment); !recorded)
                return recorded.error();
        }
        return row.id;
    }
    return Error {ErrorCode::NotFound, QStringLiteral("no issued invoice in the demo company")};
}

/** A few manual drafts, so that the list shows some and Issue has one to confirm. */
Status addDrafts(storage::CompanyFile& company, QDate today)
{
    auto customers = company.customers().loadAll();
    if (!customers)
        return customers.error();
    const QStringList work = {QStringLiteral("Data migration workshop"), QStringLiteral("On-site training, 2 days"),
                              QStringLiteral("Custom report template")};
    for (int i = 0; i < std::min<qsizetype>(3, customers->size()); ++i) {
        const customers::Customer& customer = customers->at(i * 7 % customers->size());
        invoicing::ManualInvoice invoice;
        invoice.customerId = customer.id;
        invoice.date = today.addDays(-i);
        invoicing::ManualLine line;
        line.description = work.at(i);
        line.quantity = i + 1;
        line.unitPriceMinor = 45000 + 12500 * i;
        invoice.lines.append(line);
        invoicing::ManualLine travel;
        travel.description = QStringLiteral("Travel expenses");
        travel.unitPriceMinor = 8640;
        travel.taxClass = tax::TaxClass::Reduced;
        invoice.lines.append(travel);
        if (auto draft = company.invoices().createDraft(invoice); !draft)
            return draft.error();
    }
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString scene = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("invoices");
    QTemporaryDir dir;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SubDeskScenes"));
    QCoreApplication::setApplicationName(QStringLiteral("SubDeskScenes"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    ui::installTranslations(QStringLiteral("en"));
    QApplication::setWindowIcon(ui::appIcon());

    SystemClock clock;
    auto opened = ui::openCompanyFile(dir.filePath(QStringLiteral("company.subdesk")),
                                      storage::Database::OpenMode::OpenOrCreate, clock, true);
    if (!opened)
        return fail(QStringLiteral("open"), opened.error().message);
    storage::CompanyFile& company = *opened->file;
    if (auto completed = completeCompany(company); !completed)
        return fail(QStringLiteral("profile"), completed.error().message);
    if (auto added = addDrafts(company, clock.today()); !added)
        return fail(QStringLiteral("drafts"), added.error().message);
    auto partlyPaid = partlyPaidInvoice(company, clock.today());
    if (!partlyPaid)
        return fail(QStringLiteral("documents"), partlyPaid.error().message);

    ui::MainWindow window(clock, std::move(opened->file));
    window.resize(1200, 760);
    window.show();
    window.showSection(ui::Section::Invoices);
    auto* view = window.findChild<ui::InvoicesView*>();
    if (!view)
        return fail(QStringLiteral("view"), QStringLiteral("no invoices view"));
    QCoreApplication::processEvents();
    if (auto loaded = view->reload(); !loaded)
        return fail(QStringLiteral("reload"), loaded.error().message);
    view->updateTotalsNow();

    if (scene == QLatin1String("invoices")) {
        view->selectDocument(*partlyPaid);
    } else if (scene == QLatin1String("issue")) {
        auto drafts = window.company()->invoices().draftIds({});
        if (!drafts || drafts->isEmpty())
            return fail(QStringLiteral("issue"), QStringLiteral("no draft left"));
        view->selectDocument(drafts->constLast());
        auto* dialog = new ui::IssueDialog(window.company()->invoices(), drafts->constLast(), clock.today(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    } else if (scene == QLatin1String("export")) {
        auto* dialog =
            new ui::BatchExportDialog(window.company()->invoices(), window.company()->company(), clock.today(),
                                      QDir::home().filePath(QStringLiteral("Documents/Invoices")), &window);
        dialog->setRange(clock.today().addDays(-60), clock.today());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    return QApplication::exec();
}
