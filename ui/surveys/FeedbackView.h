#pragma once

#include "metrics/MetricsEngine.h"
#include "surveys/SurveyAnswer.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::ui {

class FeedbackTableModel;
class MessageBar;
class ScoreDistributionWidget;

/**
 * The dashboard's "Feedback" tab: the comments of the dashboard's months, segment, plan and
 * country, shown for promoters, passives, detractors or CSAT answers; the tags of each group with
 * their counts (click one to see its comments); the distribution of scores; the tags of an answer
 * edited in place; and Import… for a survey tool's CSV export. Answers are read on the GUI thread
 * (one indexed query, then SurveyAnalysis).
 */
class FeedbackView final : public QWidget
{
    Q_OBJECT

public:
    /** Which answers the comments list shows. */
    enum class Show
    {
        All,
        Promoters,
        Passives,
        Detractors,
        Csat,
    };
    Q_ENUM(Show)

    explicit FeedbackView(storage::CompanyFile& file, QWidget* parent = nullptr);
    ~FeedbackView() override;

    /** The dashboard's filter (months, segments, plans, countries); reloads when shown. */
    void setFilter(const metrics::MetricsFilter& filter);
    /**
     * Optional: the dashboard's snapshot, so segment, country and plan filters need not read the
     * spans again. Without it the view loads MetricsService::load() the first time a filter needs it.
     */
    void setMetricsData(std::shared_ptr<const metrics::MetricsData> data);

    /** Shows one group, optionally only the comments with tag (empty: any). */
    void showGroup(Show show, const QString& tag = {});
    /** Computes everything again now, reading the answers again when they may have changed. */
    void reload();

    FeedbackTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTreeWidget* tagTree() const { return m_tags; }
    ScoreDistributionWidget* npsDistribution() const { return m_npsBars; }
    ScoreDistributionWidget* csatDistribution() const { return m_csatBars; }
    QLabel* summaryLabel() const { return m_summary; }
    QString currentTag() const { return m_tag; }
    Show currentShow() const;

public Q_SLOTS:
    void importAnswers();
    void editTags();

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool loadData();
    void computeFigures();
    void fillComments();
    void tagClicked(QTreeWidgetItem* item);
    QString tagsSaved(const surveys::SurveyAnswer& changed);

    storage::CompanyFile& m_file;
    std::optional<metrics::MetricsFilter> m_filter;
    bool m_dirty = false;
    std::shared_ptr<const metrics::MetricsData> m_data;
    bool m_dataIsFull = false; ///< m_data has spans and facts (not just names)
    QList<surveys::SurveyAnswer> m_answers; ///< of [m_readFrom, m_readTo]
    QDate m_readFrom;
    QDate m_readTo;
    bool m_answersStale = true;
    QHash<CustomerId, QString> m_names;
    QString m_tag;

    MessageBar* m_messages = nullptr;
    QComboBox* m_show = nullptr;
    QPushButton* m_tagChip = nullptr;
    QPushButton* m_editTags = nullptr;
    QPushButton* m_import = nullptr;
    QTableView* m_table = nullptr;
    FeedbackTableModel* m_model = nullptr;
    QTreeWidget* m_tags = nullptr;
    ScoreDistributionWidget* m_npsBars = nullptr;
    ScoreDistributionWidget* m_csatBars = nullptr;
    QLabel* m_csatTitle = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace subdesk::ui
