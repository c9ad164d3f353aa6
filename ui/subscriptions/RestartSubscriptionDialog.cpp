#include "RestartSubscriptionDialog.h"

#include "OutcomePreview.h"
#include "SubscriptionTexts.h"
#include "customers/CustomerService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace subdesk::ui {

RestartSubscriptionDialog::RestartSubscriptionDialog(Mode mode, subscriptions::SubscriptionService& service,
                                                     customers::CustomerService& customers, SubscriptionId id,
                                                     QDate today, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_service(service)
    , m_id(id)
    , m_current(new QLabel(this))
    , m_date(new QDateEdit(today, this))
    , m_preview(new OutcomePreview(tr("First invoice after the restart"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool resuming = mode == Mode::Resume;
    setObjectName(resuming ? QStringLiteral("resumeSubscriptionDialog")
                           : QStringLiteral("reactivateSubscriptionDialog"));
    const QString number = QLocale().toString(id.value);
    setWindowTitle(resuming ? tr("Resume subscription %1").arg(number) : tr("Reactivate subscription %1").arg(number));
    setModal(true);
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("restartButton"));
    m_okButton->setText(resuming ? tr("Resume subscription") : tr("Reactivate subscription"));
    m_date->setObjectName(QStringLiteral("restartDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(today);
    m_current->setWordWrap(true);

    if (auto found = m_service.find(id)) {
        if (const auto summary = m_service.summary(*found, today))
            m_current->setText(tr("%1 — %2 (%3), %4.")
                                   .arg(subscriptiontext::customerName(customers, found->customerId), summary->planName,
                                        summary->planCode,
                                        subscriptions::subscriptionStatusName(summary->status).toLower()));
    }

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(resuming ? tr("Resume &on:") : tr("Reactivate &on:"), m_date);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(12);
    layout->addWidget(m_current);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &RestartSubscriptionDialog::refreshPreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestartSubscriptionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RestartSubscriptionDialog::reject);
    resize(680, 440);
    refreshPreview();
}

QDate RestartSubscriptionDialog::date() const
{
    return m_date->date();
}

Result<subscriptions::Outcome> RestartSubscriptionDialog::perform(bool dryRun) const
{
    return m_mode == Mode::Resume ? m_service.resume(m_id, date(), dryRun) : m_service.reactivate(m_id, date(), dryRun);
}

void RestartSubscriptionDialog::refreshPreview()
{
    const auto outcome = perform(/*dryRun*/ true);
    if (!outcome) {
        m_preview->showError(outcome.error().message);
        m_okButton->setEnabled(false);
        return;
    }
    m_preview->showOutcome(*outcome, tr("Nothing is billed now; billing continues with the next billing run."));
    m_okButton->setEnabled(true);
}

void RestartSubscriptionDialog::accept()
{
    auto recorded = perform(/*dryRun*/ false);
    if (!recorded) {
        m_preview->showError(recorded.error().message);
        m_okButton->setEnabled(false);
        return;
    }
    m_outcome = *recorded;
    QDialog::accept();
}

} // namespace subdesk::ui
