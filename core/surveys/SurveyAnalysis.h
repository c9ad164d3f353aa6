#pragma once

#include "SurveyAnswer.h"
#include "metrics/MetricsEngine.h"
#include "metrics/Ratio.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

#include <array>
#include <optional>

namespace subdesk::surveys {

/** Counts of NPS answers. */
struct NpsTally
{
    int promoters = 0;
    int passives = 0;
    int detractors = 0;

    int answers() const { return promoters + passives + detractors; }
    void add(int score);
    /** 100 × (promoters − detractors) ÷ answers (−100..+100); nullopt with no answers ("no answers", never 0). */
    std::optional<metrics::Ratio> nps() const;
    friend bool operator==(const NpsTally&, const NpsTally&) = default;
};

/** Counts of CSAT answers. */
struct CsatTally
{
    int answers = 0;
    int satisfied = 0; ///< answers of 4 or 5
    void add(int score);
    /** 100 × satisfied ÷ answers; nullopt with no answers. */
    std::optional<metrics::Ratio> csat() const;
    friend bool operator==(const CsatTally&, const CsatTally&) = default;
};

struct SurveyMonth
{
    QDate month; ///< first day
    NpsTally nps; ///< answers dated in the month
    NpsTally npsTrailing90; ///< answers dated in the 90 days ending on the month's last day
    CsatTally csat;
    friend bool operator==(const SurveyMonth&, const SurveyMonth&) = default;
};

/** A tag's count among the comments of one NPS group. */
struct TagCount
{
    QString tag;
    int count = 0;
    friend bool operator==(const TagCount&, const TagCount&) = default;
};

/** The survey figures of a filter (the segment, plan and country of metrics::MetricsFilter). */
struct SurveyReport
{
    QList<SurveyMonth> months;
    /** Over the whole range: NPS per segment and per plan (the plan the customer paid most for on the answer's date; ""
     * none). */
    QMap<QString, NpsTally> bySegment;
    QMap<PlanId, NpsTally> byPlan;
    /** Answers per score 0..10 (NPS) over the range. */
    std::array<int, 11> npsDistribution {};
    /** Answers per score 1..5 (CSAT; index 0 unused). */
    std::array<int, 6> csatDistribution {};
    /** Tags per group, most frequent first, then by name. */
    QMap<NpsGroup, QList<TagCount>> tags;
    /** Tags of the CSAT answers, ordered the same way. */
    QList<TagCount> csatTags;
};

/**
 * NPS and CSAT (BILLING.md §10), pure. Answers are selected by the filter's months and by their
 * customer's segment and country; a plan filter selects answers whose customer paid for one of
 * the plans on the answer's date (from the MRR spans).
 */
class SurveyAnalysis
{
public:
    SurveyAnalysis(const QList<SurveyAnswer>& answers, const metrics::MetricsData& data)
        : m_answers(answers)
        , m_data(data)
    { }

    SurveyReport report(const metrics::MetricsFilter& filter) const;
    /** The NPS answers behind a month (trailing: the 90 days ending with it), optionally of one group, newest first. */
    QList<SurveyAnswer> answersIn(const metrics::MetricsFilter& filter, QDate month, bool trailing90,
                                  std::optional<NpsGroup> group = std::nullopt) const;
    /** Comments (non-empty) of one NPS group (nullopt: every answer, CSAT included) in the filter's range, optionally
     * with a tag, newest first. */
    QList<SurveyAnswer> comments(const metrics::MetricsFilter& filter, std::optional<NpsGroup> group,
                                 const QString& tag = {}) const;

private:
    const QList<SurveyAnswer>& m_answers;
    const metrics::MetricsData& m_data;
};

} // namespace subdesk::surveys
