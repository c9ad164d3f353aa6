#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace subdesk::ui {

/** Writing an exported file whole or not at all. */
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
public:
    /** Writes bytes to path through QSaveFile: an existing file is replaced only once the new one is
     *  complete. An Io error naming the file otherwise. */
    static Status write(const QString& path, const QByteArray& bytes);
};

} // namespace subdesk::ui
