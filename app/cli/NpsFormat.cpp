#include "NpsFormat.h"

#include "BillingFormat.h"
#include "MetricsFormat.h"
#include "Output.h"

#include <QCoreApplication>
#include <QLocale>

namespace subdesk::cli::npsformat {

using surveys::CsatTally;
using surveys::NpsGroup;
using surveys::NpsTally;
using surveys::SurveyAnswer;
using surveys::SurveyKind;

namespace {

/** num × 10 ÷ den rounded half away from zero: tenths. */
qint64 tenths(qint64 num, qint64 den)
{
    const qint64 scaled = num * 10;
    const qint64 magnitude = ((scaled < 0 ? -scaled : scaled) * 2 + den) / (2 * den);
    return scaled < 0 ? -magnitude : magnitude;
}

QString npsCell(const NpsTally& tally)
{
    if (tally.answers() == 0)
        return QCoreApplication::translate("Cli", "no answers");
    return metricsformat::scaledText(tenths(100 * qint64(tally.promoters - tally.detractors), tally.answers()), 1);
}

QString csatCell(const CsatTally& tally)
{
    if (tally.answers == 0)
        return QCoreApplication::translate("Cli", "no answers");
    return QCoreApplication::translate("Cli", "%1 %")
        .arg(metricsformat::scaledText(tenths(100 * qint64(tally.satisfied), tally.answers), 1));
}

QString groupCounts(const NpsTally& tally)
{
    return QStringLiteral("%1 / %2 / %3").arg(tally.promoters).arg(tally.passives).arg(tally.detractors);
}

QJsonValue scoreJson(qint64 num, qint64 den)
{
    return den == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(scoreText(num, den));
}

} // namespace

QString scoreText(qint64 num, qint64 den)
{
    const qint64 t = tenths(num, den);
    const qint64 magnitude = t < 0 ? -t : t;
    return QStringLiteral("%1%2.%3")
        .arg(t < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 10)
        .arg(magnitude % 10);
}

QJsonObject answerToJson(const SurveyAnswer& a, const QString& customerName)
{
    QJsonObject o {
        {QStringLiteral("id"), a.id.value},
        {QStringLiteral("customer"), a.customerId.value},
        {QStringLiteral("customer_name"), customerName},
        {QStringLiteral("kind"), surveys::surveyKindKey(a.kind)},
        {QStringLiteral("date"), a.date.toString(Qt::ISODate)},
        {QStringLiteral("score"), a.score},
        {QStringLiteral("comment"), a.comment},
        {QStringLiteral("channel"), surveys::surveyChannelKey(a.channel)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
    };
    o.insert(QStringLiteral("group"),
             a.kind == SurveyKind::Nps ? QJsonValue(surveys::npsGroupKey(surveys::npsGroupOf(a.score)))
                                       : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonArray answersToJson(const QList<SurveyAnswer>& answers, const QHash<CustomerId, QString>& names)
{
    QJsonArray array;
    for (const SurveyAnswer& a : answers)
        array.append(answerToJson(a, names.value(a.customerId)));
    return array;
}

QStringList answersText(const QList<SurveyAnswer>& answers, const QHash<CustomerId, QString>& names)
{
    if (answers.isEmpty())
        return {QCoreApplication::translate("Cli", "No answers.")};
    Table table({QCoreApplication::translate("Cli", "Id"), QCoreApplication::translate("Cli", "Date"),
                 QCoreApplication::translate("Cli", "Customer"), QCoreApplication::translate("Cli", "Kind"),
                 QCoreApplication::translate("Cli", "Score"), QCoreApplication::translate("Cli", "Group"),
                 QCoreApplication::translate("Cli", "Channel"), QCoreApplication::translate("Cli", "Tags"),
                 QCoreApplication::translate("Cli", "Comment")});
    for (const SurveyAnswer& a : answers) {
        QString comment = a.comment.simplified();
        if (comment.size() > 60)
            comment = comment.left(59) + QStringLiteral("…");
        table.addRow({QString::number(a.id.value), billingformat::dateText(a.date),
                      billingformat::customerLabel(a.customerId, names.value(a.customerId)),
                      surveys::surveyKindName(a.kind), QString::number(a.score),
                      a.kind == SurveyKind::Nps ? surveys::npsGroupName(surveys::npsGroupOf(a.score)) : QString(),
                      surveys::surveyChannelName(a.channel), a.tags.join(QStringLiteral(", ")), comment});
    }
    QStringList lines = table.lines();
    lines << QString() << QCoreApplication::translate("Cli", "%n answer(s).", nullptr, int(answers.size()));
    return lines;
}

QJsonObject npsToJson(const NpsTally& tally)
{
    return {
        {QStringLiteral("answers"), tally.answers()},
        {QStringLiteral("promoters"), tally.promoters},
        {QStringLiteral("passives"), tally.passives},
        {QStringLiteral("detractors"), tally.detractors},
        // null when there are no answers: "no answers", never 0.
        {QStringLiteral("nps"), scoreJson(100 * qint64(tally.promoters - tally.detractors), tally.answers())},
    };
}

QJsonObject csatToJson(const CsatTally& tally)
{
    return {
        {QStringLiteral("answers"), tally.answers},
        {QStringLiteral("satisfied"), tally.satisfied},
        {QStringLiteral("csat"), scoreJson(100 * qint64(tally.satisfied), tally.answers)},
    };
}

QJsonObject reportToJson(const surveys::SurveyReport& report, const QString& by, const NpsGroups& groups)
{
    QJsonArray months;
    for (const surveys::SurveyMonth& m : report.months) {
        months.append(QJsonObject {
            {QStringLiteral("month"), metricsformat::monthText(m.month)},
            {QStringLiteral("nps"), npsToJson(m.nps)},
            {QStringLiteral("nps_trailing_90_days"), npsToJson(m.npsTrailing90)},
            {QStringLiteral("csat"), csatToJson(m.csat)},
        });
    }
    QJsonArray npsDistribution;
    for (int count : report.npsDistribution)
        npsDistribution.append(count);
    QJsonObject csatDistribution;
    for (int score = 1; score <= 5; ++score)
        csatDistribution.insert(QString::number(score), report.csatDistribution.at(score));
    QJsonObject tags;
    for (auto it = report.tags.cbegin(); it != report.tags.cend(); ++it) {
        QJsonArray counts;
        for (const surveys::TagCount& t : it.value())
            counts.append(QJsonObject {{QStringLiteral("tag"), t.tag}, {QStringLiteral("count"), t.count}});
        tags.insert(surveys::npsGroupKey(it.key()), counts);
    }
    QJsonObject o {
        {QStringLiteral("months"), months},
        {QStringLiteral("nps_distribution"), npsDistribution},
        {QStringLiteral("csat_distribution"), csatDistribution},
        {QStringLiteral("tags"), tags},
    };
    if (!by.isEmpty()) {
        QJsonArray array;
        for (const auto& [key, tally] : groups) {
            QJsonObject group = npsToJson(tally);
            group.insert(QStringLiteral("key"), key);
            array.append(group);
        }
        o.insert(QStringLiteral("by"), by);
        o.insert(QStringLiteral("groups"), array);
    }
    return o;
}

QStringList reportText(const surveys::SurveyReport& report, const QString& by, const NpsGroups& groups)
{
    Table months({QCoreApplication::translate("Cli", "Month"), QCoreApplication::translate("Cli", "NPS answers"),
                  QCoreApplication::translate("Cli", "P / P / D"), QCoreApplication::translate("Cli", "NPS"),
                  QCoreApplication::translate("Cli", "NPS 90 days"), QCoreApplication::translate("Cli", "CSAT answers"),
                  QCoreApplication::translate("Cli", "CSAT")});
    for (const surveys::SurveyMonth& m : report.months) {
        months.addRow({metricsformat::monthText(m.month), QString::number(m.nps.answers()), groupCounts(m.nps),
                       npsCell(m.nps), npsCell(m.npsTrailing90), QString::number(m.csat.answers), csatCell(m.csat)});
    }
    QStringList lines = months.lines();
    lines << QCoreApplication::translate("Cli", "P / P / D: promoters (9–10), passives (7–8), detractors (0–6).");

    lines << QString() << QCoreApplication::translate("Cli", "Scores (NPS):");
    QStringList cells;
    for (int score = 0; score <= 10; ++score)
        cells.append(QStringLiteral("%1: %2").arg(score).arg(report.npsDistribution.at(score)));
    lines << QStringLiteral("  ") + cells.join(QStringLiteral("  "));
    cells.clear();
    for (int score = 1; score <= 5; ++score)
        cells.append(QStringLiteral("%1: %2").arg(score).arg(report.csatDistribution.at(score)));
    lines << QCoreApplication::translate("Cli", "Scores (CSAT):")
          << QStringLiteral("  ") + cells.join(QStringLiteral("  "));

    lines << QString() << QCoreApplication::translate("Cli", "Tags:");
    bool anyTag = false;
    for (NpsGroup group : {NpsGroup::Promoter, NpsGroup::Passive, NpsGroup::Detractor}) {
        const QList<surveys::TagCount> counts = report.tags.value(group);
        if (counts.isEmpty())
            continue;
        anyTag = true;
        QStringList tagCells;
        for (const surveys::TagCount& t : counts)
            tagCells.append(QStringLiteral("%1 (%2)").arg(t.tag).arg(t.count));
        lines << QStringLiteral("  %1: %2").arg(surveys::npsGroupName(group), tagCells.join(QStringLiteral(", ")));
    }
    if (!anyTag)
        lines << QStringLiteral("  ") + QCoreApplication::translate("Cli", "no tagged comments");

    if (!by.isEmpty()) {
        Table split({by == QLatin1String("plan") ? QCoreApplication::translate("Cli", "Plan")
                                                 : QCoreApplication::translate("Cli", "Segment"),
                     QCoreApplication::translate("Cli", "NPS answers"), QCoreApplication::translate("Cli", "P / P / D"),
                     QCoreApplication::translate("Cli", "NPS")});
        for (const auto& [key, tally] : groups) {
            const QString name = key.isEmpty()
                ? (by == QLatin1String("plan") ? QCoreApplication::translate("Cli", "(no plan)")
                                               : QCoreApplication::translate("Cli", "(no segment)"))
                : key;
            split.addRow({name, QString::number(tally.answers()), groupCounts(tally), npsCell(tally)});
        }
        lines << QString() << split.lines();
    }
    return lines;
}

} // namespace subdesk::cli::npsformat
