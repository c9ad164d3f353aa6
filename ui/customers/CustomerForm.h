#pragma once

#include "customers/Customer.h"
#include "customers/CustomerValidator.h"

#include <QHash>
#include <QTabWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace subdesk::ui {

class CountryComboBox;
class FieldIssueLabel;

/**
 * The fields of a customer in three tabs (General, Address, Billing), each with a line under it
 * for validation messages. Reads and writes customers::Customer; knows nothing about saving.
 * SEPA fields show only for SEPA direct debit and the endpoint only for e-invoicing; hidden
 * fields are not part of customer().
 */
class CustomerForm final : public QTabWidget
{
    Q_OBJECT

public:
    explicit CustomerForm(QWidget* parent = nullptr);

    /** Completion lists for segment and tags (values already in use). */
    void setSuggestions(const QStringList& segments, const QStringList& tags);

    /** The date a new SEPA mandate is taken to be signed on until the user picks another. */
    void setToday(const QDate& today);
    void setCustomer(const customers::Customer& customer);
    /** The form's contents on top of the customer last set (id, status and creation time kept). */
    customers::Customer customer() const;

    /** Shows each issue under its field; issues of fields not in `shown` are left out. */
    void showIssues(const QList<customers::ValidationIssue>& issues, const QSet<customers::CustomerField>& shown);
    /** Switches to the field's tab and focuses it. */
    void focusField(customers::CustomerField field);
    QWidget* fieldWidget(customers::CustomerField field) const;

Q_SIGNALS:
    /** The user changed a field (not emitted by setCustomer()). */
    void edited(customers::CustomerField field);

private:
    QWidget* buildGeneralTab();
    QWidget* buildAddressTab();
    QWidget* buildBillingTab();
    /** Adds a labelled row whose field cell holds the widget and its issue line. */
    void addField(QFormLayout* form, customers::CustomerField field, const QString& label, QWidget* widget);
    void watch(QWidget* widget, customers::CustomerField field);
    void updateConditionalFields();

    customers::Customer m_base;
    QDate m_today = QDate::currentDate();
    bool m_loading = false;

    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_emails = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_segment = nullptr;
    QLineEdit* m_tags = nullptr;
    QPlainTextEdit* m_notes = nullptr;

    QPlainTextEdit* m_street = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_region = nullptr;
    CountryComboBox* m_country = nullptr;

    QLineEdit* m_vatId = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_currency = nullptr;
    QSpinBox* m_terms = nullptr;
    QComboBox* m_method = nullptr;
    QGroupBox* m_sepaBox = nullptr;
    QLineEdit* m_iban = nullptr;
    QLineEdit* m_bic = nullptr;
    QLineEdit* m_mandateReference = nullptr;
    QDateEdit* m_signedOn = nullptr;
    QComboBox* m_channel = nullptr;
    QFormLayout* m_billingForm = nullptr;
    QLineEdit* m_endpoint = nullptr;

    QHash<customers::CustomerField, QWidget*> m_fields;
    QHash<customers::CustomerField, FieldIssueLabel*> m_issueLabels;
    QHash<customers::CustomerField, int> m_tabOfField;
    QList<QString> m_tabTitles;
};

} // namespace subdesk::ui
