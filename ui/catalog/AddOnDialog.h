#pragma once

#include "catalog/AddOn.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace subdesk::catalog {
class CatalogService;
}
namespace subdesk::subscriptions {
class SubscriptionService;
}

namespace subdesk::ui {

class FieldIssueLabel;
class MessageBar;
class PriceListEditor;

/**
 * Adds or edits an add-on: code, name, description, kind (recurring with the plan, or once) and
 * its prices. Recurring prices have a billing interval, one-time prices none; so the kind is
 * fixed once the add-on has a price. Save stores the add-on with its new prices.
 */
class AddOnDialog final : public QDialog
{
    Q_OBJECT

public:
    AddOnDialog(catalog::CatalogService& catalog, subscriptions::SubscriptionService* subscriptions,
                const std::optional<catalog::AddOn>& existing, const QDate& today, QWidget* parent = nullptr);

    const catalog::AddOn& savedAddOn() const { return m_addOn; }
    PriceListEditor* prices() const { return m_prices; }
    bool check();

public Q_SLOTS:
    void accept() override;

private:
    catalog::AddOn addOn() const;
    QString codeProblem() const;
    void kindChanged();

    catalog::CatalogService& m_catalog;
    catalog::AddOn m_addOn;
    bool m_showAll = false;
    MessageBar* m_messageBar = nullptr;
    QLineEdit* m_code = nullptr;
    FieldIssueLabel* m_codeIssue = nullptr;
    QLineEdit* m_name = nullptr;
    FieldIssueLabel* m_nameIssue = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_kindHint = nullptr;
    PriceListEditor* m_prices = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace subdesk::ui
