#pragma once

#include <QString>

namespace subdesk::ui {

/**
 * Finishes a plural message for English when no catalogue supplied its plural forms: tr() then
 * returns the source text, "customer(s)", which this turns into "customer" or "customers".
 * Translated text (which never contains "(s)") passes through unchanged. Call sites keep their
 * tr("… %Ln item(s)", nullptr, n) so that lupdate still extracts them.
 */
QString pluralized(QString text, qint64 count);

} // namespace subdesk::ui
