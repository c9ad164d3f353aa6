#pragma once

#include "company/NumberSeries.h"
#include "invoicing/DocumentQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace subdesk::ui {

/**
 * The row above the invoices table: kind, statuses (several at once), a search for the number or
 * customer, series, a date range and "Overdue only". It only collects the clerk's choices into a
 * DocumentFilter; the database applies them (InvoiceService::countDocuments, documentRows).
 */
class InvoiceFilterBar final : public QWidget
{
    Q_OBJECT

public:
    /** today: for the date presets (this month, last month, ...). */
    explicit InvoiceFilterBar(QDate today, QWidget* parent = nullptr);

    /** The filter the controls describe; statuses are judged on today. */
    invoicing::DocumentFilter filter(QDate today) const;
    /** Offers these series (archived ones too: their documents stay listed). */
    void setSeries(const QList<company::NumberSeries>& series);
    /** Shows every document again. */
    void clear();
    /** Ticks exactly these statuses (empty: all). */
    void setStatuses(const QList<billing::DocumentStatus>& statuses);
    /** True when some control narrows the list. */
    bool isFiltering() const;

    /** The statuses offered, in menu order. */
    static const QList<billing::DocumentStatus>& offeredStatuses();

    QComboBox* kindCombo() const { return m_kind; }
    QToolButton* statusButton() const { return m_statusButton; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* seriesCombo() const { return m_series; }
    QToolButton* dateButton() const { return m_dateButton; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QCheckBox* overdueCheck() const { return m_overdue; }

Q_SIGNALS:
    /** Some control changed (typing in the search is debounced). */
    void changed();

private:
    QDateEdit* makeDateEdit(const QString& name, const QString& tip);
    void buildDateMenu();
    void setRange(QDate from, QDate to);
    void updateStatusButton();
    void updateDateButton();
    void emitChanged();

    QComboBox* m_kind = nullptr;
    QToolButton* m_statusButton = nullptr;
    QMenu* m_statusMenu = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QComboBox* m_series = nullptr;
    QDate m_today;
    QToolButton* m_dateButton = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_overdue = nullptr;
    QToolButton* m_clear = nullptr;
    bool m_quiet = false;
};

} // namespace subdesk::ui
