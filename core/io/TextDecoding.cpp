#include "TextDecoding.h"

#include <QCoreApplication>

#include <cstring>

namespace subdesk::io {

namespace {

// Windows-1252 bytes 0x80–0x9F. The rest of the code page equals ISO 8859-1 (and so Unicode).
// Undefined bytes map to the C1 control of the same value.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 0x88
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 0x98
};

bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != b)
            return false;
    }
    return true;
}

/** 1-based line of a byte offset, counting CRLF, LF and a lone CR as one line end each. */
int lineOfOffset(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = bytes.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n')))
            ++line;
    }
    return line;
}

} // namespace

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Most CSV text is ASCII: skip it eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char lead = s[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The lead byte fixes the length and the range of the second byte (RFC 3629, table 3-7 of
        // the Unicode standard): this is what rules out overlong forms, surrogates and > U+10FFFF.
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
            length = 3;
        } else if (lead == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (lead == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            length = 4;
        } else if (lead == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            return i;
        }
        if (i + length > n || s[i + 1] < low || s[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

QString decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t* d = reinterpret_cast<char16_t*>(out.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        d[i] = (b >= 0x80 && b <= 0x9F) ? kCp1252High[b - 0x80] : char16_t(b);
    }
    return out;
}

Result<DecodedText> decodeText(const QByteArray& bytes, TextEncoding encoding)
{
    if (startsWith(bytes, {0xFF, 0xFE}) || startsWith(bytes, {0xFE, 0xFF})) {
        return Error(
            ErrorCode::Unsupported,
            QCoreApplication::translate("CsvImport",
                                        "The file is in UTF-16. Save it as UTF-8 (in spreadsheets: \"CSV UTF-8\") "
                                        "or as Windows-1252 and try again."));
    }
    DecodedText decoded;
    const bool bom = startsWith(bytes, {0xEF, 0xBB, 0xBF});
    if (encoding == TextEncoding::Windows1252) {
        decoded.encoding = TextEncoding::Windows1252;
        decoded.text = decodeWindows1252(bytes);
        return decoded;
    }
    const QByteArrayView body = bom ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
    const qsizetype invalidAt = firstInvalidUtf8(body);
    // A BOM declares UTF-8: stray bad bytes then become U+FFFD rather than turning every accent into
    // cp1252 mojibake (and the BOM into "ï»¿" in the first header).
    if (invalidAt >= 0 && !(bom && encoding == TextEncoding::Auto)) {
        if (encoding == TextEncoding::Utf8) {
            return Error(ErrorCode::Invalid,
                         QCoreApplication::translate("CsvImport",
                                                     "Line %1: the file is not valid UTF-8 (byte 0x%2). Choose "
                                                     "Windows-1252, or let SubDesk detect the encoding.")
                             .arg(lineOfOffset(body, invalidAt))
                             .arg(static_cast<unsigned char>(body.at(invalidAt)), 2, 16, QLatin1Char('0')));
        }
        // Not UTF-8: the usual alternative in the EU is a spreadsheet's "CSV (Windows)" in cp1252.
        decoded.encoding = TextEncoding::Windows1252;
        decoded.text = decodeWindows1252(bytes);
        return decoded;
    }
    decoded.encoding = TextEncoding::Utf8;
    decoded.hadByteOrderMark = bom;
    decoded.text = QString::fromUtf8(body);
    return decoded;
}

} // namespace subdesk::io
