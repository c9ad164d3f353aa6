#pragma once

#include "customers/CustomerDetailPanel.h"
#include "surveys/SurveyAnswer.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace subdesk {
class Clock;
}
namespace subdesk::customers {
class CustomerService;
}
namespace subdesk::surveys {
class SurveyService;
} // namespace subdesk::surveys

namespace subdesk::ui {

class CustomersView;
class FeedbackTableModel;

/**
 * "Feedback of <customer>" in the customer detail: the customer's NPS and CSAT answers, newest
 * first, with a one-line summary, and Add / Edit / Delete.
 */
class CustomerFeedbackPanel final : public CustomerDetailPanel
{
    Q_OBJECT

public:
    CustomerFeedbackPanel(surveys::SurveyService& service, customers::CustomerService& customers, const Clock& clock,
                          QWidget* parent = nullptr);

    /**
     * The customer detail as tabs "Subscriptions" | "Feedback": subscriptionsPanel first, then a
     * feedback panel kept on view's current customer, its messages going to the view's bar.
     */
    static QTabWidget* besideSubscriptions(QWidget* subscriptionsPanel, CustomersView& view,
                                           surveys::SurveyService& service, customers::CustomerService& customers,
                                           const Clock& clock);

    QTableView* table() const { return m_table; }
    FeedbackTableModel* model() const { return m_model; }

public Q_SLOTS:
    void addAnswer();
    void editAnswer();
    void deleteAnswer();

private:
    void fill() override;
    void updateButtons();
    const surveys::SurveyAnswer* currentAnswer() const;

    surveys::SurveyService& m_service;
    customers::CustomerService& m_customers;
    const Clock& m_clock;
    QLabel* m_summary = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QTableView* m_table = nullptr;
    FeedbackTableModel* m_model = nullptr;
};

} // namespace subdesk::ui
