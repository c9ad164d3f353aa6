#pragma once

#include "tax/TaxRate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace subdesk::company {
class CompanyService;
}

namespace subdesk::ui {

class CountryComboBox;
class FieldIssueLabel;

/**
 * Adds or edits one tax rate: country, class, name, the rate as a percentage with up to two
 * decimals (stored exactly as basis points) and its validity. OK saves through CompanyService and
 * keeps the dialog open with the reason when the service refuses (an overlapping rate, say).
 */
class TaxRateDialog final : public QDialog
{
    Q_OBJECT

public:
    TaxRateDialog(company::CompanyService& service, const tax::TaxRate& rate, QWidget* parent = nullptr);

    /** The rate as stored once the dialog was accepted. */
    const tax::TaxRate& saved() const { return m_saved; }
    /** The rate as entered; rateBp is -1 while the rate field does not hold a percentage. */
    tax::TaxRate rate() const;

    void accept() override;

private:
    bool check(bool all);

    company::CompanyService& m_service;
    tax::TaxRate m_base;
    tax::TaxRate m_saved;
    bool m_showAll = false;

    CountryComboBox* m_country = nullptr;
    QComboBox* m_class = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_rate = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_hasEnd = nullptr;
    QDateEdit* m_to = nullptr;
    FieldIssueLabel* m_countryIssue = nullptr;
    FieldIssueLabel* m_nameIssue = nullptr;
    FieldIssueLabel* m_rateIssue = nullptr;
    FieldIssueLabel* m_toIssue = nullptr;
    QLabel* m_refusal = nullptr;
};

} // namespace subdesk::ui
