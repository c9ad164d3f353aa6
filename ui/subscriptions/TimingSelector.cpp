#include "TimingSelector.h"

#include "SubscriptionTexts.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace subdesk::ui {

using subscriptions::Timing;

TimingSelector::TimingSelector(QDate today, QDate periodEnd, QWidget* parent)
    : QWidget(parent)
    , m_today(today)
    , m_periodEnd(periodEnd)
    , m_now(new QRadioButton(tr("Now (%1), prorated").arg(subscriptiontext::date(today)), this))
    , m_onDate(new QRadioButton(tr("On"), this))
    , m_periodEndChoice(new QRadioButton(this))
    , m_date(new QDateEdit(this))
{
    setObjectName(QStringLiteral("timingSelector"));
    m_now->setObjectName(QStringLiteral("timingNowRadio"));
    m_onDate->setObjectName(QStringLiteral("timingDateRadio"));
    m_periodEndChoice->setObjectName(QStringLiteral("timingPeriodEndRadio"));
    m_date->setObjectName(QStringLiteral("timingDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(today);
    m_date->setDate(today.addDays(1));
    if (periodEnd.isValid()) {
        m_periodEndChoice->setText(
            tr("At the end of the current period (%1), not prorated").arg(subscriptiontext::date(periodEnd)));
    } else {
        m_periodEndChoice->setText(tr("At the end of the current period"));
        m_periodEndChoice->setEnabled(false);
        m_periodEndChoice->setToolTip(tr("The subscription has no billed period running today."));
    }

    auto* group = new QButtonGroup(this);
    group->addButton(m_now);
    group->addButton(m_onDate);
    group->addButton(m_periodEndChoice);
    m_now->setChecked(true);

    auto* dateRow = new QHBoxLayout;
    dateRow->setContentsMargins(0, 0, 0, 0);
    dateRow->addWidget(m_onDate);
    dateRow->addWidget(m_date);
    dateRow->addWidget(new QLabel(tr(", prorated"), this));
    dateRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_now);
    layout->addLayout(dateRow);
    layout->addWidget(m_periodEndChoice);

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (!checked)
            return;
        update();
        Q_EMIT changed();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (m_onDate->isChecked())
            Q_EMIT changed();
    });
    update();
}

Timing TimingSelector::timing() const
{
    if (m_onDate->isChecked())
        return Timing::OnDate;
    if (m_periodEndChoice->isChecked())
        return Timing::AtPeriodEnd;
    return Timing::Immediately;
}

QDate TimingSelector::effectiveDate() const
{
    switch (timing()) {
    case Timing::OnDate:
        return m_date->date();
    case Timing::AtPeriodEnd:
        return m_periodEnd;
    case Timing::Immediately:
        break;
    }
    return m_today;
}

void TimingSelector::setTiming(Timing timing)
{
    switch (timing) {
    case Timing::Immediately:
        m_now->setChecked(true);
        break;
    case Timing::OnDate:
        m_onDate->setChecked(true);
        break;
    case Timing::AtPeriodEnd:
        if (m_periodEndChoice->isEnabled())
            m_periodEndChoice->setChecked(true);
        break;
    }
}

void TimingSelector::setDate(QDate date)
{
    m_date->setDate(date);
}

void TimingSelector::setPeriodEndAllowed(bool allowed)
{
    const bool enabled = allowed && m_periodEnd.isValid();
    if (!enabled && m_periodEndChoice->isChecked())
        m_now->setChecked(true);
    m_periodEndChoice->setEnabled(enabled);
}

void TimingSelector::update()
{
    m_date->setEnabled(m_onDate->isChecked());
}

} // namespace subdesk::ui
