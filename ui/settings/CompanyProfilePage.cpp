#include "CompanyProfilePage.h"

#include "LogoPicker.h"
#include "common/Countries.h"
#include "company/CompanyService.h"
#include "customers/CustomerValidator.h"
#include "customers/VatId.h"
#include "widgets/CountryComboBox.h"
#include "widgets/FieldIssueLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace subdesk::ui {

using company::CompanyProfile;

namespace {

QPlainTextEdit* textBox(int lines, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 10);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return edit;
}

QStringList nonEmptyLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

} // namespace

CompanyProfilePage::CompanyProfilePage(company::CompanyService& service, QWidget* parent)
    : SettingsPage(tr("Company"),
                   tr("The seller on every invoice and credit note: what the VAT rules require on a document, "
                      "how customers reach you and how documents look."),
                   parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("companyProfilePage"));

    auto* body = new QWidget;
    auto* columns = new QHBoxLayout(body);
    columns->setContentsMargins(0, 0, 12, 0);
    columns->setSpacing(16);
    auto* left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(buildCompanyGroup());
    left->addWidget(buildAddressGroup());
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(buildContactGroup());
    right->addWidget(buildDocumentsGroup());
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    // One label column in every group, so the fields of the groups line up.
    int labelWidth = 0;
    for (QLabel* caption : std::as_const(m_captions))
        labelWidth = std::max(labelWidth, caption->sizeHint().width());
    for (QLabel* caption : std::as_const(m_captions))
        caption->setMinimumWidth(labelWidth);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("profileScrollArea"));
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    content()->addWidget(scroll, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("profileStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("profileSaveButton"));
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("profileRevertButton"));
    m_revert->setToolTip(tr("Forget the changes and show what is stored"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    content()->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &CompanyProfilePage::save);
    connect(m_revert, &QPushButton::clicked, this, &CompanyProfilePage::revert);
    revert();
}

void CompanyProfilePage::addField(QFormLayout* form, const QString& label, QWidget* widget, std::optional<Field> field)
{
    QWidget* parent = form->parentWidget();
    auto* caption = new QLabel(label, parent);
    caption->setBuddy(widget);
    m_captions.append(caption);
    if (!field) {
        form->addRow(caption, widget);
    } else {
        auto* cell = new QWidget(parent);
        auto* box = new QVBoxLayout(cell);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(3);
        box->addWidget(widget);
        auto* issue = new FieldIssueLabel(widget, cell);
        issue->setObjectName(widget->objectName() + QStringLiteral("Issue"));
        box->addWidget(issue);
        form->addRow(caption, cell);
        m_issues.insert(*field, issue);
    }
    const auto changed = [this, field] { fieldEdited(field); };
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        connect(line, &QLineEdit::textEdited, this, changed);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    else if (auto* country = qobject_cast<CountryComboBox*>(widget))
        connect(country, &CountryComboBox::countryChanged, this, changed);
    else if (auto* spin = qobject_cast<QSpinBox*>(widget))
        connect(spin, &QSpinBox::valueChanged, this, changed);
}

QWidget* CompanyProfilePage::buildCompanyGroup()
{
    auto* group = new QGroupBox(tr("Company"));
    auto* form = newForm(group);

    m_name = new QLineEdit(group);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setPlaceholderText(tr("Legal name, as printed on documents"));
    addField(form, tr("Name"), m_name, Field::Name);

    m_vatId = new QLineEdit(group);
    m_vatId->setObjectName(QStringLiteral("profileVatIdEdit"));
    m_vatId->setPlaceholderText(tr("With country prefix, e.g. FI12345678"));
    addField(form, tr("VAT ID"), m_vatId, Field::VatId);

    m_registrationId = new QLineEdit(group);
    m_registrationId->setObjectName(QStringLiteral("profileRegistrationIdEdit"));
    m_registrationId->setPlaceholderText(tr("Company register or tax number"));
    addField(form, tr("Registration ID"), m_registrationId);

    m_vatExempt = new QCheckBox(tr("Small business exempt from VAT"), group);
    m_vatExempt->setObjectName(QStringLiteral("profileVatExemptCheck"));
    m_vatExempt->setToolTip(tr("Documents then charge no VAT and print the exemption text instead"));
    form->addRow(QString(), m_vatExempt);
    connect(m_vatExempt, &QCheckBox::toggled, this, [this] {
        m_exemptionText->setEnabled(m_vatExempt->isChecked());
        fieldEdited(Field::ExemptionText);
    });

    m_exemptionText = textBox(2, group);
    m_exemptionText->setObjectName(QStringLiteral("profileExemptionTextEdit"));
    m_exemptionText->setPlaceholderText(tr("e.g. VAT exempt under art. 113 of Directive 2006/112/EC"));
    addField(form, tr("Exemption text"), m_exemptionText, Field::ExemptionText);
    return group;
}

QWidget* CompanyProfilePage::buildAddressGroup()
{
    auto* group = new QGroupBox(tr("Address"));
    auto* form = newForm(group);

    m_street = textBox(3, group);
    m_street->setObjectName(QStringLiteral("profileStreetEdit"));
    m_street->setPlaceholderText(tr("Street and number; up to three lines"));
    addField(form, tr("Street"), m_street);

    m_postalCode = new QLineEdit(group);
    m_postalCode->setObjectName(QStringLiteral("profilePostalCodeEdit"));
    addField(form, tr("Postal code"), m_postalCode);

    m_city = new QLineEdit(group);
    m_city->setObjectName(QStringLiteral("profileCityEdit"));
    addField(form, tr("City"), m_city);

    m_region = new QLineEdit(group);
    m_region->setObjectName(QStringLiteral("profileRegionEdit"));
    m_region->setPlaceholderText(tr("State, province or county, where addresses use one"));
    addField(form, tr("Region"), m_region);

    m_country = new CountryComboBox(group);
    m_country->setObjectName(QStringLiteral("profileCountryCombo"));
    // Not as wide as the longest country name: the two columns of the page share the width.
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_country->setMinimumContentsLength(16);
    addField(form, tr("Country"), m_country, Field::Country);
    return group;
}

QWidget* CompanyProfilePage::buildContactGroup()
{
    auto* group = new QGroupBox(tr("Contact"));
    auto* form = newForm(group);

    m_email = new QLineEdit(group);
    m_email->setObjectName(QStringLiteral("profileEmailEdit"));
    m_email->setPlaceholderText(tr("billing@example.com"));
    addField(form, tr("E-mail"), m_email, Field::Email);

    m_phone = new QLineEdit(group);
    m_phone->setObjectName(QStringLiteral("profilePhoneEdit"));
    addField(form, tr("Phone"), m_phone);

    m_website = new QLineEdit(group);
    m_website->setObjectName(QStringLiteral("profileWebsiteEdit"));
    m_website->setPlaceholderText(tr("www.example.com"));
    addField(form, tr("Website"), m_website);

    m_endpoint = new QLineEdit(group);
    m_endpoint->setObjectName(QStringLiteral("profileEndpointEdit"));
    m_endpoint->setPlaceholderText(tr("Scheme and ID, e.g. 0088:5790000435968"));
    m_endpoint->setToolTip(tr("Your Peppol address, written on e-invoices as the seller's electronic address"));
    addField(form, tr("E-invoice endpoint"), m_endpoint);
    return group;
}

QWidget* CompanyProfilePage::buildDocumentsGroup()
{
    auto* group = new QGroupBox(tr("Documents"));
    auto* form = newForm(group);

    m_logo = new LogoPicker(group);
    m_logo->setObjectName(QStringLiteral("profileLogoPicker"));
    auto* logoCaption = new QLabel(tr("Logo"), group);
    m_captions.append(logoCaption);
    form->addRow(logoCaption, m_logo);
    connect(m_logo, &LogoPicker::edited, this, [this] { fieldEdited(std::nullopt); });

    m_terms = new QSpinBox(group);
    m_terms->setObjectName(QStringLiteral("profilePaymentTermsSpin"));
    m_terms->setRange(0, 365);
    m_terms->setSuffix(tr(" days"));
    m_terms->setToolTip(tr("Days from the issue date to the due date, for customers without their own terms"));
    m_terms->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addField(form, tr("Payment terms"), m_terms);

    m_footer = textBox(3, group);
    m_footer->setObjectName(QStringLiteral("profileFooterEdit"));
    m_footer->setPlaceholderText(tr("Printed at the foot of every document"));
    addField(form, tr("Footer"), m_footer);
    return group;
}

void CompanyProfilePage::reload()
{
    if (!isModified())
        revert();
}

void CompanyProfilePage::setProfile(const CompanyProfile& p)
{
    m_loading = true;
    m_name->setText(p.name);
    m_vatId->setText(p.vatId);
    m_registrationId->setText(p.registrationId);
    m_vatExempt->setChecked(p.vatExempt);
    m_exemptionText->setPlainText(p.exemptionText);
    m_exemptionText->setEnabled(p.vatExempt);
    m_street->setPlainText(p.address.streetLines.join(QLatin1Char('\n')));
    m_postalCode->setText(p.address.postalCode);
    m_city->setText(p.address.city);
    m_region->setText(p.address.region);
    m_country->setCountryCode(p.address.country);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_website->setText(p.website);
    m_endpoint->setText(p.eInvoiceEndpoint);
    m_logo->setLogo(p.logo);
    m_terms->setValue(p.defaultPaymentTermsDays);
    m_footer->setPlainText(p.documentFooter);
    m_loading = false;
    m_touched.clear();
    m_showAll = false;
    showIssues();
    updateButtons();
}

CompanyProfile CompanyProfilePage::profile() const
{
    CompanyProfile p = m_stored;
    p.name = m_name->text().trimmed();
    p.vatId = customers::vatid::normalize(m_vatId->text());
    p.registrationId = m_registrationId->text().trimmed();
    p.vatExempt = m_vatExempt->isChecked();
    p.exemptionText = m_exemptionText->toPlainText().trimmed();
    p.address.streetLines = nonEmptyLines(m_street->toPlainText());
    p.address.postalCode = m_postalCode->text().trimmed();
    p.address.city = m_city->text().trimmed();
    p.address.region = m_region->text().trimmed();
    p.address.country = m_country->countryCode().trimmed().toUpper();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.website = m_website->text().trimmed();
    p.eInvoiceEndpoint = m_endpoint->text().trimmed();
    p.logo = m_logo->logo();
    p.defaultPaymentTermsDays = m_terms->value();
    p.documentFooter = m_footer->toPlainText().trimmed();
    return p;
}

bool CompanyProfilePage::isModified() const
{
    return m_name && profile() != m_stored;
}

void CompanyProfilePage::fieldEdited(std::optional<Field> field)
{
    if (m_loading)
        return;
    if (field)
        m_touched.insert(*field);
    m_status->clear();
    showIssues();
    updateButtons();
}

QHash<CompanyProfilePage::Field, QString> CompanyProfilePage::showIssues()
{
    const CompanyProfile p = profile();
    QHash<Field, QString> errors;
    QHash<Field, QString> warnings;
    if (p.name.isEmpty())
        errors.insert(Field::Name, tr("The name is required: it is printed on every document."));
    if (p.address.country.isEmpty())
        errors.insert(Field::Country, tr("The country is required: it decides the VAT rates of your documents."));
    else if (!countries::isValidCode(p.address.country))
        errors.insert(Field::Country,
                      tr("\"%1\" is not an ISO 3166 country code (e.g. FI, PL, IT).").arg(p.address.country));
    if (!p.vatId.isEmpty()) {
        const QString problem = customers::vatid::problem(p.vatId);
        const QString vatCountry = customers::vatid::countryOfPrefix(p.vatId);
        if (!problem.isEmpty())
            errors.insert(Field::VatId, problem);
        else if (!p.address.country.isEmpty() && vatCountry != p.address.country)
            warnings.insert(Field::VatId,
                            tr("The VAT ID is from %1 but the address is in %2.").arg(vatCountry, p.address.country));
    }
    if (!p.email.isEmpty() && !customers::CustomerValidator::isValidEmail(p.email))
        errors.insert(Field::Email, tr("\"%1\" is not an e-mail address.").arg(p.email));
    if (p.vatExempt && p.exemptionText.isEmpty())
        errors.insert(Field::ExemptionText,
                      tr("Exempt documents must say why no VAT is charged: enter the text to print."));

    for (auto it = m_issues.constBegin(); it != m_issues.constEnd(); ++it) {
        const bool shown = m_showAll || m_touched.contains(it.key());
        QStringList error;
        QStringList warning;
        if (shown && errors.contains(it.key()))
            error.append(errors.value(it.key()));
        if (shown && warnings.contains(it.key()))
            warning.append(warnings.value(it.key()));
        it.value()->setIssues(error, warning);
    }
    return errors;
}

void CompanyProfilePage::updateButtons()
{
    const bool modified = isModified();
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
}

bool CompanyProfilePage::save()
{
    m_showAll = true;
    const QHash<Field, QString> errors = showIssues();
    if (!errors.isEmpty()) {
        m_status->setText(errors.size() == 1 ? tr("Fix the marked field before saving.")
                                             : tr("Fix the %1 marked fields before saving.").arg(errors.size()));
        for (Field field : {Field::Name, Field::VatId, Field::ExemptionText, Field::Country, Field::Email}) {
            if (errors.contains(field)) {
                if (FieldIssueLabel* issue = m_issues.value(field); issue && issue->field())
                    issue->field()->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return false;
    }
    const CompanyProfile p = profile();
    if (const Status saved = m_service.saveProfile(p); !saved) {
        m_status->setText(tr("Not saved: %1").arg(saved.error().message));
        Q_EMIT messageRequested(tr("The company details were not saved: %1").arg(saved.error().message),
                                MessageBar::Kind::Error);
        return false;
    }
    auto stored = m_service.profile();
    m_stored = stored ? *stored : p;
    setProfile(m_stored);
    m_status->clear();
    Q_EMIT messageRequested(tr("Saved the company details."), MessageBar::Kind::Positive);
    return true;
}

void CompanyProfilePage::revert()
{
    auto stored = m_service.profile();
    if (!stored) {
        m_status->setText(tr("The company details could not be read: %1").arg(stored.error().message));
        m_save->setEnabled(false);
        return;
    }
    m_stored = *stored;
    setProfile(m_stored);
    m_status->clear();
}

} // namespace subdesk::ui
