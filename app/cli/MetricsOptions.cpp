#include "MetricsOptions.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogService.h"
#include "io/FxRateCsv.h"
#include "money/Currency.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace subdesk::cli::metricsoptions {

namespace {

QString monthError(const QString& what, const QString& text)
{
    return QCoreApplication::translate("Cli", "%1 must be a month written YYYY-MM such as 2026-03, not \"%2\".")
        .arg(what, text);
}

std::optional<metrics::MetricsDimension> dimensionFromKey(const QString& key)
{
    for (const auto by : {metrics::MetricsDimension::Segment, metrics::MetricsDimension::Plan}) {
        if (key == dimensionKey(by))
            return by;
    }
    return std::nullopt;
}

} // namespace

std::optional<QDate> month(OptionReader& reader, const QString& flag)
{
    if (!reader.isSet(flag))
        return std::nullopt;
    if (const auto parsed = io::FxRateCsv::parseMonth(reader.text(flag)))
        return parsed;
    reader.error(monthError(QStringLiteral("--") + flag, reader.invocation().value(flag)));
    return std::nullopt;
}

std::optional<QDate> monthArgument(const Invocation& inv, const QString& what, const QString& text)
{
    if (const auto parsed = io::FxRateCsv::parseMonth(text))
        return parsed;
    inv.usageError(monthError(what, text));
    return std::nullopt;
}

TypedFilter filter(OptionReader& reader, QDate today)
{
    TypedFilter typed;
    const QDate thisMonth(today.year(), today.month(), 1);
    const auto from = month(reader, QStringLiteral("from"));
    const auto to = month(reader, QStringLiteral("to"));
    typed.filter.toMonth = to.value_or(thisMonth);
    typed.filter.fromMonth = from.value_or(typed.filter.toMonth.addMonths(-11));
    if (!reader.failed() && typed.filter.fromMonth > typed.filter.toMonth) {
        reader.error(
            QCoreApplication::translate("Cli", "--from (%1) must not be after --to (%2).")
                .arg(io::FxRateCsv::monthText(typed.filter.fromMonth), io::FxRateCsv::monthText(typed.filter.toMonth)));
    }
    const Invocation& inv = reader.invocation();
    if (reader.isSet(QStringLiteral("segment"))) {
        for (const QString& segment : inv.values(QStringLiteral("segment")))
            typed.filter.segments.insert(segment.trimmed());
    }
    if (reader.isSet(QStringLiteral("country"))) {
        static const QRegularExpression countryForm(QStringLiteral("^[A-Za-z]{2}$"));
        for (const QString& country : inv.values(QStringLiteral("country"))) {
            if (!countryForm.match(country.trimmed()).hasMatch()) {
                reader.error(QCoreApplication::translate("Cli",
                                                         "--country must be a two-letter code such as SE, not "
                                                         "\"%1\".")
                                 .arg(country));
            }
            typed.filter.countries.insert(country.trimmed().toUpper());
        }
    }
    if (reader.isSet(QStringLiteral("currency"))) {
        for (const QString& currency : inv.values(QStringLiteral("currency"))) {
            const QString code = currency.trimmed().toUpper();
            if (!Currency::isValidCode(code)) {
                reader.error(QCoreApplication::translate(
                                 "Cli", "--currency: \"%1\" is not an ISO 4217 currency code such as EUR.")
                                 .arg(currency));
            }
            typed.filter.currencies.insert(code);
        }
    }
    if (reader.isSet(QStringLiteral("plan")))
        typed.planCodes = inv.values(QStringLiteral("plan"));
    typed.by = reader
                   .choice<metrics::MetricsDimension>(QStringLiteral("by"), dimensionFromKey,
                                                      {dimensionKey(metrics::MetricsDimension::Segment),
                                                       dimensionKey(metrics::MetricsDimension::Plan)})
                   .value_or(metrics::MetricsDimension::None);
    return typed;
}

bool resolvePlans(storage::CompanyFile& company, TypedFilter& typed)
{
    for (const QString& code : std::as_const(typed.planCodes)) {
        const catalog::Plan* plan = planOrFail(company.catalog().catalog(), code);
        if (!plan)
            return false;
        typed.filter.plans.insert(plan->id);
    }
    return true;
}

QHash<PlanId, QString> planCodes(storage::CompanyFile& company)
{
    QHash<PlanId, QString> codes;
    for (const catalog::Plan& plan : company.catalog().catalog().plans)
        codes.insert(plan.id, plan.code);
    return codes;
}

QList<OptionSpec> filterOptions()
{
    return {
        {{QStringLiteral("from")},
         QStringLiteral("YYYY-MM"),
         QCoreApplication::translate("Cli", "The first month (default: 11 months before --to).")},
        {{QStringLiteral("to")},
         QStringLiteral("YYYY-MM"),
         QCoreApplication::translate("Cli", "The last month (default: this month).")},
        {{QStringLiteral("segment")},
         QStringLiteral("SEGMENT"),
         QCoreApplication::translate("Cli", "Only customers of this segment (\"\" for none)."),
         true},
        {{QStringLiteral("plan")},
         QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "Only subscriptions to this plan."),
         true},
        {{QStringLiteral("country")},
         QStringLiteral("CC"),
         QCoreApplication::translate("Cli", "Only customers in this country."),
         true},
        {{QStringLiteral("currency")},
         QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "Only subscriptions in this currency."),
         true},
    };
}

OptionSpec byOption()
{
    return {{QStringLiteral("by")},
            QStringLiteral("segment|plan"),
            QCoreApplication::translate("Cli", "Split the figures per segment or per plan.")};
}

QString dimensionKey(metrics::MetricsDimension by)
{
    switch (by) {
    case metrics::MetricsDimension::Segment:
        return QStringLiteral("segment");
    case metrics::MetricsDimension::Plan:
        return QStringLiteral("plan");
    case metrics::MetricsDimension::None:
        break;
    }
    return QString();
}

} // namespace subdesk::cli::metricsoptions
