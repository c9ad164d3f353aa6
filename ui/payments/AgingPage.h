#pragma once

#include "common/Result.h"
#include "invoicing/AgingReport.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace subdesk::invoicing {
class PaymentService;
}

namespace subdesk::ui {

/**
 * The "Aging" tab: who owes what and for how long as of a day, one row per customer and
 * currency with the open balances in the buckets current, 1–30, 31–60, 61–90 and over 90 days
 * past due, then a total row per currency. Exports what it shows as CSV.
 */
class AgingPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        CustomerColumn,
        CurrencyColumn,
        FirstBucketColumn,
        TotalColumn = FirstBucketColumn + invoicing::AgingReport::BucketCount,
        InvoicesColumn,
        ColumnCount
    };

    AgingPage(invoicing::PaymentService& payments, QDate today, QWidget* parent = nullptr);

    void setAsOf(QDate asOf);
    /** Reads the open invoices again and rebuilds the report. */
    void reload();
    const invoicing::AgingReport& report() const { return m_report; }
    QTableWidget* table() const { return m_table; }
    /** The report as CSV (plain amounts, one row per customer and currency, then the totals). */
    QByteArray csv() const;
    Status exportCsv(const QString& path) const;

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void exported(const QString& path);

private:
    void askExport();

    invoicing::PaymentService& m_payments;
    QDateEdit* m_asOf = nullptr;
    QPushButton* m_export = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_note = nullptr;
    invoicing::AgingReport m_report;
};

} // namespace subdesk::ui
