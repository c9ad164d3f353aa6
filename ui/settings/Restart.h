#pragma once

#include <QStringList>

namespace subdesk::ui {

/**
 * The arguments for starting SubDesk again: the current ones without those that must not carry
 * over (--lang, which would override the newly chosen language; --quit-after; --screenshot), and
 * with --db pointing at the company open now.
 */
QStringList restartArguments(const QStringList& currentArguments, const QString& companyPath);

/** Starts a new SubDesk process with restartArguments(); the caller then closes this one. */
bool startNewInstance(const QString& companyPath);

} // namespace subdesk::ui
