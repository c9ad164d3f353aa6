#include "DemoCommand.h"

#include "billing/BillingRunner.h"
#include "catalog/CatalogService.h"
#include "customers/CustomerService.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoCompany.h"
#include "demo/DemoSubscriptions.h"
#include "storage/CompanyFile.h"
#include "subscriptions/SubscriptionService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace subdesk::cli {

namespace {

constexpr int kDefaultCount = 200;
constexpr int kMaxCount = 1000000;
constexpr quint32 kDefaultSeed = 1;
/**
 * The subscription history is played day by day through the services over five years: it covers
 * the first customers only (500 take about 20 s).
 */
constexpr int kMaxHistoryCustomers = 500;

ExitCode demo(Invocation& inv)
{
    int count = kDefaultCount;
    if (inv.isSet(QStringLiteral("customers"))) {
        bool ok = false;
        count = inv.value(QStringLiteral("customers")).toInt(&ok);
        if (!ok || count < 1 || count > kMaxCount) {
            return inv.usageError(
                QCoreApplication::translate("Cli", "--customers must be a number from 1 to %1, not \"%2\".")
                    .arg(kMaxCount)
                    .arg(inv.value(QStringLiteral("customers"))));
        }
    }
    quint32 seed = kDefaultSeed;
    if (inv.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = inv.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) {
            return inv.usageError(
                QCoreApplication::translate("Cli", "--seed must be a number from 0 to 4294967295, not \"%1\".")
                    .arg(inv.value(QStringLiteral("seed"))));
        }
    }

    const bool customersOnly = inv.isSet(QStringLiteral("customers-only"));

    const QString path = QDir::toNativeSeparators(QFileInfo(inv.context().companyPath()).absoluteFilePath());
    // The history is written on a clock that walks through the past months up to today.
    const QDate today = inv.context().clock().today();
    FixedClock demoClock(QDateTime(today, QTime(8, 0), Qt::UTC));
    storage::Database::Options options;
    options.mode = storage::Database::OpenMode::OpenOrCreate;
    auto company = storage::CompanyFile::open(inv.context().companyPath(), options, demoClock);
    if (!company)
        return output::fail(company.error());
    customers::CustomerService& service = (*company)->customers();
    // Demo data must never mix with a real company's customers.
    const auto existing = service.loadAll();
    if (!existing)
        return output::fail(existing.error());
    if (!existing->isEmpty()) {
        return output::fail(
            QCoreApplication::translate("Cli",
                                        "%1 already holds customers (%2); demo customers go only into an "
                                        "empty company file. Choose another file with --db, e.g. "
                                        "subdesk-cli --db demo.subdesk demo --customers %3")
                .arg(path)
                .arg(existing->size())
                .arg(count));
    }
    if (!customersOnly && !(*company)->catalog().catalog().plans.isEmpty()) {
        return output::fail(QCoreApplication::translate("Cli",
                                                        "%1 already has a catalog; the demo company goes only into "
                                                        "an empty company file. Choose another file with --db, or "
                                                        "add only customers with --customers-only.")
                                .arg(path));
    }
    const auto ids = service.addAll(demo::DemoCompany::customers(count, seed, today));
    if (!ids)
        return output::fail(ids.error());
    output::out(QCoreApplication::translate("Cli", "Demo customers created in %1: %2.").arg(path).arg(ids->size()));
    if (customersOnly)
        return ExitCode::Ok;

    auto stored = service.loadAll();
    if (!stored)
        return output::fail(stored.error());
    const QList<customers::Customer> subscribers = stored->mid(0, kMaxHistoryCustomers);
    const auto services = demo::DemoSubscriptions::Services::of(**company, demoClock);
    const auto history = demo::DemoSubscriptions::generate(services, subscribers, seed, today);
    if (!history)
        return output::fail(history.error());
    const QString since = QLocale().toString(demo::DemoCatalog::historyStart(today), QLocale::ShortFormat);
    if (subscribers.size() == stored->size()) {
        output::out(QCoreApplication::translate("Cli",
                                                "Demo catalog and %1 subscriptions with their history since %2: %3 "
                                                "billing runs, %4 invoices, %5 credit notes, %6 survey answers.")
                        .arg(history->subscriptions)
                        .arg(since)
                        .arg(history->billingRuns)
                        .arg(history->invoices)
                        .arg(history->creditNotes)
                        .arg(history->surveyAnswers));
    } else {
        output::out(QCoreApplication::translate("Cli",
                                                "Demo catalog and %1 subscriptions of the first %2 customers, with "
                                                "their history since %3: %4 billing runs, %5 invoices, %6 credit "
                                                "notes, %7 survey answers.")
                        .arg(history->subscriptions)
                        .arg(subscribers.size())
                        .arg(since)
                        .arg(history->billingRuns)
                        .arg(history->invoices)
                        .arg(history->creditNotes)
                        .arg(history->surveyAnswers));
    }
    return ExitCode::Ok;
}

} // namespace

QList<CommandSpec> demoCommands()
{
    return {
        {{QStringLiteral("demo")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "Fills an empty company file with a demo company: realistic customers, a "
                                     "catalog, and subscriptions with five years of history (events, usage, "
                                     "billing runs, invoices and payments), monthly exchange rates and NPS and "
                                     "CSAT answers. The same seed and day give the same company."),
         {
             {{QStringLiteral("customers")},
              QStringLiteral("N"),
              QCoreApplication::translate("Cli", "How many customers (default 200).")},
             {{QStringLiteral("seed")},
              QStringLiteral("S"),
              QCoreApplication::translate("Cli", "Seed of the generator (default 1).")},
             {{QStringLiteral("customers-only")},
              QString(),
              QCoreApplication::translate("Cli", "Only the customers: no catalog, subscriptions or history.")},
         },
         demo},
    };
}

} // namespace subdesk::cli
