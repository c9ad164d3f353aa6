#include "FeedbackView.h"

#include "FeedbackTableModel.h"
#include "ScoreDistributionWidget.h"
#include "SurveyImportDialog.h"
#include "common/Clock.h"
#include "customers/CustomerService.h"
#include "metrics/MetricsService.h"
#include "storage/CompanyFile.h"
#include "surveys/SurveyAnalysis.h"
#include "surveys/SurveyService.h"
#include "widgets/BusyCursor.h"
#include "widgets/MessageBar.h"
#include "widgets/Plural.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace subdesk::ui {

using surveys::NpsGroup;
using surveys::SurveyAnswer;
using surveys::SurveyKind;

namespace {

constexpr int kShowRole = Qt::UserRole + 1;
constexpr int kTagRole = Qt::UserRole + 2;

std::optional<NpsGroup> groupOf(FeedbackView::Show show)
{
    switch (show) {
    case FeedbackView::Show::Promoters:
        return NpsGroup::Promoter;
    case FeedbackView::Show::Passives:
        return NpsGroup::Passive;
    case FeedbackView::Show::Detractors:
        return NpsGroup::Detractor;
    case FeedbackView::Show::All:
    case FeedbackView::Show::Csat:
        break;
    }
    return std::nullopt;
}

QString percentText(int part, int whole)
{
    return whole > 0 ? QLocale().toString(qRound(100.0 * part / whole)) : QStringLiteral("0");
}

} // namespace

FeedbackView::FeedbackView(storage::CompanyFile& file, QWidget* parent)
    : QWidget(parent)
    , m_file(file)
    , m_messages(new MessageBar(this))
    , m_show(new QComboBox(this))
    , m_tagChip(new QPushButton(this))
    , m_editTags(new QPushButton(tr("Edit tags"), this))
    , m_import(new QPushButton(tr("Import…"), this))
    , m_table(new QTableView(this))
    , m_model(new FeedbackTableModel(this))
    , m_tags(new QTreeWidget(this))
    , m_npsBars(new ScoreDistributionWidget(this))
    , m_csatBars(new ScoreDistributionWidget(this))
    , m_csatTitle(new QLabel(tr("CSAT scores"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("feedbackView"));
    m_messages->setObjectName(QStringLiteral("feedbackMessageBar"));
    m_messages->hide();

    m_show->setObjectName(QStringLiteral("feedbackShowCombo"));
    m_show->addItem(tr("All comments"), int(Show::All));
    m_show->addItem(tr("Promoters (9–10)"), int(Show::Promoters));
    m_show->addItem(tr("Passives (7–8)"), int(Show::Passives));
    m_show->addItem(tr("Detractors (0–6)"), int(Show::Detractors));
    m_show->addItem(tr("CSAT answers"), int(Show::Csat));
    m_tagChip->setObjectName(QStringLiteral("feedbackTagChip"));
    m_tagChip->setToolTip(tr("Show the comments with any tag"));
    m_tagChip->hide();
    m_editTags->setObjectName(QStringLiteral("feedbackEditTagsButton"));
    m_editTags->setToolTip(tr("Edit the tags of the selected answer (or double-click its Tags cell)"));
    m_import->setObjectName(QStringLiteral("feedbackImportButton"));
    m_import->setToolTip(tr("Import survey answers from a CSV file"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show"), this));
    bar->addWidget(m_show);
    bar->addWidget(m_tagChip);
    bar->addStretch(1);
    bar->addWidget(m_editTags);
    bar->addWidget(m_import);

    m_table->setObjectName(QStringLiteral("feedbackTable"));
    m_table->setModel(m_model);
    m_table->setColumnHidden(FeedbackTableModel::KindColumn, true);
    m_table->setColumnHidden(FeedbackTableModel::ChannelColumn, true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_model->setTagSaver([this](const SurveyAnswer& changed) { return tagsSaved(changed); });

    m_tags->setObjectName(QStringLiteral("feedbackTagTree"));
    m_tags->setHeaderLabels({tr("Tag"), tr("Answers")});
    m_tags->setUniformRowHeights(true);
    m_tags->header()->setStretchLastSection(false);
    m_tags->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tags->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tags->setToolTip(tr("Click a tag to see its comments"));
    m_npsBars->setObjectName(QStringLiteral("feedbackNpsDistribution"));
    m_csatBars->setObjectName(QStringLiteral("feedbackCsatDistribution"));
    m_csatBars->setDistribution(SurveyKind::Csat, {});

    auto* side = new QWidget(this);
    auto* sideColumn = new QVBoxLayout(side);
    sideColumn->setContentsMargins(0, 0, 0, 0);
    auto* npsTitle = new QLabel(tr("NPS scores"), side);
    QFont bold = npsTitle->font();
    bold.setBold(true);
    npsTitle->setFont(bold);
    m_csatTitle->setFont(bold);
    auto* tagsTitle = new QLabel(tr("Tags per group"), side);
    tagsTitle->setFont(bold);
    sideColumn->addWidget(npsTitle);
    sideColumn->addWidget(m_npsBars);
    sideColumn->addWidget(m_csatTitle);
    sideColumn->addWidget(m_csatBars);
    sideColumn->addWidget(tagsTitle);
    sideColumn->addWidget(m_tags, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("feedbackSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_summary->setObjectName(QStringLiteral("feedbackSummary"));
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] { fillComments(); });
    connect(m_tagChip, &QPushButton::clicked, this, [this] { showGroup(currentShow()); });
    connect(m_tags, &QTreeWidget::itemClicked, this, &FeedbackView::tagClicked);
    connect(m_editTags, &QPushButton::clicked, this, &FeedbackView::editTags);
    connect(m_import, &QPushButton::clicked, this, &FeedbackView::importAnswers);
    connect(m_model, &FeedbackTableModel::tagsSaved, this, [this](const QString& error) {
        if (!error.isEmpty())
            m_messages->showMessage(error, MessageBar::Kind::Error);
    });
    m_summary->setText(tr("Choose months on the dashboard to see the feedback of that time."));
}

FeedbackView::~FeedbackView() = default;

FeedbackView::Show FeedbackView::currentShow() const
{
    return Show(m_show->currentData().toInt());
}

void FeedbackView::setFilter(const metrics::MetricsFilter& filter)
{
    m_filter = filter;
    if (isVisible())
        reload();
    else
        m_dirty = true;
}

void FeedbackView::setMetricsData(std::shared_ptr<const metrics::MetricsData> data)
{
    m_data = std::move(data);
    m_dataIsFull = m_data != nullptr;
    m_names.clear();
}

void FeedbackView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Answers may have been added or edited elsewhere (the customer's Feedback tab) meanwhile.
    m_answersStale = true;
    if (m_dirty || m_filter)
        reload();
}

void FeedbackView::showGroup(Show show, const QString& tag)
{
    m_tag = tag;
    const QSignalBlocker block(m_show);
    m_show->setCurrentIndex(m_show->findData(int(show)));
    fillComments();
}

bool FeedbackView::loadData()
{
    const metrics::MetricsFilter& filter = *m_filter;
    const bool needsFacts = !filter.segments.isEmpty() || !filter.countries.isEmpty() || !filter.plans.isEmpty();
    if (needsFacts && !m_dataIsFull) {
        auto loaded = m_file.metrics().load();
        if (!loaded) {
            m_messages->showMessage(loaded.error().message, MessageBar::Kind::Error);
            return false;
        }
        m_data = std::make_shared<const metrics::MetricsData>(std::move(*loaded));
        m_dataIsFull = true;
        m_names.clear();
    }
    if (!m_data)
        m_data = std::make_shared<const metrics::MetricsData>();

    // Reading is most of the cost: a new segment, plan or country over the same months reuses the answers.
    surveys::SurveyQuery query;
    query.from = QDate(filter.fromMonth.year(), filter.fromMonth.month(), 1);
    query.to = QDate(filter.toMonth.year(), filter.toMonth.month(), 1).addMonths(1).addDays(-1);
    if (m_answersStale || query.from != m_readFrom || query.to != m_readTo) {
        auto answers = m_file.surveys().answers(query);
        if (!answers) {
            m_messages->showMessage(answers.error().message, MessageBar::Kind::Error);
            return false;
        }
        m_answers = std::move(*answers);
        m_readFrom = query.from;
        m_readTo = query.to;
        m_answersStale = false;
    }

    // Customer names: from the snapshot when there is one, else read once and again only when an
    // answer names a customer not seen yet.
    if (m_names.isEmpty() && m_dataIsFull) {
        for (const metrics::CustomerFacts& facts : m_data->customers)
            m_names.insert(facts.id, facts.name);
    }
    const bool unknown = std::any_of(m_answers.cbegin(), m_answers.cend(),
                                     [this](const SurveyAnswer& a) { return !m_names.contains(a.customerId); });
    if (unknown && !m_dataIsFull) {
        auto customers = m_file.customers().loadAll();
        if (!customers) {
            m_messages->showMessage(customers.error().message, MessageBar::Kind::Error);
            return false;
        }
        m_names.clear();
        for (const customers::Customer& c : std::as_const(*customers))
            m_names.insert(c.id, c.displayName);
    }
    return true;
}

void FeedbackView::reload()
{
    m_dirty = false;
    if (!m_filter)
        return;
    BusyCursor busy;
    if (!loadData()) {
        m_model->setAnswers({});
        return;
    }
    computeFigures();
    fillComments();
}

void FeedbackView::computeFigures()
{
    if (!m_filter || !m_data)
        return;
    const surveys::SurveyReport report = surveys::SurveyAnalysis(m_answers, *m_data).report(*m_filter);
    m_npsBars->setDistribution(SurveyKind::Nps,
                               QList<int>(report.npsDistribution.begin(), report.npsDistribution.end()));
    m_csatBars->setDistribution(SurveyKind::Csat,
                                QList<int>(report.csatDistribution.begin(), report.csatDistribution.end()));

    surveys::NpsTally nps;
    surveys::CsatTally csat;
    for (const surveys::SurveyMonth& month : report.months) {
        nps.promoters += month.nps.promoters;
        nps.passives += month.nps.passives;
        nps.detractors += month.nps.detractors;
        csat.answers += month.csat.answers;
        csat.satisfied += month.csat.satisfied;
    }
    m_csatTitle->setVisible(csat.answers > 0);
    m_csatBars->setVisible(csat.answers > 0);
    QStringList parts;
    if (const auto value = nps.nps()) {
        parts.append(pluralized(tr("NPS %1 from %n answer(s): promoters %2 %, passives %3 %, detractors %4 %.", nullptr,
                                   nps.answers()),
                                nps.answers())
                         .arg(QLocale().toString(qRound(value->toDouble())), percentText(nps.promoters, nps.answers()),
                              percentText(nps.passives, nps.answers()), percentText(nps.detractors, nps.answers())));
    } else {
        parts.append(tr("No NPS answers in these months."));
    }
    if (const auto value = csat.csat())
        parts.append(pluralized(tr("CSAT %1 % satisfied from %n answer(s).", nullptr, csat.answers), csat.answers)
                         .arg(QLocale().toString(qRound(value->toDouble()))));
    m_summary->setText(parts.join(QLatin1Char(' ')));

    m_tags->clear();
    const auto addGroup = [this](Show show, const QString& title, const QList<surveys::TagCount>& tags) {
        auto* group = new QTreeWidgetItem(m_tags, {title, QString()});
        group->setData(0, kShowRole, int(show));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const surveys::TagCount& tag : tags) {
            auto* item = new QTreeWidgetItem(group, {tag.tag, QLocale().toString(tag.count)});
            item->setData(0, kShowRole, int(show));
            item->setData(0, kTagRole, tag.tag);
            item->setTextAlignment(1, Qt::AlignTrailing | Qt::AlignVCenter);
        }
        if (tags.isEmpty()) {
            auto* none = new QTreeWidgetItem(group, {tr("no tags")});
            none->setDisabled(true);
        }
        group->setExpanded(true);
    };
    // Detractors first: their tags are the pain points.
    addGroup(Show::Detractors, tr("Detractors"), report.tags.value(NpsGroup::Detractor));
    addGroup(Show::Passives, tr("Passives"), report.tags.value(NpsGroup::Passive));
    addGroup(Show::Promoters, tr("Promoters"), report.tags.value(NpsGroup::Promoter));
    if (csat.answers > 0)
        addGroup(Show::Csat, tr("CSAT answers"), report.csatTags);
}

void FeedbackView::fillComments()
{
    if (!m_filter || !m_data)
        return;
    const surveys::SurveyAnalysis analysis(m_answers, *m_data);
    const Show show = currentShow();
    QList<SurveyAnswer> comments = analysis.comments(*m_filter, groupOf(show), m_tag);
    if (show == Show::Csat) {
        comments.removeIf([](const SurveyAnswer& a) { return a.kind != SurveyKind::Csat; });
    }
    m_model->setAnswers(std::move(comments), m_names);
    m_table->setColumnHidden(FeedbackTableModel::KindColumn, show != Show::All);
    for (int column : {FeedbackTableModel::DateColumn, FeedbackTableModel::ScoreColumn, FeedbackTableModel::GroupColumn,
                       FeedbackTableModel::KindColumn})
        m_table->resizeColumnToContents(column);
    m_table->setColumnWidth(FeedbackTableModel::CustomerColumn, 180);
    m_table->setColumnWidth(FeedbackTableModel::TagsColumn, 160);
    m_tagChip->setText(tr("Tag: %1  ✕").arg(m_tag));
    m_tagChip->setVisible(!m_tag.isEmpty());
}

void FeedbackView::tagClicked(QTreeWidgetItem* item)
{
    if (!item || item->isDisabled())
        return;
    showGroup(Show(item->data(0, kShowRole).toInt()), item->data(0, kTagRole).toString());
}

QString FeedbackView::tagsSaved(const SurveyAnswer& changed)
{
    if (const Status updated = m_file.surveys().update(changed); !updated)
        return updated.error().message;
    for (SurveyAnswer& a : m_answers) {
        if (a.id == changed.id)
            a = changed;
    }
    // The counts change; the comments list keeps its rows and selection until the next reload.
    QTimer::singleShot(0, this, &FeedbackView::computeFigures);
    return {};
}

void FeedbackView::editTags()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_messages->showMessage(tr("Select an answer first, then edit its tags."), MessageBar::Kind::Information);
        return;
    }
    const QModelIndex tags = m_model->index(current.row(), FeedbackTableModel::TagsColumn);
    m_table->setCurrentIndex(tags);
    m_table->edit(tags);
}

void FeedbackView::importAnswers()
{
    SurveyImportDialog dialog(m_file.surveys(), m_file.customers(), m_file.clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_answersStale = true;
    m_messages->showMessage(
        pluralized(tr("Imported %n survey answer(s).", nullptr, dialog.importedCount()), dialog.importedCount()),
        MessageBar::Kind::Positive);
    reload();
}

} // namespace subdesk::ui
