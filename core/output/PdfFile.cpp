#include "PdfFile.h"

#include "ExportFile.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

namespace subdesk::output {

Status PdfFile::write(const QString& title, const Painter& paint, QIODevice& out)
{
    if (!out.isWritable())
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("Output",
                                                 "The PDF \"%1\" cannot be written: the "
                                                 "output is not open for writing.")
                         .arg(title));
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(600);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("SubDesk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("Output", "The PDF \"%1\" could not be started.").arg(title));
    paint(painter, writer);
    if (!painter.end())
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("Output", "The PDF \"%1\" could not be finished.").arg(title));
    return {};
}

Status PdfFile::write(const QString& title, const Painter& paint, const QString& path)
{
    ExportFile file(path);
    if (Status opened = file.open(); !opened)
        return opened;
    if (Status written = write(title, paint, file.device()); !written)
        return written;
    return file.commit();
}

} // namespace subdesk::output
