#include "DashboardFilterBar.h"

#include "common/Countries.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>

namespace subdesk::ui {

namespace {

/** Filter entries up to this many characters show whole; longer ones are cut. */
constexpr int kWidestEntry = 22;

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

QDateEdit* monthEdit(const QString& name, QDate thisMonth, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("MMM yyyy"));
    edit->setCurrentSection(QDateTimeEdit::MonthSection);
    edit->setDateRange(QDate(2000, 1, 1), thisMonth);
    return edit;
}

} // namespace

DashboardFilterBar::DashboardFilterBar(QDate today, QWidget* parent)
    : QWidget(parent)
    , m_thisMonth(firstOfMonth(today))
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("dashboardPresetCombo"));
    m_preset->addItem(tr("Last 12 months"), int(Preset::Last12Months));
    m_preset->addItem(tr("This year"), int(Preset::ThisYear));
    m_preset->addItem(tr("Last 3 years"), int(Preset::Last3Years));
    m_preset->addItem(tr("All"), int(Preset::All));
    m_preset->addItem(tr("Custom"), int(Preset::Custom));
    m_from = monthEdit(QStringLiteral("dashboardFromEdit"), m_thisMonth, this);
    m_to = monthEdit(QStringLiteral("dashboardToEdit"), m_thisMonth, this);
    m_segment = new QComboBox(this);
    m_segment->setObjectName(QStringLiteral("dashboardSegmentCombo"));
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("dashboardPlanCombo"));
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("dashboardCountryCombo"));
    // Long segment or plan names must not widen the window: the popup shows them in full.
    for (QComboBox* combo : {m_segment, m_plan, m_country}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    refill(m_segment, tr("All segments"), {});
    refill(m_plan, tr("All plans"), {});
    refill(m_country, tr("All countries"), {});
    m_status = new QWidget(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_currency = new QLabel(m_status);
    m_currency->setObjectName(QStringLiteral("dashboardCurrencyLabel"));
    m_currency->setForegroundRole(QPalette::PlaceholderText);
    m_busy = new QProgressBar(m_status);
    m_busy->setObjectName(QStringLiteral("dashboardBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(80);
    m_busy->setMaximumHeight(10);
    m_busy->setToolTip(tr("Computing the figures…"));
    // Keeps its place when hidden, so the bar does not jump while computing.
    QSizePolicy keep = m_busy->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(keep);
    m_busy->hide();
    m_refresh = new QPushButton(tr("Refresh"), m_status);
    m_refresh->setObjectName(QStringLiteral("dashboardRefreshButton"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(m_segment);
    layout->addWidget(m_plan);
    layout->addWidget(m_country);
    layout->addStretch(1);
    auto* status = new QHBoxLayout(m_status);
    status->setContentsMargins(0, 0, 0, 2);
    status->addWidget(m_busy);
    status->addWidget(m_currency);
    status->addWidget(m_refresh);

    setPreset(Preset::Last12Months);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        applyPreset();
        Q_EMIT changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardFilterBar::monthsEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardFilterBar::monthsEdited);
    for (QComboBox* combo : {m_segment, m_plan, m_country})
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardFilterBar::refreshRequested);
}

metrics::MetricsFilter DashboardFilterBar::filter() const
{
    metrics::MetricsFilter filter;
    filter.fromMonth = firstOfMonth(m_from->date());
    filter.toMonth = firstOfMonth(m_to->date());
    if (const QVariant segment = m_segment->currentData(); segment.isValid())
        filter.segments.insert(segment.toString());
    if (const QVariant plan = m_plan->currentData(); plan.isValid())
        filter.plans.insert(PlanId(plan.toLongLong()));
    if (const QVariant country = m_country->currentData(); country.isValid())
        filter.countries.insert(country.toString());
    return filter;
}

void DashboardFilterBar::setPreset(Preset preset)
{
    {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    }
    applyPreset();
}

DashboardFilterBar::Preset DashboardFilterBar::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void DashboardFilterBar::setMonths(QDate from, QDate to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(firstOfMonth(from));
        m_to->setDate(firstOfMonth(std::max(from, to)));
    }
    monthsEdited();
}

void DashboardFilterBar::applyPreset()
{
    QDate from;
    switch (preset()) {
    case Preset::Last12Months:
        from = m_thisMonth.addMonths(-11);
        break;
    case Preset::ThisYear:
        from = QDate(m_thisMonth.year(), 1, 1);
        break;
    case Preset::Last3Years:
        from = m_thisMonth.addMonths(-35);
        break;
    case Preset::All:
        from = m_firstMonth.isValid() && m_firstMonth < m_thisMonth ? m_firstMonth : m_thisMonth.addMonths(-11);
        break;
    case Preset::Custom:
        return;
    }
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(m_thisMonth);
}

void DashboardFilterBar::monthsEdited()
{
    // The first month never lies after the last: moving one past the other moves both.
    if (m_from->date() > m_to->date()) {
        const QSignalBlocker blocker(sender() == m_to ? static_cast<QObject*>(m_from) : m_to);
        if (sender() == m_to)
            m_from->setDate(m_to->date());
        else
            m_to->setDate(m_from->date());
    }
    {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    }
    Q_EMIT changed();
}

void DashboardFilterBar::setFirstMonth(QDate month)
{
    m_firstMonth = month.isValid() ? firstOfMonth(month) : QDate();
    if (preset() == Preset::All) {
        const QDate before = m_from->date();
        applyPreset();
        if (m_from->date() != before)
            Q_EMIT changed();
    }
}

void DashboardFilterBar::refill(QComboBox* combo, const QString& allText, const QList<QPair<QVariant, QString>>& items)
{
    const QVariant selected = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText);
    for (const auto& [data, text] : items)
        combo->addItem(text, data);
    const int again = selected.isValid() ? combo->findData(selected) : 0;
    combo->setCurrentIndex(again < 0 ? 0 : again);
    // Wide enough for "All …" in every language, and for most entries, without growing with a long one.
    int longest = int(allText.size());
    for (const auto& item : items)
        longest = std::max(longest, int(item.second.size()));
    combo->setMinimumContentsLength(std::max(int(allText.size()), std::min(longest, kWidestEntry)));
}

void DashboardFilterBar::setSegments(const QStringList& segments)
{
    QList<QPair<QVariant, QString>> items;
    for (const QString& segment : segments)
        items.append({segment, segment.isEmpty() ? tr("No segment") : segment});
    const QVariant before = m_segment->currentData();
    refill(m_segment, tr("All segments"), items);
    if (m_segment->currentData() != before)
        Q_EMIT changed();
}

void DashboardFilterBar::setPlans(const QList<QPair<PlanId, QString>>& plans)
{
    QList<QPair<QVariant, QString>> items;
    for (const auto& [id, name] : plans)
        items.append({QVariant(id.value), name});
    const QVariant before = m_plan->currentData();
    refill(m_plan, tr("All plans"), items);
    if (m_plan->currentData() != before)
        Q_EMIT changed();
}

void DashboardFilterBar::setCountries(const QStringList& countryCodes)
{
    QList<QPair<QVariant, QString>> items;
    for (const QString& code : countryCodes) {
        items.append({code, countries::name(code)});
    }
    std::sort(items.begin(), items.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    const QVariant before = m_country->currentData();
    refill(m_country, tr("All countries"), items);
    if (m_country->currentData() != before)
        Q_EMIT changed();
}

void DashboardFilterBar::setCurrency(const QString& currency)
{
    m_currency->setText(tr("Amounts in %1").arg(currency));
    m_currency->setToolTip(tr("Other currencies are converted at the stored monthly exchange rates."));
}

void DashboardFilterBar::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

} // namespace subdesk::ui
