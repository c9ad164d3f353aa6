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

} // namespace subdesk::ui
