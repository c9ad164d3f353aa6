#include "SurveyAnswer.h"

#include "common/EnumKeys.h"

#include <QRegularExpression>

#include <algorithm>

namespace subdesk::surveys {

namespace {

const EnumKey<SurveyKind> kKinds[] = {
    {SurveyKind::Nps, "nps", QT_TRANSLATE_NOOP("Survey", "NPS")},
    {SurveyKind::Csat, "csat", QT_TRANSLATE_NOOP("Survey", "CSAT")},
};

const EnumKey<SurveyChannel> kChannels[] = {
    {SurveyChannel::Email, "email", QT_TRANSLATE_NOOP("Survey", "E-mail")},
    {SurveyChannel::Web, "web", QT_TRANSLATE_NOOP("Survey", "Web")},
    {SurveyChannel::InApp, "in_app", QT_TRANSLATE_NOOP("Survey", "In app")},
    {SurveyChannel::Phone, "phone", QT_TRANSLATE_NOOP("Survey", "Phone")},
    {SurveyChannel::Other, "other", QT_TRANSLATE_NOOP("Survey", "Other")},
};

const EnumKey<NpsGroup> kGroups[] = {
    {NpsGroup::Promoter, "promoter", QT_TRANSLATE_NOOP("Survey", "Promoters")},
    {NpsGroup::Passive, "passive", QT_TRANSLATE_NOOP("Survey", "Passives")},
    {NpsGroup::Detractor, "detractor", QT_TRANSLATE_NOOP("Survey", "Detractors")},
};

} // namespace

QString surveyKindKey(SurveyKind kind)
{
    return enumkeys::key(kKinds, kind);
}

std::optional<SurveyKind> surveyKindFromKey(const QString& key)
{
    return enumkeys::fromKey(kKinds, key.trimmed().toLower());
}

QString surveyKindName(SurveyKind kind)
{
    return enumkeys::name(kKinds, kind, "Survey");
}

const QList<SurveyKind>& allSurveyKinds()
{
    static const QList<SurveyKind> kinds = enumkeys::values(kKinds);
    return kinds;
}

QString surveyChannelKey(SurveyChannel channel)
{
    return enumkeys::key(kChannels, channel);
}

std::optional<SurveyChannel> surveyChannelFromKey(const QString& key)
{
    // "in-app", "In App" and "in_app" are one key.
    QString normal = key.trimmed().toLower();
    normal.replace(QLatin1Char('-'), QLatin1Char('_'));
    normal.replace(QLatin1Char(' '), QLatin1Char('_'));
    return enumkeys::fromKey(kChannels, normal);
}

QString surveyChannelName(SurveyChannel channel)
{
    return enumkeys::name(kChannels, channel, "Survey");
}

const QList<SurveyChannel>& allSurveyChannels()
{
    static const QList<SurveyChannel> channels = enumkeys::values(kChannels);
    return channels;
}

QString npsGroupKey(NpsGroup group)
{
    return enumkeys::key(kGroups, group);
}

std::optional<NpsGroup> npsGroupFromKey(const QString& key)
{
    return enumkeys::fromKey(kGroups, key.trimmed().toLower());
}

QString npsGroupName(NpsGroup group)
{
    return enumkeys::name(kGroups, group, "Survey");
}

NpsGroup npsGroupOf(int score)
{
    if (score >= 9)
        return NpsGroup::Promoter;
    if (score >= 7)
        return NpsGroup::Passive;
    return NpsGroup::Detractor;
}

QStringList SurveyAnswer::parseTags(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QStringList tags;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        // Inner runs of white space become one space: "late  invoice" and "late invoice" are one tag.
        const QString tag = part.simplified().toLower();
        if (!tag.isEmpty())
            tags.append(tag);
    }
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    return tags;
}

} // namespace subdesk::surveys
