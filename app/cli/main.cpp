#include "Cli.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

/**
 * One command is one instant: "now" and "today" are read once at start, so every customer of an
 * import gets the same creation time and the date cannot change halfway through a long command.
 * (It also spares a time-zone lookup per validated customer.)
 */
class InvocationClock final : public subdesk::Clock
{
public:
    InvocationClock() = default;
    /** A fixed day (tests): "now" is noon UTC of that day. */
    explicit InvocationClock(QDate today)
        : m_now(today, QTime(12, 0), Qt::UTC)
        , m_today(today)
    { }

    QDateTime now() const override { return m_now; }
    QDate today() const override { return m_today; }

private:
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    QDate m_today = QDate::currentDate();
};

/**
 * $SUBDESK_TODAY=YYYY-MM-DD fixes "today" for the whole command, so that tests of dates (trials,
 * proration, billing runs) give the same result on every day. Empty or unset: the real date.
 */
std::optional<QDate> todayOverride(bool* malformed)
{
    const QString text = qEnvironmentVariable("SUBDESK_TODAY").trimmed();
    *malformed = false;
    if (text.isEmpty())
        return std::nullopt;
    const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        *malformed = true;
        return std::nullopt;
    }
    return date;
}

QtMessageHandler g_previousHandler = nullptr;

/**
 * Painting commands run a QGuiApplication, whose platform setup warns about a missing
 * $XDG_RUNTIME_DIR (cron jobs and containers have none) although nothing here needs it: that one
 * warning is dropped, everything else goes where it went before.
 */
void guiMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // PDFs need fonts, hence a QGuiApplication; headless unless the caller chose a platform.
    std::unique_ptr<QCoreApplication> app;
    if (subdesk::cli::paintsDocuments(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousHandler = qInstallMessageHandler(guiMessageHandler);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("SubDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("SubDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUBDESK_VERSION));
    // Core's debug logging is for developers; QT_LOGGING_RULES still turns it back on.
    QLoggingCategory::setFilterRules(QStringLiteral("subdesk.*.debug=false"));

    bool malformed = false;
    const std::optional<QDate> today = todayOverride(&malformed);
    if (malformed) {
        std::fprintf(stderr, "subdesk-cli: %s\n",
                     qPrintable(QCoreApplication::translate("Cli",
                                                            "SUBDESK_TODAY must be a date written YYYY-MM-DD, "
                                                            "not \"%1\".")
                                    .arg(qEnvironmentVariable("SUBDESK_TODAY"))));
        return 2;
    }
    const InvocationClock clock = today ? InvocationClock(*today) : InvocationClock();
    const int code = subdesk::cli::run(QCoreApplication::arguments(), clock);
    // Output a script cannot have received (a full disk, a closed pipe) is a failure, not success.
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fprintf(stderr, "subdesk-cli: %s\n",
                     qPrintable(QCoreApplication::translate("Cli", "The output could not be written.")));
        return code == 0 ? 1 : code;
    }
    return code;
}
