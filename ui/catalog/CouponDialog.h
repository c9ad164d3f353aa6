#pragma once

#include "catalog/Coupon.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace subdesk::catalog {
class CatalogService;
}

namespace subdesk::ui {

class FieldIssueLabel;
class MessageBar;
class MoneyEdit;

/**
 * Adds or edits a coupon: code, name, a percentage or a fixed amount off, how long it lasts
 * (once, N periods, forever), the plans it is limited to, a redemption limit and an expiry date.
 * Shows how often it was redeemed. The code of a stored coupon stays: subscriptions refer to it.
 */
class CouponDialog final : public QDialog
{
    Q_OBJECT

public:
    CouponDialog(catalog::CatalogService& catalog, const std::optional<catalog::Coupon>& existing, const QDate& today,
                 QWidget* parent = nullptr);

    const catalog::Coupon& savedCoupon() const { return m_coupon; }
    /** The coupon as entered; fields that do not read (an amount) are left as they were. */
    catalog::Coupon coupon() const;
    bool check();

public Q_SLOTS:
    void accept() override;

private:
    QWidget* buildDiscount();
    QWidget* buildDuration();
    QWidget* buildLimits();
    void load(const catalog::Coupon& coupon, const QDate& today);
    void updateVisibility();
    QString codeProblem() const;
    QString amountProblem() const;

    catalog::CatalogService& m_catalog;
    catalog::Coupon m_coupon;
    bool m_isNew = true;
    bool m_showAll = false;
    MessageBar* m_messageBar = nullptr;
    QLineEdit* m_code = nullptr;
    FieldIssueLabel* m_codeIssue = nullptr;
    QLineEdit* m_name = nullptr;
    FieldIssueLabel* m_nameIssue = nullptr;
    QComboBox* m_kind = nullptr;
    QDoubleSpinBox* m_percent = nullptr;
    MoneyEdit* m_amount = nullptr;
    QComboBox* m_currency = nullptr;
    QWidget* m_amountRow = nullptr;
    FieldIssueLabel* m_amountIssue = nullptr;
    QComboBox* m_duration = nullptr;
    QSpinBox* m_periods = nullptr;
    QListWidget* m_plans = nullptr;
    QCheckBox* m_limited = nullptr;
    QSpinBox* m_limit = nullptr;
    QCheckBox* m_expires = nullptr;
    QDateEdit* m_expiresOn = nullptr;
    QLabel* m_redemptions = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace subdesk::ui
