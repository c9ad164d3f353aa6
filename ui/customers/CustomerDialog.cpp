#include "CustomerDialog.h"

#include "CustomerForm.h"
#include "customers/CustomerEditor.h"
#include "widgets/MessageBar.h"
#include "widgets/Plural.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace subdesk::ui {

using customers::Customer;
using customers::CustomerField;
using customers::CustomerValidator;

namespace {

constexpr int kValidationPauseMs = 300;

QSet<CustomerField> everyField()
{
    const auto& all = customers::allCustomerFields();
    return QSet<CustomerField>(all.begin(), all.end());
}

} // namespace

CustomerDialog::CustomerDialog(customers::CustomerEditor& editor, const std::optional<Customer>& existing,
                               const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_isNew(!existing.has_value())
    , m_form(new CustomerForm(this))
    , m_messageBar(new MessageBar(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(m_isNew ? tr("New customer") : tr("Edit customer — %1").arg(existing->displayName));
    setModal(true);

    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("customerSaveButton"));
    m_saveButton->setText(m_isNew ? tr("Add customer") : tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("customerCancelButton"));
    m_summary->setObjectName(QStringLiteral("customerDialogSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    connect(m_summary, &QLabel::linkActivated, this, &CustomerDialog::revealProblems);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_form, 1);
    layout->addLayout(bottom);

    m_form->setToday(today);
    m_form->setCustomer(existing.value_or(Customer()));
    // A stored customer's problems are shown at once; a new form only reveals what the user touched.
    m_showAll = !m_isNew;

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kValidationPauseMs);
    connect(&m_debounce, &QTimer::timeout, this, &CustomerDialog::validateNow);
    connect(m_form, &CustomerForm::edited, this, &CustomerDialog::fieldEdited);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);

    resize(640, 600);
    validateNow();
    m_form->focusField(CustomerField::DisplayName);
}

void CustomerDialog::setSuggestions(const QStringList& segments, const QStringList& tags)
{
    m_form->setSuggestions(segments, tags);
}

void CustomerDialog::fieldEdited(CustomerField field)
{
    m_touched.insert(field);
    m_debounce.start();
}

bool CustomerDialog::validateNow()
{
    m_debounce.stop();
    const Customer candidate = CustomerValidator::normalized(m_form->customer());
    m_issues = m_editor.service().validator().validate(candidate);
    const QSet<CustomerField> shown = m_showAll ? everyField() : m_touched;
    m_form->showIssues(m_issues, shown);

    int errors = 0;
    int shownErrors = 0;
    for (const auto& issue : std::as_const(m_issues)) {
        if (!issue.isError())
            continue;
        ++errors;
        if (shown.contains(issue.field))
            ++shownErrors;
    }
    m_saveButton->setEnabled(errors == 0);
    updateSummary(errors, shownErrors);
    return errors == 0;
}

void CustomerDialog::updateSummary(int errorCount, int shownErrorCount)
{
    if (errorCount == 0) {
        m_summary->clear();
        return;
    }
    if (shownErrorCount == errorCount) {
        m_summary->setText(
            QStringLiteral("<span style=\"color:#b3261e\">%1</span>")
                .arg(pluralized(tr("Fix %n highlighted field(s) to save.", nullptr, errorCount), errorCount)
                         .toHtmlEscaped()));
        return;
    }
    m_summary->setText(QStringLiteral("<a href=\"#problems\">%1</a>").arg(tr("Show what to fix").toHtmlEscaped()));
}

void CustomerDialog::revealProblems()
{
    m_showAll = true;
    validateNow();
    for (const auto& issue : std::as_const(m_issues)) {
        if (issue.isError()) {
            m_form->focusField(issue.field);
            break;
        }
    }
}

void CustomerDialog::accept()
{
    if (!validateNow()) {
        revealProblems();
        return;
    }
    const Customer candidate = CustomerValidator::normalized(m_form->customer());
    auto stored = m_isNew ? m_editor.add(candidate) : m_editor.update(candidate);
    if (!stored) {
        m_messageBar->showMessage(stored.error().message, MessageBar::Kind::Error);
        return;
    }
    m_saved = *stored;
    QDialog::accept();
}

void CustomerDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !qobject_cast<QPlainTextEdit*>(focusWidget())) {
        // Enter is an attempt to save even while Save is disabled: it then shows what blocks it.
        event->accept();
        accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace subdesk::ui
