#include "DrillDowns.h"

#include "DashboardFormat.h"
#include "catalog/Catalog.h"
#include "common/Countries.h"
#include "widgets/Plural.h"

#include <QLocale>

namespace subdesk::ui {

namespace {

QString planName(const catalog::Catalog& catalog, PlanId id)
{
    if (const catalog::Plan* plan = catalog.plan(id))
        return plan->name;
    return DrillDowns::tr("Plan %1").arg(id.value);
}

QString customerName(const metrics::MetricsData& data, CustomerId id)
{
    const auto found = data.customers.constFind(id);
    return found != data.customers.constEnd() ? found->name : DrillDowns::tr("Customer %1").arg(id.value);
}

QString signedMoney(qint64 minor, const QString& currency)
{
    const QString text = DashboardFormat::money(minor, currency);
    return minor > 0 ? QLocale().positiveSign() + text : text;
}

} // namespace

Result<DrillDownTable> DrillDowns::build(const DashboardResult& result, const DrillDownRequest& request,
                                         const catalog::Catalog& catalog)
{
    switch (request.kind) {
    case DrillDownRequest::Kind::Paying:
    case DrillDownRequest::Kind::Cohort:
        return paying(result, request, catalog);
    case DrillDownRequest::Kind::Movements:
        return movements(result, request);
    case DrillDownRequest::Kind::NpsAnswers:
        return answers(result, request);
    }
    return Error(ErrorCode::Invalid, tr("Unknown figure."));
}

Result<DrillDownTable> DrillDowns::paying(const DashboardResult& result, const DrillDownRequest& request,
                                          const catalog::Catalog& catalog)
{
    const bool cohort = request.kind == DrillDownRequest::Kind::Cohort;
    // NRR and GRR follow the customers paying on the day before their 12-month window.
    const QDate day = cohort ? request.month.addMonths(-11).addDays(-1) : DashboardFormat::lastDay(request.month);
    const metrics::MetricsEngine engine(result.snapshot->data);
    auto rows = engine.payingOn(result.filter, day);
    if (!rows)
        return rows.error();
    const QString& currency = result.report.currency;
    DrillDownTable table;
    const QString dayText = QLocale().toString(day, QLocale::ShortFormat);
    table.title = cohort ? tr("%1: customers paying on %2, the day before the 12 months to %3")
                               .arg(request.figureName, dayText, DashboardFormat::month(request.month))
                         : tr("%1: customers paying on %2").arg(request.figureName, dayText);
    table.headers = {tr("Customer"), tr("Segment"), tr("Country"), tr("MRR (%1)").arg(currency)};
    table.numericColumns = {3};
    qint64 sum = 0;
    for (const metrics::CustomerMrrRow& row : *rows) {
        sum += row.mrrMinor;
        DrillDownTable::Row line;
        const QString country = row.country.isEmpty() ? QString() : countries::name(row.country);
        line.cells = {row.customerName, row.segment, country, DashboardFormat::money(row.mrrMinor, currency)};
        line.plainCells = {row.customerName, row.segment, row.country,
                           DashboardFormat::plainMoney(row.mrrMinor, currency)};
        for (const metrics::CustomerMrrRow::Part& part : row.parts) {
            DrillDownTable::Row child;
            const QString what =
                tr("Subscription %1 · %2").arg(part.subscriptionId.value).arg(planName(catalog, part.planId));
            child.cells = {what, QString(), part.currency, DashboardFormat::money(part.mrrMinor, part.currency)};
            line.children.append(child);
        }
        table.rows.append(line);
    }
    const qsizetype customers = rows->size();
    const QString customersText = pluralized(tr("%Ln customer(s)", nullptr, int(customers)), customers);
    const QString sumText = DashboardFormat::money(sum, currency);
    if (cohort) {
        table.explanation = tr("NRR and GRR follow these customers over the 12 months that start the next day: "
                               "what they pay at the end, without new customers, against what they paid here.");
        table.total = tr("%1, MRR at the window's start %2").arg(customersText, sumText);
    } else if (request.figure == DrillDownRequest::Figure::Arr) {
        table.total =
            tr("%1, MRR %2 × 12 = ARR %3").arg(customersText, sumText, DashboardFormat::money(12 * sum, currency));
    } else if (request.figure == DrillDownRequest::Figure::Arpa || request.figure == DrillDownRequest::Figure::Clv) {
        // The month's ARPA as the engine rounded it, so the line shows the tile's figure.
        qint64 arpa = 0;
        for (const metrics::MonthFigures& month : result.report.months) {
            if (month.month == request.month)
                arpa = month.arpa.value_or(0);
        }
        table.total = tr("MRR %1 ÷ %2 = ARPA %3").arg(sumText, customersText, DashboardFormat::money(arpa, currency));
        if (request.figure == DrillDownRequest::Figure::Clv)
            table.explanation = tr("CLV is ARPA divided by the mean monthly logo churn of the trailing 6 months.");
    } else if (request.figure == DrillDownRequest::Figure::PayingCustomers) {
        table.total = tr("%1 with MRR %2").arg(customersText, sumText);
    } else {
        table.total = tr("Total MRR %1 (%2)").arg(sumText, customersText);
    }
    return table;
}

Result<DrillDownTable> DrillDowns::movements(const DashboardResult& result, const DrillDownRequest& request)
{
    const metrics::MetricsEngine engine(result.snapshot->data);
    auto rows = engine.movements(result.filter, request.month, request.movement);
    if (!rows)
        return rows.error();
    const QString& currency = result.report.currency;
    DrillDownTable table;
    const QString what = request.movement ? metrics::movementKindName(*request.movement) : tr("MRR movements");
    table.title = tr("%1 in %2").arg(what, DashboardFormat::month(request.month));
    table.headers = {tr("Customer"), tr("Day"), tr("Movement"), tr("From"), tr("To"), tr("Change")};
    table.numericColumns = {3, 4, 5};
    qint64 net = 0;
    qint64 magnitude = 0;
    for (const metrics::MovementRow& row : *rows) {
        const qint64 change = row.toMinor - row.fromMinor;
        net += change;
        magnitude += row.amount();
        DrillDownTable::Row line;
        line.cells = {row.customerName,
                      QLocale().toString(row.day, QLocale::ShortFormat),
                      metrics::movementKindName(row.kind),
                      DashboardFormat::money(row.fromMinor, currency),
                      DashboardFormat::money(row.toMinor, currency),
                      signedMoney(change, currency)};
        line.plainCells = {row.customerName,
                           row.day.toString(Qt::ISODate),
                           metrics::movementKindKey(row.kind),
                           DashboardFormat::plainMoney(row.fromMinor, currency),
                           DashboardFormat::plainMoney(row.toMinor, currency),
                           DashboardFormat::plainMoney(change, currency)};
        table.rows.append(line);
    }
    const qsizetype count = rows->size();
    const QString changes = pluralized(tr("%Ln change(s)", nullptr, int(count)), count);
    if (request.movement) {
        table.total = tr("%1, %2 %3").arg(changes, what, DashboardFormat::money(magnitude, currency));
        if (*request.movement == metrics::MovementKind::Churn)
            table.explanation = tr("Logo churn counts these customers against those paying at the month's start.");
    } else {
        table.total = tr("%1, net %2").arg(changes, signedMoney(net, currency));
    }
    return table;
}

DrillDownTable DrillDowns::answers(const DashboardResult& result, const DrillDownRequest& request)
{
    const surveys::SurveyAnalysis analysis(result.snapshot->answers, result.snapshot->data);
    const QList<surveys::SurveyAnswer> answers =
        analysis.answersIn(result.filter, request.month, request.trailing90, request.group);
    DrillDownTable table;
    const QString period = request.trailing90
        ? tr("the 90 days to %1").arg(QLocale().toString(DashboardFormat::lastDay(request.month), QLocale::ShortFormat))
        : DashboardFormat::month(request.month);
    table.title = request.group ? tr("%1 in %2").arg(surveys::npsGroupName(*request.group), period)
                                : tr("NPS answers in %1").arg(period);
    table.headers = {tr("Customer"), tr("Date"), tr("Score"), tr("Group"), tr("Channel"), tr("Comment")};
    table.numericColumns = {2};
    surveys::NpsTally tally;
    for (const surveys::SurveyAnswer& answer : answers) {
        tally.add(answer.score);
        const QString name = customerName(result.snapshot->data, answer.customerId);
        const surveys::NpsGroup group = surveys::npsGroupOf(answer.score);
        DrillDownTable::Row line;
        line.cells = {name,
                      QLocale().toString(answer.date, QLocale::ShortFormat),
                      QLocale().toString(answer.score),
                      surveys::npsGroupName(group),
                      surveys::surveyChannelName(answer.channel),
                      answer.comment};
        line.plainCells = {name,
                           answer.date.toString(Qt::ISODate),
                           QString::number(answer.score),
                           surveys::npsGroupKey(group),
                           surveys::surveyChannelKey(answer.channel),
                           answer.comment};
        table.rows.append(line);
    }
    const QString answersText = pluralized(tr("%Ln answer(s)", nullptr, tally.answers()), tally.answers());
    if (const auto nps = tally.nps(); nps && !request.group) {
        table.total = tr("%1: %2 promoters, %3 passives, %4 detractors, NPS %5")
                          .arg(answersText, QLocale().toString(tally.promoters), QLocale().toString(tally.passives),
                               QLocale().toString(tally.detractors), DashboardFormat::nps(*nps));
    } else {
        table.total = answersText;
    }
    return table;
}

} // namespace subdesk::ui
