#pragma once

#include "CsvImportTable.h"
#include "CustomerCsvImporter.h"
#include "common/Id.h"
#include "subscriptions/UsageRecord.h"

#include <optional>

namespace subdesk {
class UnitOfWorkFactory;
}

namespace subdesk::catalog {
class Catalog;
}

namespace subdesk::subscriptions {
struct Subscription;
class SubscriptionService;
} // namespace subdesk::subscriptions

namespace subdesk::io {

/** The columns of a usage CSV file. */
enum class UsageColumn
{
    Subscription, ///< the subscription number
    Metric, ///< the metric code of a metered charge ("api_calls")
    Quantity, ///< a whole number ≥ 0
    Date, ///< YYYY-MM-DD
};

/** Translated column name for messages ("Quantity"). */
QString usageColumnLabel(UsageColumn column);

/** A reason a usage record cannot be stored, and the column (or CLI flag) it concerns. */
struct UsageIssue
{
    UsageColumn column;
    QString reason; ///< translated, without the column's name
};

/** What a usage import would store and the rows it refuses. */
struct UsageImportPlan
{
    QList<subscriptions::UsageRecord> records; ///< valid rows, in file order
    QList<int> recordLines; ///< line of each entry in records
    QList<ImportProblem> problems; ///< bad rows (or the header), in file order
    int dataRows = 0; ///< records after the header, not counting rows whose cells are all empty

    bool hasProblems() const { return !problems.isEmpty(); }
};

/** What commit() did, or would do in a dry run. */
struct UsageImportOutcome
{
    QList<subscriptions::UsageRecord> stored; ///< with ids (none in a dry run), in file order
    /** Rows the service refused although plan() accepted them (e.g. billed meanwhile), with their line. */
    QList<ImportProblem> refused;
    bool dryRun = false;
};

/**
 * Usage CSV import, shared by `subdesk-cli usage import` and the application:
 *  1. load(): read the file and recognise the four columns by their header names (case, accents,
 *     spaces and punctuation ignored: "Subscription ID", "subscription_id", "Metric", "Quantity",
 *     "Date", also in Polish, Italian and Finnish);
 *  2. subscriptionIds() tells which subscriptions the file names, so the caller can load them;
 *     plan() then checks every row against them and the catalog, and writes nothing;
 *  3. commit() stores the records in one transaction. In AllOrNothing mode a plan with any bad row
 *     stores nothing; ValidRowsOnly stores the valid rows.
 * Every bad row is one problem naming its line and all its reasons.
 */
class UsageCsvImporter
{
public:
    enum class Mode
    {
        AllOrNothing,
        ValidRowsOnly,
    };

    /** Reads and parses the file. An unreadable, malformed or empty file is an Error. */
    static Result<UsageCsvImporter> load(const QString& path, const CsvReadOptions& options = {});
    static Result<UsageCsvImporter> fromData(const QByteArray& data, const CsvReadOptions& options = {});

    /** The column a header names, or nullopt. */
    static std::optional<UsageColumn> guessColumn(const QString& header);

    const CsvTable& table() const { return m_file.table(); }
    QStringList headers() const { return m_file.headers(); }
    /** One entry per column of the file: what it holds, or nullopt when it is ignored. */
    const QList<std::optional<UsageColumn>>& mapping() const { return m_mapping; }

    /** The distinct valid subscription numbers in the subscription column, in file order. */
    QList<SubscriptionId> subscriptionIds() const;

    /**
     * Why record cannot be stored for subscription (empty when it can): the date is before the
     * start, the subscription has no metered charge for the metric on that date, or that period's
     * usage is already billed. The same rules SubscriptionService::addUsage enforces; `usage add`
     * uses them too.
     */
    static QList<UsageIssue> check(const subscriptions::UsageRecord& record,
                                   const subscriptions::Subscription& subscription, const catalog::Catalog& catalog);

    /**
     * Checks every row; writes nothing. subscriptions are the ones the file names (those not found
     * are simply absent). A row is refused when its subscription is unknown, check() finds an
     * issue, its quantity is not a whole number ≥ 0 or its date is not YYYY-MM-DD. A header
     * without the four columns is one problem on the header's line (no row is checked then).
     */
    UsageImportPlan plan(const QList<subscriptions::Subscription>& subscriptions,
                         const catalog::Catalog& catalog) const;

    /**
     * Stores the plan's records in one transaction (units): refused for a plan with problems in
     * AllOrNothing mode, and for a plan without any valid row. Should the service still refuse a
     * record, it is reported in `refused` with its line; in AllOrNothing mode nothing is then
     * stored. dryRun does everything and rolls back, so it reports exactly what an import would do.
     */
    static Result<UsageImportOutcome> commit(const UsageImportPlan& plan, subscriptions::SubscriptionService& service,
                                             UnitOfWorkFactory& units, Mode mode, bool dryRun = false);

private:
    explicit UsageCsvImporter(CsvImportTable file);
    static Result<UsageCsvImporter> fromTable(Result<CsvTable> table);
    qsizetype columnOf(UsageColumn column) const;

    CsvImportTable m_file;
    QList<std::optional<UsageColumn>> m_mapping; ///< one entry per column of the file
};

} // namespace subdesk::io
