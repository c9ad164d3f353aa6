#pragma once

#include "common/Result.h"

#include <QFile>
#include <QString>

namespace subdesk::output {

/**
 * A file written so that it appears whole or not at all: the bytes go to "<path>.part" beside the
 * target, which commit() renames over the target. Unlike QSaveFile it does not force every file
 * to disk (fsync): a batch export of thousands of PDFs and e-invoices stays fast, and a crash can
 * leave a ".part" file behind but never a truncated document under its real name.
 */
class ExportFile
{
public:
    explicit ExportFile(const QString& path);
    ~ExportFile(); ///< removes the ".part" file unless committed

    /** Opens "<path>.part" for writing; Io error naming the path when it cannot. */
    Status open();
    QIODevice& device() { return m_part; }
    /** Closes and renames over the target (replacing it); Io error naming the path. */
    Status commit();

private:
    QString m_path;
    QFile m_part;
    bool m_committed = false;
};

} // namespace subdesk::output
