#include "Cli.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace {

/**
 * One command is one instant: "now" and "today" are read once at start, so every customer of an
 * import gets the same creation time and the date cannot change halfway through a long command.
 * (It also spares a time-zone lookup per validated customer.)
 */
class InvocationClock final : public subdesk::Clock
{
public:
    QDateTime now() const override { return m_now; }
    QDate today() const override { return m_today; }

private:
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    QDate m_today = QDate::currentDate();
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SubDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("SubDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUBDESK_VERSION));
    // Core's debug logging is for developers; QT_LOGGING_RULES still turns it back on.
    QLoggingCategory::setFilterRules(QStringLiteral("subdesk.*.debug=false"));

    const InvocationClock clock;
    const int code = subdesk::cli::run(QCoreApplication::arguments(), clock);
    // Output a script cannot have received (a full disk, a closed pipe) is a failure, not success.
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fprintf(stderr, "subdesk-cli: %s\n",
                     qPrintable(QCoreApplication::translate("Cli", "The output could not be written.")));
        return code == 0 ? 1 : code;
    }
    return code;
}
