#include "UsageCsvImporter.h"

#include "catalog/Catalog.h"
#include "catalog/MeteredCharge.h"
#include "subscriptions/Subscription.h"
#include "subscriptions/SubscriptionService.h"
#include "subscriptions/SubscriptionTimeline.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace subdesk::io {

using subscriptions::UsageRecord;

namespace {

/** Header names per column. */
const CsvImportTable::ColumnNames<UsageColumn> kColumnNames[] = {
    {UsageColumn::Subscription,
     "subscription|subscription_id|subscription id|subscription no.|subscription number|subscription_no|sub|"
     "sub_id|subskrypcja|abonament|nr subskrypcji|id subskrypcji|abbonamento|id abbonamento|tilaus|tilausnumero|"
     "tilaus-id"},
    {UsageColumn::Metric, "metric|metric_code|metric code|meter|metryka|licznik|metrica|mittari|mittarin koodi"},
    {UsageColumn::Quantity, "quantity|qty|units|usage|ilość|ilosc|liczba|quantità|quantita|qtà|määrä|maara|lukumäärä"},
    {UsageColumn::Date,
     "date|usage_date|usage date|day|data|dzień|data użycia|giorno|data utilizzo|päivämäärä|paivamaara|pvm|päivä"},
};

const QHash<QString, UsageColumn>& columnIndex()
{
    static const QHash<QString, UsageColumn> index = CsvImportTable::columnIndex(kColumnNames);
    return index;
}

const QList<UsageColumn>& allColumns()
{
    static const QList<UsageColumn> columns = {UsageColumn::Subscription, UsageColumn::Metric, UsageColumn::Quantity,
                                               UsageColumn::Date};
    return columns;
}

/** A whole number ≥ min written with ASCII digits only (no sign, no separators). */
std::optional<qint64> parseWhole(const QString& text, qint64 min)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const qint64 value = text.toLongLong();
    if (value < min)
        return std::nullopt;
    return value;
}

std::optional<QDate> parseIsoDate(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!form.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString labelled(UsageColumn column, const QString& reason)
{
    return usageColumnLabel(column) + QStringLiteral(": ") + reason;
}

} // namespace

QString usageColumnLabel(UsageColumn column)
{
    switch (column) {
    case UsageColumn::Subscription:
        return QCoreApplication::translate("UsageImport", "Subscription");
    case UsageColumn::Metric:
        return QCoreApplication::translate("UsageImport", "Metric");
    case UsageColumn::Quantity:
        return QCoreApplication::translate("UsageImport", "Quantity");
    case UsageColumn::Date:
        return QCoreApplication::translate("UsageImport", "Date");
    }
    Q_UNREACHABLE();
    return {};
}

UsageCsvImporter::UsageCsvImporter(CsvImportTable file)
    : m_file(std::move(file))
    , m_mapping(m_file.leftmostMapping<UsageColumn>(&UsageCsvImporter::guessColumn))
{ }

Result<UsageCsvImporter> UsageCsvImporter::fromTable(Result<CsvTable> table)
{
    auto file = CsvImportTable::from(std::move(table),
                                     QCoreApplication::translate("UsageImport",
                                                                 "The file is empty: it needs a first line naming the "
                                                                 "columns (subscription, metric, quantity, date) and a "
                                                                 "line per reading."));
    if (!file)
        return file.error();
    return UsageCsvImporter(std::move(*file));
}

Result<UsageCsvImporter> UsageCsvImporter::load(const QString& path, const CsvReadOptions& options)
{
    return fromTable(CsvReader::readFile(path, options));
}

Result<UsageCsvImporter> UsageCsvImporter::fromData(const QByteArray& data, const CsvReadOptions& options)
{
    return fromTable(CsvReader::parse(data, options));
}

std::optional<UsageColumn> UsageCsvImporter::guessColumn(const QString& header)
{
    const QString key = CsvImportTable::headerKey(header);
    const auto found = columnIndex().constFind(key);
    if (key.isEmpty() || found == columnIndex().constEnd())
        return std::nullopt;
    return *found;
}

qsizetype UsageCsvImporter::columnOf(UsageColumn column) const
{
    return m_mapping.indexOf(std::optional<UsageColumn>(column));
}

QList<SubscriptionId> UsageCsvImporter::subscriptionIds() const
{
    const qsizetype column = columnOf(UsageColumn::Subscription);
    QList<SubscriptionId> ids;
    if (column < 0)
        return ids;
    QSet<qint64> seen;
    const QList<QStringList>& records = m_file.table().records;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const auto number = parseWhole(records.at(r).value(column).trimmed(), 1);
        if (number && !seen.contains(*number)) {
            seen.insert(*number);
            ids.append(SubscriptionId(*number));
        }
    }
    return ids;
}

QList<UsageIssue> UsageCsvImporter::check(const UsageRecord& record, const subscriptions::Subscription& subscription,
                                          const catalog::Catalog& catalog)
{
    const QString date = record.date.toString(Qt::ISODate);
    if (record.date < subscription.startDate) {
        return {{UsageColumn::Date,
                 QCoreApplication::translate("UsageImport", "%1 is before subscription %2 started (%3).")
                     .arg(date)
                     .arg(subscription.id.value)
                     .arg(subscription.startDate.toString(Qt::ISODate))}};
    }
    const auto timeline = subscriptions::SubscriptionTimeline::build(subscription);
    if (!timeline)
        return {{UsageColumn::Subscription, timeline.error().message}};
    // The metered charges of the configuration in effect that day: a plan change moves them.
    const std::optional<subscriptions::SubscriptionConfig> config = timeline->configOn(record.date);
    QStringList metrics;
    if (config) {
        for (const subscriptions::MeteredLine& line : config->metered) {
            if (const catalog::MeteredCharge* charge = catalog.meteredCharge(line.chargeId))
                metrics.append(charge->metricCode);
        }
    }
    if (!metrics.contains(record.metricCode)) {
        metrics.sort();
        return {{UsageColumn::Metric,
                 metrics.isEmpty()
                     ? QCoreApplication::translate("UsageImport",
                                                   "subscription %1 has no metered charges on %2, so no usage can be "
                                                   "recorded for \"%3\".")
                           .arg(subscription.id.value)
                           .arg(date, record.metricCode)
                     : QCoreApplication::translate("UsageImport",
                                                   "subscription %1 has no metered charge \"%2\" on %3 (it has: %4).")
                           .arg(QString::number(subscription.id.value), record.metricCode, date,
                                metrics.join(QStringLiteral(", ")))}};
    }
    // Usage is billed in arrears at the period end: once a run covered that end, the period is closed.
    const std::optional<billing::BillingPeriod> period = timeline->periodOn(record.date);
    if (period && subscription.billedThrough.isValid() && period->end <= subscription.billedThrough) {
        return {{UsageColumn::Date,
                 QCoreApplication::translate("UsageImport", "the usage of %1 for %2 is already billed.")
                     .arg(record.metricCode, period->toString())}};
    }
    return {};
}

UsageImportPlan UsageCsvImporter::plan(const QList<subscriptions::Subscription>& subscriptions,
                                       const catalog::Catalog& catalog) const
{
    UsageImportPlan plan;
    const int headerLine = m_file.headerLine();
    plan.dataRows = m_file.dataRows();

    QStringList missing;
    for (UsageColumn column : allColumns()) {
        if (columnOf(column) < 0)
            missing.append(usageColumnLabel(column));
    }
    if (!missing.isEmpty()) {
        plan.problems.append(
            {headerLine,
             QCoreApplication::translate("UsageImport",
                                         "The first line must name the columns subscription, metric, quantity and "
                                         "date; no column is named for: %1.")
                 .arg(missing.join(QStringLiteral(", ")))});
        return plan;
    }
    if (plan.dataRows == 0) {
        plan.problems.append(
            {headerLine, QCoreApplication::translate("UsageImport", "The file has a header line but no usage rows.")});
        return plan;
    }

    QHash<SubscriptionId, const subscriptions::Subscription*> byId;
    for (const subscriptions::Subscription& s : subscriptions)
        byId.insert(s.id, &s);
    const auto tooWide = [&](int line, qsizetype cells) { plan.problems.append({line, m_file.tooWideReason(cells)}); };
    const auto row = [&](const QStringList& cells, int line, qsizetype) {
        const auto cell = [&](UsageColumn column) { return cells.value(columnOf(column)).trimmed(); };
        QStringList reasons;
        UsageRecord record;

        const QString subscriptionText = cell(UsageColumn::Subscription);
        const auto number = parseWhole(subscriptionText, 1);
        const subscriptions::Subscription* subscription = number ? byId.value(SubscriptionId(*number)) : nullptr;
        if (subscriptionText.isEmpty()) {
            reasons.append(labelled(UsageColumn::Subscription,
                                    QCoreApplication::translate("UsageImport", "the subscription number is missing.")));
        } else if (!number) {
            reasons.append(labelled(UsageColumn::Subscription,
                                    QCoreApplication::translate("UsageImport", "\"%1\" is not a subscription number.")
                                        .arg(subscriptionText)));
        } else if (!subscription) {
            reasons.append(
                labelled(UsageColumn::Subscription,
                         QCoreApplication::translate("UsageImport", "there is no subscription %1.").arg(*number)));
        } else {
            record.subscriptionId = subscription->id;
        }

        record.metricCode = catalog::MeteredCharge::normalizedMetric(cell(UsageColumn::Metric));
        if (record.metricCode.isEmpty()) {
            reasons.append(labelled(UsageColumn::Metric,
                                    QCoreApplication::translate("UsageImport", "the metric code is missing.")));
        }

        const QString quantityText = cell(UsageColumn::Quantity);
        if (const auto quantity = parseWhole(quantityText, 0)) {
            record.quantity = *quantity;
        } else {
            reasons.append(
                labelled(UsageColumn::Quantity,
                         quantityText.isEmpty()
                             ? QCoreApplication::translate("UsageImport", "the quantity is missing.")
                             : QCoreApplication::translate("UsageImport", "\"%1\" is not a whole number of 0 or more.")
                                   .arg(quantityText)));
        }

        const QString dateText = cell(UsageColumn::Date);
        if (const auto date = parseIsoDate(dateText)) {
            record.date = *date;
        } else {
            reasons.append(labelled(
                UsageColumn::Date,
                dateText.isEmpty()
                    ? QCoreApplication::translate("UsageImport", "the date is missing.")
                    : QCoreApplication::translate("UsageImport", "\"%1\" is not a date in the form YYYY-MM-DD.")
                          .arg(dateText)));
        }

        // The subscription's own rules only mean something for a complete, well-formed record.
        if (subscription && !record.metricCode.isEmpty() && record.date.isValid()) {
            for (const UsageIssue& issue : check(record, *subscription, catalog))
                reasons.append(labelled(issue.column, issue.reason));
        }

        if (reasons.isEmpty()) {
            plan.records.append(record);
            plan.recordLines.append(line);
        } else {
            plan.problems.append({line, reasons.join(QLatin1Char(' '))});
        }
    };
    m_file.forEachRow(row, tooWide);
    return plan;
}

Result<UsageImportOutcome> UsageCsvImporter::commit(const UsageImportPlan& plan,
                                                    subscriptions::SubscriptionService& service,
                                                    UnitOfWorkFactory& units, Mode mode, bool dryRun)
{
    if (mode == Mode::AllOrNothing && plan.hasProblems()) {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("UsageImport",
                                                 "%n row(s) cannot be imported, so nothing was imported. Correct the "
                                                 "file, or import only the valid rows.",
                                                 nullptr, int(plan.problems.size())));
    }
    if (plan.records.isEmpty()) {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("UsageImport", "The file has no valid usage row to import."));
    }
    Q_ASSERT(plan.records.size() == plan.recordLines.size());

    // One transaction around everything; destroying it without commit() rolls back (dry run,
    // refused rows in all-or-nothing mode, a database error).
    auto unit = units.begin();
    if (!unit)
        return unit.error();

    // The service checks a whole call before writing, so a refused call writes nothing. Records go
    // in one call per subscription; only when one is refused are its records stored one by one, to
    // name the lines the service refuses.
    QList<SubscriptionId> order;
    QHash<SubscriptionId, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < plan.records.size(); ++i) {
        const SubscriptionId id = plan.records.at(i).subscriptionId;
        if (!groups.contains(id))
            order.append(id);
        groups[id].append(i);
    }
    QHash<qsizetype, UsageRecord> stored;
    UsageImportOutcome outcome;
    outcome.dryRun = dryRun;
    for (SubscriptionId id : std::as_const(order)) {
        const QList<qsizetype>& indexes = groups.value(id);
        QList<UsageRecord> batch;
        for (qsizetype i : indexes)
            batch.append(plan.records.at(i));
        const auto added = service.addUsage(batch);
        if (added && added->size() == indexes.size()) {
            for (qsizetype k = 0; k < indexes.size(); ++k)
                stored.insert(indexes.at(k), added->at(k));
            continue;
        }
        if (!added && added.error().code != ErrorCode::Invalid)
            return added.error();
        for (qsizetype i : indexes) {
            const auto one = service.addUsage({plan.records.at(i)});
            if (one && !one->isEmpty())
                stored.insert(i, one->constFirst());
            else if (!one && one.error().code != ErrorCode::Invalid)
                return one.error();
            else if (!one)
                outcome.refused.append({plan.recordLines.at(i), one.error().message});
        }
    }
    std::sort(outcome.refused.begin(), outcome.refused.end(),
              [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    if (!outcome.refused.isEmpty() && mode == Mode::AllOrNothing)
        return outcome; // rolled back: nothing stored
    for (qsizetype i = 0; i < plan.records.size(); ++i) {
        if (stored.contains(i))
            outcome.stored.append(stored.value(i));
    }
    if (dryRun) {
        for (UsageRecord& record : outcome.stored)
            record.id = UsageId();
        return outcome; // rolled back
    }
    if (outcome.stored.isEmpty())
        return outcome;
    if (const Status committed = (*unit)->commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace subdesk::io
