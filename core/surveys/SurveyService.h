#pragma once

#include "SurveyAnswer.h"
#include "SurveyRepository.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace subdesk {
class Clock;
}
namespace subdesk::customers {
class CustomerRepository;
}

namespace subdesk::surveys {

/**
 * The only writer of survey answers. Rules (one translated message each, naming the field): the
 * customer exists; the score is 0–10 for NPS and 1–5 for CSAT; the date is valid and not after
 * today; the comment is at most kMaxCommentLength characters; tags are at most kMaxTagLength.
 */
class SurveyService
{
    Q_DECLARE_TR_FUNCTIONS(SurveyService)
public:
    SurveyService(SurveyRepository& answers, customers::CustomerRepository& customers, const Clock& clock)
        : m_answers(answers)
        , m_customers(customers)
        , m_clock(clock)
    { }

    /** Checks one answer without storing it (the dialog, the import's preview). */
    Status validate(const SurveyAnswer& answer) const;
    /** Validates and stores answers, all or none; the first invalid one is named in the error. */
    Result<QList<SurveyAnswer>> add(const QList<SurveyAnswer>& answers);
    Status update(const SurveyAnswer& answer);
    Status remove(SurveyAnswerId id);
    Result<QList<SurveyAnswer>> answers(const SurveyQuery& query);

private:
    /** Every rule but the customer's existence (add() checks that against all customers at once). */
    Status validateFields(const SurveyAnswer& answer) const;

    SurveyRepository& m_answers;
    customers::CustomerRepository& m_customers;
    const Clock& m_clock;
};

} // namespace subdesk::surveys
