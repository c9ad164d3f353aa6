#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace subdesk::io {

enum class TextEncoding
{
    Auto, ///< UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise Windows-1252
    Utf8,
    Windows1252,
};

/** Text decoded from a file's bytes, with what was found out on the way. */
struct DecodedText
{
    QString text; ///< without the byte order mark
    TextEncoding encoding = TextEncoding::Utf8; ///< the one actually used, never Auto
    bool hadByteOrderMark = false;
};

/**
 * Offset of the first byte that breaks strict UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF, no truncated sequence), or -1 when all of bytes is valid UTF-8.
 */
qsizetype firstInvalidUtf8(QByteArrayView bytes);
inline bool isValidUtf8(QByteArrayView bytes)
{
    return firstInvalidUtf8(bytes) < 0;
}

/**
 * Windows-1252 to Unicode. 0x80–0x9F use the code page's own table (0x80 is €); the five bytes it
 * leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same value, as
 * browsers do, so no byte is ever lost.
 */
QString decodeWindows1252(QByteArrayView bytes);

/**
 * Decodes a text file. Auto: UTF-8 when valid (a BOM is optional), else Windows-1252. A UTF-8 BOM
 * is dropped. Refuses UTF-16 files (their BOM) and, when Utf8 is asked for, invalid UTF-8, with a
 * message naming the line.
 */
Result<DecodedText> decodeText(const QByteArray& bytes, TextEncoding encoding);

} // namespace subdesk::io
