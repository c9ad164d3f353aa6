#pragma once

#include "customers/Customer.h"
#include "customers/CustomerValidator.h"

#include <QDialog>
#include <QSet>
#include <QTimer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace subdesk::customers {
class CustomerEditor;
}

namespace subdesk::ui {

class CustomerForm;
class MessageBar;

/**
 * Adds or edits one customer. Validates as the user types (after a short pause) with the same
 * CustomerValidator the service uses and shows each issue under its field; Save stays disabled
 * while there are errors. Issues of fields the user has not touched yet stay hidden on a new
 * customer until a save is attempted (Enter, or "Show what to fix"), which also focuses the
 * first error. Saving goes through CustomerEditor, so it can be undone; a refusal from storage is
 * shown in the dialog, which stays open.
 */
class CustomerDialog final : public QDialog
{
    Q_OBJECT

public:
    /** existing: the customer to edit; nullopt: a new one. today: from the company's clock. */
    CustomerDialog(customers::CustomerEditor& editor, const std::optional<customers::Customer>& existing,
                   const QDate& today, QWidget* parent = nullptr);

    void setSuggestions(const QStringList& segments, const QStringList& tags);
    CustomerForm* form() const { return m_form; }
    /** The customer as stored, after the dialog was accepted. */
    const customers::Customer& savedCustomer() const { return m_saved; }
    /** Validates the form now (skipping the typing pause); true when it has no errors. */
    bool validateNow();

public Q_SLOTS:
    /** An attempted save: shows every problem, or stores the customer and closes. */
    void accept() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void fieldEdited(customers::CustomerField field);
    void revealProblems();
    void updateSummary(int errorCount, int shownErrorCount);

    customers::CustomerEditor& m_editor;
    bool m_isNew = true;
    CustomerForm* m_form = nullptr;
    MessageBar* m_messageBar = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_saveButton = nullptr;
    QTimer m_debounce;
    QSet<customers::CustomerField> m_touched;
    bool m_showAll = false;
    QList<customers::ValidationIssue> m_issues;
    customers::Customer m_saved;
};

} // namespace subdesk::ui
