#pragma once

#include "catalog/Plan.h"
#include "money/Currency.h"

#include <QDate>
#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace subdesk::catalog {
class CatalogService;
}
namespace subdesk::subscriptions {
class SubscriptionService;
}

namespace subdesk::ui {

class FeatureListEditor;
class FieldIssueLabel;
class MessageBar;
class MeteredChargeList;
class PriceListEditor;

/**
 * Adds or edits a plan in tabs: General (code, name, product, description, trial, term),
 * Features, Prices (with their versions), Metered usage and Add-ons. Checks code and name as the
 * clerk types (a code another plan has is refused here); Save stores the plan, its new prices and
 * its new or changed metered charges through CatalogService. A product typed that does not exist
 * yet is created on save.
 */
class PlanDialog final : public QDialog
{
    Q_OBJECT

public:
    /** existing: the plan to edit; nullopt: a new one. subscriptions may be null (no migration). */
    PlanDialog(catalog::CatalogService& catalog, subscriptions::SubscriptionService* subscriptions,
               const std::optional<catalog::Plan>& existing, const QDate& today, QWidget* parent = nullptr);

    /** The plan as stored, after the dialog was accepted. */
    const catalog::Plan& savedPlan() const { return m_plan; }
    QTabWidget* tabs() const { return m_tabs; }
    PriceListEditor* prices() const { return m_prices; }
    MeteredChargeList* meteredCharges() const { return m_metered; }
    FeatureListEditor* features() const { return m_features; }
    /** Checks now; true when Save may be pressed. */
    bool check();

public Q_SLOTS:
    void accept() override;

private:
    QWidget* buildGeneralTab();
    QWidget* buildPricesTab();
    QWidget* buildMeteredTab();
    QWidget* buildAddOnsTab();
    void load(const catalog::Plan& plan);
    catalog::Plan plan() const;
    QString codeProblem() const;
    /** A changed code that coupons still name. */
    QString codeWarning() const;
    QString nameProblem() const;
    Result<ProductId> productForSave();
    Status saveMeteredCharges();
    void updateTerm();
    Currency defaultCurrency() const;

    catalog::CatalogService& m_catalog;
    subscriptions::SubscriptionService* m_subscriptions = nullptr;
    QDate m_today;
    catalog::Plan m_plan;
    bool m_showAll = false;

    MessageBar* m_messageBar = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_code = nullptr;
    FieldIssueLabel* m_codeIssue = nullptr;
    QLineEdit* m_name = nullptr;
    FieldIssueLabel* m_nameIssue = nullptr;
    QComboBox* m_product = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QSpinBox* m_trialDays = nullptr;
    QRadioButton* m_evergreen = nullptr;
    QRadioButton* m_fixedTerm = nullptr;
    QSpinBox* m_termPeriods = nullptr;
    QComboBox* m_termEnd = nullptr;
    FeatureListEditor* m_features = nullptr;
    PriceListEditor* m_prices = nullptr;
    FieldIssueLabel* m_pricesNote = nullptr;
    MeteredChargeList* m_metered = nullptr;
    QListWidget* m_addOns = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace subdesk::ui
