// XLSX export: the workbook's XML has what a user sees when opening it (a bold, frozen,
// filterable header row, text kept as text, numbers as numbers, Finnish letters), and
// LibreOffice, when installed, reads the same columns and letters back.
#include "exporttestregister.h"

#include "csv/csvreader.h"
#include "exporting/exporter.h"
#include "exporting/xlsxsink.h"
#include "storage/register.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kartoitus;
using namespace kartoitus::exporting;

namespace {

// One member of the workbook's ZIP, through Debian's unzip.
QString zipMember(const QString &zip, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return QString();
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

// Whether cell style `xf` of styles.xml uses a bold font.
bool isBoldStyle(const QString &styles, int xf)
{
    const QString cellXfs = styles.section(QStringLiteral("<cellXfs"), 1);
    QStringList xfFonts;
    auto it = QRegularExpression(QStringLiteral("<xf [^>]*fontId=\"(\\d+)\"")).globalMatch(cellXfs);
    while (it.hasNext())
        xfFonts.append(it.next().captured(1));
    const QStringList fonts = styles.section(QStringLiteral("<fonts"), 1)
                                  .section(QStringLiteral("</fonts>"), 0, 0)
                                  .split(QStringLiteral("<font>"), Qt::SkipEmptyParts)
                                  .mid(1);
    if (xf >= xfFonts.size() || xfFonts[xf].toInt() >= fonts.size())
        return false;
    return fonts[xfFonts[xf].toInt()].contains(QStringLiteral("<b/>"));
}

QList<QStringList> readCsvFile(const QString &path)
{
    QFile file(path);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    csv::Reader reader(&file);
    QStringList row;
    while (reader.readRow(&row))
        rows.append(row);
    return rows;
}

} // namespace

class TestExportXlsx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headerIsBoldFrozenAndFiltered();
    void cellsAreTextOrNumbersNeverFormulas();
    void columnWidthsFollowContent();
    void libreOfficeReadsColumnsAndLetters_data();
    void libreOfficeReadsColumnsAndLetters();

private:
    QString exportTo(Format format, const QString &name, HeaderStyle headers);

    QTemporaryDir m_dir;
    Register m_register;
    QString m_xlsx;
    QString m_sheet;
};

void TestExportXlsx::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed (scripts/setup.sh installs it)");
    QVERIFY(m_dir.isValid());
    const OpenResult opened = m_register.create(m_dir.filePath(QStringLiteral("r.kartoitus")));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(exporttest::fill(m_register));
    m_xlsx = exportTo(Format::Xlsx, QStringLiteral("out.xlsx"), HeaderStyle::Labels);
    m_sheet = zipMember(m_xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(!m_sheet.isEmpty(), "sheet1.xml missing from the workbook");
}

QString TestExportXlsx::exportTo(Format format, const QString &name, HeaderStyle headers)
{
    ExportRequest request;
    request.format = format;
    request.headers = headers;
    request.columns = {QStringLiteral("name"),        QStringLiteral("municipality"),
                       QStringLiteral("description"), QStringLiteral("members"),
                       QStringLiteral("postal_code"), QStringLiteral("register_number")};
    const QString path = m_dir.filePath(name);
    Exporter exporter(m_register.database());
    const ExportResult result = exporter.exportToFile(request, path);
    if (!result.ok)
        qWarning("%s", qPrintable(result.error));
    return result.ok ? path : QString();
}

void TestExportXlsx::headerIsBoldFrozenAndFiltered()
{
    // The first row is frozen: scrolling keeps the headers in view.
    QVERIFY2(m_sheet.contains(QRegularExpression(
                 QStringLiteral("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\""))),
             qPrintable(m_sheet.left(800)));
    // The autofilter covers the header and all five data rows of the six columns.
    QVERIFY(m_sheet.contains(QStringLiteral("<autoFilter ref=\"A1:F6\"")));
    // Header cells use a style whose font is bold.
    const QRegularExpression headerCell(QStringLiteral("<c r=\"A1\" s=\"(\\d+)\""));
    const QRegularExpressionMatch match = headerCell.match(m_sheet);
    QVERIFY2(match.hasMatch(), qPrintable(m_sheet.left(1200)));
    const QString styles = zipMember(m_xlsx, QStringLiteral("xl/styles.xml"));
    QVERIFY(isBoldStyle(styles, match.captured(1).toInt()));
    QVERIFY(m_sheet.contains(QStringLiteral("<t>Name</t>")));
}

void TestExportXlsx::cellsAreTextOrNumbersNeverFormulas()
{
    QVERIFY2(!m_sheet.contains(QStringLiteral("<f>")), "a cell became a formula");
    // Text that a spreadsheet would run stays text, exactly as in the register.
    QVERIFY(m_sheet.contains(QStringLiteral("<t>=SUM(A1:A9)</t>")));
    QVERIFY(m_sheet.contains(QStringLiteral("<t>+358 40 123 4567</t>")));
    QVERIFY(m_sheet.contains(QStringLiteral("<t>Äänekosken Seudun Ääni ry</t>")));
    QVERIFY(m_sheet.contains(QStringLiteral("<t>Keuruun &quot;Kylä&quot;; yhdistys, ry</t>")) ||
            m_sheet.contains(QStringLiteral("<t>Keuruun \"Kylä\"; yhdistys, ry</t>")));
    // Members is a number cell; the postal code keeps its leading zero as text.
    QVERIFY(m_sheet.contains(QRegularExpression(QStringLiteral("<c r=\"D\\d\"[^>]*><v>1240</v>"))));
    QVERIFY(m_sheet.contains(QStringLiteral("<t>01234</t>")));
    QVERIFY(m_sheet.contains(QStringLiteral("<t>192.130</t>")));
}

void TestExportXlsx::columnWidthsFollowContent()
{
    // Column C (description) holds the longest text, B (municipality) short names.
    const QRegularExpression col(
        QStringLiteral("<col min=\"(\\d+)\" max=\"\\d+\" width=\"([\\d.]+)\""));
    QHash<int, double> widths;
    auto it = col.globalMatch(m_sheet);
    while (it.hasNext()) {
        const auto m = it.next();
        widths.insert(m.captured(1).toInt(), m.captured(2).toDouble());
    }
    QCOMPARE(widths.size(), 6);
    QVERIFY(widths[3] > widths[2]);
    QVERIFY(widths[3] <= XlsxSink::MaxColumnWidth + 2);
}

void TestExportXlsx::libreOfficeReadsColumnsAndLetters_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("inputFilter");
    QTest::newRow("excel-finnish csv") << Format::CsvExcel << QStringLiteral("CSV:59,34,76,1");
    QTest::newRow("xlsx") << Format::Xlsx << QString();
}

// What Kartoitus exports opens in a spreadsheet with the right columns and letters:
// LibreOffice converts it back to CSV and the header and names must survive.
void TestExportXlsx::libreOfficeReadsColumnsAndLetters()
{
    QFETCH(Format, format);
    QFETCH(QString, inputFilter);
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed; install libreoffice-calc-nogui to run "
              "this check");
    const QString suffix = format == Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    const QString input = exportTo(format, QStringLiteral("lo-in.") + suffix, HeaderStyle::Labels);
    QVERIFY(!input.isEmpty());
    QTemporaryDir outDir;
    QTemporaryDir profile;
    QStringList arguments{QStringLiteral("-env:UserInstallation=file://") + profile.path(),
                          QStringLiteral("--headless"),
                          QStringLiteral("--convert-to"),
                          QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1"),
                          QStringLiteral("--outdir"),
                          outDir.path()};
    if (!inputFilter.isEmpty())
        arguments << QStringLiteral("--infilter=") + inputFilter;
    arguments << input;
    QProcess process;
    process.start(soffice, arguments);
    QVERIFY(process.waitForFinished(180000));
    QCOMPARE(process.exitCode(), 0);
    const QList<QStringList> rows = readCsvFile(outDir.filePath(QStringLiteral("lo-in.csv")));
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows[0], (QStringList{"Name", "Municipality", "Description", "Members", "Postal code",
                                   "Register number"}));
    QStringList names;
    for (const QStringList &row : rows.mid(1))
        names.append(row.value(0));
    QVERIFY2(names.contains(QStringLiteral("Äänekosken Seudun Ääni ry")),
             qPrintable(names.join(u'|')));
    QVERIFY(names.contains(QStringLiteral("Keuruun \"Kylä\"; yhdistys, ry")));
    // Only XLSX can say "this is text": a spreadsheet reads 01234 in a CSV as the number
    // 1234 (the importer restores the zero, domain.md).
    if (format == Format::Xlsx)
        QVERIFY(rows[1].contains(QStringLiteral("01234")));
}

QTEST_GUILESS_MAIN(TestExportXlsx)
#include "tst_exportxlsx.moc"
