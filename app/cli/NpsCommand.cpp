#include "NpsCommand.h"

#include "CommandSupport.h"
#include "InvoiceSupport.h"
#include "MetricsOptions.h"
#include "NpsFormat.h"
#include "customers/CustomerService.h"
#include "io/SurveyCsvImporter.h"
#include "metrics/MetricsService.h"
#include "storage/CompanyFile.h"
#include "surveys/SurveyService.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace subdesk::cli {

using surveys::SurveyAnswer;
using surveys::SurveyKind;

namespace {

QStringList kindKeys()
{
    return {QStringLiteral("nps"), QStringLiteral("csat")};
}

std::optional<SurveyKind> kindFlag(OptionReader& reader)
{
    return reader.choice<SurveyKind>(QStringLiteral("kind"), surveys::surveyKindFromKey, kindKeys());
}

/** The one customer with the e-mail address (any letter case); fails naming none or the several. */
Result<CustomerId> customerByEmail(storage::CompanyFile& company, const QString& email)
{
    const auto all = company.customers().loadAll();
    if (!all)
        return all.error();
    QList<const customers::Customer*> found;
    for (const customers::Customer& c : *all) {
        for (const QString& address : c.emails) {
            if (address.trimmed().compare(email, Qt::CaseInsensitive) == 0) {
                found.append(&c);
                break;
            }
        }
    }
    if (found.isEmpty())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("Cli", "--email: no customer has the e-mail address %1.").arg(email));
    if (found.size() > 1) {
        QStringList numbers;
        for (const customers::Customer* c : std::as_const(found))
            numbers.append(QString::number(c->id.value));
        return Error(
            ErrorCode::Invalid,
            QCoreApplication::translate("Cli", "--email: customers %1 all have the e-mail address %2; use --customer.")
                .arg(numbers.join(QStringLiteral(", ")), email));
    }
    return found.constFirst()->id;
}

ExitCode add(Invocation& inv)
{
    OptionReader reader(inv);
    SurveyAnswer answer;
    const auto customer = invoicesupport::customerFlag(reader);
    const QString email = reader.text(QStringLiteral("email"));
    if (!reader.failed() && customer.has_value() == reader.isSet(QStringLiteral("email")))
        reader.error(
            QCoreApplication::translate("Cli", "Give the customer with either --customer ID or --email ADDRESS."));
    if (reader.require(QStringLiteral("score"))) {
        bool ok = false;
        answer.score = reader.text(QStringLiteral("score")).toInt(&ok);
        if (!ok) {
            reader.error(QCoreApplication::translate(
                             "Cli", "--score must be a whole number (0–10 for NPS, 1–5 for CSAT), not \"%1\".")
                             .arg(inv.value(QStringLiteral("score"))));
        }
    }
    answer.kind = kindFlag(reader).value_or(SurveyKind::Nps);
    answer.date = reader.date(QStringLiteral("date")).value_or(inv.context().clock().today());
    answer.channel =
        reader
            .choice<surveys::SurveyChannel>(QStringLiteral("channel"), surveys::surveyChannelFromKey,
                                            {QStringLiteral("email"), QStringLiteral("web"), QStringLiteral("in_app"),
                                             QStringLiteral("phone"), QStringLiteral("other")})
            .value_or(surveys::SurveyChannel::Other);
    answer.comment = reader.text(QStringLiteral("comment"));
    answer.tags = SurveyAnswer::parseTags(reader.text(QStringLiteral("tags")));
    if (reader.failed())
        return ExitCode::Usage;

    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    storage::CompanyFile& company = *std::get<0>(opened);
    if (customer) {
        answer.customerId = *customer;
    } else {
        const auto found = customerByEmail(company, email);
        if (!found)
            return output::fail(found.error());
        answer.customerId = *found;
    }
    const auto stored = company.surveys().add({answer});
    if (!stored)
        return output::fail(stored.error());
    // Only the number, like the other add commands.
    output::out(QString::number(stored->constFirst().id.value));
    return ExitCode::Ok;
}

std::optional<io::DateOrder> dateOrderFromKey(const QString& key)
{
    if (key == QLatin1String("auto"))
        return io::DateOrder::Auto;
    if (key == QLatin1String("day_first"))
        return io::DateOrder::DayFirst;
    if (key == QLatin1String("month_first"))
        return io::DateOrder::MonthFirst;
    return std::nullopt;
}

ExitCode import(Invocation& inv)
{
    OptionReader reader(inv);
    io::SurveyImportOptions options;
    options.defaultKind = kindFlag(reader).value_or(SurveyKind::Nps);
    options.dateOrder =
        reader
            .choice<io::DateOrder>(QStringLiteral("date-order"), dateOrderFromKey,
                                   {QStringLiteral("auto"), QStringLiteral("day-first"), QStringLiteral("month-first")})
            .value_or(io::DateOrder::Auto);
    options.today = inv.context().clock().today();
    if (reader.failed())
        return ExitCode::Usage;
    auto loaded = loadCsvArgument<io::SurveyCsvImporter>(inv);
    if (auto* code = std::get_if<ExitCode>(&loaded))
        return *code;
    const io::SurveyCsvImporter& importer = std::get<0>(loaded);

    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    storage::CompanyFile& company = *std::get<0>(opened);
    const auto customers = company.customers().loadAll();
    if (!customers)
        return output::fail(customers.error());
    const io::SurveyImportPlan plan = importer.plan(*customers, options);
    // Every problem, each with its line and column, so one pass fixes the file.
    for (const io::SurveyImportProblem& problem : plan.problems)
        output::err(problem.message());
    if (plan.hasProblems()) {
        return output::fail(QCoreApplication::translate(
                                "Cli", "Nothing was imported: the file has %1 problems in %2 rows (listed above).")
                                .arg(plan.problems.size())
                                .arg(plan.dataRows));
    }
    if (plan.answers.isEmpty())
        return output::fail(QCoreApplication::translate("Cli", "Nothing to import: the file has no answers."));
    if (inv.isSet(QStringLiteral("dry-run"))) {
        output::out(QCoreApplication::translate("Cli", "Dry run: %1 answers would be imported; nothing was written.")
                        .arg(plan.answers.size()));
        return ExitCode::Ok;
    }
    const auto stored = io::SurveyCsvImporter::commit(plan, company.surveys());
    if (!stored)
        return output::fail(stored.error());
    output::out(QCoreApplication::translate("Cli", "Survey answers imported: %1.").arg(stored->size()));
    return ExitCode::Ok;
}

ExitCode list(Invocation& inv)
{
    OptionReader reader(inv);
    surveys::SurveyQuery query;
    query.customerId = invoicesupport::customerFlag(reader).value_or(CustomerId());
    query.kind = kindFlag(reader);
    const auto from = reader.date(QStringLiteral("from"));
    const auto to = reader.date(QStringLiteral("to"));
    query.from = from.value_or(QDate());
    query.to = to.value_or(QDate());
    const auto group = reader.choice<surveys::NpsGroup>(
        QStringLiteral("group"), surveys::npsGroupFromKey,
        {QStringLiteral("promoter"), QStringLiteral("passive"), QStringLiteral("detractor")});
    const QString tag = reader.text(QStringLiteral("tag")).toLower();
    if (reader.failed() || !orderedSpan(reader, from, to))
        return ExitCode::Usage;
    if (group && query.kind == SurveyKind::Csat)
        return inv.usageError(
            QCoreApplication::translate("Cli", "--group is for NPS answers; it cannot be combined with --kind csat."));

    OpenedCompany opened = invoicesupport::openForCustomerFilter(inv, query.customerId);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    storage::CompanyFile& company = *std::get<0>(opened);
    const auto answers = company.surveys().answers(query);
    if (!answers)
        return output::fail(answers.error());
    QList<SurveyAnswer> shown;
    for (const SurveyAnswer& a : *answers) {
        if (group && (a.kind != SurveyKind::Nps || surveys::npsGroupOf(a.score) != *group))
            continue;
        if (!tag.isEmpty() && !a.tags.contains(tag))
            continue;
        shown.append(a);
    }
    const auto names = invoicesupport::allCustomerNames(company);
    if (!names)
        return output::fail(names.error());
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(npsformat::answersToJson(shown, *names)));
        return ExitCode::Ok;
    }
    output::outLines(npsformat::answersText(shown, *names));
    return ExitCode::Ok;
}

ExitCode report(Invocation& inv)
{
    OptionReader reader(inv);
    metricsoptions::TypedFilter typed = metricsoptions::filter(reader, inv.context().clock().today());
    if (reader.failed())
        return ExitCode::Usage;
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    storage::CompanyFile& company = *std::get<0>(opened);
    if (!metricsoptions::resolvePlans(company, typed))
        return ExitCode::Failed;
    // The spans tell which plan a customer paid for on an answer's date.
    const auto data = company.metrics().load();
    if (!data)
        return output::fail(data.error());
    const auto answers = company.surveys().answers({});
    if (!answers)
        return output::fail(answers.error());
    const surveys::SurveyAnalysis analysis(*answers, *data);
    const surveys::SurveyReport result = analysis.report(typed.filter);

    const QString by = metricsoptions::dimensionKey(typed.by);
    npsformat::NpsGroups groups;
    if (typed.by == metrics::MetricsDimension::Segment) {
        for (auto it = result.bySegment.cbegin(); it != result.bySegment.cend(); ++it)
            groups.append({it.key(), it.value()});
    } else if (typed.by == metrics::MetricsDimension::Plan) {
        const auto codes = metricsoptions::planCodes(company);
        for (auto it = result.byPlan.cbegin(); it != result.byPlan.cend(); ++it)
            groups.append(
                {it.key().isValid() ? codes.value(it.key(), QString::number(it.key().value)) : QString(), it.value()});
    }
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(npsformat::reportToJson(result, by, groups)));
        return ExitCode::Ok;
    }
    output::outLines(npsformat::reportText(result, by, groups));
    return ExitCode::Ok;
}

} // namespace

QList<CommandSpec> npsCommands()
{
    const OptionSpec kind {{QStringLiteral("kind")},
                           QStringLiteral("nps|csat"),
                           QCoreApplication::translate("Cli", "NPS (0–10, the default) or CSAT (1–5).")};
    QList<OptionSpec> importOptions {
        kind,
        {{QStringLiteral("date-order")},
         QStringLiteral("auto|day-first|month-first"),
         QCoreApplication::translate("Cli", "How dates like 04/03/2026 are read (default: decided per file).")},
        dryRunOption(),
    };
    importOptions += csvOptions();
    QList<OptionSpec> reportOptions;
    for (const OptionSpec& option : metricsoptions::filterOptions()) {
        if (!option.names.contains(QStringLiteral("currency")))
            reportOptions.append(option);
    }
    reportOptions << metricsoptions::byOption() << jsonOption();
    return {
        {{QStringLiteral("nps"), QStringLiteral("add")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli", "Record a survey answer of a customer; prints its number."),
         {
             {{QStringLiteral("customer")}, QStringLiteral("ID"), QCoreApplication::translate("Cli", "The customer.")},
             {{QStringLiteral("email")},
              QStringLiteral("ADDRESS"),
              QCoreApplication::translate("Cli", "The customer with this e-mail address (instead of --customer).")},
             {{QStringLiteral("score")},
              QStringLiteral("N"),
              QCoreApplication::translate("Cli", "The score: 0–10 for NPS, 1–5 for CSAT.")},
             kind,
             {{QStringLiteral("date")},
              QStringLiteral("YYYY-MM-DD"),
              QCoreApplication::translate("Cli", "When it was answered (default: today).")},
             {{QStringLiteral("comment")}, QStringLiteral("TEXT"), QCoreApplication::translate("Cli", "The comment.")},
             {{QStringLiteral("channel")},
              QStringLiteral("email|web|in-app|phone|other"),
              QCoreApplication::translate("Cli", "How the answer reached you (default: other).")},
             {{QStringLiteral("tags")},
              QStringLiteral("TAG,TAG"),
              QCoreApplication::translate("Cli", "Tags that group recurring themes, such as pricing,support.")},
         },
         add},
        {{QStringLiteral("nps"), QStringLiteral("import")},
         QStringLiteral("FILE|-"),
         1,
         1,
         QCoreApplication::translate("Cli",
                                     "Import survey answers from a CSV file as survey tools export it (date, e-mail "
                                     "or customer number, score, comment): all or nothing; every problem is listed "
                                     "with its line and column."),
         importOptions,
         import},
        {{QStringLiteral("nps"), QStringLiteral("list")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli", "List survey answers and their comments, oldest first."),
         {
             {{QStringLiteral("customer")},
              QStringLiteral("ID"),
              QCoreApplication::translate("Cli", "Only this customer's answers.")},
             kind,
             {{QStringLiteral("from")},
              QStringLiteral("YYYY-MM-DD"),
              QCoreApplication::translate("Cli", "Answers on or after this day.")},
             {{QStringLiteral("to")},
              QStringLiteral("YYYY-MM-DD"),
              QCoreApplication::translate("Cli", "Answers on or before this day.")},
             {{QStringLiteral("group")},
              QStringLiteral("promoter|passive|detractor"),
              QCoreApplication::translate("Cli", "Only NPS answers of this group.")},
             {{QStringLiteral("tag")},
              QStringLiteral("TAG"),
              QCoreApplication::translate("Cli", "Only answers with this tag.")},
             jsonOption(),
         },
         list},
        {{QStringLiteral("nps"), QStringLiteral("report")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "NPS per month and over the trailing 90 days, CSAT per month, the distribution "
                                     "of scores and the tags of each group (default: the last 12 months)."),
         reportOptions,
         report},
    };
}

} // namespace subdesk::cli
