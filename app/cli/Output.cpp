#include "Output.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace subdesk::cli {

namespace output {

namespace {

void write(std::FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

} // namespace

void out(const QString& line)
{
    write(stdout, line.toUtf8() + '\n');
}

void outLines(const QStringList& lines)
{
    for (const QString& line : lines)
        out(line);
}

void outRaw(const QByteArray& bytes)
{
    write(stdout, bytes);
    std::fflush(stdout);
}

void outJson(const QJsonDocument& document)
{
    write(stdout, document.toJson(QJsonDocument::Indented));
}

void err(const QString& line)
{
    std::fflush(stdout); // keep the order of interleaved output on a terminal
    write(stderr, line.toUtf8() + '\n');
}

ExitCode fail(const QString& message)
{
    err(QStringLiteral("subdesk-cli: ") + message);
    return ExitCode::Failed;
}

ExitCode fail(const Error& error)
{
    return fail(error.message);
}

ExitCode usage(const QString& message, const QString& command)
{
    err(QStringLiteral("subdesk-cli: ") + message);
    const QString helpCommand =
        command.isEmpty() ? QStringLiteral("subdesk-cli --help") : QStringLiteral("subdesk-cli help ") + command;
    err(QCoreApplication::translate("Cli", "Run \"%1\" for the usage.").arg(helpCommand));
    return ExitCode::Usage;
}

void warn(const QString& message)
{
    err(QCoreApplication::translate("Cli", "Warning: %1").arg(message));
}

void warnAll(const QStringList& messages)
{
    for (const QString& message : messages)
        warn(message);
}

} // namespace output

Table::Table(QStringList headers)
    : m_headers(std::move(headers))
{ }

void Table::addRow(QStringList cells)
{
    Q_ASSERT(cells.size() == m_headers.size());
    // A line break inside a cell would break the alignment of every following row.
    for (QString& cell : cells)
        cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_rows.append(std::move(cells));
}

QStringList Table::lines() const
{
    QList<qsizetype> widths;
    for (const QString& h : m_headers)
        widths.append(h.size());
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    const auto render = [&widths](const QStringList& cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i)) : cells.at(i);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line;
    };
    QStringList out {render(m_headers)};
    for (const QStringList& row : m_rows)
        out.append(render(row));
    return out;
}

} // namespace subdesk::cli
