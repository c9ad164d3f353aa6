#pragma once

#include "SettingsPage.h"
#include "company/CompanyProfile.h"

#include <QHash>
#include <QSet>

#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace subdesk::company {
class CompanyService;
}

namespace subdesk::ui {

class CountryComboBox;
class FieldIssueLabel;
class LogoPicker;

/**
 * Settings → Company: the seller printed on every document (name, address, VAT ID, contact,
 * e-invoice endpoint, logo), the small-business exemption, default payment terms and the
 * document footer. Checks fields as they are typed (messages under them, as in the customer
 * dialog); Save goes through CompanyService::saveProfile and shows its refusal; Revert goes back
 * to what is stored.
 */
class CompanyProfilePage final : public SettingsPage
{
    Q_OBJECT

public:
    /** The fields the page checks before saving. */
    enum class Field
    {
        Name,
        Country,
        VatId,
        Email,
        ExemptionText,
    };

    explicit CompanyProfilePage(company::CompanyService& service, QWidget* parent = nullptr);

    void reload() override;

    /** The form's contents, normalised (trimmed, VAT ID in electronic form). */
    company::CompanyProfile profile() const;
    /** True when the form differs from the stored profile. */
    bool isModified() const;
    LogoPicker* logoPicker() const { return m_logo; }

public Q_SLOTS:
    /** Checks every field; saves when none has an error. True when saved. */
    bool save();
    void revert();

private:
    QWidget* buildCompanyGroup();
    QWidget* buildAddressGroup();
    QWidget* buildContactGroup();
    QWidget* buildDocumentsGroup();
    void addField(QFormLayout* form, const QString& label, QWidget* widget, std::optional<Field> field = {});
    void setProfile(const company::CompanyProfile& profile);
    void fieldEdited(std::optional<Field> field);
    /** Validates the form; shows the issues of touched fields (all after a save attempt). */
    QHash<Field, QString> showIssues();
    void updateButtons();

    company::CompanyService& m_service;
    company::CompanyProfile m_stored;
    bool m_loading = false;
    bool m_showAll = false;
    QSet<Field> m_touched;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_registrationId = nullptr;
    QLineEdit* m_vatId = nullptr;
    QPlainTextEdit* m_street = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_region = nullptr;
    CountryComboBox* m_country = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_website = nullptr;
    QLineEdit* m_endpoint = nullptr;
    LogoPicker* m_logo = nullptr;
    QCheckBox* m_vatExempt = nullptr;
    QPlainTextEdit* m_exemptionText = nullptr;
    QSpinBox* m_terms = nullptr;
    QPlainTextEdit* m_footer = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QHash<Field, FieldIssueLabel*> m_issues;
    QList<QLabel*> m_captions;
};

} // namespace subdesk::ui
