#include "Cli.h"

#include "AddOnsCommand.h"
#include "BillCommand.h"
#include "CommandLine.h"
#include "CompanyCommand.h"
#include "CouponsCommand.h"
#include "CustomersCommand.h"
#include "DbCommand.h"
#include "DemoCommand.h"
#include "FxCommand.h"
#include "InvoicesCommand.h"
#include "MetricsCommand.h"
#include "NpsCommand.h"
#include "PaymentsCommand.h"
#include "PlansCommand.h"
#include "ReportsCommand.h"
#include "StatementCommand.h"
#include "SubscriptionsCommand.h"
#include "TransferCommand.h"
#include "UsageCommand.h"
#include "customers/Customer.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace subdesk::cli {

namespace {

QList<CommandSpec> allCommands()
{
    QList<CommandSpec> commands = customersCommands();
    commands += transferCommands();
    commands += plansCommands();
    commands += addOnsCommands();
    commands += meteredCommands();
    commands += couponsCommands();
    commands += subscriptionsCommands();
    commands += usageCommands();
    commands += billCommands();
    commands += companyCommands();
    commands += invoicesCommands();
    commands += paymentsCommands();
    commands += reportsCommands();
    commands += statementCommands();
    commands += metricsCommands();
    commands += npsCommands();
    commands += fxCommands();
    commands += dbCommands();
    commands += demoCommands();
    return commands;
}

/** The --lang value, wherever it is on the command line (messages are translated before parsing). */
std::optional<QString> languageArgument(const QStringList& arguments)
{
    std::optional<QString> language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if ((a == QLatin1String("--lang") || a == QLatin1String("-lang")) && i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (a.startsWith(QLatin1String("--lang=")))
            language = a.mid(7);
    }
    return language;
}

void installTranslators(const QLocale& locale)
{
    // Installed translations are optional: without one, messages stay in English.
    static QTranslator subdesk;
    static QTranslator qt;
    const QStringList folders = {
        QStringLiteral(":/i18n"), QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/subdesk/translations")};
    for (const QString& folder : folders) {
        if (subdesk.load(locale, QStringLiteral("subdesk"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(&subdesk);
            break;
        }
    }
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
}

QStringList globalHelp(const QList<CommandSpec>& commands)
{
    QStringList lines {
        QCoreApplication::translate("Cli",
                                    "Usage: subdesk-cli [--db PATH] [--lang CODE] COMMAND [ARGUMENTS] [OPTIONS]"),
        QString(),
        QCoreApplication::translate("Cli",
                                    "Works with a SubDesk company file: customers, the catalog, subscriptions, "
                                    "billing, invoices, payments and the metrics."),
        QString(),
        QCoreApplication::translate("Cli", "Commands:"),
    };
    qsizetype width = 0;
    for (const CommandSpec& c : commands)
        width = qMax(width, c.name().size());
    for (const CommandSpec& c : commands)
        lines.append(QStringLiteral("  ") + c.name().leftJustified(width + 2)
                     + c.summary.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.'));
    lines << QString() << QCoreApplication::translate("Cli", "Global options:");
    const QList<std::pair<QString, QString>> globals = {
        {QStringLiteral("--db PATH"),
         QCoreApplication::translate("Cli", "The company file (default: $SUBDESK_DB, else the standard one).")},
        {QStringLiteral("--lang CODE"),
         QCoreApplication::translate("Cli", "Language of messages: en, pl, it, fi or fa.")},
        {QStringLiteral("--version"), QCoreApplication::translate("Cli", "Print the version.")},
        {QStringLiteral("-h, --help"), QCoreApplication::translate("Cli", "Show this help.")},
    };
    for (const auto& [flag, text] : globals)
        lines.append(QStringLiteral("  ") + flag.leftJustified(width + 2) + text);
    lines << QString()
          << QCoreApplication::translate("Cli", "Run \"subdesk-cli help COMMAND\" for the options of a command.")
          << QCoreApplication::translate("Cli",
                                         "Exit status: 0 success, 1 refused (invalid data, no such customer, "
                                         "plan or subscription, a file SubDesk cannot open), 2 wrong usage.");
    return lines;
}

void print(const QStringList& lines)
{
    output::outLines(lines);
}

/** Commands whose name starts with words; exact: the one named exactly so. */
const CommandSpec* findCommand(const QList<CommandSpec>& commands, const QStringList& words, qsizetype* used)
{
    for (const CommandSpec& c : commands) {
        if (words.size() >= c.path.size() && words.mid(0, c.path.size()) == c.path) {
            *used = c.path.size();
            return &c;
        }
    }
    return nullptr;
}

/** Usage error for words that name no command, listing the group's commands if the group exists. */
ExitCode unknownCommand(const QList<CommandSpec>& commands, const QStringList& words)
{
    QStringList inGroup;
    for (const CommandSpec& c : commands) {
        if (c.path.size() > 1 && c.path.first() == words.value(0))
            inGroup.append(c.path.at(1));
    }
    if (inGroup.isEmpty())
        return output::usage(QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(words.value(0)));
    if (words.size() < 2) {
        return output::usage(QCoreApplication::translate("Cli", "\"%1\" needs a command: %2.")
                                 .arg(words.first(), inGroup.join(QStringLiteral(", "))));
    }
    return output::usage(QCoreApplication::translate("Cli", "Unknown command \"%1 %2\"; %1 has: %3.")
                             .arg(words.at(0), words.at(1), inGroup.join(QStringLiteral(", "))));
}

ExitCode help(const QList<CommandSpec>& commands, const QStringList& words)
{
    if (words.isEmpty()) {
        print(globalHelp(commands));
        return ExitCode::Ok;
    }
    qsizetype used = 0;
    const CommandSpec* command = findCommand(commands, words, &used);
    if (!command && words.size() == 1) {
        // "help customers": the group's commands, each with its summary.
        QList<const CommandSpec*> group;
        qsizetype width = 0;
        for (const CommandSpec& c : commands) {
            if (c.path.size() > 1 && c.path.first() == words.first()) {
                group.append(&c);
                width = qMax(width, c.name().size());
            }
        }
        if (!group.isEmpty()) {
            QStringList lines {QCoreApplication::translate("Cli", "Commands:")};
            for (const CommandSpec* c : group)
                lines.append(QStringLiteral("  ") + c->name().leftJustified(width + 2)
                             + c->summary.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.'));
            lines << QString()
                  << QCoreApplication::translate("Cli",
                                                 "Run \"subdesk-cli help COMMAND\" for the options of a command.");
            print(lines);
            return ExitCode::Ok;
        }
    }
    if (!command || used != words.size())
        return unknownCommand(commands, words);
    print(commandHelp(*command));
    return ExitCode::Ok;
}

ExitCode dispatch(const QStringList& arguments, const Clock& clock)
{
    const auto language = languageArgument(arguments);
    if (language && !customers::documentLanguages().contains(*language)) {
        return output::usage(QCoreApplication::translate("Cli", "--lang must be one of %1, not \"%2\".")
                                 .arg(customers::documentLanguages().join(QStringLiteral(", ")), *language));
    }
    const QLocale locale = language ? QLocale(*language) : QLocale::system();
    if (language)
        QLocale::setDefault(locale);
    installTranslators(locale);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Everything after the command word belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    for (const OptionSpec& spec : globalOptions())
        parser.addOption(QCommandLineOption(spec.names, spec.description, spec.valueName));
    parser.addOption(QCommandLineOption(QStringList {QStringLiteral("version")}));
    if (!parser.parse(arguments))
        return output::usage(parser.errorText());

    const QList<CommandSpec> commands = allCommands();
    if (parser.isSet(QStringLiteral("version"))) {
        output::out(QStringLiteral("subdesk-cli %1").arg(QStringLiteral(SUBDESK_VERSION)));
        return ExitCode::Ok;
    }
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")))
        return help(commands, words);
    if (words.isEmpty())
        return output::usage(QCoreApplication::translate("Cli", "No command given."));
    if (words.first() == QLatin1String("help"))
        return help(commands, words.mid(1));

    Context context(clock);
    if (parser.isSet(QStringLiteral("db")))
        context.setDbArgument(parser.value(QStringLiteral("db")));
    qsizetype used = 0;
    const CommandSpec* command = findCommand(commands, words, &used);
    if (!command)
        return unknownCommand(commands, words);
    Invocation invocation(*command, context);
    if (const auto early = invocation.parse(words.mid(used)))
        return *early;
    return command->run(invocation);
}

} // namespace

int run(const QStringList& arguments, const Clock& clock)
{
    return toInt(dispatch(arguments, clock));
}

bool paintsDocuments(const QStringList& arguments)
{
    QStringList words;
    bool output = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--db") || a == QLatin1String("-db") || a == QLatin1String("--lang")
            || a == QLatin1String("-lang")) {
            ++i; // the global option's value is no command word
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output") || a == QLatin1String("-output")
                   || a.startsWith(QLatin1String("--output=")) || a.startsWith(QLatin1String("-o="))) {
            output = true;
        } else if (!a.startsWith(QLatin1Char('-')) && words.size() < 2) {
            words.append(a);
        }
    }
    if (words.value(0) == QLatin1String("invoices") && words.value(1) == QLatin1String("pdf"))
        return true;
    return words.value(0) == QLatin1String("statement") && output;
}

} // namespace subdesk::cli
