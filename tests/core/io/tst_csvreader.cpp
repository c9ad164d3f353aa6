#include "io/CsvReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace subdesk;
using namespace subdesk::io;

using Records = QList<QStringList>;
using Lines = QList<int>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void delimiterDetection_data();
    void delimiterDetection();
    void delimiterOverride();
    void quoteOrLineBreakCannotBeTheDelimiter();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void encodingReported_data();
    void encodingReported();
    void emptyInputHasNoRecords();
    void readFile();
    void missingFileIsAnIoError();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Lines>("lines");

    const auto row = [](std::initializer_list<const char*> cells) {
        QStringList list;
        for (const char* c : cells)
            list.append(QString::fromUtf8(c));
        return list;
    };

    QTest::newRow("plain fields split on commas")
        << QByteArray("a,b,c\n1,2,3\n") << Records {row({"a", "b", "c"}), row({"1", "2", "3"})} << Lines {1, 2};
    QTest::newRow("quoted field keeps embedded comma")
        << QByteArray("a,b\n\"x, y\",z\n") << Records {row({"a", "b"}), row({"x, y", "z"})} << Lines {1, 2};
    QTest::newRow("doubled quote inside quotes is one quote")
        << QByteArray("a\n\"say \"\"hi\"\"\"\n") << Records {row({"a"}), row({"say \"hi\""})} << Lines {1, 2};
    QTest::newRow("quoted field keeps embedded newline")
        << QByteArray("a,b\n\"line 1\nline 2\",z\nnext,row\n")
        << Records {row({"a", "b"}), row({"line 1\nline 2", "z"}), row({"next", "row"})} << Lines {1, 2, 4};
    QTest::newRow("quoted field keeps embedded CRLF as written")
        << QByteArray("a\r\n\"x\r\ny\"\r\nz\r\n") << Records {row({"a"}), row({"x\r\ny"}), row({"z"})}
        << Lines {1, 2, 4};
    QTest::newRow("two embedded newlines push the next record's line by two")
        << QByteArray("h\n\"1\n2\n3\"\nnext\n") << Records {row({"h"}), row({"1\n2\n3"}), row({"next"})}
        << Lines {1, 2, 5};
    QTest::newRow("CRLF line ends") << QByteArray("a,b\r\n1,2\r\n") << Records {row({"a", "b"}), row({"1", "2"})}
                                    << Lines {1, 2};
    QTest::newRow("CR-only line ends (old Mac)")
        << QByteArray("a,b\r1,2\r3,4") << Records {row({"a", "b"}), row({"1", "2"}), row({"3", "4"})}
        << Lines {1, 2, 3};
    QTest::newRow("mixed line ends count one line each")
        << QByteArray("a\r\nb\nc\rd") << Records {row({"a"}), row({"b"}), row({"c"}), row({"d"})} << Lines {1, 2, 3, 4};
    QTest::newRow("no line end after the last record")
        << QByteArray("a,b\n1,2") << Records {row({"a", "b"}), row({"1", "2"})} << Lines {1, 2};
    QTest::newRow("trailing empty line adds no record")
        << QByteArray("a\n1\n\n") << Records {row({"a"}), row({"1"})} << Lines {1, 2};
    QTest::newRow("blank lines skipped but counted")
        << QByteArray("\n\na\n\n1\r\n\r\n2\n") << Records {row({"a"}), row({"1"}), row({"2"})} << Lines {3, 5, 7};
    QTest::newRow("empty fields kept") << QByteArray("a,b,c\n,,\n1,,3\n")
                                       << Records {row({"a", "b", "c"}), row({"", "", ""}), row({"1", "", "3"})}
                                       << Lines {1, 2, 3};
    QTest::newRow("trailing delimiter at end of file gives a last empty field")
        << QByteArray("a,b\n1,") << Records {row({"a", "b"}), row({"1", ""})} << Lines {1, 2};
    QTest::newRow("line of two quotes is one empty field, not a blank line")
        << QByteArray("a\n\"\"\n") << Records {row({"a"}), row({""})} << Lines {1, 2};
    QTest::newRow("quoted empty field next to others")
        << QByteArray("a,b\n\"\",x\n") << Records {row({"a", "b"}), row({"", "x"})} << Lines {1, 2};
    QTest::newRow("spaces around fields are kept")
        << QByteArray("a\n  x  \n") << Records {row({"a"}), row({"  x  "})} << Lines {1, 2};
    QTest::newRow("quote inside an unquoted field is literal")
        << QByteArray("a\n5\" disk\n") << Records {row({"a"}), row({"5\" disk"})} << Lines {1, 2};
    QTest::newRow("text after a closing quote is appended")
        << QByteArray("a,b\n\"ab\"c,d\n") << Records {row({"a", "b"}), row({"abc", "d"})} << Lines {1, 2};
    QTest::newRow("semicolon detected from header")
        << QByteArray("name;city\nRossi, Mario;Roma\n")
        << Records {row({"name", "city"}), row({"Rossi, Mario", "Roma"})} << Lines {1, 2};
    QTest::newRow("tab detected from header")
        << QByteArray("nimi\tkaupunki\nOy; Ab\tTurku\n")
        << Records {row({"nimi", "kaupunki"}), row({"Oy; Ab", "Turku"})} << Lines {1, 2};
    QTest::newRow("BOM stripped before the first header")
        << QByteArray("\xEF\xBB\xBFName,City\nA,B\n") << Records {row({"Name", "City"}), row({"A", "B"})}
        << Lines {1, 2};
    QTest::newRow("UTF-8 text decoded") << QByteArray("nimi\nS\xC3\xA4hk\xC3\xB6 Oy\n")
                                        << Records {row({"nimi"}), row({"Sähkö Oy"})} << Lines {1, 2};
    QTest::newRow("rows may have fewer or more cells than the header")
        << QByteArray("a,b\n1\n1,2,3\n") << Records {row({"a", "b"}), row({"1"}), row({"1", "2", "3"})}
        << Lines {1, 2, 3};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, csv);
    QFETCH(Records, records);
    QFETCH(Lines, lines);
    const auto table = CsvReader::parse(csv);
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
    QCOMPARE(table->records, records);
    QCOMPARE(table->lineNumbers, lines);
}

void TestCsvReader::delimiterDetection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("comma detected from header") << QStringLiteral("a,b,c\n1;2;3;4;5\n") << QChar(u',');
    QTest::newRow("semicolon detected from header") << QStringLiteral("a;b;c\n1,2,3,4,5\n") << QChar(u';');
    QTest::newRow("tab detected from header") << QStringLiteral("a\tb\tc, d\n") << QChar(u'\t');
    QTest::newRow("delimiters inside quotes do not count") << QStringLiteral("\"a,b,c\";d;e\n") << QChar(u';');
    QTest::newRow("quoted header with doubled quotes") << QStringLiteral("\"say \"\"x,y\"\"\";b\n") << QChar(u';');
    QTest::newRow("leading blank lines skipped") << QStringLiteral("\r\n\r\na;b\n") << QChar(u';');
    QTest::newRow("one-column file defaults to comma") << QStringLiteral("Name\nA\n") << QChar(u',');
    QTest::newRow("tie goes to comma") << QStringLiteral("a,b;c\n") << QChar(u',');
    QTest::newRow("quoted line break in the header stays in the header")
        << QStringLiteral("\"a\nb\";c;d\n") << QChar(u';');
}

void TestCsvReader::delimiterDetection()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
    const auto table = CsvReader::parseText(text);
    QVERIFY(table.ok());
    QCOMPARE(table->delimiter, delimiter);
}

void TestCsvReader::delimiterOverride()
{
    CsvReadOptions options;
    options.delimiter = QLatin1Char(';');
    const auto table = CsvReader::parse("a,b;c\n1,2;3\n", options);
    QVERIFY(table.ok());
    QCOMPARE(table->delimiter, QChar(u';'));
    QCOMPARE(table->records.at(1), (QStringList {QStringLiteral("1,2"), QStringLiteral("3")}));
}

void TestCsvReader::quoteOrLineBreakCannotBeTheDelimiter()
{
    CsvReadOptions options;
    options.delimiter = QLatin1Char('"');
    QVERIFY(!CsvReader::parse("a\n", options).ok());
    options.delimiter = QLatin1Char('\n');
    QVERIFY(!CsvReader::parse("a\n", options).ok());
}

void TestCsvReader::unterminatedQuote_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");

    QTest::newRow("unterminated quote reports its line") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n") << 3;
    QTest::newRow("unterminated quote after embedded newlines reports where it opened")
        << QByteArray("a\n\"x\ny\"\n\"never closed\r\n\r\n") << 4;
    QTest::newRow("doubled quote at the end does not close") << QByteArray("a\n\"x\"\"") << 2;
}

void TestCsvReader::unterminatedQuote()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    const auto table = CsvReader::parse(csv);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, ErrorCode::Invalid);
    const QString prefix = QStringLiteral("Line %1:").arg(line);
    QVERIFY2(table.error().message.startsWith(prefix), qPrintable(table.error().message));
}

void TestCsvReader::encodingReported_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("cell");

    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBFx\nCitt\xC3\xA0\n") << int(TextEncoding::Utf8) << true
                                    << QStringLiteral(u"Città");
    QTest::newRow("UTF-8 without BOM") << QByteArray("x\nCitt\xC3\xA0\n") << int(TextEncoding::Utf8) << false
                                       << QStringLiteral(u"Città");
    QTest::newRow("cp1252 detected from invalid UTF-8")
        << QByteArray("x\nCitt\xE0 \x80\n") << int(TextEncoding::Windows1252) << false << QStringLiteral(u"Città €");
}

void TestCsvReader::encodingReported()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, cell);
    const auto table = CsvReader::parse(csv);
    QVERIFY(table.ok());
    QCOMPARE(int(table->encoding), encoding);
    QCOMPARE(table->hadByteOrderMark, bom);
    QCOMPARE(table->records.at(1).at(0), cell);
}

void TestCsvReader::emptyInputHasNoRecords()
{
    for (const QByteArray& csv : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\n")}) {
        const auto table = CsvReader::parse(csv);
        QVERIFY(table.ok());
        QVERIFY(table->records.isEmpty());
        QVERIFY(table->lineNumbers.isEmpty());
    }
}

void TestCsvReader::readFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("x.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a;b\r\n1;2\r\n");
    file.close();
    const auto table = CsvReader::readFile(file.fileName());
    QVERIFY(table.ok());
    QCOMPARE(table->records.size(), 2);
    QCOMPARE(table->delimiter, QChar(u';'));
}

void TestCsvReader::missingFileIsAnIoError()
{
    QTemporaryDir dir;
    const auto table = CsvReader::readFile(dir.filePath(QStringLiteral("missing.csv")));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, ErrorCode::Io);
    QVERIFY(table.error().message.contains(QStringLiteral("missing.csv")));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
