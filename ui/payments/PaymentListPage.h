#pragma once

#include "invoicing/PaymentRepository.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace subdesk::invoicing {
class PaymentService;
}

namespace subdesk::ui {

class PaymentTableModel;

/**
 * The "Payments" tab: payments and refunds with filters (customer, reference or note text; method;
 * date range) applied by the service, sortable columns, and what the rows shown add up to per
 * currency (received and refunded, never added across currencies).
 */
class PaymentListPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentListPage(invoicing::PaymentService& payments, QWidget* parent = nullptr);

    /** The filter as the bar stands. */
    invoicing::PaymentFilter filter() const;
    /** Reads the payments again (after a payment or refund was recorded). */
    void reload();

    PaymentTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /** "Received 120.00 € · refunded 10.00 €", one clause per currency. */
    QString totalsText() const;

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    invoicing::PaymentService& m_payments;
    QLineEdit* m_search = nullptr;
    QComboBox* m_method = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    PaymentTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_totals = nullptr;
    QTimer m_reloadTimer;
};

} // namespace subdesk::ui
