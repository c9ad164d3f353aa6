#pragma once

#include "PriceEditor.h"
#include "catalog/Price.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace subdesk::catalog {
class CatalogService;
}

namespace subdesk::ui {

class FieldIssueLabel;
class MessageBar;

/**
 * A price in a dialog: either a new price for a plan, add-on or metered charge (handed back with
 * price(), stored by the owner's dialog together with the owner), or a new version of a stored
 * price, which it stores itself on OK (CatalogService::addPriceVersion). OK stays disabled while
 * the price has a problem; each problem shows under its field.
 */
class PriceDialog final : public QDialog
{
    Q_OBJECT

public:
    /**
     * A new price. siblings: the owner's other prices (stored and new), so a second price in the
     * same currency and interval is refused here already. today: the default first effective date.
     */
    PriceDialog(PriceEditor::Usage usage, const QList<catalog::Price>& siblings, const QDate& today,
                const Currency& suggestedCurrency, QWidget* parent = nullptr);
    /** A new version of stored, saved through catalog on OK. */
    PriceDialog(catalog::CatalogService& catalog, const catalog::Price& stored, PriceEditor::Usage usage,
                const QDate& today, QWidget* parent = nullptr);

    /** Shows a price not stored yet, to change it before it is saved (new-price mode). */
    void setPrice(const catalog::Price& price);
    /** New-price mode: the price as entered, with one version (ids unset). */
    catalog::Price price() const;
    /** New-version mode: the version as stored, after the dialog was accepted. */
    const catalog::PriceVersion& savedVersion() const { return m_savedVersion; }

    PriceEditor* editor() const { return m_editor; }
    QDateEdit* dateEdit() const { return m_date; }
    /** Checks now; true when OK may be pressed. */
    bool check();

public Q_SLOTS:
    void accept() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    PriceDialog(PriceEditor::Usage usage, const QDate& today, QWidget* parent);
    QString dateProblem() const;
    QString duplicateProblem() const;

    catalog::CatalogService* m_catalog = nullptr;
    std::optional<catalog::Price> m_stored;
    QList<catalog::Price> m_siblings;
    PriceEditor* m_editor = nullptr;
    MessageBar* m_messageBar = nullptr;
    QLabel* m_intro = nullptr;
    QDateEdit* m_date = nullptr;
    FieldIssueLabel* m_dateIssue = nullptr;
    FieldIssueLabel* m_duplicateIssue = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
    catalog::PriceVersion m_savedVersion;
};

} // namespace subdesk::ui
