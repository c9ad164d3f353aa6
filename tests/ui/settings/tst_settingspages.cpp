#include "TestSupport.h"
#include "UiTestSupport.h"
#include "company/CompanyService.h"
#include "metrics/MetricsService.h"
#include "settings/BankAccountsPage.h"
#include "settings/CompanyProfilePage.h"
#include "settings/ExchangeRatesPage.h"
#include "settings/InvoicingSettingsPage.h"
#include "settings/LogoPicker.h"
#include "settings/NumberSeriesPage.h"
#include "settings/SettingsView.h"
#include "settings/TaxRatesPage.h"
#include "storage/CompanyFile.h"
#include "widgets/FieldIssueLabel.h"
#include "widgets/Percent.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

using namespace subdesk;
using ui::FieldIssueLabel;
using ui::SettingsView;

namespace {

/** Replaces a line edit's text the way a user does: select all, type. */
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void clickButton(QWidget* root, const QString& name)
{
    auto* button = root->findChild<QPushButton*>(name);
    if (button)
        QTest::mouseClick(button, Qt::LeftButton);
}

void clickSave(QWidget* dialog)
{
    if (auto* box = dialog->findChild<QDialogButtonBox*>())
        QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

int rowOf(const QTableWidget* table, int column, const QString& text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->text() == text)
            return row;
    }
    return -1;
}

} // namespace

class TestSettingsPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        auto company = storage::CompanyFile::open(
            test::companyPath(m_dir, QStringLiteral("settings%1.subdesk").arg(++n)), {}, m_clock);
        QVERIFY2(company, company ? "" : qPrintable(company.error().message));
        m_company = std::move(*company);
        // The tests add Swiss rates; start from none whatever the pre-filled table holds.
        auto rates = service().taxRates();
        QVERIFY(rates);
        for (const tax::TaxRate& rate : *rates) {
            if (rate.country == QLatin1String("CH"))
                QVERIFY(service().removeTaxRate(rate.id));
        }
        m_view = std::make_unique<SettingsView>(*m_company);
        m_view->resize(1100, 760);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_company.reset();
    }

    void listsEveryPage()
    {
        auto* list = test::child<QListWidget>(m_view.get(), QStringLiteral("settingsPageList"));
        QVERIFY(list);
        QStringList titles;
        for (int row = 0; row < list->count(); ++row)
            titles << list->item(row)->text();
        QCOMPARE(titles,
                 (QStringList {QStringLiteral("General"), QStringLiteral("Company"), QStringLiteral("Bank accounts"),
                               QStringLiteral("Tax rates"), QStringLiteral("Numbering"), QStringLiteral("Invoicing"),
                               QStringLiteral("Metrics")}));
        QCOMPARE(m_view->currentPage(), SettingsView::Page::General);
        QVERIFY(test::child<QLabel>(m_view.get(), QStringLiteral("companyPathLabel"))->isVisible());

        list->setCurrentRow(3);
        QCOMPARE(m_view->currentPage(), SettingsView::Page::TaxRates);
        QVERIFY(test::child<QWidget>(m_view.get(), QStringLiteral("taxRatesPage"))->isVisible());
        QVERIFY(!test::child<QLabel>(m_view.get(), QStringLiteral("companyPathLabel"))->isVisible());
    }

    void savesTheCompanyProfile()
    {
        m_view->showPage(SettingsView::Page::Company);
        auto* page = test::child<ui::CompanyProfilePage>(m_view.get(), QStringLiteral("companyProfilePage"));
        auto* save = test::child<QPushButton>(page, QStringLiteral("profileSaveButton"));
        QVERIFY(page && save);
        QVERIFY(!save->isEnabled()); // nothing changed yet

        QTest::keyClicks(test::child<QLineEdit>(page, QStringLiteral("profileNameEdit")), QStringLiteral("Kide Oy"));
        auto* street = test::child<QPlainTextEdit>(page, QStringLiteral("profileStreetEdit"));
        QTest::keyClicks(street, QStringLiteral("Mannerheimintie 12"));
        QTest::keyClick(street, Qt::Key_Return);
        QTest::keyClicks(street, QStringLiteral("B 5"));
        QTest::keyClicks(test::child<QLineEdit>(page, QStringLiteral("profilePostalCodeEdit")),
                         QStringLiteral("00100"));
        QTest::keyClicks(test::child<QLineEdit>(page, QStringLiteral("profileCityEdit")), QStringLiteral("Helsinki"));
        QTest::keyClicks(test::child<QComboBox>(page, QStringLiteral("profileCountryCombo"))->lineEdit(),
                         QStringLiteral("FI"));
        QTest::keyClicks(test::child<QLineEdit>(page, QStringLiteral("profileVatIdEdit")),
                         QStringLiteral("fi 1234 5678"));
        QTest::keyClicks(test::child<QLineEdit>(page, QStringLiteral("profileRegistrationIdEdit")),
                         QStringLiteral("1234567-8"));
        QTest::keyClicks(test::child<QLineEdit>(page, QStringLiteral("profileEmailEdit")),
                         QStringLiteral("billing@kide.fi"));
        QTest::keyClicks(test::child<QLineEdit>(page, QStringLiteral("profilePhoneEdit")),
                         QStringLiteral("+358 9 123 456"));
        QTest::keyClicks(test::child<QLineEdit>(page, QStringLiteral("profileWebsiteEdit")), QStringLiteral("kide.fi"));
        QTest::keyClicks(test::child<QLineEdit>(page, QStringLiteral("profileEndpointEdit")),
                         QStringLiteral("0216:003712345678"));
        auto* terms = test::child<QSpinBox>(page, QStringLiteral("profilePaymentTermsSpin"));
        terms->setValue(30);
        QTest::keyClicks(test::child<QPlainTextEdit>(page, QStringLiteral("profileFooterEdit")),
                         QStringLiteral("Thank you for your business."));

        // A logo: a file that is not an image is refused with the reason; a PNG is taken.
        const QString textFile = m_dir.filePath(QStringLiteral("logo.png"));
        {
            QFile f(textFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not an image");
        }
        auto* logoIssue = test::child<FieldIssueLabel>(page, QStringLiteral("profileLogoIssue"));
        QVERIFY(!page->logoPicker()->loadFile(textFile));
        QVERIFY(logoIssue->isVisible());
        QVERIFY2(logoIssue->text().contains(QStringLiteral("is not a PNG or JPEG image")),
                 qPrintable(logoIssue->text()));
        QImage image(40, 20, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        const QString pngFile = m_dir.filePath(QStringLiteral("real-logo.png"));
        QVERIFY(image.save(pngFile, "PNG"));
        QVERIFY(page->logoPicker()->loadFile(pngFile));
        QVERIFY(!logoIssue->isVisible());
        QVERIFY(!test::child<QLabel>(page, QStringLiteral("profileLogoPreview"))->pixmap().isNull());

        QSignalSpy messages(m_view.get(), &SettingsView::messageRequested);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).at(1).value<ui::MessageBar::Kind>(), ui::MessageBar::Kind::Positive);
        QVERIFY(!save->isEnabled());

        auto stored = service().profile();
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Kide Oy"));
        QCOMPARE(stored->address.streetLines,
                 (QStringList {QStringLiteral("Mannerheimintie 12"), QStringLiteral("B 5")}));
        QCOMPARE(stored->address.postalCode, QStringLiteral("00100"));
        QCOMPARE(stored->address.city, QStringLiteral("Helsinki"));
        QCOMPARE(stored->address.country, QStringLiteral("FI"));
        QCOMPARE(stored->vatId, QStringLiteral("FI12345678"));
        QCOMPARE(stored->registrationId, QStringLiteral("1234567-8"));
        QCOMPARE(stored->email, QStringLiteral("billing@kide.fi"));
        QCOMPARE(stored->eInvoiceEndpoint, QStringLiteral("0216:003712345678"));
        QCOMPARE(stored->defaultPaymentTermsDays, 30);
        QCOMPARE(stored->documentFooter, QStringLiteral("Thank you for your business."));
        QFile png(pngFile);
        QVERIFY(png.open(QIODevice::ReadOnly));
        QCOMPARE(stored->logo, png.readAll());

        // Revert brings back what is stored after an edit.
        auto* name = test::child<QLineEdit>(page, QStringLiteral("profileNameEdit"));
        QTest::keyClicks(name, QStringLiteral(" Ab"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(test::child<QPushButton>(page, QStringLiteral("profileRevertButton")), Qt::LeftButton);
        QCOMPARE(name->text(), QStringLiteral("Kide Oy"));
        QVERIFY(!save->isEnabled());

        // The exemption needs its text: ticking it without one is refused before the service is asked.
        QTest::mouseClick(test::child<QCheckBox>(page, QStringLiteral("profileVatExemptCheck")), Qt::LeftButton);
        QTest::mouseClick(save, Qt::LeftButton);
        auto* exemptionIssue = test::child<FieldIssueLabel>(page, QStringLiteral("profileExemptionTextEditIssue"));
        QVERIFY(exemptionIssue->isVisible());
        QVERIFY(!service().profile()->vatExempt);
        QTest::keyClicks(test::child<QPlainTextEdit>(page, QStringLiteral("profileExemptionTextEdit")),
                         QStringLiteral("VAT exempt under art. 113 of Directive 2006/112/EC"));
        QVERIFY(!exemptionIssue->isVisible());
        QVERIFY(page->save());
        QVERIFY(service().profile()->vatExempt);
        QCOMPARE(service().profile()->exemptionText,
                 QStringLiteral("VAT exempt under art. 113 of Directive 2006/112/EC"));
    }

    void aBadVatIdShowsTheMessageAndSavesNothing()
    {
        const auto before = service().profile();
        QVERIFY(before);
        m_view->showPage(SettingsView::Page::Company);
        auto* page = test::child<ui::CompanyProfilePage>(m_view.get(), QStringLiteral("companyProfilePage"));
        QTest::keyClicks(test::child<QLineEdit>(page, QStringLiteral("profileNameEdit")), QStringLiteral("Kide Oy"));
        QTest::keyClicks(test::child<QComboBox>(page, QStringLiteral("profileCountryCombo"))->lineEdit(),
                         QStringLiteral("FI"));
        auto* vatIssue = test::child<FieldIssueLabel>(page, QStringLiteral("profileVatIdEditIssue"));
        QVERIFY(!vatIssue->isVisible());
        QTest::keyClicks(test::child<QLineEdit>(page, QStringLiteral("profileVatIdEdit")), QStringLiteral("FI123"));
        QVERIFY(vatIssue->isVisible());
        QCOMPARE(vatIssue->level(), FieldIssueLabel::Level::Error);
        QVERIFY(!vatIssue->text().isEmpty());

        QSignalSpy messages(m_view.get(), &SettingsView::messageRequested);
        QTest::mouseClick(test::child<QPushButton>(page, QStringLiteral("profileSaveButton")), Qt::LeftButton);
        QVERIFY(messages.isEmpty());
        QCOMPARE(test::child<QLabel>(page, QStringLiteral("profileStatusLabel"))->text(),
                 QStringLiteral("Fix the marked field before saving."));
        QCOMPARE(*service().profile(), *before);
    }

    void addsABankAccount()
    {
        m_view->showPage(SettingsView::Page::BankAccounts);
        auto* page = test::child<ui::BankAccountsPage>(m_view.get(), QStringLiteral("bankAccountsPage"));
        auto* table = test::child<QTableWidget>(page, QStringLiteral("bankAccountsTable"));
        QCOMPARE(table->rowCount(), 0);

        // A wrong IBAN is shown in the dialog, which stays open; then a right one is saved.
        QString ibanIssue;
        bool stayedOpen = false;
        test::onNextModal([&](QWidget* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("bankLabelEdit")),
                             QStringLiteral("Main EUR"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("bankNameEdit")), QStringLiteral("Nordea"));
            auto* iban = dialog->findChild<QLineEdit*>(QStringLiteral("bankIbanEdit"));
            QTest::keyClicks(iban, QStringLiteral("FI21 1234 5600 0007 86"));
            clickSave(dialog);
            stayedOpen = dialog->isVisible();
            ibanIssue = dialog->findChild<FieldIssueLabel*>(QStringLiteral("bankIbanEditIssue"))->text();
            retype(iban, QStringLiteral("fi21 1234 5600 0007 85"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("bankBicEdit")), QStringLiteral("ndeafihh"));
            auto* currency = dialog->findChild<QComboBox*>(QStringLiteral("bankCurrencyCombo"));
            currency->setCurrentIndex(currency->findData(QStringLiteral("EUR")));
            clickSave(dialog);
        });
        clickButton(page, QStringLiteral("bankAddButton"));
        QVERIFY(stayedOpen);
        QVERIFY2(!ibanIssue.isEmpty(), "the wrong check digits were not reported");

        auto accounts = service().bankAccounts();
        QVERIFY(accounts);
        QCOMPARE(accounts->size(), 1);
        const company::BankAccount& a = accounts->first();
        QCOMPARE(a.label, QStringLiteral("Main EUR"));
        QCOMPARE(a.bankName, QStringLiteral("Nordea"));
        QCOMPARE(a.iban, QStringLiteral("FI2112345600000785"));
        QCOMPARE(a.bic, QStringLiteral("NDEAFIHH"));
        QCOMPARE(a.currency, QStringLiteral("EUR"));
        QVERIFY(a.isDefault); // the first account is the one documents print
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, ui::BankAccountsPage::IbanColumn)->text(), QStringLiteral("FI21 1234 5600 0007 85"));
        QCOMPARE(table->item(0, ui::BankAccountsPage::DefaultColumn)->text(), QStringLiteral("Default"));

        // Archive: gone from the table, kept in storage.
        table->selectRow(0);
        clickButton(page, QStringLiteral("bankArchiveButton"));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(service().bankAccounts()->first().archived);
        test::child<QCheckBox>(page, QStringLiteral("bankShowArchivedCheck"))->setChecked(true);
        QCOMPARE(table->rowCount(), 1);
    }

    void percentParsing_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("basisPoints"); // -1: refused

        QTest::newRow("5.5 → 550 bp") << "en"
                                      << "5.5" << 550;
        QTest::newRow("5,5 % in de → 550 bp") << "de"
                                              << "5,5 %" << 550;
        QTest::newRow("comma in en is a decimal point too (no thousands in a rate)") << "en"
                                                                                     << "5,5" << 550;
        QTest::newRow("7.25% → 725 bp, no double rounding") << "en"
                                                            << "7.25%" << 725;
        QTest::newRow("0.01 → 1 bp") << "en"
                                     << "0.01" << 1;
        QTest::newRow("0.29 → 29 bp (0.29 × 100 is 28.999… as a double)") << "en"
                                                                          << "0.29" << 29;
        QTest::newRow("100 → 10000 bp") << "en"
                                        << "100" << 10000;
        QTest::newRow("0 → 0 bp") << "en"
                                  << "0" << 0;
        QTest::newRow("Persian digits ۲۳ → 2300 bp") << "fa" << QStringLiteral("\u06F2\u06F3") << 2300;
        QTest::newRow("three decimals refused") << "en"
                                                << "5.555" << -1;
        QTest::newRow("over 100 % refused") << "en"
                                            << "100.01" << -1;
        QTest::newRow("negative refused") << "en"
                                          << "-5" << -1;
        QTest::newRow("words refused") << "en"
                                       << "five" << -1;
        QTest::newRow("two decimal points refused") << "en"
                                                    << "5.5.5" << -1;
        QTest::newRow("empty refused") << "en"
                                       << "" << -1;
    }

    void percentParsing()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(int, basisPoints);
        QCOMPARE(ui::percent::parse(text, QLocale(locale)).value_or(-1), basisPoints);
    }

    void percentFormatting()
    {
        QCOMPARE(ui::percent::format(550, QLocale(QStringLiteral("en"))), QStringLiteral("5.5%"));
        QCOMPARE(ui::percent::format(2300, QLocale(QStringLiteral("en"))), QStringLiteral("23%"));
        QCOMPARE(ui::percent::format(725, QLocale(QStringLiteral("en"))), QStringLiteral("7.25%"));
        QCOMPARE(ui::percent::format(5, QLocale(QStringLiteral("en"))), QStringLiteral("0.05%"));
        QCOMPARE(ui::percent::editText(550, QLocale(QStringLiteral("de"))), QStringLiteral("5,5"));
    }

    void addsATaxRateOf5Point5Percent()
    {
        m_view->showPage(SettingsView::Page::TaxRates);
        auto* page = test::child<ui::TaxRatesPage>(m_view.get(), QStringLiteral("taxRatesPage"));
        QVERIFY(page);
        test::onNextModal([&](QWidget* dialog) {
            auto* country = dialog->findChild<QComboBox*>(QStringLiteral("taxCountryCombo"));
            country->lineEdit()->clear();
            QTest::keyClicks(country->lineEdit(), QStringLiteral("CH"));
            auto* taxClass = dialog->findChild<QComboBox*>(QStringLiteral("taxClassCombo"));
            taxClass->setCurrentIndex(taxClass->findData(static_cast<int>(tax::TaxClass::Reduced2)));
            retype(dialog->findChild<QLineEdit*>(QStringLiteral("taxNameEdit")), QStringLiteral("Accommodation"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("taxRateEdit")), QStringLiteral("5.5"));
            dialog->findChild<QDateEdit*>(QStringLiteral("taxValidFromEdit"))->setDate(QDate(2026, 1, 1));
            clickSave(dialog);
        });
        clickButton(page, QStringLiteral("taxAddButton"));

        const std::optional<tax::TaxRate> rate = swissRate();
        QVERIFY(rate);
        QCOMPARE(rate->rateBp, 550);
        QCOMPARE(rate->taxClass, tax::TaxClass::Reduced2);
        QCOMPARE(rate->name, QStringLiteral("Accommodation"));
        QCOMPARE(rate->validFrom, QDate(2026, 1, 1));
        QVERIFY(!rate->validTo.isValid());

        auto* table = test::child<QTableWidget>(page, QStringLiteral("taxRatesTable"));
        const int row = rowOf(table, ui::TaxRatesPage::NameColumn, QStringLiteral("Accommodation"));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, ui::TaxRatesPage::RateColumn)->text(), QStringLiteral("5.5%"));

        // The country filter narrows the table to Switzerland's rates.
        auto* filter = test::child<QComboBox>(page, QStringLiteral("taxCountryFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("CH")));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(page->shownRates().first().id, rate->id);
    }

    void anOverlappingRateIsRefused()
    {
        tax::TaxRate first;
        first.country = QStringLiteral("CH");
        first.taxClass = tax::TaxClass::Reduced2;
        first.name = QStringLiteral("Accommodation");
        first.rateBp = 380;
        first.validFrom = QDate(2026, 1, 1);
        QVERIFY(service().saveTaxRate(first));

        m_view->showPage(SettingsView::Page::TaxRates);
        auto* page = test::child<ui::TaxRatesPage>(m_view.get(), QStringLiteral("taxRatesPage"));
        QString refusal;
        bool refusalShown = false;
        bool stayedOpen = false;
        test::onNextModal([&](QWidget* dialog) {
            auto* country = dialog->findChild<QComboBox*>(QStringLiteral("taxCountryCombo"));
            country->lineEdit()->clear();
            QTest::keyClicks(country->lineEdit(), QStringLiteral("CH"));
            auto* taxClass = dialog->findChild<QComboBox*>(QStringLiteral("taxClassCombo"));
            taxClass->setCurrentIndex(taxClass->findData(static_cast<int>(tax::TaxClass::Reduced2)));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("taxRateEdit")), QStringLiteral("5.5"));
            dialog->findChild<QDateEdit*>(QStringLiteral("taxValidFromEdit"))->setDate(QDate(2026, 6, 1));
            clickSave(dialog);
            auto* label = dialog->findChild<QLabel*>(QStringLiteral("taxRefusalLabel"));
            refusalShown = label->isVisible();
            refusal = label->text();
            stayedOpen = dialog->isVisible();
            static_cast<QDialog*>(dialog)->reject();
        });
        clickButton(page, QStringLiteral("taxAddButton"));
        QVERIFY(stayedOpen);
        QVERIFY(refusalShown);
        QVERIFY2(refusal.startsWith(QStringLiteral("Not saved: ")), qPrintable(refusal));
        int swiss = 0;
        const auto rates = service().taxRates();
        QVERIFY(rates);
        for (const tax::TaxRate& rate : *rates)
            swiss += rate.country == QLatin1String("CH") ? 1 : 0;
        QCOMPARE(swiss, 1);
    }

    void editingASeriesPatternChangesThePreview()
    {
        m_view->showPage(SettingsView::Page::Numbering);
        auto* page = test::child<ui::NumberSeriesPage>(m_view.get(), QStringLiteral("numberSeriesPage"));
        auto* table = test::child<QTableWidget>(page, QStringLiteral("numberSeriesTable"));
        const int row = rowOf(table, ui::NumberSeriesPage::PatternColumn, QStringLiteral("INV-{YYYY}-{#####}"));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, ui::NumberSeriesPage::NextColumn)->text(), QStringLiteral("INV-2026-00001"));

        QString firstPreview;
        QString typedPreview;
        QString brokenPreview;
        QString brokenIssue;
        test::onNextModal([&](QWidget* dialog) {
            auto* preview = dialog->findChild<QLabel*>(QStringLiteral("seriesPreviewLabel"));
            firstPreview = preview->text();
            auto* pattern = dialog->findChild<QLineEdit*>(QStringLiteral("seriesPatternEdit"));
            retype(pattern, QStringLiteral("R{YY}/{###"));
            brokenPreview = preview->property("number").toString();
            brokenIssue = dialog->findChild<FieldIssueLabel*>(QStringLiteral("seriesPatternEditIssue"))->text();
            QTest::keyClicks(pattern, QStringLiteral("}"));
            typedPreview = preview->text();
            clickSave(dialog);
        });
        table->selectRow(row);
        clickButton(page, QStringLiteral("seriesEditButton"));
        QCOMPARE(firstPreview, QStringLiteral("INV-2026-00001"));
        QVERIFY(brokenPreview.isEmpty());
        QVERIFY2(!brokenIssue.isEmpty(), "a stray brace was not reported");
        QCOMPARE(typedPreview, QStringLiteral("R26/001"));

        bool stored = false;
        const auto series = service().numberSeries();
        QVERIFY(series);
        for (const company::NumberSeries& s : *series) {
            if (s.kind == billing::DocumentKind::Invoice && s.isDefault)
                stored = s.pattern == QLatin1String("R{YY}/{###}");
        }
        QVERIFY(stored);
        const int edited = rowOf(table, ui::NumberSeriesPage::PatternColumn, QStringLiteral("R{YY}/{###}"));
        QVERIFY(edited >= 0);
        QCOMPARE(table->item(edited, ui::NumberSeriesPage::NextColumn)->text(), QStringLiteral("R26/001"));
    }

    void togglesATaxInclusiveCurrency()
    {
        m_view->showPage(SettingsView::Page::Invoicing);
        auto* page = test::child<ui::InvoicingSettingsPage>(m_view.get(), QStringLiteral("invoicingSettingsPage"));
        auto* list = test::child<QListWidget>(page, QStringLiteral("taxInclusiveList"));
        QListWidgetItem* eur = nullptr;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == QLatin1String("EUR"))
                eur = list->item(row);
        }
        QVERIFY(eur);
        QCOMPARE(eur->checkState(), Qt::Unchecked);
        QVERIFY(!service().invoicingSettings()->pricesIncludeTax(QStringLiteral("EUR")));

        // Click the check box of the item as a user would.
        const QRect rect = list->visualItemRect(eur);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 12, rect.center().y()));
        QCOMPARE(eur->checkState(), Qt::Checked);
        QVERIFY(service().invoicingSettings()->pricesIncludeTax(QStringLiteral("EUR")));
        QVERIFY(!service().invoicingSettings()->pricesIncludeTax(QStringLiteral("USD")));

        auto* credit = test::child<QCheckBox>(page, QStringLiteral("applyCreditCheck"));
        const bool before = service().invoicingSettings()->applyCreditOnIssue;
        QCOMPARE(credit->isChecked(), before);
        // On the box itself: a check box's row is wider than what it reacts to.
        QTest::mouseClick(credit, Qt::LeftButton, {}, QPoint(8, credit->height() / 2));
        QCOMPARE(service().invoicingSettings()->applyCreditOnIssue, !before);

        // Another currency can be listed and ticked.
        auto* add = test::child<QComboBox>(page, QStringLiteral("addCurrencyCombo"));
        add->setCurrentIndex(add->findText(QStringLiteral("ISK")));
        clickButton(page, QStringLiteral("addCurrencyButton"));
        QListWidgetItem* isk = nullptr;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == QLatin1String("ISK"))
                isk = list->item(row);
        }
        QVERIFY(isk);
        isk->setCheckState(Qt::Checked);
        const auto settings = service().invoicingSettings();
        QCOMPARE(settings->taxInclusiveCurrencies, (QSet<QString> {QStringLiteral("EUR"), QStringLiteral("ISK")}));
    }

    void addsAnExchangeRateShownWithItsMeaning()
    {
        QVERIFY(metricsService().setSettings({QStringLiteral("EUR"), std::nullopt}));
        m_view->showPage(SettingsView::Page::Metrics);
        auto* page = test::child<ui::ExchangeRatesPage>(m_view.get(), QStringLiteral("exchangeRatesPage"));
        QVERIFY(page);
        bool eurOffered = true;
        test::onNextModal([&](QWidget* dialog) {
            auto* currency = dialog->findChild<QComboBox*>(QStringLiteral("fxCurrencyCombo"));
            // The reporting currency needs no rate, so the dialog does not offer it.
            eurOffered = currency->findData(QStringLiteral("EUR")) >= 0;
            currency->setCurrentIndex(currency->findData(QStringLiteral("SEK")));
            dialog->findChild<QDateEdit*>(QStringLiteral("fxMonthEdit"))->setDate(QDate(2026, 3, 17));
            // A comma is read as the decimal point too.
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("fxRateEdit")), QStringLiteral("0,087312"));
            clickSave(dialog);
        });
        clickButton(page, QStringLiteral("fxAddButton"));
        QVERIFY(!eurOffered);

        const auto rates = metricsService().fxRates();
        QVERIFY(rates);
        QCOMPARE(rates->size(), 1);
        QCOMPARE(rates->first().month, QDate(2026, 3, 1));
        QCOMPARE(rates->first().currency, QStringLiteral("SEK"));
        QCOMPARE(rates->first().rate, qint64(8731200));

        auto* table = test::child<QTableWidget>(page, QStringLiteral("fxRatesTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, ui::ExchangeRatesPage::MonthColumn)->text(), QStringLiteral("2026-03"));
        QCOMPARE(table->item(0, ui::ExchangeRatesPage::RateColumn)->text(), QStringLiteral("0.08731200"));
        QCOMPARE(table->item(0, ui::ExchangeRatesPage::MeaningColumn)->text(),
                 QStringLiteral("1 SEK = 0.08731200 EUR"));
    }

    void aRateWithMoreThanEightDecimalsIsRefusedAndNothingStored()
    {
        QVERIFY(metricsService().setSettings({QStringLiteral("EUR"), std::nullopt}));
        m_view->showPage(SettingsView::Page::Metrics);
        auto* page = test::child<ui::ExchangeRatesPage>(m_view.get(), QStringLiteral("exchangeRatesPage"));
        bool issueShown = false;
        bool stayedOpen = false;
        test::onNextModal([&](QWidget* dialog) {
            auto* currency = dialog->findChild<QComboBox*>(QStringLiteral("fxCurrencyCombo"));
            currency->setCurrentIndex(currency->findData(QStringLiteral("USD")));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("fxRateEdit")),
                             QStringLiteral("0.123456789"));
            clickSave(dialog);
            auto* issue = dialog->findChild<FieldIssueLabel*>(QStringLiteral("fxRateEditIssue"));
            issueShown = issue && issue->isVisible() && issue->level() == FieldIssueLabel::Level::Error;
            stayedOpen = dialog->isVisible();
            static_cast<QDialog*>(dialog)->reject();
        });
        clickButton(page, QStringLiteral("fxAddButton"));
        QVERIFY(issueShown);
        QVERIFY(stayedOpen);
        QVERIFY(metricsService().fxRates()->isEmpty());
    }

    void savesTheReportingCurrencyAndTheGrossMargin()
    {
        m_view->showPage(SettingsView::Page::Metrics);
        auto* page = test::child<ui::ExchangeRatesPage>(m_view.get(), QStringLiteral("exchangeRatesPage"));
        auto* currency = test::child<QComboBox>(page, QStringLiteral("reportingCurrencyCombo"));
        auto* margin = test::child<QLineEdit>(page, QStringLiteral("grossMarginEdit"));
        auto* save = test::child<QPushButton>(page, QStringLiteral("metricsSaveButton"));
        QVERIFY(currency && margin && save);
        QVERIFY(!save->isEnabled()); // nothing changed yet

        // A margin above 100 % is shown under the field and nothing is saved.
        retype(margin, QStringLiteral("101"));
        QTest::mouseClick(save, Qt::LeftButton);
        auto* issue = test::child<FieldIssueLabel>(page, QStringLiteral("grossMarginEditIssue"));
        QVERIFY(issue && issue->isVisible());
        QVERIFY(!metricsService().settings()->grossMarginBasisPoints);

        currency->setCurrentIndex(currency->findData(QStringLiteral("SEK")));
        retype(margin, QStringLiteral("72.5"));
        QSignalSpy messages(page, &ui::SettingsPage::messageRequested);
        QTest::mouseClick(save, Qt::LeftButton);
        const auto settings = metricsService().settings();
        QVERIFY(settings);
        QCOMPARE(settings->reportingCurrency, QStringLiteral("SEK"));
        QCOMPARE(settings->grossMarginBasisPoints, std::optional<int>(7250));
        QCOMPARE(messages.size(), 1);
        QVERIFY(!save->isEnabled());

        // Emptying the field clears the margin.
        retype(margin, QString());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!metricsService().settings()->grossMarginBasisPoints);
    }

    void importsRatesFromCsvAllOrNone()
    {
        QVERIFY(metricsService().setSettings({QStringLiteral("EUR"), std::nullopt}));
        m_view->showPage(SettingsView::Page::Metrics);
        auto* page = test::child<ui::ExchangeRatesPage>(m_view.get(), QStringLiteral("exchangeRatesPage"));
        const QString bad = m_dir.filePath(QStringLiteral("bad-rates.csv"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("month,currency,rate\n2026-01,SEK,0.0861\n2026-02,SEK,abc\n");
        badFile.close();
        QSignalSpy messages(page, &ui::SettingsPage::messageRequested);
        QVERIFY(!page->importFile(bad));
        auto* problems = test::child<QLabel>(page, QStringLiteral("fxImportProblemsLabel"));
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("Line 3")), qPrintable(problems->text()));
        QCOMPARE(messages.last().at(1).value<ui::MessageBar::Kind>(), ui::MessageBar::Kind::Error);
        QVERIFY(metricsService().fxRates()->isEmpty());

        const QString good = m_dir.filePath(QStringLiteral("good-rates.csv"));
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write("2026-01,SEK,0.0861\n2026-02,SEK,0.0866\n2026-01,USD,0.92\n");
        goodFile.close();
        QVERIFY(page->importFile(good));
        QVERIFY(!problems->isVisible());
        QCOMPARE(metricsService().fxRates()->size(), 3);
        // The newest month of a currency first.
        auto* table = test::child<QTableWidget>(page, QStringLiteral("fxRatesTable"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, ui::ExchangeRatesPage::MonthColumn)->text(), QStringLiteral("2026-02"));
        // The currency filter narrows the table to one currency's rates.
        auto* filter = test::child<QComboBox>(page, QStringLiteral("fxCurrencyFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("USD")));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(page->shownRates().first().currency, QStringLiteral("USD"));
    }

    void removesARateAfterAsking()
    {
        QVERIFY(metricsService().setSettings({QStringLiteral("EUR"), std::nullopt}));
        QVERIFY(metricsService().setFxRates({{QDate(2026, 1, 1), QStringLiteral("USD"), 92000000}}));
        m_view->showPage(SettingsView::Page::Metrics);
        auto* page = test::child<ui::ExchangeRatesPage>(m_view.get(), QStringLiteral("exchangeRatesPage"));
        auto* table = test::child<QTableWidget>(page, QStringLiteral("fxRatesTable"));
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        test::onNextModal([](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        clickButton(page, QStringLiteral("fxRemoveButton"));
        QVERIFY(metricsService().fxRates()->isEmpty());
        QCOMPARE(table->rowCount(), 0);
    }

private:
    company::CompanyService& service() { return m_company->company(); }
    metrics::MetricsService& metricsService() { return m_company->metrics(); }

    std::optional<tax::TaxRate> swissRate()
    {
        auto rates = service().taxRates();
        if (!rates)
            return std::nullopt;
        for (const tax::TaxRate& rate : *rates) {
            if (rate.country == QLatin1String("CH"))
                return rate;
        }
        return std::nullopt;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
    std::unique_ptr<SettingsView> m_view;
};

QTEST_MAIN(TestSettingsPages)
#include "tst_settingspages.moc"
