#pragma once

#include "widgets/SectionView.h"

class QAction;
class QTabWidget;

namespace subdesk {
class Clock;
}
namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::ui {

class AgingPage;
class PaymentListPage;

/**
 * The Payments page: the payments and refunds list (tab "Payments") and the aging report (tab
 * "Aging"), with the actions Record payment…, Refund…, Statement… and Export aging CSV…. Both tabs
 * read again whenever the page is shown, so payments recorded from the Invoices page appear.
 */
class PaymentsView final : public SectionView
{
    Q_OBJECT

public:
    PaymentsView(storage::CompanyFile& company, const Clock& clock, QWidget* parent = nullptr);

    QList<QAction*> menuActions(Menu menu) const override;

    PaymentListPage* paymentList() const { return m_list; }
    AgingPage* aging() const { return m_aging; }
    QTabWidget* tabs() const { return m_tabs; }

    void recordPayment();
    void refund();
    void statement();
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    storage::CompanyFile& m_company;
    const Clock& m_clock;
    QTabWidget* m_tabs = nullptr;
    PaymentListPage* m_list = nullptr;
    AgingPage* m_aging = nullptr;
    QAction* m_recordAction = nullptr;
    QAction* m_refundAction = nullptr;
    QAction* m_statementAction = nullptr;
};

} // namespace subdesk::ui
