#pragma once

#include "metrics/FxTable.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace subdesk::metrics {
class MetricsService;
}

namespace subdesk::ui {

class FieldIssueLabel;

/**
 * Adds or edits one monthly exchange rate: month, currency and the rate (one unit of the currency
 * in the reporting currency, at most 8 decimals, stored exactly). Editing keeps month and currency
 * (they are the rate's key) and changes the rate. Save stores it through MetricsService and keeps
 * the dialog open with the reason when the service refuses.
 */
class ExchangeRateDialog final : public QDialog
{
    Q_OBJECT

public:
    /** editing: rate is a stored rate (month and currency fixed); else the suggested values of a new one. */
    ExchangeRateDialog(metrics::MetricsService& service, const metrics::FxRate& rate, bool editing,
                       const QString& reportingCurrency, QWidget* parent = nullptr);

    /** The rate as stored once the dialog was accepted. */
    const metrics::FxRate& saved() const { return m_saved; }
    /** The rate as entered; rate is 0 while the rate field does not hold one. */
    metrics::FxRate rate() const;

    void accept() override;

    /** "1 SEK = 0.08731200 EUR" ("… (reporting currency)" while none is chosen). */
    static QString meaning(const metrics::FxRate& rate, const QString& reportingCurrency);

private:
    bool check(bool all);

    metrics::MetricsService& m_service;
    QString m_reporting;
    metrics::FxRate m_saved;
    bool m_showAll = false;

    QDateEdit* m_month = nullptr;
    QComboBox* m_currency = nullptr;
    QLineEdit* m_rate = nullptr;
    QLabel* m_meaning = nullptr;
    FieldIssueLabel* m_currencyIssue = nullptr;
    FieldIssueLabel* m_rateIssue = nullptr;
    QLabel* m_refusal = nullptr;
};

} // namespace subdesk::ui
