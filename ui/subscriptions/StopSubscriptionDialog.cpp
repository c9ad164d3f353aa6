#include "StopSubscriptionDialog.h"

#include "OutcomePreview.h"
#include "SubscriptionTexts.h"
#include "TimingSelector.h"
#include "customers/CustomerService.h"
#include "subscriptions/SubscriptionTimeline.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace subdesk::ui {

using subscriptions::StopRequest;
using subscriptions::Timing;

namespace {

constexpr int kPreviewPauseMs = 150;

} // namespace

StopSubscriptionDialog::StopSubscriptionDialog(Mode mode, subscriptions::SubscriptionService& service,
                                               customers::CustomerService& customers, SubscriptionId id, QDate today,
                                               QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_service(service)
    , m_id(id)
    , m_today(today)
    , m_current(new QLabel(this))
    , m_credit(new QCheckBox(tr("Credit the unused time"), this))
    , m_note(new QLineEdit(this))
    , m_preview(new OutcomePreview(tr("Credit"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool pausing = mode == Mode::Pause;
    setObjectName(pausing ? QStringLiteral("pauseSubscriptionDialog") : QStringLiteral("cancelSubscriptionDialog"));
    const QString number = QLocale().toString(id.value);
    setWindowTitle(pausing ? tr("Pause subscription %1").arg(number) : tr("Cancel subscription %1").arg(number));
    setModal(true);
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("stopButton"));
    m_okButton->setText(pausing ? tr("Pause subscription") : tr("Cancel subscription"));
    // "Cancel" would be ambiguous next to "Cancel subscription".
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_current->setObjectName(QStringLiteral("currentConfigLabel"));
    m_current->setWordWrap(true);
    m_credit->setObjectName(QStringLiteral("creditCheck"));
    m_credit->setChecked(true);
    m_credit->setToolTip(tr("A credit note for the part of the paid period after the stop"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(pausing ? tr("Optional, e.g. why the customer pauses")
                                       : tr("Optional, e.g. why the customer leaves"));

    QDate periodEnd;
    if (auto found = m_service.find(id)) {
        if (const auto timeline = subscriptions::SubscriptionTimeline::build(*found)) {
            m_loaded = true;
            const auto period = timeline->periodOn(today);
            if (period)
                periodEnd = period->end;
            const auto config = timeline->configOn(today);
            QString text =
                config ? subscriptiontext::configSummary(m_service.catalogService().catalog(), *config) : QString();
            if (period)
                text = tr("%1. The current period, already billed, runs %2 → %3.")
                           .arg(text, subscriptiontext::date(period->start), subscriptiontext::date(period->end));
            text = tr("%1 — %2").arg(subscriptiontext::customerName(customers, found->customerId), text);
            m_current->setText(text);
        } else {
            m_preview->showError(timeline.error().message);
        }
    } else {
        m_preview->showError(found.error().message);
    }
    m_timing = new TimingSelector(today, periodEnd, this);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->addRow(pausing ? tr("Pause:") : tr("Cancel:"), m_timing);
    form->addRow(QString(), m_credit);
    form->addRow(tr("&Note:"), m_note);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(12);
    layout->addWidget(m_current);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewPauseMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &StopSubscriptionDialog::refreshPreview);
    connect(m_timing, &TimingSelector::changed, this, [this] {
        // At the period end nothing paid is left unused.
        m_credit->setEnabled(m_timing->timing() != Timing::AtPeriodEnd);
        schedulePreview();
    });
    connect(m_credit, &QCheckBox::toggled, this, &StopSubscriptionDialog::schedulePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StopSubscriptionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StopSubscriptionDialog::reject);

    resize(720, 520);
    if (m_loaded)
        refreshPreview();
    else
        m_okButton->setEnabled(false);
}

StopRequest StopSubscriptionDialog::request() const
{
    StopRequest request;
    request.subscriptionId = m_id;
    request.timing = m_timing->timing();
    if (request.timing == Timing::OnDate)
        request.date = m_timing->effectiveDate();
    request.credit = m_credit->isChecked() && request.timing != Timing::AtPeriodEnd;
    request.note = m_note->text().trimmed();
    return request;
}

Result<subscriptions::Outcome> StopSubscriptionDialog::perform(bool dryRun) const
{
    return m_mode == Mode::Pause ? m_service.pause(request(), dryRun) : m_service.cancel(request(), dryRun);
}

void StopSubscriptionDialog::schedulePreview()
{
    m_okButton->setEnabled(false);
    m_previewTimer.start();
}

void StopSubscriptionDialog::refreshPreview()
{
    m_previewTimer.stop();
    m_okButton->setEnabled(false);
    if (!m_loaded)
        return;
    const auto outcome = perform(/*dryRun*/ true);
    if (!outcome) {
        m_preview->showError(outcome.error().message);
        return;
    }
    const QString day = subscriptiontext::date(m_timing->effectiveDate());
    QString nothing;
    if (m_timing->timing() == Timing::AtPeriodEnd)
        nothing = m_mode == Mode::Pause
            ? tr("Nothing is credited: the subscription runs until %1 and is paused from then on.").arg(day)
            : tr("Nothing is credited: the subscription runs until %1 and ends then.").arg(day);
    else
        nothing = tr("Nothing is credited.");
    m_preview->showOutcome(*outcome, nothing);
    m_okButton->setEnabled(true);
}

void StopSubscriptionDialog::accept()
{
    if (m_previewTimer.isActive())
        refreshPreview();
    if (!m_okButton->isEnabled())
        return;
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
