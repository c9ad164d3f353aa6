#pragma once

#include "common/Result.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QString>

class QDialog;
class QFormLayout;

namespace subdesk::ui {

class FieldIssueLabel;

/** Pieces shared by the settings dialogs (bank account, tax rate, numbering series). */
namespace settingsdialog {

/**
 * Puts field in a cell with its FieldIssueLabel below and returns the cell. The label tints
 * shownField (default: field itself) and is named after it with the suffix "Issue".
 */
QWidget* withIssue(QWidget* field, FieldIssueLabel** issue, QWidget* parent, QWidget* shownField = nullptr);

/** Shows error under its field when shown is true and there is one; clears the line otherwise. */
void showIssue(FieldIssueLabel* issue, const QString& error, bool shown);

/** The red line above the buttons that says why the service refused to save; hidden at first. */
QLabel* newRefusalLabel(const QString& objectName, QWidget* parent);

/** Gives label the muted colour of placeholder text (hints and blurbs). */
void mute(QLabel* label);

/** Save and Cancel buttons wired to the dialog's accept() and reject(). */
QDialogButtonBox* newSaveCancelButtons(QDialog* dialog, const QString& objectName);

/**
 * Lays out a settings dialog from top to bottom: form, hint (a muted, wrapped line; none when
 * empty), the refusal line, free space, then buttons.
 */
void layOut(QDialog* dialog, QFormLayout* form, const QString& hint, QLabel* refusal, QDialogButtonBox* buttons);

/**
 * Takes what the service stored into saved and returns true; when it refused, shows
 * refusalFormat (with %1 the reason) on refusal and returns false, so the dialog stays open.
 */
template <typename T>
bool keepSaved(const Result<T>& result, T& saved, QLabel* refusal, const QString& refusalFormat)
{
    if (!result) {
        refusal->setText(refusalFormat.arg(result.error().message));
        refusal->show();
        return false;
    }
    saved = *result;
    return true;
}

} // namespace settingsdialog

} // namespace subdesk::ui
