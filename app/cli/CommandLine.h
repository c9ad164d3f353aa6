#pragma once

#include "Output.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::cli {

/** One --flag of a command. */
struct OptionSpec
{
    QStringList names; ///< without dashes; the first is the one help shows
    QString valueName; ///< empty for a switch
    QString description; ///< translated
    bool repeatable = false;
};

class Invocation;

/** A command such as `customers add`: what help shows about it and the function that runs it. */
struct CommandSpec
{
    QStringList path; ///< {"customers", "add"}
    QString arguments; ///< positional arguments as help shows them ("ID", "[FILE|-]")
    int minArguments = 0;
    int maxArguments = 0;
    QString summary; ///< one translated sentence
    QList<OptionSpec> options;
    std::function<ExitCode(Invocation&)> run;

    QString name() const { return path.join(QLatin1Char(' ')); }
};

/** What every command may need: where the company file is and what day it is. */
class Context
{
public:
    explicit Context(const Clock& clock)
        : m_clock(clock)
    { }

    const Clock& clock() const { return m_clock; }
    void setDbArgument(const QString& path) { m_dbArgument = path; }
    /** --db, else $SUBDESK_DB, else the default company file. */
    QString companyPath() const;
    Result<std::unique_ptr<storage::CompanyFile>> openCompany(storage::Database::OpenMode mode) const;

private:
    const Clock& m_clock;
    QString m_dbArgument;
};

/** A command's parsed command line. */
class Invocation
{
public:
    Invocation(const CommandSpec& command, Context& context);

    /** Parses the arguments after the command's name; on a usage error reports it and returns it. */
    std::optional<ExitCode> parse(const QStringList& arguments);

    const CommandSpec& command() const { return m_command; }
    Context& context() const { return m_context; }
    const QStringList& arguments() const { return m_arguments; }

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }
    /** The value of a flag given at most once (parse() refuses repeats of non-repeatable flags). */
    QString value(const QString& name) const { return m_parser.value(name); }

    /** Reports a usage error of this command; returns ExitCode::Usage. */
    ExitCode usageError(const QString& message) const;

private:
    const CommandSpec& m_command;
    Context& m_context;
    QCommandLineParser m_parser;
    QStringList m_arguments;
};

/** The flags every command accepts: --db, --lang and --help. */
QList<OptionSpec> globalOptions();

/** The help text of one command. */
QStringList commandHelp(const CommandSpec& command);

/** A positive customer number from the command line, or nullopt. */
std::optional<qint64> parseCustomerNumber(const QString& text);

} // namespace subdesk::cli
