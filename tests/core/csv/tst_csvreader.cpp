// The reader's own rules and its bad input: encodings, line ends, quotes, limits.

#include "csvtestutil.h"

#include "csv/csvsniffer.h"

#include <QTest>

using namespace kartoitus::csv;
using csvtest::readBytes;
using csvtest::ReadResult;
using Rows = QList<QStringList>;

namespace {

// A device that cannot seek, like a pipe: detection must not need to go back. It hands
// out at most 5 bytes a read, as a pipe may.
class PipeDevice : public QIODevice
{
public:
    explicit PipeDevice(const QByteArray &bytes)
        : m_bytes(bytes)
    {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_bytes.size() - m_offset + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(qMin<qint64>(maxSize, 5), m_bytes.size() - m_offset);
        memcpy(data, m_bytes.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_offset = 0;
};

Dialect withEncoding(Encoding encoding)
{
    Dialect dialect;
    dialect.encoding = encoding;
    return dialect;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parsing_data();
    void parsing();
    void lineNumbers();
    void lineAfterDelimiterOnly();
    void excelFinnishWindows1252();
    void excelUnicodeText();
    void encodingOverride();
    void sequentialDevice();
    void undecodableBytes();
    void undecodableAfterTheSample();
    void lenientDecoding();
    void undecodableInTitleLine();
    void cutOffCharacterAtEnd();
    void unclosedQuote();
    void binaryFile();
    void emptyFile();
    void headerOnly();
    void tenMegabyteField();
    void fieldTooLong();
    void dialectWords();
    void delimiterDetection_data();
    void delimiterDetection();
};

void TestCsvReader::parsing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("rows");
    QTest::newRow("crlf inside quotes kept")
        << QByteArray("a,\"x\r\ny\"\r\nb,c\r\n") << Rows{{"a", "x\r\ny"}, {"b", "c"}};
    QTest::newRow("lf inside quotes kept") << QByteArray("\"x\ny\",1\n") << Rows{{"x\ny", "1"}};
    QTest::newRow("lone cr ends a record")
        << QByteArray("a,b\rc,d\r") << Rows{{"a", "b"}, {"c", "d"}};
    QTest::newRow("no newline at end") << QByteArray("a,b\nc,d") << Rows{{"a", "b"}, {"c", "d"}};
    QTest::newRow("doubled quotes")
        << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n") << Rows{{"say \"hi\"", "\""}};
    QTest::newRow("trailing empty fields kept")
        << QByteArray("a;b;;\r\n1;;;\r\n") << Rows{{"a", "b", "", ""}, {"1", "", "", ""}};
    QTest::newRow("blank line is a record without fields")
        << QByteArray("a,b\n\nc,d\n") << Rows{{"a", "b"}, {}, {"c", "d"}};
    QTest::newRow("quoted empty field") << QByteArray("\"\"\n") << Rows{{""}};
    QTest::newRow("stray quote in unquoted field kept")
        << QByteArray("5\" disk,a\"b\"\n") << Rows{{"5\" disk", "a\"b\""}};
    QTest::newRow("text after closing quote appended")
        << QByteArray("\"ab\"c,d\n") << Rows{{"abc", "d"}};
    QTest::newRow("spaces kept") << QByteArray(" a , \"b\" \n") << Rows{{" a ", " \"b\" "}};
    QTest::newRow("finnish letters") << QByteArray("Äänekoski,Jyväskylä,Åland,Öö\n")
                                     << Rows{{"Äänekoski", "Jyväskylä", "Åland", "Öö"}};
}

void TestCsvReader::parsing()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, rows);
    for (const qsizetype chunk : {0, 1, 2, 3}) {
        const ReadResult result = readBytes(input, {}, chunk);
        QCOMPARE(result.errorString, QString());
        QCOMPARE(result.rows, rows);
    }
}

void TestCsvReader::lineNumbers()
{
    const ReadResult result = readBytes("h1,h2\r\n\"multi\r\nline\",x\r\nlast,y\rcr,z\n");
    QCOMPARE(result.rows.size(), 4);
    QCOMPARE(result.lines, (QList<qint64>{1, 2, 4, 5}));
}

// Found by tests/fuzz: after a record ended by a lone CR, a record of only delimiters
// ended by LF (`,\n`) was counted on the CR's line, as if `CR,LF` were one line end.
void TestCsvReader::lineAfterDelimiterOnly()
{
    const ReadResult result = readBytes("a,b\r,\nc,d\n");
    QCOMPARE(result.rows, (Rows{{"a", "b"}, {"", ""}, {"c", "d"}}));
    QCOMPARE(result.lines, (QList<qint64>{1, 2, 3}));
}

void TestCsvReader::excelFinnishWindows1252()
{
    const QByteArray bytes("Nimi;Kunta;J\xe4seni\xe4\r\n"
                           "Py\xf6r\xe4ily ry;\xc4\xe4nekoski;1 240\r\n"
                           "\x80-kerho;J\xe4ms\xe4;\r\n");
    const ReadResult result = readBytes(bytes);
    QCOMPARE(result.errorString, QString());
    QCOMPARE(result.dialect.encoding, Encoding::Windows1252);
    QCOMPARE(result.dialect.delimiter, QChar(u';'));
    QCOMPARE(result.rows, (Rows{{"Nimi", "Kunta", "Jäseniä"},
                                {"Pyöräily ry", "Äänekoski", "1 240"},
                                {"€-kerho", "Jämsä", ""}}));
}

void TestCsvReader::excelUnicodeText()
{
    const QString text = QStringLiteral("Nimi\tKunta\r\nÅbo Akademi\tTurku\r\n");
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const ReadResult result = readBytes(bytes, {}, 3);
    QCOMPARE(result.dialect.encoding, Encoding::Utf16LE);
    QCOMPARE(result.dialect.delimiter, QChar(u'\t'));
    QCOMPARE(result.rows, (Rows{{"Nimi", "Kunta"}, {"Åbo Akademi", "Turku"}}));
    // Without its BOM the zero bytes still give UTF-16 away.
    const ReadResult noBom = readBytes(bytes.mid(2));
    QCOMPARE(noBom.dialect.encoding, Encoding::Utf16LE);
    QCOMPARE(noBom.rows, result.rows);
}

void TestCsvReader::encodingOverride()
{
    const ReadResult result =
        readBytes("J\xc3\xa4ms\xc3\xa4\n", withEncoding(Encoding::Windows1252));
    QCOMPARE(result.dialect.encoding, Encoding::Windows1252);
    QCOMPARE(result.rows, (Rows{{"JÃ¤msÃ¤"}}));
}

void TestCsvReader::sequentialDevice()
{
    PipeDevice pipe("a;b\n\"1\n\";2\n");
    pipe.open(QIODevice::ReadOnly);
    const ReadResult result = csvtest::readAll(&pipe, {});
    QCOMPARE(result.dialect.delimiter, QChar(u';'));
    QCOMPARE(result.rows, (Rows{{"a", "b"}, {"1\n", "2"}}));
}

void TestCsvReader::undecodableBytes()
{
    const ReadResult result = readBytes("a,b\nc,d\xff\n", withEncoding(Encoding::Utf8));
    QCOMPARE(result.error, Reader::Error::Undecodable);
    QCOMPARE(result.errorLine, 2);
    QCOMPARE(result.errorColumn, 4);
    QVERIFY(result.errorString.contains(u"utf-8"));
    QCOMPARE(result.rows, (Rows{{"a", "b"}}));
}

// Detection sees only the first 64 KiB; a later legacy byte is still never mojibake.
void TestCsvReader::undecodableAfterTheSample()
{
    QByteArray bytes;
    for (int i = 0; bytes.size() <= Sniffer::sampleSize; ++i)
        bytes += "row,number " + QByteArray::number(i) + "\r\n";
    const qint64 lines = bytes.count('\n');
    bytes += "J\xe4ms\xe4,x\r\n";
    const ReadResult result = readBytes(bytes);
    QCOMPARE(result.dialect.encoding, Encoding::Utf8);
    QCOMPARE(result.error, Reader::Error::Undecodable);
    QCOMPARE(result.errorLine, lines + 1);
    QCOMPARE(result.errorColumn, 2);
    QCOMPARE(result.rows.size(), lines);
}

void TestCsvReader::lenientDecoding()
{
    QByteArray bytes("a,\xff\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(&buffer, withEncoding(Encoding::Utf8));
    reader.setStrictDecoding(false);
    QStringList fields;
    QVERIFY(reader.readRow(&fields));
    QCOMPARE(fields, (QStringList{"a", QString(QChar::ReplacementCharacter)}));
}

// Found by tests/fuzz: a bad byte in a skipped title line used up the decoder's one error
// report, and later bad bytes in the records came through as U+FFFD in strict mode.
void TestCsvReader::undecodableInTitleLine()
{
    Dialect dialect = withEncoding(Encoding::Utf8);
    dialect.skipLines = 1;
    for (const qsizetype chunk : {0, 1}) {
        const ReadResult result = readBytes("Title \xff\na,b\nc,d\xfe\n", dialect, chunk);
        QCOMPARE(result.error, Reader::Error::Undecodable);
        QCOMPARE(result.errorLine, 1);
        QCOMPARE(result.errorColumn, 7);
        QVERIFY(result.rows.isEmpty());
    }
}

void TestCsvReader::cutOffCharacterAtEnd()
{
    const ReadResult result = readBytes("a,b\nc,\xc3", withEncoding(Encoding::Utf8));
    QCOMPARE(result.error, Reader::Error::Undecodable);
    QCOMPARE(result.errorLine, 2);
}

void TestCsvReader::unclosedQuote()
{
    for (const qsizetype chunk : {0, 1}) {
        const ReadResult result = readBytes("a,b\n1,\"never\nclosed,2\n3,4\n", {}, chunk);
        QCOMPARE(result.error, Reader::Error::UnclosedQuote);
        QCOMPARE(result.errorLine, 2);
        QCOMPARE(result.errorColumn, 3);
        QVERIFY(result.errorString.startsWith(u"Line 2, column 3"));
        QCOMPARE(result.rows, (Rows{{"a", "b"}}));
    }
}

void TestCsvReader::binaryFile()
{
    const ReadResult result = readBytes(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8));
    QCOMPARE(result.error, Reader::Error::NulCharacter);
    QCOMPARE(result.errorLine, 1);
    QCOMPARE(result.errorColumn, 6);
    QVERIFY(result.rows.isEmpty());
}

void TestCsvReader::emptyFile()
{
    const ReadResult result = readBytes(QByteArray());
    QCOMPARE(result.error, Reader::Error::None);
    QVERIFY(result.rows.isEmpty());
    QCOMPARE(result.dialect.encoding, Encoding::Utf8);
    const ReadResult bomOnly = readBytes("\xEF\xBB\xBF");
    QVERIFY(bomOnly.rows.isEmpty());
    QCOMPARE(bomOnly.dialect.encoding, Encoding::Utf8Bom);
}

void TestCsvReader::headerOnly()
{
    const ReadResult result = readBytes("\xEF\xBB\xBFNimi;Y-tunnus;Kunta\r\n");
    QCOMPARE(result.error, Reader::Error::None);
    QCOMPARE(result.dialect.delimiter, QChar(u';'));
    QCOMPARE(result.rows, (Rows{{"Nimi", "Y-tunnus", "Kunta"}}));
}

void TestCsvReader::tenMegabyteField()
{
    const qsizetype length = 10 * 1000 * 1000;
    QByteArray value(length, 'x');
    for (qsizetype i = 1000; i < length; i += 100000)
        value.replace(i, 4, "\r\n;\"");
    QByteArray quoted = value;
    quoted.replace("\"", "\"\"");
    const ReadResult result = readBytes("id;text\n1;\"" + quoted + "\";end\n");
    QCOMPARE(result.errorString, QString());
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows[1].size(), 3);
    QCOMPARE(result.rows[1][1].size(), length);
    QVERIFY(result.rows[1][1] == QString::fromLatin1(value));
    QCOMPARE(result.rows[1][2], QStringLiteral("end"));
}

void TestCsvReader::fieldTooLong()
{
    QByteArray bytes("a,b\nshort,0123456789ABC\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(&buffer);
    reader.setMaxFieldLength(10);
    QStringList fields;
    QVERIFY(reader.readRow(&fields));
    QVERIFY(!reader.readRow(&fields));
    QCOMPARE(reader.error(), Reader::Error::FieldTooLong);
    QCOMPARE(reader.errorLine(), 2);
    QCOMPARE(reader.errorColumn(), 7);
}

void TestCsvReader::dialectWords()
{
    QCOMPARE(parseEncoding(QStringLiteral("auto")), Encoding::Auto);
    QCOMPARE(parseEncoding(QStringLiteral("UTF-8")), Encoding::Utf8);
    QCOMPARE(parseEncoding(QStringLiteral("windows-1252")), Encoding::Windows1252);
    QCOMPARE(parseEncoding(QStringLiteral("utf-16")), Encoding::Utf16LE);
    QVERIFY(!parseEncoding(QStringLiteral("ebcdic")));
    QCOMPARE(parseDelimiter(QStringLiteral("auto")), QChar());
    QCOMPARE(parseDelimiter(QStringLiteral(";")), QChar(u';'));
    QCOMPARE(parseDelimiter(QStringLiteral(",")), QChar(u','));
    QCOMPARE(parseDelimiter(QStringLiteral("tab")), QChar(u'\t'));
    QCOMPARE(parseDelimiter(QStringLiteral("|")), QChar(u'|'));
    QVERIFY(!parseDelimiter(QStringLiteral("x")));
    QCOMPARE(encodingName(Encoding::Utf8Bom), QStringLiteral("utf-8-bom"));
    QCOMPARE(encodingName(Encoding::Utf16BE), QStringLiteral("utf-16be"));
    QCOMPARE(delimiterName(u'\t'), QStringLiteral("tab"));
    QCOMPARE(delimiterName(u'|'), QStringLiteral("|"));
    QCOMPARE(Dialect::excelFinnish().encoding, Encoding::Utf8Bom);
    QCOMPARE(Dialect::excelFinnish().delimiter, QChar(u';'));
    QCOMPARE(Dialect::standard().lineEnding, QByteArray("\r\n"));
}

void TestCsvReader::delimiterDetection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("decimal commas in a ; file") << "Nimi;Osuus\nA;1,5\nB;2,25\n" << QChar(u';');
    QTest::newRow("commas") << "a,b,c\n1,2,3\n" << QChar(u',');
    QTest::newRow("pipe") << "a|b\n1|2\n" << QChar(u'|');
    QTest::newRow("quoted ; ignored") << "a,b\n\"x;y\",2\n\"p;q\",3\n" << QChar(u',');
    QTest::newRow("tie goes to ;") << "a;b,c\n" << QChar(u';');
    QTest::newRow("one column") << "name\nx\n" << QChar(u',');
}

void TestCsvReader::delimiterDetection()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(Sniffer::detectDelimiter(text, u'"', 0, true), delimiter);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
