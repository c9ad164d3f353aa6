#pragma once

#include "surveys/SurveyAnswer.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace subdesk::customers {
class CustomerService;
}
namespace subdesk::surveys {
class SurveyService;
}

namespace subdesk::ui {

class CustomerPicker;

/**
 * Adds or edits one survey answer: customer (fixed when opened from a customer, else chosen), kind,
 * date, score with its NPS group shown as it changes, channel, comment and tags. Saving stores
 * through SurveyService; a refusal is shown in the dialog, which stays open.
 */
class SurveyAnswerDialog final : public QDialog
{
    Q_OBJECT

public:
    /** answer.id invalid: a new answer. customerFixed: answer.customerId cannot be changed. */
    SurveyAnswerDialog(surveys::SurveyService& service, customers::CustomerService& customers, QDate today,
                       const surveys::SurveyAnswer& answer, bool customerFixed, QWidget* parent = nullptr);

    /** The answer as stored (with its id) once the dialog was accepted. */
    const surveys::SurveyAnswer& answer() const { return m_answer; }
    /** The answer the fields describe now. */
    surveys::SurveyAnswer edited() const;

public Q_SLOTS:
    void accept() override;

private:
    void kindChanged();
    void scoreChanged();

    surveys::SurveyService& m_service;
    surveys::SurveyAnswer m_answer;
    CustomerPicker* m_customer = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_date = nullptr;
    QSpinBox* m_score = nullptr;
    QLabel* m_group = nullptr;
    QLabel* m_scoreHint = nullptr;
    QComboBox* m_channel = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QLineEdit* m_tags = nullptr;
    QLabel* m_refusal = nullptr;
};

} // namespace subdesk::ui
