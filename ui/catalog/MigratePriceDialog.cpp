#include "MigratePriceDialog.h"

#include "PriceText.h"
#include "subscriptions/SubscriptionService.h"
#include "widgets/FieldIssueLabel.h"
#include "widgets/MessageBar.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace subdesk::ui {

MigratePriceDialog::MigratePriceDialog(subscriptions::SubscriptionService& subscriptions, const catalog::Price& price,
                                       const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_subscriptions(subscriptions)
    , m_price(price)
    , m_date(new QDateEdit(today, this))
    , m_messageBar(new MessageBar(this))
{
    setObjectName(QStringLiteral("migratePriceDialog"));
    setWindowTitle(tr("Migrate subscriptions"));
    setModal(true);

    const catalog::PriceVersion* latest = price.latest();
    const QLocale locale;
    auto* explanation = new QLabel(this);
    explanation->setObjectName(QStringLiteral("migrateExplanation"));
    explanation->setWordWrap(true);
    explanation->setText(
        tr("Subscriptions on an older version of this price move to the latest version (from %1: %2), starting "
           "with their first billing period that begins on or after the date below. Periods already billed are not "
           "changed.")
            .arg(latest ? locale.toString(latest->effectiveFrom, QLocale::ShortFormat) : QString(),
                 latest ? pricetext::describe(latest->model, locale) : QString()));

    m_date->setObjectName(QStringLiteral("migrateDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    if (latest && latest->effectiveFrom > today)
        m_date->setDate(latest->effectiveFrom);
    m_dateIssue = new FieldIssueLabel(m_date, this);
    m_dateIssue->setObjectName(QStringLiteral("migrateDateEditIssue"));

    auto* dateCell = new QWidget(this);
    auto* dateBox = new QVBoxLayout(dateCell);
    dateBox->setContentsMargins(0, 0, 0, 0);
    dateBox->setSpacing(3);
    dateBox->addWidget(m_date);
    dateBox->addWidget(m_dateIssue);
    auto* form = new QFormLayout;
    auto* caption = new QLabel(tr("Move &from"), this);
    caption->setBuddy(m_date);
    form->addRow(caption, dateCell);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("migrateOkButton"));
    m_ok->setText(tr("Migrate"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(m_messageBar);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    const auto check = [this] {
        const catalog::PriceVersion* last = m_price.latest();
        const bool before = last && m_date->date() < last->effectiveFrom;
        m_dateIssue->setIssues(
            before ? QStringList(tr("The latest version takes effect on %1; subscriptions can "
                                    "move to it from then on.")
                                     .arg(QLocale().toString(last->effectiveFrom, QLocale::ShortFormat)))
                   : QStringList(),
            {});
        m_ok->setEnabled(!before && last);
    };
    connect(m_date, &QDateEdit::dateChanged, this, check);
    connect(buttons, &QDialogButtonBox::accepted, this, &MigratePriceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MigratePriceDialog::reject);
    check();
    resize(520, 260);
}

void MigratePriceDialog::accept()
{
    const catalog::PriceVersion* latest = m_price.latest();
    if (!latest || !m_ok->isEnabled())
        return;
    auto migrated = m_subscriptions.migratePrice(latest->id, m_date->date());
    if (!migrated) {
        m_messageBar->showMessage(migrated.error().message, MessageBar::Kind::Error);
        return;
    }
    m_migrated = *migrated;
    QDialog::accept();
}

} // namespace subdesk::ui
