#include "DemoCommand.h"

#include "customers/CustomerService.h"
#include "demo/DemoCompany.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace subdesk::cli {

namespace {

constexpr int kDefaultCount = 200;
constexpr int kMaxCount = 1000000;
constexpr quint32 kDefaultSeed = 1;

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

    const QString path = QDir::toNativeSeparators(QFileInfo(inv.context().companyPath()).absoluteFilePath());
    auto company = inv.context().openCompany(storage::Database::OpenMode::OpenOrCreate);
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
    const auto ids = service.addAll(demo::DemoCompany::customers(count, seed, inv.context().clock().today()));
    if (!ids)
        return output::fail(ids.error());
    output::out(QCoreApplication::translate("Cli", "Demo customers created in %1: %2.").arg(path).arg(ids->size()));
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
                                     "Fills an empty company file with demo customers. They are realistic, "
                                     "stored in one transaction, and the same seed gives the same customers."),
         {
             {{QStringLiteral("customers")},
              QStringLiteral("N"),
              QCoreApplication::translate("Cli", "How many customers (default 200).")},
             {{QStringLiteral("seed")},
              QStringLiteral("S"),
              QCoreApplication::translate("Cli", "Seed of the generator (default 1).")},
         },
         demo},
    };
}

} // namespace subdesk::cli
