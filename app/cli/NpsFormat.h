#pragma once

#include "surveys/SurveyAnalysis.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace subdesk::cli {

/**
 * JSON and text of survey answers and the NPS/CSAT report. A month without answers is "no answers"
 * in text and null in JSON, never 0. Scores are 100 × (promoters − detractors) ÷ answers and
 * 100 × satisfied ÷ answers, rounded half away from zero to one decimal; JSON also carries the counts.
 */
namespace npsformat {

/** "33.3" (locale independent) of num ÷ den rounded to one decimal. */
QString scoreText(qint64 num, qint64 den);

QJsonObject answerToJson(const surveys::SurveyAnswer& answer, const QString& customerName);
QJsonArray answersToJson(const QList<surveys::SurveyAnswer>& answers, const QHash<CustomerId, QString>& names);
QStringList answersText(const QList<surveys::SurveyAnswer>& answers, const QHash<CustomerId, QString>& names);

QJsonObject npsToJson(const surveys::NpsTally& tally);
QJsonObject csatToJson(const surveys::CsatTally& tally);

/** NPS per segment or plan: (segment text or plan code, tally). */
using NpsGroups = QList<QPair<QString, surveys::NpsTally>>;

/**
 * The report: NPS and CSAT per month with the trailing 90 days, the score distribution, tag counts
 * per group, and, when by is "segment" or "plan", NPS per segment or plan.
 */
QJsonObject reportToJson(const surveys::SurveyReport& report, const QString& by, const NpsGroups& groups);
QStringList reportText(const surveys::SurveyReport& report, const QString& by, const NpsGroups& groups);

} // namespace npsformat

} // namespace subdesk::cli
