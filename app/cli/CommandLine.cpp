#include "CommandLine.h"

#include "storage/CompanyFile.h"

#include <QCoreApplication>

namespace subdesk::cli {

QString Context::companyPath() const
{
    return storage::resolveCompanyPath(m_dbArgument);
}

Result<std::unique_ptr<storage::CompanyFile>> Context::openCompany(storage::Database::OpenMode mode) const
{
    storage::Database::Options options;
    options.mode = mode;
    return storage::CompanyFile::open(companyPath(), options, m_clock);
}

QList<OptionSpec> globalOptions()
{
    return {
        {{QStringLiteral("db")},
         QStringLiteral("PATH"),
         QCoreApplication::translate("Cli", "The company file (default: $SUBDESK_DB, else the standard one).")},
        {{QStringLiteral("lang")},
         QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "Language of messages: en, pl, it, fi or fa.")},
        {{QStringLiteral("help"), QStringLiteral("h")},
         QString(),
         QCoreApplication::translate("Cli", "Show this help.")},
    };
}

Invocation::Invocation(const CommandSpec& command, Context& context)
    : m_command(command)
    , m_context(context)
{ }

std::optional<ExitCode> Invocation::parse(const QStringList& arguments)
{
    // "-name" reads as "--name": scripts that use one dash still work, and "-5" is refused, not split.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QList<OptionSpec> specs = m_command.options;
    specs += globalOptions();
    for (const OptionSpec& spec : specs) {
        QCommandLineOption option(spec.names, spec.description, spec.valueName);
        m_parser.addOption(option);
    }
    if (!m_parser.parse(QStringList {QStringLiteral("subdesk-cli")} + arguments))
        return usageError(m_parser.errorText());

    if (m_parser.isSet(QStringLiteral("help"))) {
        output::outLines(commandHelp(m_command));
        return ExitCode::Ok;
    }
    for (const OptionSpec& spec : specs) {
        if (!spec.repeatable && !spec.valueName.isEmpty() && m_parser.values(spec.names.first()).size() > 1)
            return usageError(
                QCoreApplication::translate("Cli", "--%1 can be given only once.").arg(spec.names.first()));
    }
    m_arguments = m_parser.positionalArguments();
    if (m_arguments.size() < m_command.minArguments) {
        return usageError(
            QCoreApplication::translate("Cli", "Missing argument: %1.").arg(m_command.arguments.trimmed()));
    }
    if (m_arguments.size() > m_command.maxArguments) {
        return usageError(QCoreApplication::translate("Cli", "Unexpected argument \"%1\".")
                              .arg(m_arguments.at(m_command.maxArguments)));
    }
    if (m_parser.isSet(QStringLiteral("db")))
        m_context.setDbArgument(m_parser.value(QStringLiteral("db")));
    return std::nullopt;
}

ExitCode Invocation::usageError(const QString& message) const
{
    return output::usage(m_command.name() + QStringLiteral(": ") + message, m_command.name());
}

QStringList commandHelp(const CommandSpec& command)
{
    QString synopsis = QStringLiteral("subdesk-cli [--db PATH] ") + command.name();
    if (!command.arguments.isEmpty())
        synopsis += QLatin1Char(' ') + command.arguments;
    if (!command.options.isEmpty())
        synopsis += QCoreApplication::translate("Cli", " [options]");
    QStringList lines {QCoreApplication::translate("Cli", "Usage: %1").arg(synopsis), QString(), command.summary};

    const auto addOptions = [&lines](const QString& title, const QList<OptionSpec>& options) {
        QStringList left;
        qsizetype width = 0;
        for (const OptionSpec& o : options) {
            QStringList names;
            for (const QString& n : o.names)
                names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
            QString text = names.join(QStringLiteral(", "));
            if (!o.valueName.isEmpty())
                text += QLatin1Char(' ') + o.valueName;
            left.append(text);
            width = qMax(width, text.size());
        }
        lines << QString() << title;
        for (qsizetype i = 0; i < options.size(); ++i) {
            QString description = options.at(i).description;
            if (options.at(i).repeatable)
                description += QCoreApplication::translate("Cli", " (repeatable)");
            lines << QStringLiteral("  ") + left.at(i).leftJustified(width + 2) + description;
        }
    };
    if (!command.options.isEmpty())
        addOptions(QCoreApplication::translate("Cli", "Options:"), command.options);
    addOptions(QCoreApplication::translate("Cli", "Global options:"), globalOptions());
    return lines;
}

std::optional<qint64> parseCustomerNumber(const QString& text)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n <= 0)
        return std::nullopt;
    return n;
}

} // namespace subdesk::cli
