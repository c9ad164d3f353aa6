#include "CustomerFeedbackPanel.h"

#include "FeedbackTableModel.h"
#include "SurveyAnswerDialog.h"
#include "common/Clock.h"
#include "customers/CustomersView.h"
#include "surveys/SurveyAnalysis.h"
#include "surveys/SurveyService.h"
#include "widgets/Icons.h"
#include "widgets/Plural.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>

namespace subdesk::ui {

using surveys::SurveyAnswer;

CustomerFeedbackPanel::CustomerFeedbackPanel(surveys::SurveyService& service, customers::CustomerService& customers,
                                             const Clock& clock, QWidget* parent)
    : CustomerDetailPanel(QStringLiteral("customerFeedbackTitle"), parent)
    , m_service(service)
    , m_customers(customers)
    , m_clock(clock)
    , m_summary(new QLabel(this))
    , m_add(new QPushButton(themeIcon(QStringLiteral("add")), tr("Add answer…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_table(new QTableView(this))
    , m_model(new FeedbackTableModel(this))
{
    setObjectName(QStringLiteral("customerFeedbackPanel"));
    m_summary->setObjectName(QStringLiteral("customerFeedbackSummary"));
    m_summary->setEnabled(false);
    m_add->setObjectName(QStringLiteral("customerFeedbackAddButton"));
    m_add->setToolTip(tr("Record an NPS or CSAT answer of the selected customer"));
    m_edit->setObjectName(QStringLiteral("customerFeedbackEditButton"));
    m_delete->setObjectName(QStringLiteral("customerFeedbackDeleteButton"));

    m_table->setObjectName(QStringLiteral("customerFeedbackTable"));
    m_table->setModel(m_model);
    m_table->setColumnHidden(FeedbackTableModel::CustomerColumn, true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);

    head()->addWidget(m_summary, 1);
    head()->addWidget(m_add);
    head()->addWidget(m_edit);
    head()->addWidget(m_delete);
    setBody(m_table);

    connect(m_add, &QPushButton::clicked, this, &CustomerFeedbackPanel::addAnswer);
    connect(m_edit, &QPushButton::clicked, this, &CustomerFeedbackPanel::editAnswer);
    connect(m_delete, &QPushButton::clicked, this, &CustomerFeedbackPanel::deleteAnswer);
    connect(m_table, &QTableView::doubleClicked, this, &CustomerFeedbackPanel::editAnswer);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomerFeedbackPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerFeedbackPanel::updateButtons);
    reload();
}

QTabWidget* CustomerFeedbackPanel::besideSubscriptions(QWidget* subscriptionsPanel, CustomersView& view,
                                                       surveys::SurveyService& service,
                                                       customers::CustomerService& customers, const Clock& clock)
{
    auto* tabs = new QTabWidget(&view);
    tabs->setObjectName(QStringLiteral("customerDetailTabs"));
    tabs->setDocumentMode(true);
    tabs->addTab(subscriptionsPanel, tr("Subscriptions"));
    auto* feedback = new CustomerFeedbackPanel(service, customers, clock, tabs);
    tabs->addTab(feedback, tr("Feedback"));
    connect(&view, &CustomersView::currentCustomerChanged, feedback,
            [feedback, &view] { feedback->setCustomer(view.currentCustomer()); });
    connect(feedback, &CustomerFeedbackPanel::messageRequested, &view, &SectionView::messageRequested);
    feedback->setCustomer(view.currentCustomer());
    return tabs;
}

void CustomerFeedbackPanel::fill()
{
    if (!customer()) {
        title()->setText(tr("Feedback"));
        m_summary->setText(tr("Select a customer to see their survey answers."));
        m_model->setAnswers({});
        return;
    }
    title()->setText(tr("Feedback of %1").arg(customer()->displayName));
    surveys::SurveyQuery query;
    query.customerId = customer()->id;
    auto answers = m_service.answers(query);
    if (!answers) {
        m_model->setAnswers({});
        Q_EMIT messageRequested(answers.error().message, MessageBar::Kind::Error);
        return;
    }
    std::reverse(answers->begin(), answers->end()); // newest first
    surveys::NpsTally nps;
    surveys::CsatTally csat;
    for (const SurveyAnswer& a : std::as_const(*answers)) {
        if (a.kind == surveys::SurveyKind::Nps)
            nps.add(a.score);
        else
            csat.add(a.score);
    }
    QStringList parts;
    if (const auto value = nps.nps())
        parts.append(pluralized(tr("%n NPS answer(s), NPS %1", nullptr, nps.answers()), nps.answers())
                         .arg(QLocale().toString(qRound(value->toDouble()))));
    if (const auto value = csat.csat())
        parts.append(pluralized(tr("%n CSAT answer(s), %1 % satisfied", nullptr, csat.answers), csat.answers)
                         .arg(QLocale().toString(qRound(value->toDouble()))));
    m_summary->setText(parts.isEmpty() ? tr("No survey answers yet.") : parts.join(QStringLiteral(" · ")));
    m_model->setAnswers(std::move(*answers));
    for (int column :
         {FeedbackTableModel::DateColumn, FeedbackTableModel::KindColumn, FeedbackTableModel::ScoreColumn,
          FeedbackTableModel::GroupColumn, FeedbackTableModel::ChannelColumn, FeedbackTableModel::TagsColumn})
        m_table->resizeColumnToContents(column);
}

const SurveyAnswer* CustomerFeedbackPanel::currentAnswer() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool selected = current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {});
    return selected ? m_model->answerAt(current.row()) : nullptr;
}

void CustomerFeedbackPanel::updateButtons()
{
    m_add->setEnabled(customer().has_value());
    const bool has = currentAnswer() != nullptr;
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
}

void CustomerFeedbackPanel::addAnswer()
{
    if (!customer())
        return;
    SurveyAnswer answer;
    answer.customerId = customer()->id;
    answer.date = m_clock.today();
    answer.score = 8;
    SurveyAnswerDialog dialog(m_service, m_customers, m_clock.today(), answer, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT messageRequested(tr("Answer of %1 recorded.").arg(customer()->displayName), MessageBar::Kind::Positive);
}

void CustomerFeedbackPanel::editAnswer()
{
    const SurveyAnswer* answer = currentAnswer();
    if (!answer)
        return;
    SurveyAnswerDialog dialog(m_service, m_customers, m_clock.today(), *answer, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT messageRequested(tr("Answer saved."), MessageBar::Kind::Positive);
}

void CustomerFeedbackPanel::deleteAnswer()
{
    const SurveyAnswer* answer = currentAnswer();
    if (!answer)
        return;
    const SurveyAnswerId id = answer->id;
    const auto choice = QMessageBox::question(
        this, tr("Delete answer"),
        tr("Delete the %1 answer of %2 given on %3 (score %4)? This cannot be undone.")
            .arg(surveys::surveyKindName(answer->kind), customer() ? customer()->displayName : QString(),
                 QLocale().toString(answer->date, QLocale::ShortFormat), QLocale().toString(answer->score)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (choice != QMessageBox::Yes)
        return;
    if (const Status removed = m_service.remove(id); !removed) {
        Q_EMIT messageRequested(removed.error().message, MessageBar::Kind::Error);
        return;
    }
    reload();
    Q_EMIT messageRequested(tr("Answer deleted."), MessageBar::Kind::Positive);
}

} // namespace subdesk::ui
