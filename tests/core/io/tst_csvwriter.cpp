#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QTest>

using namespace subdesk;
using namespace subdesk::io;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping_data();
    void escaping();
    void recordsEndWithCrlf();
    void oneEmptyCellIsWrittenAsTwoQuotes();
    void semicolonDelimiter();
    void byteOrderMark();
    void neutralize_data();
    void neutralize();
    void restoreUndoesNeutralize_data();
    void restoreUndoesNeutralize();
    void writerNeutralizesUnlessTurnedOff();
    void readerGivesBackWhatWriterWrote();
};

void TestCsvWriter::escaping_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("plain text is not quoted") << QStringLiteral("Virtanen Oy") << QStringLiteral("Virtanen Oy");
    QTest::newRow("empty cell stays empty") << QString() << QString();
    QTest::newRow("delimiter is quoted") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote is doubled and quoted") << QStringLiteral("5\" disk") << QStringLiteral("\"5\"\" disk\"");
    QTest::newRow("LF is quoted") << QStringLiteral("line 1\nline 2") << QStringLiteral("\"line 1\nline 2\"");
    QTest::newRow("CR is quoted") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("semicolon is not quoted with a comma delimiter") << QStringLiteral("a; b") << QStringLiteral("a; b");
    QTest::newRow("leading spaces are kept without quotes") << QStringLiteral("  x") << QStringLiteral("  x");
}

void TestCsvWriter::escaping()
{
    QFETCH(QString, cell);
    QFETCH(QString, escaped);
    QCOMPARE(CsvWriter::escaped(cell, QLatin1Char(',')), escaped);
}

void TestCsvWriter::recordsEndWithCrlf()
{
    CsvWriter writer;
    writer.addRecord({QStringLiteral("a"), QStringLiteral("b")});
    writer.addRecord({QStringLiteral("1"), QString()});
    QCOMPARE(writer.text(), QStringLiteral("a,b\r\n1,\r\n"));
    QCOMPARE(writer.recordCount(), 2);
}

void TestCsvWriter::oneEmptyCellIsWrittenAsTwoQuotes()
{
    CsvWriter writer;
    writer.addRecord({QStringLiteral("h")});
    writer.addRecord({QString()});
    QCOMPARE(writer.text(), QStringLiteral("h\r\n\"\"\r\n"));
    const auto table = CsvReader::parseText(writer.text());
    QVERIFY(table.ok());
    QCOMPARE(table->records.size(), 2);
}

void TestCsvWriter::semicolonDelimiter()
{
    CsvWriteOptions options;
    options.delimiter = QLatin1Char(';');
    CsvWriter writer(options);
    writer.addRecord({QStringLiteral("Rossi; Mario"), QStringLiteral("a,b")});
    QCOMPARE(writer.text(), QStringLiteral("\"Rossi; Mario\";a,b\r\n"));
}

void TestCsvWriter::byteOrderMark()
{
    CsvWriter writer;
    writer.addRecord({QStringLiteral(u"Città")});
    QCOMPARE(writer.toUtf8(true),
             QByteArray("\xEF\xBB\xBF"
                        "Citt\xC3\xA0\r\n"));
    QCOMPARE(writer.toUtf8(false), QByteArray("Citt\xC3\xA0\r\n"));
}

void TestCsvWriter::neutralize_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("neutralized");

    QTest::newRow("equals sign gets an apostrophe") << QStringLiteral("=SUM(A1:A9)") << QStringLiteral("'=SUM(A1:A9)");
    QTest::newRow("plus sign gets an apostrophe")
        << QStringLiteral("+358 40 123 4567") << QStringLiteral("'+358 40 123 4567");
    QTest::newRow("minus sign gets an apostrophe") << QStringLiteral("-5") << QStringLiteral("'-5");
    QTest::newRow("at sign gets an apostrophe") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
    QTest::newRow("leading tab gets an apostrophe") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("leading CR gets an apostrophe") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("apostrophe before a formula gets another one") << QStringLiteral("'=1") << QStringLiteral("''=1");
    QTest::newRow("plain apostrophe text is left alone") << QStringLiteral("'quoted'") << QStringLiteral("'quoted'");
    QTest::newRow("formula character later in the cell is harmless") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("leading space hides nothing") << QStringLiteral(" =1") << QStringLiteral(" =1");
    QTest::newRow("empty cell is left alone") << QString() << QString();
    QTest::newRow("lone apostrophe is left alone") << QStringLiteral("'") << QStringLiteral("'");
}

void TestCsvWriter::neutralize()
{
    QFETCH(QString, cell);
    QFETCH(QString, neutralized);
    QCOMPARE(CsvWriter::neutralizeFormula(cell), neutralized);
    QCOMPARE(CsvWriter::restoreFormula(neutralized), cell);
}

void TestCsvWriter::restoreUndoesNeutralize_data()
{
    QTest::addColumn<QString>("imported");
    QTest::addColumn<QString>("restored");

    QTest::newRow("import strips the apostrophe before a plus")
        << QStringLiteral("'+358 40") << QStringLiteral("+358 40");
    QTest::newRow("import strips the apostrophe before an equals sign")
        << QStringLiteral("'=1") << QStringLiteral("=1");
    QTest::newRow("import strips only one of two apostrophes") << QStringLiteral("''@x") << QStringLiteral("'@x");
    QTest::newRow("import keeps an apostrophe before a letter")
        << QStringLiteral("'t Hooft") << QStringLiteral("'t Hooft");
    QTest::newRow("import keeps an unguarded formula as text") << QStringLiteral("=1") << QStringLiteral("=1");
}

void TestCsvWriter::restoreUndoesNeutralize()
{
    QFETCH(QString, imported);
    QFETCH(QString, restored);
    QCOMPARE(CsvWriter::restoreFormula(imported), restored);
}

void TestCsvWriter::writerNeutralizesUnlessTurnedOff()
{
    CsvWriter guarded;
    guarded.addRecord({QStringLiteral("=1"), QStringLiteral("-\"x\"")});
    QCOMPARE(guarded.text(), QStringLiteral("'=1,\"'-\"\"x\"\"\"\r\n"));

    CsvWriteOptions options;
    options.neutralizeFormulas = false;
    CsvWriter plain(options);
    plain.addRecord({QStringLiteral("=1")});
    QCOMPARE(plain.text(), QStringLiteral("=1\r\n"));
}

void TestCsvWriter::readerGivesBackWhatWriterWrote()
{
    const QList<QStringList> records = {
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
        {QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("1\r\n2\n3\r4")},
        {QString(), QStringLiteral(" "), QStringLiteral("\"")},
        {QStringLiteral(u"نام"), QStringLiteral(u"Łódź"), QStringLiteral(u"€")},
    };
    for (const QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        CsvWriteOptions options;
        options.delimiter = delimiter;
        options.neutralizeFormulas = false;
        CsvWriter writer(options);
        for (const QStringList& r : records)
            writer.addRecord(r);
        const auto table = CsvReader::parse(writer.toUtf8(true));
        QVERIFY(table.ok());
        QCOMPARE(table->delimiter, delimiter);
        QCOMPARE(table->records, records);
        QCOMPARE(table->lineNumbers, (QList<int> {1, 2, 6, 7}));
    }
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
