#include "SaveFileDialog.h"

namespace subdesk::ui {

QString askSaveFileName(QWidget* parent, const QString& title, const QString& suggestedPath, const QString& filter,
                        const QString& suffix, QFileDialog::Options options)
{
    QFileDialog dialog(parent, title, suggestedPath, filter);
    dialog.setObjectName(QStringLiteral("saveFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(suffix);
    dialog.setOptions(options);
    dialog.selectFile(suggestedPath);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

Result<QString> askAndWrite(QWidget* parent, const QString& title, const QString& suggestedPath, const QString& filter,
                            const QString& suffix, const std::function<Status(const QString& path)>& write)
{
    const QString path = askSaveFileName(parent, title, suggestedPath, filter, suffix);
    if (path.isEmpty())
        return QString();
    if (Status written = write(path); !written)
        return written.error();
    return path;
}

} // namespace subdesk::ui
