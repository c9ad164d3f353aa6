#include "TaxRateDialog.h"

#include "SettingsDialogParts.h"
#include "SettingsPage.h"
#include "common/Countries.h"
#include "company/CompanyService.h"
#include "widgets/CountryComboBox.h"
#include "widgets/FieldIssueLabel.h"
#include "widgets/Percent.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace subdesk::ui {

using tax::TaxClass;

TaxRateDialog::TaxRateDialog(company::CompanyService& service, const tax::TaxRate& rate, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_base(rate)
{
    setObjectName(QStringLiteral("taxRateDialog"));
    setWindowTitle(rate.id == 0 ? tr("New tax rate") : tr("Edit tax rate"));
    setMinimumWidth(500);

    m_country = new CountryComboBox(this);
    m_country->setObjectName(QStringLiteral("taxCountryCombo"));
    m_country->setCountryCode(rate.country);
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("taxClassCombo"));
    for (TaxClass c :
         {TaxClass::Standard, TaxClass::Reduced, TaxClass::Reduced2, TaxClass::SuperReduced, TaxClass::Zero})
        m_class->addItem(tax::taxClassName(c), static_cast<int>(c));
    m_class->setCurrentIndex(std::max(0, m_class->findData(static_cast<int>(rate.taxClass))));
    m_name = new QLineEdit(rate.name, this);
    m_name->setObjectName(QStringLiteral("taxNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Reduced rate (books)"));

    m_rate = new QLineEdit(rate.id == 0 && rate.rateBp == 0 ? QString() : percent::editText(rate.rateBp), this);
    m_rate->setObjectName(QStringLiteral("taxRateEdit"));
    m_rate->setPlaceholderText(tr("e.g. %1").arg(percent::editText(550)));
    m_rate->setMaximumWidth(m_rate->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 16);
    auto* rateRow = new QWidget(this);
    auto* rateBox = new QHBoxLayout(rateRow);
    rateBox->setContentsMargins(0, 0, 0, 0);
    rateBox->addWidget(m_rate);
    rateBox->addWidget(new QLabel(QLocale().percent(), rateRow));
    rateBox->addStretch(1);

    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("taxValidFromEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDate(rate.validFrom.isValid() ? rate.validFrom : QDate::currentDate());
    m_from->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_from->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_hasEnd = new QCheckBox(tr("Ends on"), this);
    m_hasEnd->setObjectName(QStringLiteral("taxHasEndCheck"));
    m_hasEnd->setChecked(rate.validTo.isValid());
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("taxValidToEdit"));
    m_to->setCalendarPopup(true);
    m_to->setDate(rate.validTo.isValid() ? rate.validTo : m_from->date().addYears(1).addDays(-1));
    m_to->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_to->setEnabled(m_hasEnd->isChecked());
    auto* toRow = new QWidget(this);
    auto* toBox = new QHBoxLayout(toRow);
    toBox->setContentsMargins(0, 0, 0, 0);
    toBox->addWidget(m_hasEnd);
    toBox->addWidget(m_to);
    toBox->addStretch(1);

    m_refusal = settingsdialog::newRefusalLabel(QStringLiteral("taxRefusalLabel"), this);

    auto* form = SettingsPage::newForm(nullptr);
    form->addRow(tr("Country"), settingsdialog::withIssue(m_country, &m_countryIssue, this));
    form->addRow(tr("Class"), m_class);
    form->addRow(tr("Name"), settingsdialog::withIssue(m_name, &m_nameIssue, this));
    form->addRow(tr("Rate"), settingsdialog::withIssue(rateRow, &m_rateIssue, this, m_rate));
    form->addRow(tr("Valid from"), m_from);
    form->addRow(tr("Valid until"), settingsdialog::withIssue(toRow, &m_toIssue, this, m_to));

    auto* buttons = settingsdialog::newSaveCancelButtons(this, QStringLiteral("taxButtons"));
    settingsdialog::layOut(this, form,
                           tr("Leave \"Ends on\" unticked while the rate still applies. Rates already used on "
                              "issued documents stay on those documents when you change them here."),
                           m_refusal, buttons);

    const auto recheck = [this] { check(false); };
    connect(m_country, &CountryComboBox::countryChanged, this, recheck);
    connect(m_name, &QLineEdit::textEdited, this, recheck);
    connect(m_rate, &QLineEdit::textEdited, this, recheck);
    connect(m_from, &QDateEdit::dateChanged, this, recheck);
    connect(m_to, &QDateEdit::dateChanged, this, recheck);
    connect(m_hasEnd, &QCheckBox::toggled, this, [this] {
        m_to->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        m_to->setEnabled(m_hasEnd->isChecked());
        check(false);
    });
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] {
        // A new rate's name follows its class until the clerk writes one.
        if (m_base.id == 0 && (m_name->text().isEmpty() || m_name->property("suggested").toBool())) {
            m_name->setText(tax::taxClassName(static_cast<TaxClass>(m_class->currentData().toInt())));
            m_name->setProperty("suggested", true);
        }
        check(false);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_name->setProperty("suggested", false); });
    if (rate.id == 0 && rate.name.isEmpty()) {
        m_name->setText(tax::taxClassName(rate.taxClass));
        m_name->setProperty("suggested", true);
    }
    check(rate.id != 0);
}

tax::TaxRate TaxRateDialog::rate() const
{
    tax::TaxRate r = m_base;
    r.country = m_country->countryCode().trimmed().toUpper();
    r.taxClass = static_cast<TaxClass>(m_class->currentData().toInt());
    r.name = m_name->text().trimmed();
    r.rateBp = percent::parse(m_rate->text()).value_or(-1);
    r.validFrom = m_from->date();
    r.validTo = m_hasEnd->isChecked() ? m_to->date() : QDate();
    return r;
}

bool TaxRateDialog::check(bool all)
{
    m_showAll = m_showAll || all;
    m_refusal->hide();
    const tax::TaxRate r = rate();
    QString countryError;
    QString nameError;
    QString rateError;
    QString toError;
    if (r.country.isEmpty())
        countryError = tr("Choose the country the rate applies in.");
    else if (!countries::isValidCode(r.country))
        countryError = tr("\"%1\" is not an ISO 3166 country code (e.g. FI, PL, IT).").arg(r.country);
    if (r.name.isEmpty())
        nameError = tr("The name is required; documents and reports show it.");
    if (m_rate->text().trimmed().isEmpty())
        rateError = tr("Enter the rate as a percentage, e.g. %1.").arg(percent::editText(2300));
    else if (r.rateBp < 0)
        rateError = tr("\"%1\" is not a percentage from 0 to 100 with at most two decimals (e.g. %2).")
                        .arg(m_rate->text().trimmed(), percent::editText(550));
    if (r.validTo.isValid() && r.validTo < r.validFrom)
        toError = tr("The rate cannot end before it starts.");

    settingsdialog::showIssue(m_countryIssue, countryError, m_showAll || !m_country->currentText().isEmpty());
    settingsdialog::showIssue(m_nameIssue, nameError, m_showAll || m_name->isModified());
    settingsdialog::showIssue(m_rateIssue, rateError, m_showAll || m_rate->isModified());
    settingsdialog::showIssue(m_toIssue, toError, true);
    return countryError.isEmpty() && nameError.isEmpty() && rateError.isEmpty() && toError.isEmpty();
}

void TaxRateDialog::accept()
{
    if (!check(true))
        return;
    if (settingsdialog::keepSaved(m_service.saveTaxRate(rate()), m_saved, m_refusal, tr("Not saved: %1")))
        QDialog::accept();
}

} // namespace subdesk::ui
