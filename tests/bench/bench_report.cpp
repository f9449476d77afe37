// Health-station list benchmark (design §8): 1,000 activities to PDF in < 2 s. Builds a demo
// register, keeps its first 1,000 activities, and takes the best of three runs of the whole
// list — reading the register, building the report, laying it out and writing the PDF —
// with the stages timed separately. Figures go to docs/performance.md.
//
//   bench_report [ACTIVITIES]   (default 1000)
#include "benchmemory.h"
#include "demo/demoregister.h"
#include "reports/healthstationlist.h"
#include "reports/reportrenderer.h"
#include "storage/register.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace kartoitus;
using namespace kartoitus::reports;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Stages
{
    double build = 1e99;  // register → Report
    double layout = 1e99; // HTML → QTextDocument laid out on A4
    double pdf = 1e99;    // the whole writePdf (HTML, layout, painting, file)
    double total = 1e99;  // build + writePdf, wall
    double cpu = 1e99;    // build + writePdf, CPU
    int pages = 0;
    qsizetype entries = 0;
};

bool keepActivities(const QSqlDatabase &db, int count)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("DELETE FROM activities WHERE id NOT IN (SELECT id FROM activities"
                                 " ORDER BY id LIMIT %1)")
                      .arg(count)) &&
           q.exec(QStringLiteral("SELECT count(*) FROM activities")) && q.next() &&
           q.value(0).toInt() == count;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int activities = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    Register reg;
    QString error;
    DemoOptions demo;
    demo.organisations = activities / 2 + 50; // 2.3 activities per organisation
    if (!reg.create(dir.filePath(QStringLiteral("bench.kartoitus"))).ok() ||
        !writeDemoRegister(reg.database(), demo, &error) ||
        !keepActivities(reg.database(), activities)) {
        out() << "could not build the register: " << error << '\n';
        return 1;
    }
    HealthStationOptions options; // every activity, grouped by theme (the default)
    const QString pdf = dir.filePath(QStringLiteral("list.pdf"));
    Stages best;
    for (int run = 0; run < 3; ++run) {
        const double cpuBefore = cpuSeconds();
        QElapsedTimer total;
        total.start();
        QElapsedTimer timer;
        timer.start();
        Report report;
        if (!HealthStationList::build(reg.database(), options, QStringLiteral("bench"), &report,
                                      &error)) {
            out() << error << '\n';
            return 1;
        }
        best.build = qMin(best.build, timer.nsecsElapsed() / 1e9);
        timer.restart();
        int pages = 0;
        if (!ReportRenderer::writePdf(report, pdf, &error, &pages)) {
            out() << error << '\n';
            return 1;
        }
        best.pdf = qMin(best.pdf, timer.nsecsElapsed() / 1e9);
        best.total = qMin(best.total, total.nsecsElapsed() / 1e9);
        best.cpu = qMin(best.cpu, cpuSeconds() - cpuBefore);
        best.pages = pages;
        best.entries = report.entryCount();

        // The layout alone, for where the time goes.
        QPdfWriter writer(dir.filePath(QStringLiteral("layout.pdf")));
        writer.setResolution(300);
        timer.restart();
        const auto doc = ReportRenderer::document(report, &writer);
        doc->setPageSize(QSizeF(writer.width(), writer.height()));
        doc->pageCount();
        best.layout = qMin(best.layout, timer.nsecsElapsed() / 1e9);
    }
    out() << "health-station list, " << activities << " activities (" << best.entries
          << " entries under their themes), " << best.pages << " pages, "
          << QFileInfo(pdf).size() / 1024 << " KiB\n";
    out() << QStringLiteral("  build from the register  %1 s\n").arg(best.build, 0, 'f', 3);
    out() << QStringLiteral("  HTML + layout alone      %1 s\n").arg(best.layout, 0, 'f', 3);
    out() << QStringLiteral("  write the PDF            %1 s\n").arg(best.pdf, 0, 'f', 3);
    out() << QStringLiteral("  total (budget < 2 s)     %1 s wall, %2 s CPU\n")
                 .arg(best.total, 0, 'f', 3)
                 .arg(best.cpu, 0, 'f', 3);
    return 0;
}
