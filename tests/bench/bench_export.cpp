// Export benchmark (design §8): a 100,000-organisation register exported to CSV
// (standard preset) and XLSX, against the sqlite3 shell writing the same rows and
// columns as CSV in the same run. Prints the times and the ratio; the budget is
// CSV <= 1.2 x sqlite3 and XLSX < 2 s. Figures go to docs/performance.md.
//
//   bench_export [ORGANISATIONS [REGISTER]]   (default 100000; REGISTER is built once and
//                                              reused by later runs)
#include "benchmemory.h"
#include "demo/demoregister.h"
#include "exporting/exporter.h"
#include "fields/fieldcatalogue.h"
#include "storage/register.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace kartoitus;
using namespace kartoitus::exporting;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Timing
{
    double wall = 1e99;
    double cpu = 1e99; // user + system seconds of this process or of the sqlite3 shell
};

// Best of three runs: the first pays for a cold page cache, which is not export work.
// CPU time is printed beside wall time because a shared machine's load inflates wall
// time for both sides unevenly.
template<typename F> Timing bestOfThree(int who, F run)
{
    Timing best;
    for (int i = 0; i < 3; ++i) {
        const double cpuBefore = cpuSeconds(who);
        QElapsedTimer timer;
        timer.start();
        if (!run())
            return Timing{-1, -1};
        best.wall = qMin(best.wall, timer.nsecsElapsed() / 1e9);
        best.cpu = qMin(best.cpu, cpuSeconds(who) - cpuBefore);
    }
    return best;
}

QString describe(const Timing &t, const QString &file)
{
    return QStringLiteral("%1 s wall, %2 s CPU (%3 MB)")
        .arg(t.wall, 0, 'f', 3)
        .arg(t.cpu, 0, 'f', 3)
        .arg(QFileInfo(file).size() / 1e6, 0, 'f', 1);
}

// The same SELECT the exporter runs for an unfiltered list in name order: the same
// expressions, joins and order, with no formatting of values.
QString referenceSelect()
{
    QStringList expressions;
    for (const ExportField &field : fields::FieldCatalogue::fields(Entity::Organisations)) {
        if (!field.isPersonal())
            expressions.append(field.expression);
    }
    return QStringLiteral("SELECT ") + expressions.join(QLatin1String(", ")) +
           QStringLiteral(" FROM organisations o ORDER BY o.name_sort, o.id;");
}

bool sqliteShellExport(const QString &registerPath, const QString &csvPath)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), registerPath});
    if (!shell.waitForStarted())
        return false;
    const QString script =
        QStringLiteral(".headers on\n.mode csv\n.once %1\n%2\n").arg(csvPath, referenceSelect());
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    return shell.waitForFinished(600000) && shell.exitCode() == 0;
}

bool exportFile(const QSqlDatabase &db, Format format, const QString &path)
{
    ExportRequest request;
    request.format = format;
    const ExportResult result = Exporter(db).exportToFile(request, path);
    if (!result.ok)
        out() << "export failed: " << result.error << Qt::endl;
    return result.ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int organisations = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString registerPath = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                          : dir.filePath(QStringLiteral("bench.kartoitus"));
    Register reg;
    QString error;
    if (QFileInfo::exists(registerPath)) {
        if (!reg.open(registerPath).ok()) {
            out() << "could not open " << registerPath << Qt::endl;
            return 1;
        }
    } else if (!reg.create(registerPath).ok() ||
               !writeDemoRegister(reg.database(), DemoOptions{organisations}, &error)) {
        out() << "could not build the register: " << error << Qt::endl;
        return 1;
    }
    const QString csvPath = dir.filePath(QStringLiteral("export.csv"));
    const QString xlsxPath = dir.filePath(QStringLiteral("export.xlsx"));
    const QString referenceCsv = dir.filePath(QStringLiteral("sqlite3.csv"));

    const Timing reference =
        bestOfThree(RUSAGE_CHILDREN, [&] { return sqliteShellExport(registerPath, referenceCsv); });
    const Timing csv =
        bestOfThree(RUSAGE_SELF, [&] { return exportFile(reg.database(), Format::Csv, csvPath); });
    const Timing xlsx = bestOfThree(
        RUSAGE_SELF, [&] { return exportFile(reg.database(), Format::Xlsx, xlsxPath); });
    if (reference.wall < 0 || csv.wall < 0 || xlsx.wall < 0) {
        out() << "a run failed" << Qt::endl;
        return 1;
    }
    out() << "organisations: " << organisations << Qt::endl;
    out() << "sqlite3 shell CSV: " << describe(reference, referenceCsv) << Qt::endl;
    out() << "export CSV:        " << describe(csv, csvPath) << Qt::endl;
    out() << "export XLSX:       " << describe(xlsx, xlsxPath) << Qt::endl;
    out() << QStringLiteral("CSV ratio (budget <= 1.2): %1 wall, %2 CPU")
                 .arg(csv.wall / reference.wall, 0, 'f', 2)
                 .arg(csv.cpu / reference.cpu, 0, 'f', 2)
          << Qt::endl;
    out() << QStringLiteral("XLSX (budget < 2 s): %1 s wall, %2 s CPU")
                 .arg(xlsx.wall, 0, 'f', 2)
                 .arg(xlsx.cpu, 0, 'f', 2)
          << Qt::endl;
    return 0;
}
