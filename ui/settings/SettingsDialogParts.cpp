#include "SettingsDialogParts.h"

#include "widgets/FieldIssueLabel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QVBoxLayout>

namespace subdesk::ui::settingsdialog {

QWidget* withIssue(QWidget* field, FieldIssueLabel** issue, QWidget* parent, QWidget* shownField)
{
    auto* cell = new QWidget(parent);
    auto* box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(3);
    box->addWidget(field);
    QWidget* tinted = shownField ? shownField : field;
    *issue = new FieldIssueLabel(tinted, cell);
    (*issue)->setObjectName(tinted->objectName() + QStringLiteral("Issue"));
    box->addWidget(*issue);
    return cell;
}

void showIssue(FieldIssueLabel* issue, const QString& error, bool shown)
{
    issue->setIssues(shown && !error.isEmpty() ? QStringList {error} : QStringList {}, {});
}

QLabel* newRefusalLabel(const QString& objectName, QWidget* parent)
{
    auto* refusal = new QLabel(parent);
    refusal->setObjectName(objectName);
    refusal->setWordWrap(true);
    refusal->setTextFormat(Qt::PlainText);
    QPalette red = refusal->palette();
    red.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    refusal->setPalette(red);
    refusal->hide();
    return refusal;
}

void mute(QLabel* label)
{
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
}

QDialogButtonBox* newSaveCancelButtons(QDialog* dialog, const QString& objectName)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(objectName);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void layOut(QDialog* dialog, QFormLayout* form, const QString& hint, QLabel* refusal, QDialogButtonBox* buttons)
{
    auto* column = new QVBoxLayout(dialog);
    column->addLayout(form);
    if (!hint.isEmpty()) {
        auto* label = new QLabel(hint, dialog);
        label->setWordWrap(true);
        mute(label);
        column->addWidget(label);
    }
    column->addWidget(refusal);
    column->addStretch(1);
    column->addWidget(buttons);
}

} // namespace subdesk::ui::settingsdialog
