#pragma once

#include "metrics/MetricsFilter.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;

namespace subdesk::ui {

/**
 * The dashboard's filter: a month range (presets "Last 12 months", "This year", "Last 3 years",
 * "All", or any months picked), a segment, a plan and a country; and, for the view to place, a
 * note naming the reporting currency, a busy indicator and Refresh. Emits changed() whenever the
 * filter changes.
 */
class DashboardFilterBar final : public QWidget
{
    Q_OBJECT

public:
    enum class Preset
    {
        Last12Months,
        ThisYear,
        Last3Years,
        All,
        Custom,
    };

    /** today: the ranges end with its month. */
    explicit DashboardFilterBar(QDate today, QWidget* parent = nullptr);

    metrics::MetricsFilter filter() const;
    void setPreset(Preset preset);
    Preset preset() const;
    /** Sets the months (Custom preset); to is moved up to from when before it. */
    void setMonths(QDate from, QDate to);

    /** The first month with data ("All" starts there); invalid: the last 12 months. */
    void setFirstMonth(QDate month);
    /** Fills the choices, keeping what is selected when it is still there. */
    void setSegments(const QStringList& segments);
    void setPlans(const QList<QPair<PlanId, QString>>& plans);
    void setCountries(const QStringList& countryCodes);
    void setCurrency(const QString& currency);
    void setBusy(bool busy);

    QComboBox* segmentCombo() const { return m_segment; }
    QComboBox* planCombo() const { return m_plan; }
    QComboBox* countryCombo() const { return m_country; }
    QComboBox* presetCombo() const { return m_preset; }
    /**
     * The currency note, the busy indicator and Refresh, for the view to place (beside the tabs, so
     * the filter row stays narrow enough for a small window).
     */
    QWidget* statusWidget() const { return m_status; }

Q_SIGNALS:
    void changed();
    void refreshRequested();

private:
    void applyPreset();
    void monthsEdited();
    static void refill(QComboBox* combo, const QString& allText, const QList<QPair<QVariant, QString>>& items);

    QDate m_thisMonth;
    QDate m_firstMonth;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_segment = nullptr;
    QComboBox* m_plan = nullptr;
    QComboBox* m_country = nullptr;
    QWidget* m_status = nullptr;
    QLabel* m_currency = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_refresh = nullptr;
};

} // namespace subdesk::ui
