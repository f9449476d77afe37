// The files users bring, as bytes: encodings and delimiters detected without asking,
// bad rows rejected with their line into a rejects file that imports once fixed, and
// bad input refused with a clear message and the register file left byte for byte.
#include "importtestutil.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace importtest;

namespace {

QList<QStringList> readCsv(const QString &path, csv::Dialect *dialect = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    csv::Reader reader(&file);
    QList<QStringList> rows;
    QStringList row;
    while (reader.readRow(&row))
        rows.append(row);
    if (dialect)
        *dialect = reader.dialect();
    return rows;
}

QByteArray writeCsv(const QList<QStringList> &rows, const csv::Dialect &dialect)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    csv::Writer writer(&buffer, dialect);
    writer.setFormulaGuard(csv::Writer::FormulaGuard::Off);
    for (const QStringList &row : rows)
        writer.writeRow(row);
    writer.flush();
    return buffer.data();
}

QList<qint64> lines(const ImportResult &result)
{
    QList<qint64> lines;
    for (const RejectedRow &reject : result.rejects)
        lines.append(reject.line);
    return lines;
}

} // namespace

class TestImportFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void encodingsAreDetected_data();
    void encodingsAreDetected();
    void excelFinnishFileImports();
    void badRowsAreRejectedWithTheirLine();
    void lineIsWhereAMultiLineRecordStarts();
    void rejectsFileHasTheHeaderTheRowsAndTheReason();
    void fixedRejectsFileImports();
    void rejectsFileKeepsTheInputsEncoding_data();
    void rejectsFileKeepsTheInputsEncoding();
    void noRejectsNoRejectsFile();
    void badInputLeavesTheRegisterUntouched_data();
    void badInputLeavesTheRegisterUntouched();
    void hugeFieldIsRefusedNamingItsPlace_data();
    void hugeFieldIsRefusedNamingItsPlace();
    void unwritableRejectsFileStopsTheImport();
    void failedImportLeavesTheRejectsFileAlone_data();
    void failedImportLeavesTheRejectsFileAlone();
    void previewWritesNothing();
    void cancelWritesNothing();

private:
    std::unique_ptr<Workspace> m_space;
};

void TestImportFiles::init()
{
    m_space = std::make_unique<Workspace>();
    QVERIFY(m_space->create());
}

void TestImportFiles::encodingsAreDetected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("excel csv, windows-1252") << "organisations-letters-windows1252.csv"
                                             << "windows-1252"
                                             << ";";
    QTest::newRow("excel unicode text, utf-16") << "organisations-letters-utf16le.csv"
                                                << "utf-16le"
                                                << "tab";
    QTest::newRow("excel csv utf-8") << "organisations-letters-utf8bom.csv"
                                     << "utf-8-bom"
                                     << ";";
}

// The same four organisations saved three ways: every letter arrives as written.
void TestImportFiles::encodingsAreDetected()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    const ImportResult result = m_space->run(fixture(file));
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.delimiter, delimiter);
    QCOMPARE(result.created, 4);
    QCOMPARE(result.rejected, 0);

    const QSqlDatabase db = m_space->db();
    const QString select = QStringLiteral(
        "SELECT %1 FROM organisations ORDER BY CASE name WHEN 'Äänekosken Öljymäen Kuoro ry' "
        "THEN 1 WHEN 'Jyväskylän Åsa-seura ry' THEN 2 WHEN 'Övermarks Ungdomsförening rf' THEN "
        "3 ELSE 4 END");
    QCOMPARE(column(db, select.arg(QStringLiteral("name"))),
             QStringList({"Äänekosken Öljymäen Kuoro ry", "Jyväskylän Åsa-seura ry",
                          "Övermarks Ungdomsförening rf", "Säynätsalon ÄIJÄT ja Åkat ry"}));
    QCOMPARE(column(db, select.arg(QStringLiteral("post_office"))),
             QStringList({"ÄÄNEKOSKI", "Jyväskylä", "Övermark", "Åsbacka"}));
    QCOMPARE(column(db, select.arg(QStringLiteral("street_address"))),
             QStringList({"Köydenpunojankatu 3", "Väinönkatu 7", "Skolvägen 4", ""}));
    QCOMPARE(column(db, select.arg(QStringLiteral("home_municipality"))),
             QStringList({"992", "179", "545", "179"}));
    QCOMPARE(column(db, select.arg(QStringLiteral("members"))),
             QStringList({"1240", "45", "7", ""}));
    QCOMPARE(column(db, select.arg(QStringLiteral("business_id"))).value(0),
             QStringLiteral("0221704-3"));
}

// The file as Excel in a Finnish locale saves it; its extra column is left out.
void TestImportFiles::excelFinnishFileImports()
{
    ImportOptions options;
    const ImportInspection look =
        Importer(m_space->db())
            .inspect(fixture(QStringLiteral("organisations-windows1252.csv")), options);
    QVERIFY2(look.ok, qPrintable(look.error));
    QCOMPARE(look.headers.value(0), QStringLiteral("Järjestön nimi"));
    QCOMPARE(look.automatic.keys(),
             QStringList({"name", "business_id", "municipality", "email", "members", ""}));

    const ImportResult result =
        m_space->run(fixture(QStringLiteral("organisations-windows1252.csv")));
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.encoding, QStringLiteral("windows-1252"));
    QCOMPARE(result.delimiter, QStringLiteral(";"));
    QCOMPARE(result.created, 4);
    QCOMPARE(column(m_space->db(), QStringLiteral("SELECT name FROM organisations ORDER BY id")),
             QStringList({"Äänekosken Kävelijät ry", "Jyväskylän Kööri ry",
                          "Kinnulan Nuorisoseura ry", "Petäjäveden Åland-seura ry"}));
    QCOMPARE(value(m_space->db(), QStringLiteral("SELECT members FROM organisations WHERE "
                                                 "name = 'Kinnulan Nuorisoseura ry'"))
                 .toInt(),
             1240);
    QCOMPARE(column(m_space->db(), QStringLiteral("SELECT notes FROM organisations")),
             QStringList({"", "", "", ""}));
}

void TestImportFiles::badRowsAreRejectedWithTheirLine()
{
    ImportOptions options;
    options.rejectsPath = m_space->path(QStringLiteral("rejects.csv"));
    const ImportResult result =
        m_space->run(fixture(QStringLiteral("organisations-bad-rows.csv")), options);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.created, 2);
    QCOMPARE(result.rejected, 3);
    QCOMPARE(lines(result), QList<qint64>({3, 4, 5}));
    QVERIFY2(result.rejects[0].reason.contains(QLatin1String("column \"business_id\"")),
             qPrintable(result.rejects[0].reason));
    QVERIFY2(result.rejects[0].reason.contains(QLatin1String("2077474-1")),
             qPrintable(result.rejects[0].reason));
    QVERIFY2(result.rejects[1].reason.contains(QLatin1String("column \"members\"")),
             qPrintable(result.rejects[1].reason));
    QVERIFY2(result.rejects[1].reason.contains(QLatin1String("paljon")),
             qPrintable(result.rejects[1].reason));
    QVERIFY2(result.rejects[2].reason.contains(QLatin1String("5 columns")),
             qPrintable(result.rejects[2].reason));
    QCOMPARE(column(m_space->db(), QStringLiteral("SELECT name FROM organisations ORDER BY id")),
             QStringList({"Hyvä Yhdistys ry", "Toinen Hyvä ry"}));
    QCOMPARE(result.rejectsPath, options.rejectsPath);
    // Every row's outcome in file order, for the preview table.
    QCOMPARE(result.outcomes.size(), 5);
    QCOMPARE(result.outcomes[4].line, 6);
    QCOMPARE(result.outcomes[4].action, RowAction::Create);
}

// A description with line breaks spans three physical lines: the bad row after it is
// reported at the line a text editor shows.
void TestImportFiles::lineIsWhereAMultiLineRecordStarts()
{
    const QByteArray csv = "Nimi;Kuvaus;Jäsenmäärä\r\n"
                           "Hyvä ry;\"Rivi yksi\r\nrivi kaksi\r\nrivi kolme\";3\r\n"
                           "Huono ry;Yksi rivi;kolme\r\n"
                           "\r\n"
                           "Toinen huono ry;\"kaksi\nriviä\";-4\r\n";
    const ImportResult result = m_space->runBytes(csv);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(lines(result), QList<qint64>({5, 7}));
    QVERIFY(result.rejects[0].reason.contains(QStringLiteral("\"Jäsenmäärä\"")));
    QVERIFY(result.rejects[1].reason.contains(QStringLiteral("\"Jäsenmäärä\"")));
    QCOMPARE(
        value(m_space->db(), QStringLiteral("SELECT description FROM organisations")).toString(),
        QStringLiteral("Rivi yksi\r\nrivi kaksi\r\nrivi kolme"));
}

void TestImportFiles::rejectsFileHasTheHeaderTheRowsAndTheReason()
{
    const QString input = fixture(QStringLiteral("organisations-bad-rows.csv"));
    ImportOptions options;
    options.rejectsPath = m_space->path(QStringLiteral("rejects.csv"));
    const ImportResult result = m_space->run(input, options);
    QVERIFY2(result.ok, qPrintable(describe(result)));

    csv::Dialect dialect;
    const QList<QStringList> original = readCsv(input);
    const QList<QStringList> rejects = readCsv(options.rejectsPath, &dialect);
    QCOMPARE(dialect.encoding, csv::Encoding::Utf8);
    QCOMPARE(dialect.delimiter, QChar(u','));
    QCOMPARE(rejects.size(), 4);
    QCOMPARE(rejects[0], QStringList(original[0]) << QStringLiteral("Reason"));
    const qsizetype columns = original[0].size();
    for (int i = 0; i < 3; ++i) {
        // Lines 3, 4 and 5 of the file, exactly as they were, with the reason under
        // "Reason": a cell beyond the header's columns (line 5) comes after it.
        QStringList row = rejects[i + 1];
        QCOMPARE(row.takeAt(columns), result.rejects[i].reason);
        QCOMPARE(row, original[i + 2]);
    }
}

// The user corrects the cells the reasons name and imports the rejects file as it is,
// with its reason column.
void TestImportFiles::fixedRejectsFileImports()
{
    ImportOptions options;
    options.rejectsPath = m_space->path(QStringLiteral("rejects.csv"));
    QVERIFY(m_space->run(fixture(QStringLiteral("organisations-bad-rows.csv")), options).ok);

    csv::Dialect dialect;
    QList<QStringList> rows = readCsv(options.rejectsPath, &dialect);
    QCOMPARE(rows.size(), 4);
    rows[1][1] = QStringLiteral("2077474-0");
    rows[2][3] = QStringLiteral("1 500");
    rows[3].removeAt(4); // the cell too many
    const QString fixedPath = m_space->write(QStringLiteral("fixed.csv"), writeCsv(rows, dialect));

    ImportOptions again;
    again.rejectsPath = m_space->path(QStringLiteral("rejects-2.csv"));
    const ImportResult result = m_space->run(fixedPath, again);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.created, 3);
    QCOMPARE(result.rejected, 0);
    QVERIFY(!QFile::exists(again.rejectsPath));
    QCOMPARE(result.mapping.keys(),
             QStringList({"name", "business_id", "municipality", "members", ""}));
    QCOMPARE(count(m_space->db(), QStringLiteral("organisations")), 5);
    QCOMPARE(value(m_space->db(), QStringLiteral("SELECT members FROM organisations WHERE "
                                                 "name = 'Laskematon ry'"))
                 .toInt(),
             1500);
}

void TestImportFiles::rejectsFileKeepsTheInputsEncoding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("rejects");
    const QString text = QStringLiteral("Nimi;Jäsenmäärä\r\nÖljyväri ry;paljon\r\nÅsa ry;4\r\n");
    QTest::newRow("windows-1252")
        << QByteArray("Nimi;J\xE4sen") +
               "m\xE4\xE4r\xE4\r\n\xD6ljyv\xE4ri ry;paljon\r\n\xC5sa ry;4\r\n"
        << QByteArray("Nimi;J\xE4sen") + "m\xE4\xE4r\xE4;Reason\r\n\xD6ljyv\xE4ri ry;paljon;";
    QByteArray utf16("\xFF\xFE");
    for (const QChar c : text)
        utf16.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    QByteArray expected("\xFF\xFE");
    for (const QChar c : QStringLiteral("Nimi;Jäsenmäärä;Reason\r\nÖljyväri ry;paljon;"))
        expected.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    QTest::newRow("utf-16le") << utf16 << expected;
    QTest::newRow("utf-8 with bom")
        << QByteArray("\xEF\xBB\xBF") + text.toUtf8()
        << QByteArray("\xEF\xBB\xBF") + QStringLiteral("Nimi;Jäsenmäärä;Reason\r\n"
                                                       "Öljyväri ry;paljon;")
                                            .toUtf8();
}

// Written back the way the file came, so that Excel opens it the same way.
void TestImportFiles::rejectsFileKeepsTheInputsEncoding()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, rejects);
    ImportOptions options;
    options.rejectsPath = m_space->path(QStringLiteral("rejects.csv"));
    const ImportResult result = m_space->runBytes(input, options);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.created, 1);
    QCOMPARE(result.rejected, 1);
    const QByteArray written = fileBytes(options.rejectsPath);
    QVERIFY2(written.startsWith(rejects), written.toHex(' ').constData());
}

void TestImportFiles::noRejectsNoRejectsFile()
{
    ImportOptions options;
    options.rejectsPath = m_space->path(QStringLiteral("rejects.csv"));
    const ImportResult result = m_space->runBytes("name\nHyvä ry\n", options);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QVERIFY(result.rejectsPath.isEmpty());
    QVERIFY(!QFile::exists(options.rejectsPath));
}

void TestImportFiles::badInputLeavesTheRegisterUntouched_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("message");

    QTest::newRow("windows-1252 read as utf-8")
        << QByteArray("name;city\r\nUusi ry;Jyv\xE4skyl\xE4\r\n") << "utf-8"
        << "Line 2, column 12: the bytes here are not valid utf-8";
    // Detection reads the first 64 KiB; a bad byte after them is still caught, and the
    // rows before it, already written in the transaction, are rolled back.
    QByteArray late("name;members\r\n");
    for (int i = 0; late.size() < 80 * 1024; ++i)
        late +=
            "Yhdistys numero " + QByteArray::number(i) + " ry;" + QByteArray::number(i) + "\r\n";
    const QByteArray lineNumber = QByteArray::number(late.count('\n') + 1);
    late += "Myöhäinen \xF6ljy ry;1\r\n";
    QTest::newRow("bad byte after 64 KiB")
        << late << "auto" << QString("Line " + lineNumber + ", column 11: the bytes here");
    QTest::newRow("quote never closed")
        << QByteArray("name,description\nA ry,ok\nB ry,\"never closed\nC ry,x\n") << "auto"
        << "Line 3, column 6: the quoted field that starts here is never closed";
    static const char pngHeader[] =
        "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    QByteArray png(pngHeader, sizeof(pngHeader) - 1);
    png += QByteArray(2000, '\0');
    QTest::newRow("png picture") << png << "auto"
                                 << "a NUL byte";
    QTest::newRow("empty file") << QByteArray() << "auto"
                                << "no header row";
    QTest::newRow("blank lines only") << QByteArray("\r\n \r\n;;\r\n") << "auto"
                                      << "no header row";
    QTest::newRow("header only") << QByteArray("name;members\r\n") << "auto"
                                 << "no rows";
    QTest::newRow("header and blank lines") << QByteArray("name;members\r\n;\r\n\r\n") << "auto"
                                            << "no rows";
    QTest::newRow("no name column") << QByteArray("kunta;jäsenmäärä\r\nLaukaa;3\r\n") << "auto"
                                    << "No column gives the field \"Name\"";
}

void TestImportFiles::badInputLeavesTheRegisterUntouched()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, encoding);
    QFETCH(QString, message);
    QVERIFY(m_space->runBytes("name;email\r\nVanha ry;vanha@example.org\r\n").ok);
    const QByteArray before = m_space->closedBytes();

    ImportOptions options;
    options.dialect.encoding = *csv::parseEncoding(encoding);
    options.rejectsPath = m_space->path(QStringLiteral("rejects.csv"));
    const QString input = m_space->write(QStringLiteral("bad.csv"), csv);
    const ImportResult preview = Importer(m_space->db()).preview(input, options);
    QVERIFY(!preview.ok);
    const ImportResult result = m_space->run(input, options);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QCOMPARE(preview.error, result.error);
    QVERIFY(result.rejectsPath.isEmpty());
    QVERIFY(!QFile::exists(options.rejectsPath));
    QCOMPARE(m_space->closedBytes(), before);
}

void TestImportFiles::hugeFieldIsRefusedNamingItsPlace_data()
{
    QTest::addColumn<bool>("quoted");
    QTest::newRow("quoted") << true;
    QTest::newRow("unquoted") << false;
}

// 10 MB in one cell: no register takes that, and reading it all would only fill memory.
void TestImportFiles::hugeFieldIsRefusedNamingItsPlace()
{
    QFETCH(bool, quoted);
    QByteArray csv = "name,description\r\nIso ry,";
    const QByteArray quote = quoted ? "\"" : "";
    csv += quote + QByteArray(10 * 1024 * 1024, 'x') + quote + "\r\nPieni ry,ok\r\n";
    const QString input = m_space->write(QStringLiteral("huge.csv"), csv);
    csv.clear();
    const QByteArray before = m_space->closedBytes();

    // How fast and in how little memory is measured by bench_csvreader, not here.
    const ImportResult result = m_space->run(input);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("Line 2, column 8")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("longer than")), qPrintable(result.error));
    QCOMPARE(m_space->closedBytes(), before);
}

// The user asked for the rejects and they cannot be saved: nothing is imported rather
// than rows lost without a trace.
void TestImportFiles::unwritableRejectsFileStopsTheImport()
{
    const QByteArray before = m_space->closedBytes();
    ImportOptions options;
    options.rejectsPath = m_space->path(QStringLiteral("no such folder/rejects.csv"));
    const ImportResult result =
        m_space->run(fixture(QStringLiteral("organisations-bad-rows.csv")), options);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("rejects.csv")), qPrintable(result.error));
    QCOMPARE(m_space->closedBytes(), before);
}

void TestImportFiles::failedImportLeavesTheRejectsFileAlone_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("file broken after a rejected row") << false;
    QTest::newRow("cancelled after a rejected row") << true;
}

// Last year's rejects, corrected by hand, are in rejects.csv; an import that writes
// nothing must not replace them with the rejects of rows it did not import either.
void TestImportFiles::failedImportLeavesTheRejectsFileAlone()
{
    QFETCH(bool, cancel);
    const QByteArray earlier = "name;members\r\nKorjattu ry;12\r\n";
    const QString rejects = m_space->write(QStringLiteral("rejects.csv"), earlier);
    const QString input = m_space->write(QStringLiteral("input.csv"),
                                         "name;members\r\nHuono ry;paljon\r\nHyvä ry;3\r\n"
                                         "Toinen ry;4\r\nRikki ry;\"never closed\r\n");
    const QByteArray before = m_space->closedBytes();
    std::atomic_bool stop = false;
    ImportControl control;
    control.cancel = &stop;
    control.row = [&](const RowOutcome &outcome) { stop = cancel && outcome.line == 3; };
    ImportOptions options;
    options.rejectsPath = rejects;
    for (const bool dryRun : {true, false}) {
        stop = false;
        Importer importer(m_space->db());
        const ImportResult result = dryRun ? importer.preview(input, options, control)
                                           : importer.run(input, options, control);
        QVERIFY(!result.ok);
        QCOMPARE(result.cancelled, cancel);
        QCOMPARE(result.rejected, 1);
        QVERIFY(result.rejectsPath.isEmpty());
        QCOMPARE(fileBytes(rejects), earlier);
    }
    QCOMPARE(m_space->closedBytes(), before);
    QCOMPARE(QDir(m_space->path(QString())).entryList(QDir::Files).size(), 3);
}

void TestImportFiles::previewWritesNothing()
{
    QVERIFY(m_space->runBytes("name;email\r\nVanha ry;vanha@example.org\r\n").ok);
    const QByteArray before = m_space->closedBytes();
    const QString input = fixture(QStringLiteral("organisations-letters-utf8bom.csv"));
    const ImportResult preview = Importer(m_space->db()).preview(input, {});
    QVERIFY2(preview.ok, qPrintable(describe(preview)));
    QVERIFY(preview.dryRun);
    QCOMPARE(preview.created, 4);
    QCOMPARE(preview.outcomes.size(), 4);
    QCOMPARE(m_space->closedBytes(), before);
    const ImportResult run = m_space->run(input);
    QVERIFY(!run.dryRun);
    QCOMPARE(run.created, preview.created);
    QCOMPARE(count(m_space->db(), QStringLiteral("organisations")), 5);
}

void TestImportFiles::cancelWritesNothing()
{
    QByteArray csv("name;members\r\n");
    for (int i = 0; i < 3000; ++i)
        csv += "Yhdistys " + QByteArray::number(i) + " ry;" + QByteArray::number(i) + "\r\n";
    const QString input = m_space->write(QStringLiteral("many.csv"), csv);
    const QByteArray before = m_space->closedBytes();

    std::atomic_bool cancel = false;
    qint64 rowsSeen = 0;
    ImportControl control;
    control.cancel = &cancel;
    control.row = [&](const RowOutcome &) {
        if (++rowsSeen == 1000)
            cancel = true;
    };
    const ImportResult result = Importer(m_space->db()).run(input, {}, control);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(rowsSeen, 1000);
    QCOMPARE(m_space->closedBytes(), before);
}

QTEST_GUILESS_MAIN(TestImportFiles)
#include "tst_importfiles.moc"
