#include "PriceDialog.h"

#include "PriceText.h"
#include "catalog/CatalogService.h"
#include "widgets/FieldIssueLabel.h"
#include "widgets/MessageBar.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace subdesk::ui {

using catalog::Price;
using catalog::PriceVersion;

namespace {

bool sameSlot(const Price& a, const Price& b)
{
    return !a.archived && !b.archived && a.currency == b.currency && a.interval == b.interval;
}

} // namespace

PriceDialog::PriceDialog(PriceEditor::Usage usage, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_editor(new PriceEditor(usage, this))
    , m_messageBar(new MessageBar(this))
    , m_intro(new QLabel(this))
    , m_date(new QDateEdit(today, this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setModal(true);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("priceOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("priceCancelButton"));
    m_intro->setObjectName(QStringLiteral("priceDialogIntro"));
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_date->setObjectName(QStringLiteral("priceEffectiveDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_summary->setObjectName(QStringLiteral("priceDialogSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color:#b3261e"));

    auto* dateCell = new QWidget(this);
    auto* dateBox = new QVBoxLayout(dateCell);
    dateBox->setContentsMargins(0, 0, 0, 0);
    dateBox->setSpacing(3);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    dateBox->addLayout(dateRow);
    m_dateIssue = new FieldIssueLabel(m_date, dateCell);
    m_dateIssue->setObjectName(QStringLiteral("priceEffectiveDateEditIssue"));
    dateBox->addWidget(m_dateIssue);
    auto* dateForm = new QFormLayout;
    dateForm->setContentsMargins(0, 0, 0, 0);
    dateForm->setHorizontalSpacing(16);
    auto* dateCaption = new QLabel(tr("Takes &effect on"), this);
    dateCaption->setBuddy(m_date);
    dateForm->addRow(dateCaption, dateCell);

    m_duplicateIssue = new FieldIssueLabel(nullptr, this);
    m_duplicateIssue->setObjectName(QStringLiteral("priceDuplicateIssue"));

    // The editor grows with tiers; a scroll area keeps the buttons on screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 8, 0);
    pageLayout->setSpacing(10);
    pageLayout->addLayout(dateForm);
    pageLayout->addWidget(m_editor);
    pageLayout->addWidget(m_duplicateIssue);
    scroll->setWidget(page);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    connect(m_editor, &PriceEditor::changed, this, &PriceDialog::check);
    connect(m_date, &QDateEdit::dateChanged, this, &PriceDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PriceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PriceDialog::reject);
    resize(720, 580);
}

PriceDialog::PriceDialog(PriceEditor::Usage usage, const QList<Price>& siblings, const QDate& today,
                         const Currency& suggestedCurrency, QWidget* parent)
    : PriceDialog(usage, today, parent)
{
    setObjectName(QStringLiteral("priceDialog"));
    setWindowTitle(tr("New price"));
    m_siblings = siblings;
    m_ok->setText(tr("Add price"));
    if (suggestedCurrency.isValid())
        m_editor->setCurrency(suggestedCurrency);
    check();
}

PriceDialog::PriceDialog(catalog::CatalogService& catalog, const Price& stored, PriceEditor::Usage usage,
                         const QDate& today, QWidget* parent)
    : PriceDialog(usage, today, parent)
{
    setObjectName(QStringLiteral("priceVersionDialog"));
    m_catalog = &catalog;
    m_stored = stored;
    setWindowTitle(stored.interval ? tr("New version of the %1 price in %2")
                                         .arg(pricetext::intervalPhrase(*stored.interval), stored.currency.code())
                                   : tr("New version of the price in %1").arg(stored.currency.code()));
    m_ok->setText(tr("Add version"));
    m_intro->setText(tr("Subscriptions keep the version they were sold at (grandfathering) until you migrate them; "
                        "new subscriptions get this version from the date it takes effect."));
    m_intro->show();
    m_editor->setCurrency(stored.currency);
    if (stored.interval)
        m_editor->setInterval(*stored.interval);
    if (const PriceVersion* latest = stored.latest()) {
        m_editor->setModel(latest->model);
        m_editor->setSetupFee(latest->setupFee);
        // The first of next month is the usual date for a price change; never on or before the latest.
        QDate suggestion = QDate(today.year(), today.month(), 1).addMonths(1);
        if (suggestion <= latest->effectiveFrom)
            suggestion = latest->effectiveFrom.addDays(1);
        m_date->setDate(suggestion);
    }
    m_editor->setCurrencyAndIntervalFixed(true);
    check();
}

void PriceDialog::setPrice(const Price& price)
{
    m_editor->setCurrency(price.currency);
    if (price.interval)
        m_editor->setInterval(*price.interval);
    if (const PriceVersion* first = price.versions.isEmpty() ? nullptr : &price.versions.constFirst()) {
        m_date->setDate(first->effectiveFrom);
        m_editor->setModel(first->model);
        m_editor->setSetupFee(first->setupFee);
    }
    m_editor->showProblems();
    check();
}

Price PriceDialog::price() const
{
    Price price;
    price.currency = m_editor->currency();
    price.interval = m_editor->interval();
    PriceVersion version;
    version.effectiveFrom = m_date->date();
    if (auto model = m_editor->model())
        version.model = *model;
    version.setupFee = m_editor->setupFee().valueOr(Money::zero(price.currency));
    price.versions.append(version);
    return price;
}

QString PriceDialog::dateProblem() const
{
    if (!m_date->date().isValid())
        return tr("Choose the date the price takes effect.");
    if (m_stored && m_stored->latest() && m_date->date() <= m_stored->latest()->effectiveFrom) {
        return tr("A new version must take effect after the current one (%1).")
            .arg(QLocale().toString(m_stored->latest()->effectiveFrom, QLocale::ShortFormat));
    }
    return {};
}

QString PriceDialog::duplicateProblem() const
{
    if (m_stored)
        return {};
    const Price candidate = price();
    for (const Price& sibling : m_siblings) {
        if (sameSlot(sibling, candidate)) {
            return candidate.interval
                ? tr("There is already a %1 price in %2; add a new version of it instead.")
                      .arg(pricetext::intervalPhrase(*candidate.interval), candidate.currency.code())
                : tr("There is already a price in %1; add a new version of it instead.").arg(candidate.currency.code());
        }
    }
    return {};
}

bool PriceDialog::check()
{
    const QString date = dateProblem();
    const QString duplicate = duplicateProblem();
    m_dateIssue->setIssues(date.isEmpty() ? QStringList() : QStringList(date), {});
    m_duplicateIssue->setIssues(duplicate.isEmpty() ? QStringList() : QStringList(duplicate), {});
    const bool ok = m_editor->isValid() && date.isEmpty() && duplicate.isEmpty();
    m_ok->setEnabled(ok);
    m_summary->clear();
    return ok;
}

void PriceDialog::accept()
{
    m_editor->showProblems();
    if (!check()) {
        const QString problem = !m_editor->firstProblem().isEmpty() ? m_editor->firstProblem()
            : !dateProblem().isEmpty()                              ? dateProblem()
                                                                    : duplicateProblem();
        m_summary->setText(problem);
        return;
    }
    if (m_catalog && m_stored) {
        auto model = m_editor->model();
        auto fee = m_editor->setupFee();
        auto added = m_catalog->addPriceVersion(m_stored->id, m_date->date(), *model, *fee);
        if (!added) {
            m_messageBar->showMessage(added.error().message, MessageBar::Kind::Error);
            return;
        }
        m_savedVersion = *added;
    }
    QDialog::accept();
}

void PriceDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // Enter is an attempt to add even while OK is disabled: it then says what blocks it.
        event->accept();
        accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace subdesk::ui
