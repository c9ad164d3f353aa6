#include "ChangeSubscriptionDialog.h"

#include "AddOnPicker.h"
#include "OutcomePreview.h"
#include "SubscriptionTexts.h"
#include "TimingSelector.h"
#include "catalog/Coupon.h"
#include "customers/CustomerService.h"
#include "subscriptions/SubscriptionTimeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace subdesk::ui {

using billing::BillingInterval;
using subscriptions::AddOnChoice;
using subscriptions::ChangeRequest;
using subscriptions::Timing;

namespace {

constexpr int kPreviewPauseMs = 250;
constexpr int kMaxQuantity = 1000000;
constexpr int kMaxTemporaryDays = 3650;

QList<AddOnChoice> sortedChoices(QList<AddOnChoice> choices)
{
    std::sort(choices.begin(), choices.end(),
              [](const AddOnChoice& a, const AddOnChoice& b) { return a.addOnId.value < b.addOnId.value; });
    return choices;
}

bool sameChoices(const QList<AddOnChoice>& a, const QList<AddOnChoice>& b)
{
    const QList<AddOnChoice> x = sortedChoices(a);
    const QList<AddOnChoice> y = sortedChoices(b);
    if (x.size() != y.size())
        return false;
    for (qsizetype i = 0; i < x.size(); ++i) {
        if (x.at(i).addOnId != y.at(i).addOnId || x.at(i).quantity != y.at(i).quantity)
            return false;
    }
    return true;
}

QFormLayout* newForm()
{
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return form;
}

} // namespace

ChangeSubscriptionDialog::ChangeSubscriptionDialog(subscriptions::SubscriptionService& service,
                                                   customers::CustomerService& customers, SubscriptionId id,
                                                   QDate today, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_id(id)
    , m_today(today)
    , m_current(new QLabel(this))
    , m_preview(new OutcomePreview(tr("Proration"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changeSubscriptionDialog"));
    setWindowTitle(tr("Change subscription %1").arg(QLocale().toString(id.value)));
    setModal(true);
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("applyChangeButton"));
    m_okButton->setText(tr("Apply change"));
    m_current->setObjectName(QStringLiteral("currentConfigLabel"));
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QDate periodEnd;
    if (auto found = m_service.find(id)) {
        m_subscription = *found;
        if (const auto timeline = subscriptions::SubscriptionTimeline::build(m_subscription)) {
            if (const auto config = timeline->configOn(today)) {
                m_config = *config;
                m_loaded = true;
            }
            if (const auto period = timeline->periodOn(today))
                periodEnd = period->end;
            if (m_loaded) {
                QString text = subscriptiontext::configSummary(m_service.catalogService().catalog(), m_config);
                if (const auto period = timeline->periodOn(today))
                    text = tr("%1. The current period runs %2 → %3.")
                               .arg(text, subscriptiontext::date(period->start), subscriptiontext::date(period->end));
                text = tr("%1 — %2").arg(subscriptiontext::customerName(customers, m_subscription.customerId), text);
                m_current->setText(text);
            }
        } else {
            m_preview->showError(timeline.error().message);
        }
    } else {
        m_preview->showError(found.error().message);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(12);
    layout->addWidget(m_current);
    layout->addWidget(buildForm(periodEnd));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewPauseMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ChangeSubscriptionDialog::refreshPreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangeSubscriptionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangeSubscriptionDialog::reject);

    load();
    resize(840, 720);
    if (m_loaded)
        refreshPreview();
    else
        m_okButton->setEnabled(false);
}

QWidget* ChangeSubscriptionDialog::buildForm(const QDate& periodEnd)
{
    auto* holder = new QWidget(this);
    m_plan = new QComboBox(holder);
    m_plan->setObjectName(QStringLiteral("planCombo"));
    m_interval = new QComboBox(holder);
    m_interval->setObjectName(QStringLiteral("intervalCombo"));
    m_quantity = new QSpinBox(holder);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setRange(1, kMaxQuantity);
    m_coupon = new QLineEdit(holder);
    m_coupon->setObjectName(QStringLiteral("couponEdit"));
    m_coupon->setPlaceholderText(tr("None"));
    m_coupon->setClearButtonEnabled(true);
    m_addOns = new AddOnPicker(holder);
    m_timing = new TimingSelector(m_today, periodEnd, holder);
    m_temporary = new QCheckBox(tr("Temporary, for"), holder);
    m_temporary->setObjectName(QStringLiteral("temporaryCheck"));
    m_temporary->setToolTip(tr("The subscription goes back to what it is now by itself after these days, "
                               "prorated both ways"));
    m_temporaryDays = new QSpinBox(holder);
    m_temporaryDays->setObjectName(QStringLiteral("temporaryDaysSpin"));
    m_temporaryDays->setRange(1, kMaxTemporaryDays);
    m_temporaryDays->setValue(30);
    m_temporaryDays->setSuffix(tr(" days"));
    m_temporaryDays->setEnabled(false);
    m_note = new QLineEdit(holder);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Optional, kept with the subscription's history"));

    auto* temporaryRow = new QHBoxLayout;
    temporaryRow->setSpacing(8);
    temporaryRow->addWidget(m_temporary);
    temporaryRow->addWidget(m_temporaryDays);
    temporaryRow->addWidget(new QLabel(tr("then back by itself"), holder), 1);

    auto* left = newForm();
    left->addRow(tr("&Plan:"), m_plan);
    left->addRow(tr("&Billed:"), m_interval);
    left->addRow(tr("&Quantity:"), m_quantity);
    left->addRow(tr("C&oupon:"), m_coupon);
    left->addRow(tr("&Note:"), m_note);
    auto* right = newForm();
    right->addRow(tr("Takes effect:"), m_timing);
    right->addRow(QString(), temporaryRow);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* addOnsBox = new QGroupBox(tr("Add-ons"), holder);
    auto* addOnsLayout = new QVBoxLayout(addOnsBox);
    addOnsLayout->addWidget(m_addOns);

    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(columns);
    layout->addWidget(addOnsBox);

    connect(m_plan, &QComboBox::currentIndexChanged, this, &ChangeSubscriptionDialog::planChanged);
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        m_addOns->setOffer(m_service.catalogService().catalog(),
                           m_service.catalogService().catalog().plan(PlanId(m_plan->currentData().toLongLong())),
                           m_subscription.currency, currentInterval().value_or(m_config.interval), {});
        schedulePreview();
    });
    connect(m_quantity, &QSpinBox::valueChanged, this, &ChangeSubscriptionDialog::schedulePreview);
    connect(m_coupon, &QLineEdit::textChanged, this, &ChangeSubscriptionDialog::schedulePreview);
    connect(m_addOns, &AddOnPicker::changed, this, &ChangeSubscriptionDialog::schedulePreview);
    connect(m_timing, &TimingSelector::changed, this, &ChangeSubscriptionDialog::schedulePreview);
    connect(m_temporary, &QCheckBox::toggled, this, [this](bool on) {
        m_temporaryDays->setEnabled(on);
        m_timing->setPeriodEndAllowed(!on);
        schedulePreview();
    });
    connect(m_temporaryDays, &QSpinBox::valueChanged, this, &ChangeSubscriptionDialog::schedulePreview);
    return holder;
}

void ChangeSubscriptionDialog::load()
{
    if (!m_loaded)
        return;
    const catalog::Catalog& catalog = m_service.catalogService().catalog();
    {
        const QSignalBlocker blocker(m_plan);
        for (const catalog::Plan& plan : catalog.plans) {
            if (!plan.archived || plan.id == m_config.planId)
                m_plan->addItem(tr("%1 (%2)").arg(plan.name, plan.code), plan.id.value);
        }
        m_plan->setCurrentIndex(std::max(0, m_plan->findData(m_config.planId.value)));
    }
    {
        const QSignalBlocker blocker(m_quantity);
        m_quantity->setValue(int(std::clamp<qint64>(m_config.quantity, 1, kMaxQuantity)));
    }
    {
        const QSignalBlocker blocker(m_coupon);
        m_coupon->setText(m_config.couponCode);
    }
    QList<AddOnChoice> current;
    for (const subscriptions::AddOnLine& line : std::as_const(m_config.addOns))
        current.append(AddOnChoice {line.addOnId, line.quantity});
    m_addOns->setOffer(catalog, catalog.plan(m_config.planId), m_subscription.currency, m_config.interval, current);
    planChanged();
}

std::optional<BillingInterval> ChangeSubscriptionDialog::currentInterval() const
{
    const auto parsed = BillingInterval::fromString(m_interval->currentData().toString());
    return parsed ? std::optional<BillingInterval>(*parsed) : std::nullopt;
}

void ChangeSubscriptionDialog::planChanged()
{
    const catalog::Catalog& catalog = m_service.catalogService().catalog();
    const PlanId planId(m_plan->currentData().toLongLong());
    const catalog::Plan* plan = catalog.plan(planId);
    {
        const QSignalBlocker blocker(m_interval);
        const QString previous =
            m_interval->count() > 0 ? m_interval->currentData().toString() : m_config.interval.toString();
        m_interval->clear();
        QList<const catalog::Price*> prices;
        for (const catalog::Price* price : catalog.pricesOf(catalog::PriceOwner::Plan, planId.value)) {
            if (!price->archived && price->currency == m_subscription.currency && price->interval && price->latest())
                prices.append(price);
        }
        std::sort(prices.begin(), prices.end(), [](const catalog::Price* a, const catalog::Price* b) {
            return std::pair(int(a->interval->unit), a->interval->count)
                < std::pair(int(b->interval->unit), b->interval->count);
        });
        for (const catalog::Price* price : std::as_const(prices))
            m_interval->addItem(
                tr("%1 — %2").arg(price->interval->displayText(), subscriptiontext::priceText(price->latest()->model)),
                price->interval->toString());
        m_interval->setCurrentIndex(std::max(0, m_interval->findData(previous)));
    }
    m_addOns->setOffer(catalog, plan, m_subscription.currency, currentInterval().value_or(m_config.interval), {});
    schedulePreview();
}

ChangeRequest ChangeSubscriptionDialog::request() const
{
    ChangeRequest request;
    request.subscriptionId = m_id;
    request.timing = m_timing->timing();
    if (request.timing == Timing::OnDate)
        request.date = m_timing->effectiveDate();
    const PlanId plan(m_plan->currentData().toLongLong());
    if (plan.isValid() && plan != m_config.planId)
        request.planId = plan;
    if (const auto interval = currentInterval(); interval && *interval != m_config.interval)
        request.interval = *interval;
    if (m_quantity->value() != m_config.quantity)
        request.quantity = m_quantity->value();
    QList<AddOnChoice> current;
    for (const subscriptions::AddOnLine& line : m_config.addOns)
        current.append(AddOnChoice {line.addOnId, line.quantity});
    if (const QList<AddOnChoice> chosen = m_addOns->choices(); !sameChoices(chosen, current))
        request.addOns = chosen;
    const QString coupon = catalog::Coupon::normalizedCode(m_coupon->text());
    if (coupon != catalog::Coupon::normalizedCode(m_config.couponCode))
        request.couponCode = coupon;
    if (m_temporary->isChecked())
        request.temporaryDays = m_temporaryDays->value();
    request.note = m_note->text().trimmed();
    return request;
}

bool ChangeSubscriptionDialog::hasChanges() const
{
    const ChangeRequest r = request();
    return r.planId || r.interval || r.quantity || r.addOns || r.couponCode;
}

void ChangeSubscriptionDialog::schedulePreview()
{
    m_okButton->setEnabled(false);
    m_previewTimer.start();
}

void ChangeSubscriptionDialog::refreshPreview()
{
    m_previewTimer.stop();
    m_okButton->setEnabled(false);
    if (!m_loaded)
        return;
    if (!hasChanges()) {
        m_preview->showHint(tr("Change the plan, interval, quantity, add-ons or coupon to see what the customer "
                               "is charged or credited."));
        return;
    }
    const ChangeRequest change = request();
    const auto outcome = m_service.change(change, /*dryRun*/ true);
    if (!outcome) {
        m_preview->showError(outcome.error().message);
        return;
    }
    const QString nothing = change.timing == Timing::AtPeriodEnd
        ? tr("No proration: the new configuration is billed from %1.")
              .arg(subscriptiontext::date(m_timing->effectiveDate()))
        : tr("Nothing is charged or credited.");
    m_preview->showOutcome(*outcome, nothing);
    m_okButton->setEnabled(true);
}

void ChangeSubscriptionDialog::accept()
{
    if (m_previewTimer.isActive())
        refreshPreview();
    if (!m_okButton->isEnabled())
        return;
    auto recorded = m_service.change(request());
    if (!recorded) {
        m_preview->showError(recorded.error().message);
        m_okButton->setEnabled(false);
        return;
    }
    m_outcome = *recorded;
    QDialog::accept();
}

} // namespace subdesk::ui
