#include "ExportFile.h"

#include <QCoreApplication>

#include <cstdio>

namespace subdesk::output {

namespace {

Error cannotWrite(const QString& path, const QString& reason)
{
    return Error(ErrorCode::Io, QCoreApplication::translate("Output", "Cannot write %1: %2.").arg(path, reason));
}

} // namespace

ExportFile::ExportFile(const QString& path)
    : m_path(path)
    , m_part(path + QStringLiteral(".part"))
{ }

ExportFile::~ExportFile()
{
    if (!m_committed) {
        m_part.close();
        m_part.remove();
    }
}

Status ExportFile::open()
{
    if (!m_part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return cannotWrite(m_path, m_part.errorString());
    return {};
}

Status ExportFile::commit()
{
    if (!m_part.flush() || m_part.error() != QFileDevice::NoError)
        return cannotWrite(m_path, m_part.errorString());
    m_part.close();
    // std::rename replaces the target atomically on POSIX; where it refuses an existing target
    // (Windows), the old file is removed first.
    const QByteArray from = QFile::encodeName(m_part.fileName());
    const QByteArray to = QFile::encodeName(m_path);
    if (std::rename(from.constData(), to.constData()) != 0) {
        QFile::remove(m_path);
        if (!QFile::rename(m_part.fileName(), m_path))
            return cannotWrite(m_path, QCoreApplication::translate("Output", "the file could not be renamed"));
    }
    m_committed = true;
    return {};
}

} // namespace subdesk::output
