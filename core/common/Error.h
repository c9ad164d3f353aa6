#pragma once

#include <QString>

namespace subdesk {

/** What kind of expected failure an Error reports; callers branch on it, users read the message. */
enum class ErrorCode
{
    Invalid, ///< bad input: a form field, a CSV cell, a CLI flag
    NotFound,
    Conflict, ///< the operation clashes with existing data
    Io, ///< file could not be read or written
    Database, ///< the database refused or failed
    Unsupported, ///< e.g. a database from a newer SubDesk
    Overflow, ///< an amount left the qint64 range
    Cancelled,
};

/** An expected failure: a code to branch on and a translated message that says what and where. */
struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString message;

    Error() = default;
    Error(ErrorCode c, QString m)
        : code(c)
        , message(std::move(m))
    { }
};

} // namespace subdesk
