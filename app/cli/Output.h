#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QJsonDocument;

namespace subdesk::cli {

/** What subdesk-cli returns to the shell. */
enum class ExitCode
{
    Ok = 0,
    Failed = 1, ///< the operation was refused: invalid data, a missing customer, a refused file
    Usage = 2, ///< the command line itself is wrong: unknown command or flag, a malformed value
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

/**
 * stdout carries results (numbers, tables, JSON, CSV) and success messages; stderr carries errors
 * and warnings. Text is written as UTF-8 whatever the locale, so scripts get the same bytes.
 */
namespace output {

void out(const QString& line); ///< one line on stdout
void outLines(const QStringList& lines); ///< each line on stdout
void outRaw(const QByteArray& bytes); ///< bytes on stdout as they are (CSV export)
void outJson(const QJsonDocument& document);
void err(const QString& line); ///< one line on stderr

/** "subdesk-cli: <message>" on stderr; returns ExitCode::Failed for `return fail(...)`. */
ExitCode fail(const QString& message);
ExitCode fail(const Error& error);
/** The message and a hint where to read the usage; returns ExitCode::Usage. */
ExitCode usage(const QString& message, const QString& command = QString());
void warn(const QString& message);
void warnAll(const QStringList& messages); ///< warn() each message

} // namespace output

/** Plain text columns separated by two spaces, each as wide as its widest cell. */
class Table
{
public:
    explicit Table(QStringList headers);
    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    QStringList lines() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace subdesk::cli
