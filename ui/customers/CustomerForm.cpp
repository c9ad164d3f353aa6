#include "CustomerForm.h"

#include "money/Currency.h"
#include "settings/Languages.h"
#include "widgets/CountryComboBox.h"
#include "widgets/FieldIssueLabel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace subdesk::ui {

using customers::Customer;
using customers::CustomerField;
using customers::DeliveryChannel;
using customers::PaymentMethod;

namespace {

QPlainTextEdit* textBox(int lines, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(lineHeight * lines + 2 * edit->frameWidth() + 10);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return edit;
}

QFormLayout* newForm(QWidget* page)
{
    auto* form = new QFormLayout(page);
    form->setContentsMargins(16, 16, 16, 16);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // QFormLayout keeps a label near the top of a tall row (a text box, a message under the field).
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    form->setFormAlignment(Qt::AlignLeading | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

template <typename Enum>
void selectData(QComboBox* combo, Enum value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(QVariant::fromValue(static_cast<int>(value)))));
}

template <typename Enum>
Enum currentEnum(const QComboBox* combo)
{
    return static_cast<Enum>(combo->currentData().toInt());
}

} // namespace

CustomerForm::CustomerForm(QWidget* parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("customerForm"));
    m_tabTitles = {tr("General"), tr("Address"), tr("Billing")};
    addTab(buildGeneralTab(), m_tabTitles.at(0));
    addTab(buildAddressTab(), m_tabTitles.at(1));
    addTab(buildBillingTab(), m_tabTitles.at(2));
    updateConditionalFields();
}

void CustomerForm::addField(QFormLayout* form, CustomerField field, const QString& label, QWidget* widget)
{
    auto* cell = new QWidget(form->parentWidget());
    auto* box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(3);
    box->addWidget(widget);
    auto* issue = new FieldIssueLabel(widget, cell);
    issue->setObjectName(widget->objectName() + QStringLiteral("Issue"));
    box->addWidget(issue);

    auto* caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(widget);
    form->addRow(caption, cell);
    m_fields.insert(field, widget);
    m_issueLabels.insert(field, issue);
    m_tabOfField.insert(field, count());
    watch(widget, field);
}

void CustomerForm::watch(QWidget* widget, CustomerField field)
{
    const auto changed = [this, field] {
        if (!m_loading)
            Q_EMIT edited(field);
    };
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        connect(line, &QLineEdit::textEdited, this, changed);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    else if (auto* country = qobject_cast<CountryComboBox*>(widget))
        connect(country, &CountryComboBox::countryChanged, this, changed);
    else if (auto* combo = qobject_cast<QComboBox*>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto* spin = qobject_cast<QSpinBox*>(widget))
        connect(spin, &QSpinBox::valueChanged, this, changed);
    else if (auto* date = qobject_cast<QDateEdit*>(widget))
        connect(date, &QDateEdit::dateChanged, this, changed);
}

QWidget* CustomerForm::buildGeneralTab()
{
    auto* page = new QWidget(this);
    auto* form = newForm(page);

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("customerNameEdit"));
    m_name->setPlaceholderText(tr("Company or person, as it appears on invoices"));
    addField(form, CustomerField::DisplayName, customers::fieldLabel(CustomerField::DisplayName), m_name);

    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("customerKindCombo"));
    for (auto kind : {customers::CustomerKind::Business, customers::CustomerKind::Individual})
        m_kind->addItem(customers::displayName(kind), static_cast<int>(kind));
    addField(form, CustomerField::Kind, customers::fieldLabel(CustomerField::Kind), m_kind);

    m_contact = new QLineEdit(page);
    m_contact->setObjectName(QStringLiteral("customerContactEdit"));
    addField(form, CustomerField::ContactPerson, customers::fieldLabel(CustomerField::ContactPerson), m_contact);

    m_emails = new QLineEdit(page);
    m_emails->setObjectName(QStringLiteral("customerEmailsEdit"));
    m_emails->setPlaceholderText(tr("billing@example.com; several separated by commas or semicolons"));
    addField(form, CustomerField::Emails, customers::fieldLabel(CustomerField::Emails), m_emails);

    m_phone = new QLineEdit(page);
    m_phone->setObjectName(QStringLiteral("customerPhoneEdit"));
    addField(form, CustomerField::Phone, customers::fieldLabel(CustomerField::Phone), m_phone);

    m_segment = new QLineEdit(page);
    m_segment->setObjectName(QStringLiteral("customerSegmentEdit"));
    m_segment->setPlaceholderText(tr("e.g. SMB, Enterprise"));
    addField(form, CustomerField::Segment, customers::fieldLabel(CustomerField::Segment), m_segment);

    m_tags = new QLineEdit(page);
    m_tags->setObjectName(QStringLiteral("customerTagsEdit"));
    m_tags->setPlaceholderText(tr("Separate tags with commas"));
    addField(form, CustomerField::Tags, customers::fieldLabel(CustomerField::Tags), m_tags);

    m_notes = textBox(4, page);
    m_notes->setObjectName(QStringLiteral("customerNotesEdit"));
    addField(form, CustomerField::Notes, customers::fieldLabel(CustomerField::Notes), m_notes);
    return page;
}

QWidget* CustomerForm::buildAddressTab()
{
    auto* page = new QWidget(this);
    auto* form = newForm(page);

    m_street = textBox(3, page);
    m_street->setObjectName(QStringLiteral("customerStreetEdit"));
    m_street->setPlaceholderText(tr("Street and number; up to three lines"));
    addField(form, CustomerField::Street, customers::fieldLabel(CustomerField::Street), m_street);

    m_postalCode = new QLineEdit(page);
    m_postalCode->setObjectName(QStringLiteral("customerPostalCodeEdit"));
    addField(form, CustomerField::PostalCode, customers::fieldLabel(CustomerField::PostalCode), m_postalCode);

    m_city = new QLineEdit(page);
    m_city->setObjectName(QStringLiteral("customerCityEdit"));
    addField(form, CustomerField::City, customers::fieldLabel(CustomerField::City), m_city);

    m_region = new QLineEdit(page);
    m_region->setObjectName(QStringLiteral("customerRegionEdit"));
    m_region->setPlaceholderText(tr("State, province or county, where addresses use one"));
    addField(form, CustomerField::Region, customers::fieldLabel(CustomerField::Region), m_region);

    m_country = new CountryComboBox(page);
    m_country->setObjectName(QStringLiteral("customerCountryCombo"));
    addField(form, CustomerField::Country, customers::fieldLabel(CustomerField::Country), m_country);
    return page;
}

QWidget* CustomerForm::buildBillingTab()
{
    auto* page = new QWidget(this);
    auto* form = newForm(page);
    m_billingForm = form;

    m_vatId = new QLineEdit(page);
    m_vatId->setObjectName(QStringLiteral("customerVatIdEdit"));
    m_vatId->setPlaceholderText(tr("With country prefix, e.g. FI12345678"));
    addField(form, CustomerField::VatId, customers::fieldLabel(CustomerField::VatId), m_vatId);

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("customerLanguageCombo"));
    for (const LanguageOption& language : supportedLanguages())
        m_language->addItem(language.nativeName, language.code);
    addField(form, CustomerField::Language, tr("Document language"), m_language);

    m_currency = new QComboBox(page);
    m_currency->setObjectName(QStringLiteral("customerCurrencyCombo"));
    m_currency->addItems(Currency::allCodes());
    m_currency->setMaxVisibleItems(16);
    addField(form, CustomerField::Currency, customers::fieldLabel(CustomerField::Currency), m_currency);

    m_terms = new QSpinBox(page);
    m_terms->setObjectName(QStringLiteral("customerPaymentTermsSpin"));
    m_terms->setRange(0, 365);
    m_terms->setMaximumWidth(m_terms->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 40);
    addField(form, CustomerField::PaymentTerms, customers::fieldLabel(CustomerField::PaymentTerms), m_terms);

    m_method = new QComboBox(page);
    m_method->setObjectName(QStringLiteral("customerPaymentMethodCombo"));
    for (auto method : {PaymentMethod::BankTransfer, PaymentMethod::SepaDirectDebit, PaymentMethod::Card,
                        PaymentMethod::Cash, PaymentMethod::Other})
        m_method->addItem(customers::displayName(method), static_cast<int>(method));
    addField(form, CustomerField::PaymentMethod, customers::fieldLabel(CustomerField::PaymentMethod), m_method);

    m_sepaBox = new QGroupBox(tr("SEPA direct debit mandate"), page);
    m_sepaBox->setObjectName(QStringLiteral("customerSepaGroup"));
    auto* sepaForm = newForm(m_sepaBox);
    sepaForm->setContentsMargins(12, 8, 12, 8);
    m_iban = new QLineEdit(m_sepaBox);
    m_iban->setObjectName(QStringLiteral("customerIbanEdit"));
    m_iban->setPlaceholderText(tr("e.g. FI21 1234 5600 0007 85"));
    addField(sepaForm, CustomerField::Iban, customers::fieldLabel(CustomerField::Iban), m_iban);
    m_bic = new QLineEdit(m_sepaBox);
    m_bic->setObjectName(QStringLiteral("customerBicEdit"));
    addField(sepaForm, CustomerField::Bic, customers::fieldLabel(CustomerField::Bic), m_bic);
    m_mandateReference = new QLineEdit(m_sepaBox);
    m_mandateReference->setObjectName(QStringLiteral("customerMandateReferenceEdit"));
    addField(sepaForm, CustomerField::MandateReference, customers::fieldLabel(CustomerField::MandateReference),
             m_mandateReference);
    m_signedOn = new QDateEdit(m_sepaBox);
    m_signedOn->setObjectName(QStringLiteral("customerMandateSignedOnEdit"));
    m_signedOn->setCalendarPopup(true);
    // The signature date is a legal fact: it starts empty rather than at a guessed "today".
    m_signedOn->setMinimumDate(QDate(1990, 1, 1));
    m_signedOn->setSpecialValueText(tr("Not signed yet"));
    m_signedOn->setDate(m_signedOn->minimumDate());
    addField(sepaForm, CustomerField::MandateSignedOn, customers::fieldLabel(CustomerField::MandateSignedOn),
             m_signedOn);
    form->addRow(m_sepaBox);

    m_channel = new QComboBox(page);
    m_channel->setObjectName(QStringLiteral("customerChannelCombo"));
    for (auto channel : {DeliveryChannel::Email, DeliveryChannel::Paper, DeliveryChannel::EInvoice})
        m_channel->addItem(customers::displayName(channel), static_cast<int>(channel));
    addField(form, CustomerField::PreferredChannel, customers::fieldLabel(CustomerField::PreferredChannel), m_channel);

    m_endpoint = new QLineEdit(page);
    m_endpoint->setObjectName(QStringLiteral("customerEInvoiceEndpointEdit"));
    m_endpoint->setPlaceholderText(tr("Scheme and ID, e.g. 0088:5790000435968"));
    addField(form, CustomerField::EInvoiceEndpoint, customers::fieldLabel(CustomerField::EInvoiceEndpoint), m_endpoint);

    connect(m_method, &QComboBox::currentIndexChanged, this, &CustomerForm::updateConditionalFields);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &CustomerForm::updateConditionalFields);
    return page;
}

void CustomerForm::updateConditionalFields()
{
    m_sepaBox->setVisible(currentEnum<PaymentMethod>(m_method) == PaymentMethod::SepaDirectDebit);
    m_billingForm->setRowVisible(m_endpoint->parentWidget(),
                                 currentEnum<DeliveryChannel>(m_channel) == DeliveryChannel::EInvoice);
}

void CustomerForm::setSuggestions(const QStringList& segments, const QStringList& tags)
{
    auto* segmentCompleter = new QCompleter(segments, m_segment);
    segmentCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_segment->setCompleter(segmentCompleter);
    auto* tagCompleter = new QCompleter(tags, m_tags);
    tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(tagCompleter);
}

void CustomerForm::setToday(const QDate& today)
{
    m_today = today;
    m_signedOn->setMaximumDate(today.isValid() ? today : QDate(9999, 12, 31));
}

void CustomerForm::setCustomer(const Customer& c)
{
    m_loading = true;
    m_base = c;
    m_name->setText(c.displayName);
    selectData(m_kind, c.kind);
    m_contact->setText(c.contactPerson);
    m_emails->setText(c.emails.join(QStringLiteral("; ")));
    m_phone->setText(c.phone);
    m_segment->setText(c.segment);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(c.notes);
    m_street->setPlainText(c.address.streetLines.join(QLatin1Char('\n')));
    m_postalCode->setText(c.address.postalCode);
    m_city->setText(c.address.city);
    m_region->setText(c.address.region);
    m_country->setCountryCode(c.address.country);
    m_vatId->setText(c.vatId);
    m_language->setCurrentIndex(std::max(0, m_language->findData(c.language)));
    m_currency->setCurrentIndex(std::max(0, m_currency->findText(c.currency)));
    m_terms->setValue(c.paymentTermsDays);
    selectData(m_method, c.paymentMethod);
    m_iban->setText(customers::formatIban(c.sepa.iban));
    m_bic->setText(c.sepa.bic);
    m_mandateReference->setText(c.sepa.reference);
    m_signedOn->setDate(c.sepa.signedOn.isValid() ? c.sepa.signedOn : m_signedOn->minimumDate());
    selectData(m_channel, c.preferredChannel);
    m_endpoint->setText(c.eInvoiceEndpoint);
    updateConditionalFields();
    m_loading = false;
}

Customer CustomerForm::customer() const
{
    Customer c = m_base;
    c.displayName = m_name->text();
    c.kind = currentEnum<customers::CustomerKind>(m_kind);
    c.contactPerson = m_contact->text();
    (void)customers::setFieldText(c, CustomerField::Emails, m_emails->text());
    c.phone = m_phone->text();
    c.segment = m_segment->text();
    (void)customers::setFieldText(c, CustomerField::Tags, m_tags->text());
    c.notes = m_notes->toPlainText();
    (void)customers::setFieldText(c, CustomerField::Street, m_street->toPlainText());
    c.address.postalCode = m_postalCode->text();
    c.address.city = m_city->text();
    c.address.region = m_region->text();
    c.address.country = m_country->countryCode();
    c.vatId = m_vatId->text();
    c.language = m_language->currentData().toString();
    c.currency = m_currency->currentText();
    c.paymentTermsDays = m_terms->value();
    c.paymentMethod = currentEnum<PaymentMethod>(m_method);
    // Hidden groups keep what the customer had (bank details for refunds, an endpoint for later):
    // switching the method or channel never wipes data the clerk cannot see.
    if (c.paymentMethod == PaymentMethod::SepaDirectDebit) {
        c.sepa.iban = m_iban->text();
        c.sepa.bic = m_bic->text();
        c.sepa.reference = m_mandateReference->text();
        c.sepa.signedOn = m_signedOn->date() == m_signedOn->minimumDate() ? QDate() : m_signedOn->date();
    }
    c.preferredChannel = currentEnum<DeliveryChannel>(m_channel);
    if (c.preferredChannel == DeliveryChannel::EInvoice)
        c.eInvoiceEndpoint = m_endpoint->text();
    return c;
}

void CustomerForm::showIssues(const QList<customers::ValidationIssue>& issues, const QSet<CustomerField>& shown)
{
    QHash<CustomerField, QStringList> errors;
    QHash<CustomerField, QStringList> warnings;
    for (const auto& issue : issues) {
        if (!shown.contains(issue.field))
            continue;
        (issue.isError() ? errors : warnings)[issue.field].append(issue.message);
    }
    QList<bool> tabHasError(count(), false);
    for (auto it = m_issueLabels.constBegin(); it != m_issueLabels.constEnd(); ++it) {
        it.value()->setIssues(errors.value(it.key()), warnings.value(it.key()));
        if (errors.contains(it.key()))
            tabHasError[m_tabOfField.value(it.key())] = true;
    }
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (int tab = 0; tab < count(); ++tab) {
        setTabIcon(tab, tabHasError.at(tab) ? errorIcon : QIcon());
        setTabToolTip(tab, tabHasError.at(tab) ? tr("This page has fields to fix") : QString());
    }
}

void CustomerForm::focusField(CustomerField field)
{
    QWidget* widget = m_fields.value(field);
    if (!widget)
        return;
    setCurrentIndex(m_tabOfField.value(field));
    widget->setFocus(Qt::OtherFocusReason);
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        line->selectAll();
}

QWidget* CustomerForm::fieldWidget(CustomerField field) const
{
    return m_fields.value(field);
}

} // namespace subdesk::ui
