// Shows one page of the Settings section for a screenshot under a real X server (Xvfb), on the demo
// company with a filled-in profile and two bank accounts: "company", "company-error" (a wrong VAT
// ID), "bank", "bank-dialog", "tax", "tax-dialog", "numbering", "series-dialog", "invoicing",
// "metrics", "general". Not a test; see tests/ui/screenshots/shoot.sh, which runs it. A second
// argument FILE.png grabs the window into that file after a moment and quits (works offscreen too).
#include "company/CompanyService.h"
#include "customers/BankIdentifiers.h"
#include "mainwindow/CompanyOpener.h"
#include "mainwindow/MainWindow.h"
#include "metrics/MetricsService.h"
#include "settings/Languages.h"
#include "settings/SettingsView.h"
#include "storage/CompanyFile.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QFont>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace subdesk;

namespace {

QByteArray drawnLogo()
{
    QImage image(360, 120, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x1f, 0x6f, 0xb2));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRect(8, 14, 92, 92));
    painter.setPen(Qt::white);
    QFont font(QStringLiteral("DejaVu Sans"), 40, QFont::Bold);
    painter.setFont(font);
    painter.drawText(QRect(8, 14, 92, 92), Qt::AlignCenter, QStringLiteral("K"));
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.drawText(QRect(116, 14, 240, 92), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("Kide"));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/** A profile and bank accounts, unless the demo company already has them. */
void fillCompany(company::CompanyService& service)
{
    auto profile = service.profile();
    if (profile && profile->name.isEmpty()) {
        company::CompanyProfile p = *profile;
        p.name = QStringLiteral("Kide Software Oy");
        p.address.streetLines = {QStringLiteral("Mannerheimintie 12 B 5")};
        p.address.postalCode = QStringLiteral("00100");
        p.address.city = QStringLiteral("Helsinki");
        p.address.country = QStringLiteral("FI");
        p.vatId = QStringLiteral("FI12345671");
        p.registrationId = QStringLiteral("1234567-1");
        p.email = QStringLiteral("billing@kide.example");
        p.phone = QStringLiteral("+358 9 123 4567");
        p.website = QStringLiteral("www.kide.example");
        p.eInvoiceEndpoint = QStringLiteral("0216:003712345671");
        p.defaultPaymentTermsDays = 14;
        p.documentFooter = QStringLiteral("Kide Software Oy · Business ID 1234567-1 · Domicile Helsinki");
        if (p.logo.isEmpty())
            p.logo = drawnLogo();
        if (const Status saved = service.saveProfile(p); !saved)
            std::fprintf(stderr, "profile: %s\n", qPrintable(saved.error().message));
    }
    if (profile = service.profile(); profile && profile->logo.isEmpty()) {
        company::CompanyProfile p = *profile;
        p.logo = drawnLogo();
        if (const Status saved = service.saveProfile(p); !saved)
            std::fprintf(stderr, "logo: %s\n", qPrintable(saved.error().message));
    }
    auto accounts = service.bankAccounts();
    if (accounts && accounts->isEmpty()) {
        company::BankAccount eur;
        eur.label = QStringLiteral("Main account");
        eur.bankName = QStringLiteral("Nordea");
        eur.iban = QStringLiteral("FI2112345600000785");
        eur.bic = QStringLiteral("NDEAFIHH");
        eur.currency = QStringLiteral("EUR");
        eur.isDefault = true;
        company::BankAccount sek;
        sek.label = QStringLiteral("Swedish customers");
        sek.bankName = QStringLiteral("SEB");
        sek.iban = customers::bank::ibanWithCheckDigits(QStringLiteral("SE"), QStringLiteral("50000000058398257466"));
        sek.bic = QStringLiteral("ESSESESS");
        sek.currency = QStringLiteral("SEK");
        company::BankAccount old;
        old.label = QStringLiteral("Old savings account");
        old.bankName = QStringLiteral("OP");
        old.iban = customers::bank::ibanWithCheckDigits(QStringLiteral("FI"), QStringLiteral("5000012345678"));
        old.archived = true;
        for (const company::BankAccount& account : {eur, sek, old}) {
            if (auto saved = service.saveBankAccount(account); !saved)
                std::fprintf(stderr, "bank account: %s\n", qPrintable(saved.error().message));
        }
    }
}

void click(QWidget* root, const char* name)
{
    if (auto* button = root->findChild<QPushButton*>(QString::fromLatin1(name)))
        button->click();
}

void selectFirstRow(QWidget* root, const char* table)
{
    if (auto* t = root->findChild<QTableWidget*>(QString::fromLatin1(table)); t && t->rowCount() > 0)
        t->selectRow(0);
}

/** Reporting in EUR with a margin, and a year of SEK, USD and GBP rates, unless there are rates already. */
void fillMetrics(metrics::MetricsService& service)
{
    if (auto rates = service.fxRates(); !rates || !rates->isEmpty())
        return;
    if (const Status saved = service.setSettings({QStringLiteral("EUR"), 7250}); !saved)
        std::fprintf(stderr, "metrics settings: %s\n", qPrintable(saved.error().message));
    QList<metrics::FxRate> rates;
    const QList<QPair<QString, qint64>> start = {
        {QStringLiteral("SEK"), 8731200}, {QStringLiteral("USD"), 92150000}, {QStringLiteral("GBP"), 117420000}};
    for (int month = 1; month <= 4; ++month) {
        for (const auto& [currency, rate] : start)
            rates.append({QDate(2026, month, 1), currency, rate + (month - 1) * rate / 250});
    }
    if (const Status saved = service.setFxRates(rates); !saved)
        std::fprintf(stderr, "rates: %s\n", qPrintable(saved.error().message));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString scene = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("company");
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
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    fillCompany(opened->file->company());
    fillMetrics(opened->file->metrics());
    ui::MainWindow window(clock, std::move(opened->file));
    window.show();
    window.showSection(ui::Section::Settings);
    auto* view = window.findChild<ui::SettingsView*>();
    if (!view) {
        std::fprintf(stderr, "no settings view\n");
        return 1;
    }
    using Page = ui::SettingsView::Page;
    if (scene.startsWith(QLatin1String("company"))) {
        view->showPage(Page::Company);
        if (scene == QLatin1String("company-error")) {
            auto* vat = view->findChild<QLineEdit*>(QStringLiteral("profileVatIdEdit"));
            vat->clear();
            QTest::keyClicks(vat, QStringLiteral("FI1234"));
            auto* email = view->findChild<QLineEdit*>(QStringLiteral("profileEmailEdit"));
            email->clear();
            QTest::keyClicks(email, QStringLiteral("billing@kide"));
            click(view, "profileSaveButton");
        }
    } else if (scene.startsWith(QLatin1String("bank"))) {
        view->showPage(Page::BankAccounts);
        selectFirstRow(view, "bankAccountsTable");
        if (scene == QLatin1String("bank-dialog"))
            QTimer::singleShot(300, view, [view] { click(view, "bankEditButton"); });
    } else if (scene.startsWith(QLatin1String("tax"))) {
        view->showPage(Page::TaxRates);
        if (auto* filter = view->findChild<QComboBox*>(QStringLiteral("taxCountryFilter")))
            filter->setCurrentIndex(std::max(0, filter->findData(QStringLiteral("FR"))));
        if (scene == QLatin1String("tax-all"))
            view->findChild<QComboBox*>(QStringLiteral("taxCountryFilter"))->setCurrentIndex(0);
        if (scene == QLatin1String("tax-dialog")) {
            QTimer::singleShot(300, view, [view] {
                QTimer::singleShot(300, view, [] {
                    QWidget* dialog = QApplication::activeModalWidget();
                    if (!dialog)
                        return;
                    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("taxNameEdit"));
                    name->clear();
                    QTest::keyClicks(name, QStringLiteral("Accommodation"));
                    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("taxRateEdit")),
                                     QStringLiteral("5.555"));
                });
                click(view, "taxAddButton");
            });
        }
    } else if (scene.startsWith(QLatin1String("numbering")) || scene == QLatin1String("series-dialog")) {
        view->showPage(Page::Numbering);
        selectFirstRow(view, "numberSeriesTable");
        if (scene == QLatin1String("series-dialog")) {
            QTimer::singleShot(300, view, [view] {
                QTimer::singleShot(300, view, [] {
                    QWidget* dialog = QApplication::activeModalWidget();
                    if (!dialog)
                        return;
                    auto* pattern = dialog->findChild<QLineEdit*>(QStringLiteral("seriesPatternEdit"));
                    pattern->clear();
                    QTest::keyClicks(pattern, QStringLiteral("{YY}{MM}-{####}"));
                });
                click(view, "seriesEditButton");
            });
        }
    } else if (scene == QLatin1String("invoicing")) {
        view->showPage(Page::Invoicing);
    } else if (scene == QLatin1String("metrics")) {
        view->showPage(Page::Metrics);
        selectFirstRow(view, "fxRatesTable");
    }
    if (argc > 2) {
        const QString target = QString::fromLocal8Bit(argv[2]);
        window.resize(1200, 760);
        QTimer::singleShot(800, &window, [&window, target] {
            if (!window.grab().save(target))
                std::fprintf(stderr, "could not write %s\n", qPrintable(target));
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
