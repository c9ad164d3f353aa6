#include "SurveyAnswerDialog.h"

#include "FeedbackTableModel.h"
#include "customers/CustomerService.h"
#include "payments/CustomerPicker.h"
#include "surveys/SurveyService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace subdesk::ui {

using surveys::SurveyAnswer;
using surveys::SurveyKind;

SurveyAnswerDialog::SurveyAnswerDialog(surveys::SurveyService& service, customers::CustomerService& customers,
                                       QDate today, const SurveyAnswer& answer, bool customerFixed, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_answer(answer)
{
    setObjectName(QStringLiteral("surveyAnswerDialog"));
    setWindowTitle(answer.id.isValid() ? tr("Edit survey answer") : tr("New survey answer"));
    setMinimumWidth(480);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);

    m_customer = new CustomerPicker(this);
    m_customer->setObjectName(QStringLiteral("surveyCustomerPicker"));
    const Status loaded = m_customer->load(customers, answer.customerId);
    m_customer->setEnabled(!customerFixed);
    form->addRow(tr("Customer"), m_customer);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("surveyKindCombo"));
    m_kind->addItem(tr("NPS: how likely to recommend us (0–10)"), int(SurveyKind::Nps));
    m_kind->addItem(tr("CSAT: how satisfied (1–5)"), int(SurveyKind::Csat));
    m_kind->setCurrentIndex(m_kind->findData(int(answer.kind)));
    form->addRow(tr("Survey"), m_kind);

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("surveyDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setMaximumDate(today);
    m_date->setDate(answer.date.isValid() ? answer.date : today);
    m_date->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("Date"), m_date);

    m_score = new QSpinBox(this);
    m_score->setObjectName(QStringLiteral("surveyScoreSpin"));
    m_score->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_group = new QLabel(this);
    m_group->setObjectName(QStringLiteral("surveyGroupLabel"));
    QFont bold = m_group->font();
    bold.setBold(true);
    m_group->setFont(bold);
    m_scoreHint = new QLabel(this);
    m_scoreHint->setObjectName(QStringLiteral("surveyScoreHint"));
    m_scoreHint->setEnabled(false);
    m_scoreHint->setWordWrap(true);
    auto* scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_score);
    scoreRow->addSpacing(8);
    scoreRow->addWidget(m_group, 1);
    form->addRow(tr("Score"), scoreRow);
    form->addRow(QString(), m_scoreHint);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("surveyChannelCombo"));
    for (surveys::SurveyChannel channel : surveys::allSurveyChannels())
        m_channel->addItem(surveys::surveyChannelName(channel), int(channel));
    m_channel->setCurrentIndex(m_channel->findData(int(answer.channel)));
    form->addRow(tr("Channel"), m_channel);

    m_comment = new QPlainTextEdit(answer.comment, this);
    m_comment->setObjectName(QStringLiteral("surveyCommentEdit"));
    m_comment->setPlaceholderText(tr("What the customer wrote, in their words"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMinimumHeight(m_comment->fontMetrics().height() * 5);
    m_comment->setMaximumHeight(m_comment->fontMetrics().height() * 9);
    form->addRow(tr("Comment"), m_comment);

    m_tags = new QLineEdit(answer.tags.join(QStringLiteral(", ")), this);
    m_tags->setObjectName(QStringLiteral("surveyTagsEdit"));
    m_tags->setPlaceholderText(tr("e.g. pricing, support"));
    m_tags->setToolTip(tr("Separate tags with commas. Tags group recurring themes; their counts show on the "
                          "dashboard's Feedback tab."));
    form->addRow(tr("Tags"), m_tags);

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("surveyRefusalLabel"));
    m_refusal->setWordWrap(true);
    QPalette red = m_refusal->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_refusal->setPalette(red);
    m_refusal->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("surveyButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyAnswerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(m_refusal);
    column->addStretch(1);
    column->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &SurveyAnswerDialog::kindChanged);
    connect(m_score, &QSpinBox::valueChanged, this, &SurveyAnswerDialog::scoreChanged);
    kindChanged();
    m_score->setValue(answer.score);
    scoreChanged();
    if (!loaded) {
        m_refusal->setText(loaded.error().message);
        m_refusal->show();
    } else if (m_customer->count() == 0) {
        m_refusal->setText(tr("There are no customers to record an answer for."));
        m_refusal->show();
    }
    (customerFixed ? static_cast<QWidget*>(m_score) : m_customer)->setFocus();
}

SurveyAnswer SurveyAnswerDialog::edited() const
{
    SurveyAnswer a = m_answer;
    a.customerId = m_customer->currentCustomerId();
    a.kind = SurveyKind(m_kind->currentData().toInt());
    a.date = m_date->date();
    a.score = m_score->value();
    a.channel = surveys::SurveyChannel(m_channel->currentData().toInt());
    a.comment = m_comment->toPlainText().trimmed();
    a.tags = SurveyAnswer::parseTags(m_tags->text());
    return a;
}

void SurveyAnswerDialog::kindChanged()
{
    const auto kind = SurveyKind(m_kind->currentData().toInt());
    m_score->setRange(SurveyAnswer::minScore(kind), SurveyAnswer::maxScore(kind));
    scoreChanged();
}

void SurveyAnswerDialog::scoreChanged()
{
    const auto kind = SurveyKind(m_kind->currentData().toInt());
    const int score = m_score->value();
    m_group->setText(scoreVerdict(kind, score));
    m_scoreHint->setText(kind == SurveyKind::Nps ? tr("Promoters answer 9–10, passives 7–8, detractors 0–6.")
                                                 : tr("Answers of 4 and 5 count as satisfied."));
    QPalette p = m_group->palette();
    p.setColor(QPalette::WindowText, scoreColor(kind, score));
    m_group->setPalette(p);
}

void SurveyAnswerDialog::accept()
{
    const SurveyAnswer a = edited();
    if (!a.customerId.isValid()) {
        m_refusal->setText(tr("Choose the customer who answered."));
        m_refusal->show();
        return;
    }
    if (const Status valid = m_service.validate(a); !valid) {
        m_refusal->setText(valid.error().message);
        m_refusal->show();
        return;
    }
    if (a.id.isValid()) {
        if (const Status updated = m_service.update(a); !updated) {
            m_refusal->setText(updated.error().message);
            m_refusal->show();
            return;
        }
        m_answer = a;
    } else {
        const auto added = m_service.add({a});
        if (!added || added->isEmpty()) {
            m_refusal->setText(added ? tr("The answer was not stored.") : added.error().message);
            m_refusal->show();
            return;
        }
        m_answer = added->constFirst();
    }
    QDialog::accept();
}

} // namespace subdesk::ui
