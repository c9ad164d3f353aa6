#pragma once

#include <QFileDialog>
#include <QString>

class QWidget;

namespace subdesk::ui {

/**
 * Asks for a file to write. The suffix is added by the dialog itself (setDefaultSuffix), so the
 * "replace?" question is asked about the file that will really be written: typing "Acme" never
 * silently replaces an existing "Acme.subdesk".
 */
QString askSaveFileName(QWidget* parent, const QString& title, const QString& suggestedPath, const QString& filter,
                        const QString& suffix, QFileDialog::Options options = {});

} // namespace subdesk::ui
