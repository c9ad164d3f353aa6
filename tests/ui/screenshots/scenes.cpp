// Shows one scene of the GUI for a screenshot under a real X server (Xvfb): the main window with
// the demo company, the customer dialog with inline errors, the import wizard, the settings page,
// the Persian layout. Not a test; see shoot.sh next to this file.
#include "customers/CustomerDialog.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomerFilterModel.h"
#include "customers/CustomerForm.h"
#include "customers/CustomerImportWizard.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersView.h"
#include "mainwindow/CompanyOpener.h"
#include "mainwindow/MainWindow.h"
#include "settings/Languages.h"
#include "storage/CompanyFile.h"
#include "subscriptions/BillingRunDialog.h"
#include "subscriptions/ChangeSubscriptionDialog.h"
#include "subscriptions/NewSubscriptionDialog.h"
#include "subscriptions/RunDocumentTableModel.h"
#include "subscriptions/SubscriptionTableModel.h"
#include "subscriptions/SubscriptionsView.h"
#include "widgets/Icons.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>

#include <cstdio>

using namespace subdesk;

namespace {

const char* kCsv = "Nazwa;Sähköposti;Maa;NIP;Miasto;Segment;Kommentar\n"
                   "Aalto Tmi;info@aalto.fi;FI;FI12345671;Espoo;SMB;prefers calls\n"
                   "Kowalski Sp. z o.o.;biuro@kowalski.pl;PL;PL5260250274;Warszawa;Enterprise;\n"
                   "Rossi Srl;amministrazione@rossi;IT;IT01234567890;Milano;SMB;e-mail bounced\n"
                   "Nieminen Ky;;FI;;Tampere;;paper invoices\n";

void type(QWidget* root, const char* name, const QString& text)
{
    if (auto* edit = root->findChild<QLineEdit*>(QString::fromLatin1(name)))
        QTest::keyClicks(edit, text);
}

/**
 * The subscription scenes on the demo company: "subscriptions" (the page with the detail of the
 * subscription with the longest history), "subscription-new" and "subscription-change" (the
 * dialogs with their previews) and "billing-run" (the run dialog after a preview a month ahead).
 */
void showSubscriptionScene(const QString& scene, ui::MainWindow& window, const Clock& clock)
{
    storage::CompanyFile& company = *window.company();
    subscriptions::SubscriptionService& service = company.subscriptions();
    const auto summaries = service.summaries(clock.today());
    if (!summaries)
        return;
    // An active monthly subscription with seats (a quantity change shows proration lines), and
    // the active one with the longest history.
    SubscriptionId seats;
    SubscriptionId richest;
    qsizetype mostEvents = 0;
    for (const subscriptions::SubscriptionSummary& summary : *summaries) {
        if (summary.status != subscriptions::SubscriptionStatus::Active)
            continue;
        if (!seats.isValid() && summary.quantity > 1 && summary.interval.unit == billing::IntervalUnit::Month)
            seats = summary.id;
        if (const auto found = service.find(summary.id); found && found->events.size() > mostEvents) {
            mostEvents = found->events.size();
            richest = summary.id;
        }
    }
    if (scene == QLatin1String("subscriptions")) {
        window.showSection(ui::Section::Subscriptions);
        QTimer::singleShot(500, &window, [&window, richest] {
            auto* view = qobject_cast<ui::SubscriptionsView*>(window.view(ui::Section::Subscriptions));
            if (!view)
                return;
            if (view->model()->rowCount() == 0)
                (void)view->reload();
            view->selectSubscription(richest);
        });
    } else if (scene == QLatin1String("subscription-new")) {
        const auto customers = company.customers().loadAll();
        std::optional<CustomerId> customer;
        if (customers && !customers->isEmpty())
            customer = customers->at(customers->size() / 2).id;
        auto* dialog = new ui::NewSubscriptionDialog(service, company.customers(), clock.today(), customer, &window);
        dialog->show();
        if (auto* plan = dialog->findChild<QComboBox*>(QStringLiteral("planCombo")); plan && plan->count() > 1)
            plan->setCurrentIndex(1);
        if (auto* quantity = dialog->findChild<QSpinBox*>(QStringLiteral("quantitySpin")))
            quantity->setValue(3);
        if (auto* anchor = dialog->findChild<QComboBox*>(QStringLiteral("anchorDayCombo")))
            anchor->setCurrentIndex(std::max(0, anchor->findData(1)));
        for (QCheckBox* addOn : dialog->findChildren<QCheckBox*>()) {
            if (addOn->objectName().startsWith(QLatin1String("addOnCheck_")) && addOn->isEnabled()) {
                addOn->setChecked(true);
                break;
            }
        }
        QTimer::singleShot(400, dialog, [dialog] { dialog->refreshPreview(); });
    } else if (scene == QLatin1String("subscription-change") && seats.isValid()) {
        auto* dialog = new ui::ChangeSubscriptionDialog(service, company.customers(), seats, clock.today(), &window);
        dialog->show();
        if (auto* quantity = dialog->findChild<QSpinBox*>(QStringLiteral("quantitySpin")))
            quantity->setValue(quantity->value() + 2);
        QTimer::singleShot(400, dialog, [dialog] { dialog->refreshPreview(); });
    } else if (scene == QLatin1String("billing-run")) {
        auto* dialog = new ui::BillingRunDialog(company.billing(), company.customers(), clock.today(), &window);
        dialog->setAsOf(clock.today().addMonths(1));
        dialog->show();
        QTimer::singleShot(400, dialog, [dialog] {
            dialog->preview();
            // The document with the most lines shows the most derivations.
            int best = 0;
            for (int row = 1; row < dialog->documentsModel()->rowCount(); ++row) {
                if (dialog->documentsModel()->documentAt(row).lines.size()
                    > dialog->documentsModel()->documentAt(best).lines.size())
                    best = row;
            }
            dialog->documentsTable()->setCurrentIndex(dialog->documentsModel()->index(best, 0));
        });
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString scene = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("main");
    QTemporaryDir dir;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SubDeskScenes"));
    QCoreApplication::setApplicationName(QStringLiteral("SubDeskScenes"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    ui::installTranslations(scene.startsWith(QLatin1String("fa")) ? QStringLiteral("fa") : QStringLiteral("en"));
    QApplication::setWindowIcon(ui::appIcon());

    SystemClock clock;
    auto opened = ui::openCompanyFile(dir.filePath(QStringLiteral("company.subdesk")),
                                      storage::Database::OpenMode::OpenOrCreate, clock, true);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    ui::MainWindow window(clock, std::move(opened->file));
    window.show();

    auto* view = window.findChild<ui::CustomersView*>();
    if (scene == QLatin1String("settings") || scene == QLatin1String("fa-settings"))
        window.showSection(ui::Section::Settings);
    if (scene == QLatin1String("main") || scene == QLatin1String("fa")) {
        window.showMessage(QCoreApplication::translate("Scenes", "Imported 120 customers."),
                           ui::MessageBar::Kind::Positive);
    }

    if (scene == QLatin1String("edit-menu") || scene == QLatin1String("file-menu")) {
        // Something to undo, so that the Undo entry shows its text.
        QTimer::singleShot(500, &window, [&window, scene, view] {
            view->table()->setCurrentIndex(view->proxy()->index(0, 0));
            if (auto* archive = window.findChild<QAction*>(QStringLiteral("archiveCustomerAction")))
                archive->trigger();
            const int index = scene == QLatin1String("file-menu") ? 0 : 1;
            QAction* menuAction = window.menuBar()->actions().value(index);
            if (menuAction && menuAction->menu())
                menuAction->menu()->popup(
                    window.mapToGlobal(window.menuBar()->actionGeometry(menuAction).bottomLeft()));
        });
    }

    customers::CustomerEditor editor(window.company()->customers(), *window.undoStack());
    if (scene.startsWith(QLatin1String("dialog")) || scene == QLatin1String("fa-dialog")) {
        auto* dialog = new ui::CustomerDialog(editor, std::nullopt, clock.today(), &window);
        dialog->setSuggestions(view->model()->segments(), view->model()->tags());
        dialog->show();
        type(dialog, "customerNameEdit", QStringLiteral("Aalto Tmi"));
        type(dialog, "customerContactEdit", QStringLiteral("Aino Aalto"));
        type(dialog, "customerEmailsEdit", QStringLiteral("aino@aalto; laskut@aalto.fi"));
        type(dialog, "customerPhoneEdit", QStringLiteral("+358 40 765 4321"));
        type(dialog, "customerSegmentEdit", QStringLiteral("SMB"));
        if (auto* segment = dialog->findChild<QLineEdit*>(QStringLiteral("customerSegmentEdit")))
            segment->completer()->popup()->hide(); // the completer's list would cover the form
        if (scene == QLatin1String("dialog-billing")) {
            dialog->form()->setCurrentIndex(2);
            auto* method = dialog->findChild<QComboBox*>(QStringLiteral("customerPaymentMethodCombo"));
            method->setCurrentIndex(method->findData(static_cast<int>(customers::PaymentMethod::SepaDirectDebit)));
            type(dialog, "customerVatIdEdit", QStringLiteral("FI12345671"));
            type(dialog, "customerIbanEdit", QStringLiteral("FI21 1234 5600 0007 84"));
            type(dialog, "customerBicEdit", QStringLiteral("NDEAFIHH"));
        }
        QTimer::singleShot(600, dialog, [dialog] { dialog->validateNow(); });
    } else if (scene == QLatin1String("wizard") || scene == QLatin1String("wizard-check")) {
        const QString csv = dir.filePath(QStringLiteral("customers.csv"));
        QFile file(csv);
        if (file.open(QIODevice::WriteOnly))
            file.write(kCsv);
        file.close();
        auto* wizard = new ui::CustomerImportWizard(window.company()->customers(), clock.today(), &window);
        wizard->show();
        type(wizard, "importPathEdit", csv);
        QTimer::singleShot(300, wizard, [wizard, scene] {
            wizard->next();
            if (scene == QLatin1String("wizard-check"))
                wizard->next();
        });
    }
    if (scene.startsWith(QLatin1String("subscription")) || scene == QLatin1String("billing-run"))
        showSubscriptionScene(scene, window, clock);
    return QApplication::exec();
}
