#pragma once

#include "billing/BillingInterval.h"
#include "catalog/PricingModel.h"
#include "common/Result.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace subdesk::ui {

class FieldIssueLabel;
class MoneyEdit;
class PricePreview;
class TierEditor;

/**
 * Edits one price: currency, billing interval (recurring prices only), pricing model with its
 * amount, tiers or package, and the setup fee (plan prices only). Checks as the clerk types with
 * PricingModel::validate() and shows each problem under its field; the preview underneath shows
 * what the price charges for a quantity. Reused for plan, add-on and metered prices and for new
 * versions of a price (currency and interval fixed then).
 */
class PriceEditor final : public QWidget
{
    Q_OBJECT

public:
    /** What the price belongs to; decides which fields show. */
    enum class Usage
    {
        Plan, ///< interval and setup fee
        RecurringAddOn, ///< interval
        OneTimeAddOn, ///< no interval: billed once
        Metered, ///< no interval: follows the subscription's periods, priced on usage
    };

    explicit PriceEditor(Usage usage, QWidget* parent = nullptr);

    void setUsage(Usage usage);
    Usage usage() const { return m_usage; }
    /** New versions keep their price's currency and interval. */
    void setCurrencyAndIntervalFixed(bool fixed);

    void setCurrency(const Currency& currency);
    void setInterval(const billing::BillingInterval& interval);
    /** Shows a model (its currency becomes the editor's currency). */
    void setModel(const catalog::PricingModel& model);
    void setSetupFee(const Money& fee);

    Currency currency() const;
    /** The interval, or nullopt for one-time and metered prices. */
    std::optional<billing::BillingInterval> interval() const;
    /** The model as typed; an Invalid error when a field cannot be read or the model breaks a rule. */
    Result<catalog::PricingModel> model() const;
    /** Zero when there is no setup fee (or none for this usage). */
    Result<Money> setupFee() const;
    /** Whether everything reads and validates; the last check's result. */
    bool isValid() const { return m_valid; }
    /** The first problem shown, for the dialog's summary; empty when valid. */
    QString firstProblem() const { return m_firstProblem; }

    PricePreview* preview() const { return m_preview; }
    TierEditor* tierEditor() const { return m_tiers; }

public Q_SLOTS:
    /** Shows every problem under its field (done by itself once the clerk edits an amount or tier). */
    void showProblems();

Q_SIGNALS:
    /** Any field changed (after the check ran, so isValid() is current). */
    void changed();

private:
    catalog::PricingKind kind() const;
    /** "Price", "Unit price" or "Package price", by kind. */
    QString amountName() const;
    void kindChanged();
    void updateVisibility();
    void revalidate();
    void addRow(QFormLayout* form, const QString& label, QWidget* field, QLabel** caption = nullptr);

    Usage m_usage;
    QFormLayout* m_form = nullptr;
    QComboBox* m_currency = nullptr;
    QWidget* m_intervalBox = nullptr;
    QLabel* m_intervalCaption = nullptr;
    QSpinBox* m_intervalCount = nullptr;
    QComboBox* m_intervalUnit = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_kindHint = nullptr;
    QLabel* m_amountCaption = nullptr;
    QWidget* m_amountCell = nullptr;
    MoneyEdit* m_amount = nullptr;
    FieldIssueLabel* m_amountIssue = nullptr;
    QLabel* m_packageCaption = nullptr;
    QWidget* m_packageCell = nullptr;
    QSpinBox* m_packageSize = nullptr;
    QSpinBox* m_freeUnits = nullptr;
    QLabel* m_tiersCaption = nullptr;
    QWidget* m_tiersCell = nullptr;
    TierEditor* m_tiers = nullptr;
    FieldIssueLabel* m_tiersIssue = nullptr;
    QLabel* m_setupCaption = nullptr;
    QWidget* m_setupCell = nullptr;
    MoneyEdit* m_setupFee = nullptr;
    FieldIssueLabel* m_setupIssue = nullptr;
    PricePreview* m_preview = nullptr;
    bool m_loading = false;
    bool m_valid = false;
    bool m_showProblems = false;
    QString m_firstProblem;
};

} // namespace subdesk::ui
