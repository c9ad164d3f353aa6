#include "io/TextDecoding.h"

#include <QTest>

using namespace subdesk;
using namespace subdesk::io;

class TestTextDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8Validity_data();
    void utf8Validity();
    void windows1252_data();
    void windows1252();
    void everyCp1252ByteDecodesToOneCharacter();
    void detection_data();
    void detection();
    void forcedUtf8ReportsTheLineOfTheBadByte();
    void utf16IsRefused();
};

void TestTextDecoding::utf8Validity_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("firstInvalid");

    QTest::newRow("empty input is valid") << QByteArray() << -1;
    QTest::newRow("plain ASCII is valid") << QByteArray("Name,E-mail\r\nVirtanen Oy,a@b.fi\r\n") << -1;
    QTest::newRow("two-byte sequence (ä) is valid") << QByteArray("S\xC3\xA4hk\xC3\xB6posti") << -1;
    QTest::newRow("three-byte sequence (euro sign) is valid") << QByteArray("\xE2\x82\xAC 10") << -1;
    QTest::newRow("four-byte sequence (emoji) is valid") << QByteArray("ok \xF0\x9F\x98\x80") << -1;
    QTest::newRow("Persian letters are valid") << QByteArray("\xD9\x86\xD8\xA7\xD9\x85") << -1;
    QTest::newRow("cp1252 e-acute alone is invalid") << QByteArray("caf\xE9") << 3;
    QTest::newRow("cp1252 euro 0x80 is a lone continuation byte") << QByteArray("12 \x80") << 3;
    QTest::newRow("overlong two-byte slash is invalid") << QByteArray("a\xC0\xAF") << 1;
    QTest::newRow("overlong three-byte form is invalid") << QByteArray("\xE0\x80\xAF") << 0;
    QTest::newRow("UTF-16 surrogate encoded in UTF-8 is invalid") << QByteArray("ab\xED\xA0\x80") << 2;
    QTest::newRow("code point above U+10FFFF is invalid") << QByteArray("\xF4\x90\x80\x80") << 0;
    QTest::newRow("truncated sequence at the end is invalid") << QByteArray("abc\xE2\x82") << 3;
    QTest::newRow("bad continuation byte is invalid") << QByteArray("\xE2\x28\xA1") << 0;
    QTest::newRow("invalid byte after a long ASCII run is found")
        << QByteArray("0123456789abcdefghijklmnopqrstuvwxyz\xFF") << 36;
}

void TestTextDecoding::utf8Validity()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, firstInvalid);
    QCOMPARE(firstInvalidUtf8(bytes), qsizetype(firstInvalid));
    QCOMPARE(isValidUtf8(bytes), firstInvalid < 0);
}

void TestTextDecoding::windows1252_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("cp1252 euro sign 0x80 decoded") << QByteArray("\x80") << QStringLiteral(u"€");
    QTest::newRow("cp1252 0x8A is S caron") << QByteArray("\x8A") << QStringLiteral(u"Š");
    QTest::newRow("cp1252 0x92 is a right single quote") << QByteArray("l\x92"
                                                                       "acqua")
                                                         << QStringLiteral(u"l’acqua");
    QTest::newRow("cp1252 0x96 and 0x97 are en and em dash") << QByteArray("\x96\x97") << QStringLiteral(u"–—");
    QTest::newRow("cp1252 0x9F is Y diaeresis") << QByteArray("\x9F") << QStringLiteral(u"Ÿ");
    QTest::newRow("cp1252 undefined 0x81 maps to U+0081") << QByteArray("\x81") << QStringLiteral(u"\u0081");
    QTest::newRow("cp1252 upper half equals Latin-1")
        << QByteArray("Citt\xE0 H\xE4meenlinna \xA0\xFF") << QStringLiteral(u"Città Hämeenlinna \u00A0ÿ");
}

void TestTextDecoding::windows1252()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(decodeWindows1252(bytes), text);
}

void TestTextDecoding::everyCp1252ByteDecodesToOneCharacter()
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    const QString text = decodeWindows1252(all);
    QCOMPARE(text.size(), 256);
    for (int b = 0; b < 0x80; ++b)
        QCOMPARE(text.at(b).unicode(), char16_t(b));
}

void TestTextDecoding::detection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("used");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("text");

    const int autoDetect = int(TextEncoding::Auto);
    const int utf8 = int(TextEncoding::Utf8);
    const int cp1252 = int(TextEncoding::Windows1252);
    QTest::newRow("valid UTF-8 without BOM is UTF-8")
        << QByteArray("Citt\xC3\xA0") << autoDetect << utf8 << false << QStringLiteral(u"Città");
    QTest::newRow("BOM stripped") << QByteArray("\xEF\xBB\xBFName") << autoDetect << utf8 << true
                                  << QStringLiteral("Name");
    QTest::newRow("invalid UTF-8 falls back to cp1252")
        << QByteArray("Citt\xE0 \x80") << autoDetect << cp1252 << false << QStringLiteral(u"Città €");
    QTest::newRow("BOM with a stray bad byte stays UTF-8 with a replacement character")
        << QByteArray("\xEF\xBB\xBF"
                      "a\xE9")
        << autoDetect << utf8 << true << QStringLiteral(u"a\uFFFD");
    QTest::newRow("forced cp1252 decodes valid UTF-8 bytes as cp1252")
        << QByteArray("\xC3\xA0") << cp1252 << cp1252 << false << QStringLiteral(u"Ã\u00A0");
    QTest::newRow("forced UTF-8 strips the BOM")
        << QByteArray("\xEF\xBB\xBFx") << utf8 << utf8 << true << QStringLiteral("x");
}

void TestTextDecoding::detection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, requested);
    QFETCH(int, used);
    QFETCH(bool, bom);
    QFETCH(QString, text);
    const auto decoded = decodeText(bytes, TextEncoding(requested));
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(int(decoded->encoding), used);
    QCOMPARE(decoded->hadByteOrderMark, bom);
    QCOMPARE(decoded->text, text);
}

void TestTextDecoding::forcedUtf8ReportsTheLineOfTheBadByte()
{
    const auto decoded = decodeText(QByteArray("a\r\nb\rc\nd\xE9"), TextEncoding::Utf8);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::Invalid);
    QVERIFY2(decoded.error().message.startsWith(QStringLiteral("Line 4:")), qPrintable(decoded.error().message));
    QVERIFY(decoded.error().message.contains(QStringLiteral("0xe9")));
}

void TestTextDecoding::utf16IsRefused()
{
    const auto decoded = decodeText(QByteArray("\xFF\xFEN\0a\0", 6), TextEncoding::Auto);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::Unsupported);
    QVERIFY(decoded.error().message.contains(QStringLiteral("UTF-16")));
}

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
