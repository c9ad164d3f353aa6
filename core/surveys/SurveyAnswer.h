#pragma once

#include "common/Id.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace subdesk::surveys {

/** NPS answers are 0–10 ("How likely are you to recommend us?"), CSAT answers 1–5. */
enum class SurveyKind
{
    Nps,
    Csat,
};

QString surveyKindKey(SurveyKind kind); ///< "nps", "csat"
std::optional<SurveyKind> surveyKindFromKey(const QString& key); ///< any letter case
QString surveyKindName(SurveyKind kind); ///< translated
const QList<SurveyKind>& allSurveyKinds();

/** How the answer reached us. */
enum class SurveyChannel
{
    Email,
    Web,
    InApp,
    Phone,
    Other,
};

QString surveyChannelKey(SurveyChannel channel); ///< "email", "web", "in_app", "phone", "other"
std::optional<SurveyChannel> surveyChannelFromKey(const QString& key); ///< any case; "in-app" too
QString surveyChannelName(SurveyChannel channel); ///< translated
const QList<SurveyChannel>& allSurveyChannels();

/** Promoters 9–10, passives 7–8, detractors 0–6 (BILLING.md §10); CSAT answers have no group. */
enum class NpsGroup
{
    Promoter,
    Passive,
    Detractor,
};

QString npsGroupKey(NpsGroup group); ///< "promoter", "passive", "detractor"
std::optional<NpsGroup> npsGroupFromKey(const QString& key);
QString npsGroupName(NpsGroup group); ///< translated
NpsGroup npsGroupOf(int score);

/** One survey answer of a customer. */
struct SurveyAnswer
{
    static constexpr int kMaxCommentLength = 4000;
    static constexpr int kMaxTagLength = 40;

    SurveyAnswerId id; ///< invalid until stored
    CustomerId customerId;
    SurveyKind kind = SurveyKind::Nps;
    QDate date;
    int score = 0;
    QString comment;
    SurveyChannel channel = SurveyChannel::Email;
    /** Normalised: trimmed, lower case, unique, sorted ("pricing", "support"). */
    QStringList tags;

    static int minScore(SurveyKind kind) { return kind == SurveyKind::Nps ? 0 : 1; }
    static int maxScore(SurveyKind kind) { return kind == SurveyKind::Nps ? 10 : 5; }
    /** Tags from "Pricing, support ;billing" (comma or semicolon separated), normalised. */
    static QStringList parseTags(const QString& text);
    friend bool operator==(const SurveyAnswer&, const SurveyAnswer&) = default;
};

} // namespace subdesk::surveys
