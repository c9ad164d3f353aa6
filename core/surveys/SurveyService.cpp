#include "SurveyService.h"

#include "common/Clock.h"
#include "customers/CustomerRepository.h"

#include <QHash>
#include <QSet>

namespace subdesk::surveys {

namespace {

/** Above this many distinct customers, add() reads them all once instead of one by one (imports). */
constexpr int kLoadAllCustomers = 50;

/** The answer with its tags normalised (a tag given with a comma or semicolon becomes two). */
SurveyAnswer normalised(const SurveyAnswer& answer)
{
    SurveyAnswer a = answer;
    a.tags = SurveyAnswer::parseTags(answer.tags.join(QLatin1Char(',')));
    return a;
}

} // namespace

Status SurveyService::validateFields(const SurveyAnswer& answer) const
{
    const SurveyAnswer a = normalised(answer);
    const int low = SurveyAnswer::minScore(a.kind);
    const int high = SurveyAnswer::maxScore(a.kind);
    if (a.score < low || a.score > high)
        return Error(ErrorCode::Invalid,
                     a.kind == SurveyKind::Nps ? tr("Score: an NPS answer is from 0 to 10, not %1.").arg(a.score)
                                               : tr("Score: a CSAT answer is from 1 to 5, not %1.").arg(a.score));
    if (!a.date.isValid())
        return Error(ErrorCode::Invalid, tr("Date: the date is missing or not a valid date."));
    if (a.date > m_clock.today())
        return Error(
            ErrorCode::Invalid,
            tr("Date: %1 is in the future; an answer is dated when it was given.").arg(a.date.toString(Qt::ISODate)));
    if (a.comment.size() > SurveyAnswer::kMaxCommentLength)
        return Error(ErrorCode::Invalid,
                     tr("Comment: at most %1 characters (this one has %2).")
                         .arg(SurveyAnswer::kMaxCommentLength)
                         .arg(a.comment.size()));
    for (const QString& tag : a.tags) {
        if (tag.size() > SurveyAnswer::kMaxTagLength)
            return Error(ErrorCode::Invalid,
                         tr("Tags: “%1” is longer than %2 characters.").arg(tag).arg(SurveyAnswer::kMaxTagLength));
    }
    if (!a.customerId.isValid())
        return Error(ErrorCode::Invalid, tr("Customer: choose the customer who answered."));
    return {};
}

Status SurveyService::validate(const SurveyAnswer& answer) const
{
    if (Status fields = validateFields(answer); !fields)
        return fields;
    auto customer = m_customers.find(answer.customerId);
    if (!customer) {
        if (customer.error().code == ErrorCode::NotFound)
            return Error(ErrorCode::NotFound,
                         tr("Customer: there is no customer number %1.").arg(answer.customerId.value));
        return customer.error();
    }
    return {};
}

Result<QList<SurveyAnswer>> SurveyService::add(const QList<SurveyAnswer>& answers)
{
    // Known customers, read once: an import of 100,000 answers must not look each one up.
    QSet<CustomerId> wanted;
    for (const SurveyAnswer& a : answers)
        wanted.insert(a.customerId);
    QSet<CustomerId> known;
    if (wanted.size() > kLoadAllCustomers) {
        auto all = m_customers.loadAll();
        if (!all)
            return all.error();
        for (const customers::Customer& c : std::as_const(*all))
            known.insert(c.id);
    } else {
        for (CustomerId id : std::as_const(wanted)) {
            auto found = m_customers.find(id);
            if (found)
                known.insert(id);
            else if (found.error().code != ErrorCode::NotFound && id.isValid())
                return found.error();
        }
    }

    QList<SurveyAnswer> checked;
    checked.reserve(answers.size());
    for (qsizetype i = 0; i < answers.size(); ++i) {
        SurveyAnswer a = normalised(answers.at(i));
        a.id = SurveyAnswerId();
        Status valid = validateFields(a);
        if (valid && !known.contains(a.customerId))
            valid = Error(ErrorCode::NotFound, tr("Customer: there is no customer number %1.").arg(a.customerId.value));
        if (!valid)
            return Error(valid.error().code, tr("Answer %1: %2").arg(i + 1).arg(valid.error().message));
        checked.append(std::move(a));
    }
    if (checked.isEmpty())
        return checked;
    return m_answers.add(checked);
}

Status SurveyService::update(const SurveyAnswer& answer)
{
    if (!answer.id.isValid())
        return Error(ErrorCode::NotFound, tr("The survey answer is not stored yet."));
    if (Status valid = validate(answer); !valid)
        return valid;
    return m_answers.update(normalised(answer));
}

Status SurveyService::remove(SurveyAnswerId id)
{
    return m_answers.remove(id);
}

Result<QList<SurveyAnswer>> SurveyService::answers(const SurveyQuery& query)
{
    return m_answers.answers(query);
}

} // namespace subdesk::surveys
