#include "AtomicFile.h"

#include <QDir>
#include <QSaveFile>

namespace subdesk::ui {

Status AtomicFile::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(bytes);
    if (!file.commit())
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace subdesk::ui
