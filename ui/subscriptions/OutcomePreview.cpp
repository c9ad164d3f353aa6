#include "OutcomePreview.h"

#include "DocumentLinesTree.h"
#include "SubscriptionTexts.h"

#include <QLabel>
#include <QMap>
#include <QVBoxLayout>

namespace subdesk::ui {

namespace {

const QString kErrorStyle = QStringLiteral("color: #b3261e;");

} // namespace

OutcomePreview::OutcomePreview(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_lines(new DocumentLinesTree(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("outcomePreview"));
    m_lines->setObjectName(QStringLiteral("previewLines"));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont heading = m_title->font();
    heading.setBold(true);
    m_title->setFont(heading);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_summary);
    m_lines->setMinimumHeight(120);
}

QStringList OutcomePreview::netSentences(const subscriptions::Outcome& outcome)
{
    QStringList sentences;
    for (const billing::Document& document : outcome.documents) {
        const QString total = subscriptiontext::money(document.total.negated().valueOr(document.total));
        if (document.kind == billing::DocumentKind::CreditNote) {
            sentences.append(tr("Customer gets a credit note of %1.").arg(total));
            continue;
        }
        QString sentence = tr("Customer will be charged %1.").arg(subscriptiontext::money(document.total));
        if (!document.creditApplied.isZero())
            sentence += QLatin1Char(' ')
                + tr("%1 of it is paid from the customer's credit.")
                      .arg(subscriptiontext::money(document.creditApplied));
        sentences.append(sentence);
    }
    // Later items are grouped by the day they fall due; each day nets out on its own.
    QMap<QDate, Money> later;
    for (const billing::BillingItem& item : outcome.laterItems) {
        auto it = later.find(item.dueDate);
        if (it == later.end())
            later.insert(item.dueDate, item.amount);
        else
            it.value() = it.value().add(item.amount).valueOr(it.value());
    }
    for (auto it = later.constBegin(); it != later.constEnd(); ++it) {
        const QString day = subscriptiontext::date(it.key());
        if (it.value().isNegative())
            sentences.append(tr("The billing run on %1 writes a credit note of %2.")
                                 .arg(day, subscriptiontext::money(it.value().negated().valueOr(it.value()))));
        else
            sentences.append(tr("The billing run on %1 invoices %2.").arg(day, subscriptiontext::money(it.value())));
    }
    return sentences;
}

void OutcomePreview::showOutcome(const subscriptions::Outcome& outcome, const QString& nothingText)
{
    m_hasError = false;
    m_lines->setEnabled(true);
    m_lines->setDocuments(outcome.documents);
    m_lines->addLaterItems(outcome.laterItems);
    QStringList sentences;
    if (outcome.documents.isEmpty())
        sentences.append(nothingText);
    sentences.append(netSentences(outcome));
    m_summary->setStyleSheet(QString());
    m_summary->setText(sentences.join(QLatin1Char(' ')));
}

void OutcomePreview::showError(const QString& message)
{
    m_hasError = true;
    m_lines->clear();
    m_lines->setEnabled(false);
    m_summary->setStyleSheet(kErrorStyle);
    m_summary->setText(message);
}

void OutcomePreview::showHint(const QString& text)
{
    m_hasError = false;
    m_lines->clear();
    m_lines->setEnabled(false);
    m_summary->setStyleSheet(QString());
    m_summary->setText(text);
}

QString OutcomePreview::summaryText() const
{
    return m_summary->text();
}

} // namespace subdesk::ui
