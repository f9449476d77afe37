// Peak memory and time of the window importing a large CSV file and undoing and redoing
// the import (Edit › Undo and Redo, which replay a large step on a worker). Prints
// figures; asserts nothing.
//
//   bench_undo [ROWS]   (default 100,000 organisations)
#include "benchmemory.h"
#include "common/openregister.h"
#include "importing/importactions.h"
#include "importing/importpreviewpage.h"
#include "importing/importvaluespage.h"
#include "importing/importwizard.h"
#include "importing/importwritepage.h"
#include "mainwindow/mainwindow.h"
#include "storage/register.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace kartoitus;

namespace {

// Lets the next peakRssKiB() report the peak from here on (Linux: clear_refs 5).
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

qint64 currentRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString writeCsv(const QString &path, int rows)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write("nimi;kotikunta;jäsenmäärä;sähköposti\n");
    for (int i = 0; i < rows; ++i)
        out.write(QStringLiteral("Yhdistys %1 ry;%2;%3;info%1@example.org\n")
                      .arg(i)
                      .arg(i % 2 ? QStringLiteral("Jyväskylä") : QStringLiteral("Laukaa"))
                      .arg(i % 300)
                      .toUtf8());
    return path;
}

void report(const char *what, const QElapsedTimer &timer, double cpuBefore, qint64 rssBefore)
{
    std::printf("%-8s %8.1f s wall  %8.1f s CPU   RSS before %5lld MB   peak during %5lld MB\n",
                what, double(timer.elapsed()) / 1000.0, cpuSeconds() - cpuBefore, rssBefore / 1024,
                peakRssKiB() / 1024);
    std::fflush(stdout);
}

// Edit › Undo or Redo as a user triggers it, waiting with the event loop running.
void step(MainWindow &window, const char *action)
{
    OpenRegister *reg = window.openedRegister();
    QEventLoop loop;
    QObject::connect(reg, &OpenRegister::replayFinished, &loop, &QEventLoop::quit);
    window.findChild<QAction *>(QLatin1String(action))->trigger();
    if (reg->isReplaying())
        loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Kartoitus"));
    QCoreApplication::setApplicationName(QStringLiteral("Kartoitus"));
    const int rows = QCoreApplication::arguments().value(1, QStringLiteral("100000")).toInt();
    QTemporaryDir dir;
    const QString csv = writeCsv(dir.filePath(QStringLiteral("big.csv")), rows);
    const QString path = dir.filePath(QStringLiteral("undo.kartoitus"));

    MainWindow window;
    window.show();
    if (!window.createRegister(path))
        return 2;
    std::printf("%d rows, %.1f MB CSV\n", rows, double(QFileInfo(csv).size()) / 1048576.0);

    qint64 rss = currentRssKiB();
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    ImportWizard *wizard = window.findChild<ImportActions *>()->startImport(csv);
    wizard->next();
    wizard->next();
    wizard->valuesPage()->waitForValues();
    wizard->previewPage()->waitForPlan();
    wizard->next();
    wizard->writePage()->waitForImport();
    const bool ok = wizard->writePage()->result().ok;
    wizard->accept();
    report("import", timer, cpu, rss);
    if (!ok)
        return 2;

    OpenRegister *reg = window.openedRegister();
    std::printf("undo store: %.1f MB\n",
                double(QFileInfo(reg->undoStorePath()).size()) / 1048576.0);
    for (const char *action : {"undoAction", "redoAction"}) {
        rss = currentRssKiB();
        resetPeak();
        timer.restart();
        cpu = cpuSeconds();
        step(window, action);
        report(action[0] == 'u' ? "undo" : "redo", timer, cpu, rss);
    }
    QSqlQuery count(window.currentRegister()->database());
    count.exec(QStringLiteral("SELECT count(*) FROM organisations"));
    count.next();
    std::printf("organisations after the redo: %d\n", count.value(0).toInt());
    return 0;
}
