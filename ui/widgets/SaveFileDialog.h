#pragma once

#include "common/Result.h"

#include <QFileDialog>
#include <QString>

#include <functional>

class QWidget;

namespace subdesk::ui {

/**
 * Asks for a file to write. The suffix is added by the dialog itself (setDefaultSuffix), so the
 * "replace?" question is asked about the file that will really be written: typing "Acme" never
 * silently replaces an existing "Acme.subdesk".
 */
QString askSaveFileName(QWidget* parent, const QString& title, const QString& suggestedPath, const QString& filter,
                        const QString& suffix, QFileDialog::Options options = {});

/**
 * Asks for a file as askSaveFileName does, then writes it with write: the path written, an empty
 * path when the user cancelled, or write's error.
 */
Result<QString> askAndWrite(QWidget* parent, const QString& title, const QString& suggestedPath, const QString& filter,
                            const QString& suffix, const std::function<Status(const QString& path)>& write);

} // namespace subdesk::ui
