#pragma once

#include <QByteArray>
#include <QString>

/**
 * Compares output with a golden file kept in the source tree. With SUBDESK_UPDATE_GOLDEN=1 in the
 * environment the golden file is (re)written instead, to be inspected by eye and committed.
 */
namespace goldenfile {

/** Empty when actual matches the file at path; else what differs, as a unified diff when `diff`
 *  is installed, else the first differing line. */
QString mismatch(const QString& path, const QByteArray& actual);

/** Runs a program and returns its standard output; error set when it could not run or failed. */
QByteArray run(const QString& program, const QStringList& arguments, QString* error, int timeoutMs = 120000);

/** Whether program is on PATH (or an existing file when a path). */
bool available(const QString& program);

} // namespace goldenfile
