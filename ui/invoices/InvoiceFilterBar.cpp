#include "InvoiceFilterBar.h"

#include "widgets/Icons.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QWidgetAction>

namespace subdesk::ui {

using billing::DocumentKind;
using billing::DocumentStatus;

namespace {

/** A date edit at this date shows "Any" and bounds nothing. */
const QDate kAnyDate(2000, 1, 1);

QDate boundOf(const QDateEdit* edit)
{
    return edit->date() == kAnyDate ? QDate() : edit->date();
}

} // namespace

const QList<DocumentStatus>& InvoiceFilterBar::offeredStatuses()
{
    static const QList<DocumentStatus> statuses = {
        DocumentStatus::Open,     DocumentStatus::Overdue,       DocumentStatus::PartiallyPaid, DocumentStatus::Paid,
        DocumentStatus::Credited, DocumentStatus::Uncollectible, DocumentStatus::Draft,         DocumentStatus::Issued,
    };
    return statuses;
}

InvoiceFilterBar::InvoiceFilterBar(QDate today, QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_statusButton(new QToolButton(this))
    , m_statusMenu(new QMenu(m_statusButton))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_series(new QComboBox(this))
    , m_today(today)
    , m_dateButton(new QToolButton(this))
    , m_overdue(new QCheckBox(tr("Overdue only"), this))
    , m_clear(new QToolButton(this))
{
    m_kind->setObjectName(QStringLiteral("invoiceKindCombo"));
    m_kind->setToolTip(tr("Show invoices, credit notes or both"));
    m_kind->addItem(tr("All documents"), QString());
    m_kind->addItem(tr("Invoices"), billing::documentKindKey(DocumentKind::Invoice));
    m_kind->addItem(tr("Credit notes"), billing::documentKindKey(DocumentKind::CreditNote));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(12);

    m_statusButton->setObjectName(QStringLiteral("invoiceStatusButton"));
    m_statusButton->setToolTip(tr("Show documents with the ticked statuses only"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_statusButton->setMenu(m_statusMenu);
    m_statusMenu->setObjectName(QStringLiteral("invoiceStatusMenu"));
    for (DocumentStatus status : offeredStatuses()) {
        QAction* action = m_statusMenu->addAction(billing::documentStatusName(status));
        action->setObjectName(QStringLiteral("invoiceStatus_%1").arg(billing::documentStatusKey(status)));
        action->setCheckable(true);
        action->setData(int(status));
        connect(action, &QAction::toggled, this, [this] {
            updateStatusButton();
            emitChanged();
        });
    }
    m_statusMenu->addSeparator();
    QAction* all = m_statusMenu->addAction(tr("Any status"));
    all->setObjectName(QStringLiteral("invoiceStatusAny"));
    connect(all, &QAction::triggered, this, [this] { setStatuses({}); });

    m_search->setObjectName(QStringLiteral("invoiceSearchEdit"));
    m_search->setPlaceholderText(tr("Search number or customer"));
    m_search->setToolTip(tr("Shows documents whose number or customer name contains the text"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themeIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(150);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);

    m_series->setObjectName(QStringLiteral("invoiceSeriesCombo"));
    m_series->setToolTip(tr("Show documents numbered in this series only"));
    m_series->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_series->setMinimumContentsLength(10);
    m_series->addItem(tr("All series"), 0);

    m_from = makeDateEdit(QStringLiteral("invoiceFromEdit"), tr("Show documents dated on or after this day"));
    m_to = makeDateEdit(QStringLiteral("invoiceToEdit"), tr("Show documents dated on or before this day"));
    buildDateMenu();

    m_overdue->setObjectName(QStringLiteral("invoiceOverdueCheck"));
    m_overdue->setToolTip(tr("Show only invoices past their due date with something left to pay"));

    m_clear->setObjectName(QStringLiteral("invoiceClearFiltersButton"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show every document again"));
    m_clear->setEnabled(false);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_kind);
    layout->addWidget(m_statusButton);
    layout->addWidget(m_series);
    layout->addWidget(m_dateButton);
    layout->addWidget(m_overdue);
    layout->addWidget(m_clear);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &InvoiceFilterBar::emitChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InvoiceFilterBar::emitChanged);
    connect(m_series, &QComboBox::currentIndexChanged, this, &InvoiceFilterBar::emitChanged);
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) {
        m_statusButton->setEnabled(!on);
        emitChanged();
    });
    connect(m_clear, &QToolButton::clicked, this, &InvoiceFilterBar::clear);
    updateStatusButton();
}

void InvoiceFilterBar::buildDateMenu()
{
    // The date range lives in a menu: presets for the usual questions ("what did we bill last
    // month?") and two date edits for any other range, so the bar stays one short row.
    m_dateButton->setObjectName(QStringLiteral("invoiceDateButton"));
    m_dateButton->setToolTip(tr("Show documents dated within a range (the issue date; a draft's own date)"));
    m_dateButton->setPopupMode(QToolButton::InstantPopup);
    m_dateButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_dateButton);
    menu->setObjectName(QStringLiteral("invoiceDateMenu"));
    m_dateButton->setMenu(menu);
    const QDate monthStart(m_today.year(), m_today.month(), 1);
    const QDate quarterStart(m_today.year(), (m_today.month() - 1) / 3 * 3 + 1, 1);
    const QDate yearStart(m_today.year(), 1, 1);
    const QList<std::tuple<QString, QDate, QDate>> presets = {
        {tr("Any date"), QDate(), QDate()},
        {tr("This month"), monthStart, monthStart.addMonths(1).addDays(-1)},
        {tr("Last month"), monthStart.addMonths(-1), monthStart.addDays(-1)},
        {tr("This quarter"), quarterStart, quarterStart.addMonths(3).addDays(-1)},
        {tr("Last quarter"), quarterStart.addMonths(-3), quarterStart.addDays(-1)},
        {tr("This year"), yearStart, yearStart.addYears(1).addDays(-1)},
        {tr("Last year"), yearStart.addYears(-1), yearStart.addDays(-1)},
    };
    for (const auto& [text, from, to] : presets) {
        QAction* action = menu->addAction(text);
        connect(action, &QAction::triggered, this, [this, from, to] { setRange(from, to); });
    }
    menu->addSeparator();
    auto* range = new QWidget(menu);
    auto* form = new QFormLayout(range);
    form->setContentsMargins(12, 4, 12, 4);
    m_from->setParent(range);
    m_to->setParent(range);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    auto* custom = new QWidgetAction(menu);
    custom->setDefaultWidget(range);
    menu->addAction(custom);
    updateDateButton();
}

void InvoiceFilterBar::setRange(QDate from, QDate to)
{
    m_quiet = true;
    m_from->setDate(from.isValid() ? from : kAnyDate);
    m_to->setDate(to.isValid() ? to : kAnyDate);
    m_quiet = false;
    emitChanged();
}

void InvoiceFilterBar::updateDateButton()
{
    const QDate from = boundOf(m_from);
    const QDate to = boundOf(m_to);
    const auto day = [](QDate date) { return QLocale().toString(date, QLocale::ShortFormat); };
    if (!from.isValid() && !to.isValid())
        m_dateButton->setText(tr("Any date"));
    else if (!to.isValid())
        m_dateButton->setText(tr("From %1").arg(day(from)));
    else if (!from.isValid())
        m_dateButton->setText(tr("Up to %1").arg(day(to)));
    else
        m_dateButton->setText(tr("%1 – %2").arg(day(from), day(to)));
}

QDateEdit* InvoiceFilterBar::makeDateEdit(const QString& name, const QString& tip)
{
    auto* edit = new QDateEdit(this);
    edit->setObjectName(name);
    edit->setToolTip(tip);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(tr("Any"));
    edit->setDate(kAnyDate);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    connect(edit, &QDateEdit::dateChanged, this, &InvoiceFilterBar::emitChanged);
    return edit;
}

invoicing::DocumentFilter InvoiceFilterBar::filter(QDate today) const
{
    invoicing::DocumentFilter filter;
    filter.today = today;
    filter.kind = billing::documentKindFromKey(m_kind->currentData().toString());
    if (m_overdue->isChecked()) {
        filter.statuses = {DocumentStatus::Overdue};
    } else {
        for (QAction* action : m_statusMenu->actions()) {
            if (action->isCheckable() && action->isChecked())
                filter.statuses.append(DocumentStatus(action->data().toInt()));
        }
    }
    filter.text = m_search->text().trimmed();
    filter.seriesId = m_series->currentData().toLongLong();
    filter.from = boundOf(m_from);
    filter.to = boundOf(m_to);
    return filter;
}

void InvoiceFilterBar::setSeries(const QList<company::NumberSeries>& series)
{
    const qint64 current = m_series->currentData().toLongLong();
    const QSignalBlocker blocker(m_series);
    m_series->clear();
    m_series->addItem(tr("All series"), 0);
    for (const company::NumberSeries& one : series) {
        const QString text = one.archived ? tr("%1 (archived)").arg(one.name) : one.name;
        m_series->addItem(text, one.id);
    }
    m_series->setCurrentIndex(std::max(0, m_series->findData(current)));
    // Only one series: choosing it would change nothing.
    m_series->setVisible(series.size() > 1);
}

void InvoiceFilterBar::setStatuses(const QList<DocumentStatus>& statuses)
{
    m_quiet = true;
    for (QAction* action : m_statusMenu->actions()) {
        if (action->isCheckable())
            action->setChecked(statuses.contains(DocumentStatus(action->data().toInt())));
    }
    m_quiet = false;
    updateStatusButton();
    emitChanged();
}

void InvoiceFilterBar::clear()
{
    m_quiet = true;
    m_searchTimer->stop();
    m_search->clear();
    m_searchTimer->stop();
    m_kind->setCurrentIndex(0);
    m_series->setCurrentIndex(0);
    m_from->setDate(kAnyDate);
    m_to->setDate(kAnyDate);
    m_overdue->setChecked(false);
    for (QAction* action : m_statusMenu->actions())
        action->setChecked(false);
    m_quiet = false;
    updateStatusButton();
    emitChanged();
}

bool InvoiceFilterBar::isFiltering() const
{
    const invoicing::DocumentFilter shown = filter({});
    return shown.kind || !shown.statuses.isEmpty() || !shown.text.isEmpty() || shown.seriesId != 0
        || shown.from.isValid() || shown.to.isValid();
}

void InvoiceFilterBar::updateStatusButton()
{
    QStringList names;
    for (QAction* action : m_statusMenu->actions()) {
        if (action->isCheckable() && action->isChecked())
            names.append(action->text());
    }
    if (names.isEmpty())
        m_statusButton->setText(tr("Any status"));
    else if (names.size() <= 2)
        m_statusButton->setText(names.join(QStringLiteral(", ")));
    else
        m_statusButton->setText(tr("%1 statuses").arg(QLocale().toString(qsizetype(names.size()))));
}

void InvoiceFilterBar::emitChanged()
{
    if (m_quiet)
        return;
    m_searchTimer->stop();
    updateDateButton();
    m_clear->setEnabled(isFiltering());
    Q_EMIT changed();
}

} // namespace subdesk::ui
