#pragma once

#include "company/NumberSeries.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace subdesk::company {
class CompanyService;
}

namespace subdesk::ui {

class FieldIssueLabel;

/**
 * Adds or edits a numbering series: kind, name, pattern, yearly reset, default. Shows the number
 * the series would give next (CompanyService::nextNumberPreview) while the pattern is typed, or
 * what is wrong with the pattern. OK saves through CompanyService and keeps the dialog open with
 * the reason when the service refuses (a changed pattern of a series already in use, say).
 */
class NumberSeriesDialog final : public QDialog
{
    Q_OBJECT

public:
    NumberSeriesDialog(company::CompanyService& service, const company::NumberSeries& series, QDate today,
                       QWidget* parent = nullptr);

    const company::NumberSeries& saved() const { return m_saved; }
    company::NumberSeries series() const;
    /** The preview line as shown ("INV-2026-00001"), empty while the pattern has an error. */
    QString previewText() const;

    void accept() override;

private:
    bool check(bool all);

    company::CompanyService& m_service;
    company::NumberSeries m_base;
    company::NumberSeries m_saved;
    QDate m_today;
    bool m_showAll = false;

    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_pattern = nullptr;
    QCheckBox* m_yearly = nullptr;
    QCheckBox* m_default = nullptr;
    QCheckBox* m_archived = nullptr;
    QLabel* m_preview = nullptr;
    FieldIssueLabel* m_nameIssue = nullptr;
    FieldIssueLabel* m_patternIssue = nullptr;
    QLabel* m_refusal = nullptr;
};

} // namespace subdesk::ui
