// Spreadsheet import benchmark: the organisations bench_import generates, imported from
// CSV and from an XLSX workbook of the same rows (written with libxlsxwriter the way Excel
// writes: shared strings, numbers as numbers), in the same run. Each import runs in a child
// process that reports its wall and CPU time and its peak resident memory (VmHWM); best of
// RUNS. Then the XLSX import of three times the rows, for memory that stays flat.
//
//   bench_sheetimport [--rows N] [--runs N] [--read-only]
//
// --read-only times the row sources alone (CSV reader, XLSX reader: every row read, nothing
// imported), to see what the reader costs apart from parsing, matching and SQLite.
//
// Needs bench_import beside it (it writes the CSV).
#include "benchmemory.h"
#include "csv/csvreader.h"
#include "importing/importer.h"
#include "spreadsheet/rowsource.h"
#include "storage/register.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <xlsxwriter.h>

using namespace kartoitus;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The CSV's rows as a workbook: counts and years as numbers, the rest as shared strings.
bool writeXlsx(const QString &csvPath, const QString &xlsxPath)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    csv::Reader reader(&file);
    lxw_workbook *book = workbook_new(QFile::encodeName(xlsxPath).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Järjestöt");
    QStringList cells;
    QList<bool> numeric;
    lxw_row_t row = 0;
    while (reader.readRow(&cells)) {
        for (int c = 0; c < cells.size(); ++c) {
            if (row == 0) {
                const QString &key = cells.at(c);
                numeric.append(key == u"founded_year" || key == u"members" || key == u"volunteers");
            }
            if (cells.at(c).isEmpty())
                continue;
            if (row > 0 && numeric.value(c))
                worksheet_write_number(sheet, row, lxw_col_t(c), cells.at(c).toDouble(), nullptr);
            else
                worksheet_write_string(sheet, row, lxw_col_t(c), cells.at(c).toUtf8().constData(),
                                       nullptr);
        }
        ++row;
    }
    return workbook_close(book) == LXW_NO_ERROR && !reader.hasError();
}

// In the child: one import, then "wall cpu peakKiB created".
int child(const QString &source, const QString &registerPath)
{
    Register reg;
    if (!reg.create(registerPath).ok())
        return 1;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const importing::ImportResult result =
        importing::Importer(reg.database()).run(source, importing::ImportOptions());
    const double wall = timer.nsecsElapsed() / 1e9;
    if (!result.ok) {
        QTextStream(stderr) << result.error << Qt::endl;
        return 1;
    }
    out() << wall << ' ' << cpuSeconds() - cpuBefore << ' ' << peakRssKiB() << ' ' << result.created
          << Qt::endl;
    return 0;
}

// In the child: every row of `source` read, nothing imported; "wall cpu peakKiB rows".
int childRead(const QString &source)
{
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    spreadsheet::OpenError error;
    const std::unique_ptr<spreadsheet::RowSource> rows =
        spreadsheet::openRowSource(source, spreadsheet::SourceOptions(), &error);
    if (!rows) {
        QTextStream(stderr) << error.message << Qt::endl;
        return 1;
    }
    QStringList cells;
    qint64 count = 0;
    while (rows->readRow(&cells))
        ++count;
    if (rows->hasError()) {
        QTextStream(stderr) << rows->errorString() << Qt::endl;
        return 1;
    }
    out() << timer.nsecsElapsed() / 1e9 << ' ' << cpuSeconds() - cpuBefore << ' ' << peakRssKiB()
          << ' ' << count << Qt::endl;
    return 0;
}

struct Figures
{
    double wall = 1e99;
    double cpu = 1e99;
    qint64 peakKiB = 0;
    qint64 created = 0;
};

bool measure(const QString &source, const QString &dir, int runs, Figures *best,
             bool readOnly = false)
{
    for (int i = 0; i < runs; ++i) {
        const QString registerPath = dir + QStringLiteral("/run.kartoitus");
        QFile::remove(registerPath);
        QProcess process;
        process.start(QCoreApplication::applicationFilePath(),
                      readOnly ? QStringList{QStringLiteral("--child-read"), source}
                               : QStringList{QStringLiteral("--child"), source, registerPath});
        if (!process.waitForFinished(-1) || process.exitCode() != 0) {
            out() << "import of " << source << " failed: " << process.readAllStandardError()
                  << Qt::endl;
            return false;
        }
        const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
        best->wall = qMin(best->wall, fields.value(0).toDouble());
        best->cpu = qMin(best->cpu, fields.value(1).toDouble());
        best->peakKiB = qMax(best->peakKiB, fields.value(2).toLongLong());
        best->created = fields.value(3).toLongLong();
    }
    return true;
}

bool generate(const QString &dir, qint64 rows, QString *csvPath, QString *xlsxPath)
{
    *csvPath = dir + QStringLiteral("/organisations-%1.csv").arg(rows);
    *xlsxPath = dir + QStringLiteral("/organisations-%1.xlsx").arg(rows);
    if (QFileInfo::exists(*csvPath) && QFileInfo::exists(*xlsxPath))
        return true; // kept from an earlier run (--dir)
    const QString generator =
        QCoreApplication::applicationDirPath() + QStringLiteral("/bench_import");
    if (QProcess::execute(generator, {QStringLiteral("--rows"), QString::number(rows),
                                      QStringLiteral("--write-csv"), *csvPath}) != 0)
        return false;
    return writeXlsx(*csvPath, *xlsxPath);
}

void report(const char *what, const QString &path, const Figures &f, bool readOnly)
{
    out() << what << ": " << f.created << (readOnly ? " rows read from " : " created from ")
          << QFileInfo(path).size() / 1e6 << " MB, wall " << f.wall << " s, cpu " << f.cpu
          << " s, peak " << f.peakKiB / 1024 << " MiB" << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "--child")
        return child(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    if (argc == 3 && QByteArray(argv[1]) == "--child-read")
        return childRead(QString::fromLocal8Bit(argv[2]));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Organisations."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Best of."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Write the generated files there, or reuse them."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("read-only"),
                      QStringLiteral("Time reading the rows only, not the import.")});
    parser.process(app);
    const bool readOnly = parser.isSet(QStringLiteral("read-only"));
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                            : temporary.path();
    QString csvPath, xlsxPath;
    if (!temporary.isValid() || !generate(dir, rows, &csvPath, &xlsxPath))
        return 1;
    Figures csv, xlsx;
    if (!measure(csvPath, dir, runs, &csv, readOnly) ||
        !measure(xlsxPath, dir, runs, &xlsx, readOnly))
        return 1;
    report("csv ", csvPath, csv, readOnly);
    report("xlsx", xlsxPath, xlsx, readOnly);
    out() << "xlsx / csv: wall " << xlsx.wall / csv.wall << ", cpu " << xlsx.cpu / csv.cpu
          << Qt::endl;

    QString bigCsv, bigXlsx;
    if (!generate(dir, rows * 3, &bigCsv, &bigXlsx))
        return 1;
    Figures big;
    if (!measure(bigXlsx, dir, 1, &big, readOnly))
        return 1;
    report("xlsx x3", bigXlsx, big, readOnly);
    return 0;
}
