#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace subdesk::output {

/** Runs a document painter on an A4 PDF writer (no page margins: documents lay out their own). */
class PdfFile
{
public:
    using Painter = std::function<void(QPainter&, QPagedPaintDevice&)>;

    /** Writes to an open, writable device. */
    static Status write(const QString& title, const Painter& paint, QIODevice& out);
    /** Writes a file at path, atomically (the file appears whole or not at all). */
    static Status write(const QString& title, const Painter& paint, const QString& path);
};

} // namespace subdesk::output
