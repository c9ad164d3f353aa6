#pragma once

#include "DemoScript.h"
#include "customers/Customer.h"
#include "surveys/SurveyAnswer.h"

#include <QDate>
#include <QList>

namespace subdesk::demo {

/**
 * The demo company's survey answers over the history, from the customers' stretches as
 * subscribers (DemoScript::lives). The NPS programme starts some months into the history: twice a
 * year (March and October) every customer is asked and about 45 % answer, so most answer once or
 * twice a year; from its second year new customers are also asked after 60 days. Some support
 * contacts are followed by a CSAT question. Scores follow the customer's fate: those who leave
 * within nine months mostly answer as detractors, the others improve a little every year. About
 * half the answers carry a comment, in the customer's language or in English, on recurring themes
 * tagged "pricing", "support", "performance", "onboarding", "invoicing" or "missing feature".
 * Months before the programme and between its waves have no NPS answers at all.
 */
class DemoSurveys
{
public:
    static QList<surveys::SurveyAnswer> answers(const QList<detail::DemoLife>& lives,
                                                const QList<customers::Customer>& customers, quint32 seed, QDate today);
    /** The first NPS wave: the first 10 March or 10 October at least six months after the history starts. */
    static QDate firstWave(QDate today);
};

} // namespace subdesk::demo
