// The reader against public CSV test suites copied into tests/data/csv (each with its
// licence and SOURCE.md): csv-spectrum, the W3C CSVW tests, csvkit's and csvlint's
// fixtures and qtcsv's inputs.

#include "csvtestutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kartoitus::csv;
using csvtest::readAll;
using csvtest::ReadResult;

namespace {

QJsonDocument jsonFile(const QString &relative)
{
    return QJsonDocument::fromJson(csvtest::fileBytes(relative));
}

// Every chunk size must give the same result: 1 byte crosses every boundary.
const qsizetype chunkSizes[] = {0, 1, 2, 3, 7};

ReadResult readFile(const QString &relative, const Dialect &dialect, qsizetype chunk = 0)
{
    QFile file(csvtest::dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readAll(&file, dialect, chunk);
}

// CSVW reports an empty cell as absent (null), every other value as a string.
void compareCsvwRow(const QStringList &names, const QStringList &fields,
                    const QJsonObject &describes, const QStringList &typedColumns)
{
    for (int j = 0; j < fields.size() && j < names.size(); ++j) {
        if (typedColumns.contains(names[j]))
            continue;
        if (fields[j].isEmpty())
            QVERIFY2(!describes.contains(names[j]), qPrintable(names[j]));
        else
            QCOMPARE(describes.value(names[j]).toString(), fields[j]);
    }
}

} // namespace

class TestCsvConformance : public QObject
{
    Q_OBJECT

private slots:
    void csvSpectrum_data();
    void csvSpectrum();
    void csvw_data();
    void csvw();
    void csvwRaggedRows();
    void everyFixtureTerminates_data();
    void everyFixtureTerminates();
    void fixtureExpectations_data();
    void fixtureExpectations();
};

void TestCsvConformance::csvSpectrum_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(csvtest::dataPath(QStringLiteral("csv-spectrum/csvs")));
    const QStringList files = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 11);
    for (const QString &file : files) {
        const QString name = file.chopped(4);
        for (const qsizetype chunk : chunkSizes)
            QTest::addRow("%s/chunk%d", qPrintable(name), int(chunk)) << name;
    }
}

void TestCsvConformance::csvSpectrum()
{
    QFETCH(QString, name);
    const QString chunkTag = QString::fromLatin1(QTest::currentDataTag()).section(u'k', -1);
    const ReadResult result =
        readFile(QStringLiteral("csv-spectrum/csvs/") + name + QStringLiteral(".csv"),
                 Dialect::autoDetect(), chunkTag.toInt());
    QCOMPARE(result.errorString, QString());
    QCOMPARE(result.dialect.delimiter, QChar(u','));
    const QJsonArray expected =
        jsonFile(QStringLiteral("csv-spectrum/json/") + name + QStringLiteral(".json")).array();
    QVERIFY(!result.rows.isEmpty());
    const QStringList header = result.rows.first();
    QCOMPARE(result.rows.size() - 1, expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const QJsonObject object = expected[i].toObject();
        const QStringList &row = result.rows[i + 1];
        QCOMPARE(row.size(), header.size());
        QCOMPARE(object.size(), header.size());
        for (int j = 0; j < header.size(); ++j)
            QCOMPARE(row[j], object.value(header[j]).toString());
    }
}

void TestCsvConformance::csvw_data()
{
    // Only the dialects this reader implements; docs/csv.md lists the others and why.
    QTest::addColumn<QString>("test");
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("skipLines");
    QTest::addColumn<bool>("header");
    QTest::addColumn<QString>("metadata");
    QTest::addColumn<bool>("skipBlankRows");
    for (const char *id : {"test001", "test002", "test003", "test005", "test006", "test007",
                           "test008", "test009", "test010"}) {
        const QString t = QString::fromLatin1(id);
        QTest::newRow(id) << t << t + QStringLiteral(".csv") << QChar() << 0 << true << QString()
                          << false;
    }
    QTest::newRow("test019 no header")
        << "test019"
        << "test019.csv" << QChar() << 0 << false << QString() << false;
    QTest::newRow("test024 headerRowCount=1 wins")
        << "test024"
        << "tree-ops.csv" << QChar() << 0 << true << QString() << false;
    QTest::newRow("test025 skipRows=1")
        << "test025"
        << "tree-ops.csv" << QChar() << 1 << false << "test025-user-metadata.json" << false;
    QTest::newRow("test050 tab given")
        << "test050"
        << "tree-ops.tsv" << QChar(u'\t') << 0 << true << "test050-metadata.json" << false;
    QTest::newRow("test050 tab detected")
        << "test050"
        << "tree-ops.tsv" << QChar() << 0 << true << "test050-metadata.json" << false;
    QTest::newRow("test055 skipBlankRows")
        << "test055"
        << "test055.csv" << QChar() << 0 << true << "test055-metadata.json" << true;
    QTest::newRow("test262 trim=false")
        << "test262"
        << "test262.csv" << QChar() << 0 << true << "test262-metadata.json" << false;
}

void TestCsvConformance::csvw()
{
    QFETCH(QString, test);
    QFETCH(QString, csv);
    QFETCH(QChar, delimiter);
    QFETCH(int, skipLines);
    QFETCH(bool, header);
    QFETCH(QString, metadata);
    QFETCH(bool, skipBlankRows);
    const QString dir = QStringLiteral("csvw-tests/tests/");
    Dialect dialect;
    dialect.delimiter = delimiter;
    dialect.skipLines = skipLines;
    ReadResult result = readFile(dir + csv, dialect);
    QCOMPARE(result.errorString, QString());
    QVERIFY(!result.rows.isEmpty());

    // Column names: the metadata's, else the header's, else CSVW's `_col.N`.
    QStringList names;
    QStringList typedColumns;
    if (!metadata.isEmpty()) {
        const QJsonArray columns =
            jsonFile(dir + metadata).object()[u"tableSchema"][u"columns"].toArray();
        for (const QJsonValue &column : columns) {
            const QJsonObject c = column.toObject();
            names.append(c.value(QStringLiteral("name"))
                             .toString(c.value(QStringLiteral("titles")).toString()));
            // Typed values are converted by CSVW, not by a CSV reader: compare strings only.
            const QJsonValue type = c.value(QStringLiteral("datatype"));
            if (!type.isUndefined() && type.toString() != QStringLiteral("string"))
                typedColumns.append(names.last());
        }
    }
    if (header) {
        const QStringList headerRow = result.rows.takeFirst();
        if (names.isEmpty())
            names = headerRow;
    }
    for (int j = names.size(); j < result.rows.first().size(); ++j)
        names.append(QStringLiteral("_col.%1").arg(j + 1));
    if (skipBlankRows)
        result.rows.removeIf([](const QStringList &row) { return row.join(QString()).isEmpty(); });

    const QJsonArray rows =
        jsonFile(dir + test + QStringLiteral(".json")).object()[u"tables"][0][u"row"].toArray();
    QCOMPARE(result.rows.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject describes = rows[i][u"describes"][0].toObject();
        compareCsvwRow(names, result.rows[i], describes, typedColumns);
        if (QTest::currentTestFailed())
            return;
    }
}

// test091 is a negative validation test (rows of different lengths). A reader returns
// them as they are; rejecting them is the importer's decision.
void TestCsvConformance::csvwRaggedRows()
{
    const ReadResult result = readFile(QStringLiteral("csvw-tests/tests/test091.csv"), {});
    QCOMPARE(result.error, Reader::Error::None);
    QCOMPARE(result.rows.size(), 4);
    QCOMPARE(result.rows[1].size(), 3);
    QCOMPARE(result.rows[2].size(), 2);
    QCOMPARE(result.rows[3], QStringList{QStringLiteral("1")});
}

void TestCsvConformance::everyFixtureTerminates_data()
{
    QTest::addColumn<QString>("file");
    for (const char *folder : {"csvkit-examples/examples", "csvlint-fixtures/features/fixtures",
                               "qtcsv/tests/data", "csvw-tests/tests", "csv-spectrum/csvs"}) {
        const QDir dir(csvtest::dataPath(QString::fromLatin1(folder)));
        const QStringList files = dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.tsv")},
                                                QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            const QString path = QString::fromLatin1(folder) + u'/' + file;
            QTest::newRow(qPrintable(path)) << path;
        }
    }
}

// Whatever the input: the reader stops, and an error is a sentence naming the line.
void TestCsvConformance::everyFixtureTerminates()
{
    QFETCH(QString, file);
    const qint64 size = QFileInfo(csvtest::dataPath(file)).size();
    for (const qsizetype chunk : {0, 5}) {
        const ReadResult result = readFile(file, {}, chunk);
        QVERIFY(result.rows.size() <= size + 1);
        if (result.error != Reader::Error::None) {
            QVERIFY(result.errorLine >= 1);
            QVERIFY2(result.errorString.startsWith(QStringLiteral("Line ")),
                     qPrintable(result.errorString));
        }
    }
}

using Rows = QList<QStringList>;

void TestCsvConformance::fixtureExpectations_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("skipLines");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<Rows>("rows"); // the first rows read
    QTest::addColumn<int>("rowCount");
    QTest::addColumn<int>("error"); // Reader::Error
    QTest::addColumn<qint64>("errorLine");
    QTest::addColumn<qint64>("errorColumn");
    const QString kit = QStringLiteral("csvkit-examples/examples/");
    const QString lint = QStringLiteral("csvlint-fixtures/features/fixtures/");
    const Rows abc123 = {{"a", "b", "c"}, {"1", "2", "3"}};
    const Rows unicode = {{"a", "b", "c"}, {"1", "2", "3"}, {"4", "5", QStringLiteral("\u02A4")}};
    const Rows foo = {{"Foo", "Bsr", "Baz"}, {"Biff", "Baff", "Boff"}, {"Qux", "Teaspoon", "Doge"}};

    const auto add = [](const char *tag, const QString &file, int skipLines, const char *encoding,
                        const char *delimiter, const Rows &rows, int rowCount, int error = 0,
                        qint64 errorLine = 0, qint64 errorColumn = 0) {
        QTest::newRow(tag) << file << skipLines << QString::fromLatin1(encoding)
                           << QString::fromLatin1(delimiter) << rows << rowCount << error
                           << errorLine << errorColumn;
    };
    add("csvkit latin1 -> windows-1252", kit + "test_latin1.csv", 0, "windows-1252", ",",
        Rows{{"a", "b", "c"}, {"1", "2", "3"}, {"4", "5", QStringLiteral("\u00A9")}}, 3);
    add("csvkit utf-16 LE", kit + "test_utf16_little.csv", 0, "utf-16le", ",", unicode, 3);
    add("csvkit utf-16 BE", kit + "test_utf16_big.csv", 0, "utf-16be", ",", unicode, 3);
    add("csvkit utf-8 BOM", kit + "test_utf8_bom.csv", 0, "utf-8-bom", ",",
        Rows{{"foo", "bar", "baz"}, {"1", "2", "3"}, {"4", "5", QStringLiteral("\u02A4")}}, 3);
    add("csvkit mac newlines: lone CR", kit + "mac_newlines.csv", 0, "utf-8", ",",
        Rows{{"a", "b", "c"}, {"1", "2", "3"}, {"Once upon\ra time", "5", "6"}}, 3);
    add("csvkit null byte", kit + "null_byte.csv", 0, "utf-8", ",", Rows{{"a", "b", "c"}}, 1,
        int(Reader::Error::NulCharacter), 2, 1);
    add("csvkit bad: ragged rows kept", kit + "bad.csv", 0, "utf-8", ",",
        Rows{{"column_a", "column_b", "column_c"},
             {"1", "27", "", "I'm too long!"},
             {"", "I'm too short!"}},
        4);
    add("csvkit skip 3 lines", kit + "test_skip_lines.csv", 3, "utf-8", ",", abc123, 2);
    add("csvkit semicolon sniffed", kit + "sniff_limit.csv", 0, "utf-8", ";", abc123, 2);
    add("csvkit tab sniffed", kit + "dummy.tsv", 0, "utf-8", "tab", abc123, 2);
    add("csvkit empty columns kept", kit + "test_empty_columns.csv", 0, "utf-8", ",",
        Rows{{"a", "b", "c", "", ""}, {"a", "", "", "", ""}, {"", "", "c", ""}}, 4);
    add("csvkit header with line breaks", kit + "test_header_newline.csv", 0, "utf-8", ",",
        Rows{{"\t\n\v\f\r start \t\n\v\f\r end \t\n\v\f\r", "b", "c"}, {"d", "e", "f"}}, 2);
    add("csvlint lone CR", lint + "cr-line-endings.csv", 0, "utf-8", ",",
        Rows{{"Foo", "Bar", "Baz"}, {"Biff", "Baff", "Boff"}, {"Qux", "Teaspoon", "Doge"}}, 3);
    add("csvlint CRLF", lint + "crlf-line-endings.csv", 0, "utf-8", ",", foo, 3);
    add("csvlint LF", lint + "lf-line-endings.csv", 0, "utf-8", ",", foo, 3);
    add("csvlint inconsistent line ends", lint + "inconsistent-line-endings.csv", 0, "utf-8", ",",
        foo, 3);
    add("csvlint inconsistent unquoted", lint + "inconsistent-line-endings-unquoted.csv", 0,
        "utf-8", ",", foo, 3);
    add("csvlint title row, skip 1", lint + "title-row.csv", 1, "utf-8", ",", foo, 3);
    add("csvlint title row read as data", lint + "title-row.csv", 0, "utf-8", ",",
        Rows{{"This is a title row", "", ""}}, 4);
    add("csvlint stray quote kept", lint + "invalid_many_rows.csv", 0, "utf-8", ",",
        Rows{{"Foo", "Bar", "Baz"}, {"1", "2", "3"}, {"3", "2", "1"}, {"1", "2", "3 \""}}, 12);
    add("csvlint windows-1252 export, trailing commas", lint + "invalid-byte-sequence.csv", 0,
        "windows-1252", ",",
        Rows{{"Data", "Dependencia Origem", QStringLiteral("Hist\u00F3rico"), "Data do Balancete",
              QStringLiteral("N\u00FAmero do documento"), "Valor", ""},
             {"10/31/2012", "", "Saldo Anterior", "", "0", "100.00", ""}},
        24);
}

void TestCsvConformance::fixtureExpectations()
{
    QFETCH(QString, file);
    QFETCH(int, skipLines);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(Rows, rows);
    QFETCH(int, rowCount);
    QFETCH(int, error);
    QFETCH(qint64, errorLine);
    QFETCH(qint64, errorColumn);
    Dialect dialect;
    dialect.skipLines = skipLines;
    for (const qsizetype chunk : chunkSizes) {
        const ReadResult result = readFile(file, dialect, chunk);
        QCOMPARE(int(result.error), error);
        QCOMPARE(result.errorLine, errorLine);
        QCOMPARE(result.errorColumn, errorColumn);
        QCOMPARE(encodingName(result.dialect.encoding), encoding);
        QCOMPARE(delimiterName(result.dialect.delimiter), delimiter);
        QCOMPARE(result.rows.size(), rowCount);
        QCOMPARE(result.rows.mid(0, rows.size()), rows);
    }
}

QTEST_GUILESS_MAIN(TestCsvConformance)
#include "tst_csvconformance.moc"
