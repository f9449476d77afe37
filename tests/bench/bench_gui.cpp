// GUI benchmark on a national-scale register (100,000 organisations): time from nothing to
// a usable window, search-as-you-type latency per keystroke to the first page of results,
// sorting and filtering the table, and peak memory. Prints figures; asserts nothing.
//
//   bench_gui [REGISTER]   (default: a 100k demo register cached in the temp folder)
//   bench_gui activities [REGISTER]
//                          the Activities view over 100,000 activities (a demo register of
//                          about 44,800 organisations, cached likewise): open to its first
//                          page, search per keystroke (names and descriptions), then search
//                          per keystroke in the Persons view of the same register, peak memory
#include "activities/activitylistwidget.h"
#include "benchmemory.h"
#include "common/viewswitcher.h"
#include "demo/demoregister.h"
#include "mainwindow/mainwindow.h"
#include "models/organisationtablemodel.h"
#include "organisations/organisationlistwidget.h"
#include "persons/personlistwidget.h"
#include "storage/register.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace kartoitus;

namespace {

// QTest::keyClicks handles ASCII only; Finnish letters go as key events with their text,
// as a keyboard sends them.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClicks(widget, QString(c));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c),
                                Qt::NoModifier);
    }
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const char *what, QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples.at(qMin(int(samples.size()) - 1, int(q * samples.size())));
    };
    std::printf("%-34s n=%-4d p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms\n", what,
                int(samples.size()), at(0.50), at(0.95), samples.last());
}

// What a user waits for after an action: the rows in view read and the table painted.
void settle(QTableView *view)
{
    const int rows = qMin(view->model()->rowCount(), 40);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < view->model()->columnCount(); ++column)
            view->model()->index(row, column).data();
    }
    QCoreApplication::processEvents();
}

QString ensureRegister(const QString &given, const QString &name = QStringLiteral("100k"),
                       int organisations = 100000)
{
    if (!given.isEmpty())
        return given;
    const QString path =
        QDir(QDir::tempPath())
            .filePath(QStringLiteral("kartoitus-bench-gui-%1.kartoitus").arg(name));
    if (QFileInfo::exists(path))
        return path;
    std::printf("writing %s (%d organisations, once)...\n", qPrintable(path), organisations);
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    Register reg;
    if (!reg.create(path).ok())
        return QString();
    QString error;
    if (!writeDemoRegister(reg.database(), DemoOptions{organisations}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        reg.close();
        QFile::remove(path);
        return QString();
    }
    std::printf("  written in %.1f s\n", ms(timer) / 1000);
    return path;
}

void benchOpen(const QString &path)
{
    QList<double> samples;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        MainWindow window;
        window.show();
        window.openRegister(path);
        settle(window.organisationList()->view());
        samples.append(ms(timer));
    }
    report("open to usable window", samples);
}

void benchSearch(MainWindow &window)
{
    const QStringList words = {QStringLiteral("jyväskylä"),     QStringLiteral("eläkeläiset"),
                               QStringLiteral("mielenterveys"), QStringLiteral("äänekoski"),
                               QStringLiteral("liikunta"),      QStringLiteral("kylä yhdistys"),
                               QStringLiteral("lapsiperheet"),  QStringLiteral("muurame"),
                               QStringLiteral("vertaistuki")};
    QLineEdit *search = window.organisationList()->searchField();
    QTableView *view = window.organisationList()->view();
    QList<double> keystrokes;
    for (const QString &word : words) {
        search->clear();
        settle(view);
        for (const QChar c : word) {
            QElapsedTimer timer;
            timer.start();
            typeText(search, QString(c));
            settle(view);
            keystrokes.append(ms(timer));
        }
        std::printf("  \"%s\": %d organisations\n", qPrintable(word), view->model()->rowCount());
    }
    report("search, per keystroke", keystrokes);
    QElapsedTimer timer;
    timer.start();
    search->clear();
    settle(view);
    report("clear the search", {ms(timer)});
}

void benchSort(MainWindow &window)
{
    QTableView *view = window.organisationList()->view();
    const auto *model = window.organisationList()->model();
    for (int section = 0; section < model->columnCount(); ++section) {
        QList<double> samples;
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            QElapsedTimer timer;
            timer.start();
            view->sortByColumn(section, order);
            settle(view);
            samples.append(ms(timer));
        }
        const QByteArray what =
            "sort by " + OrganisationColumns::key(model->columnAt(section)).toUtf8();
        report(what.constData(), samples);
    }
    view->sortByColumn(0, Qt::AscendingOrder);
    settle(view);
    QList<double> scroll;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        view->scrollToBottom();
        settle(view);
        scroll.append(ms(timer));
        view->scrollToTop();
        settle(view);
    }
    report("scroll to the last row", scroll);
}

void benchFilter(MainWindow &window)
{
    QTableView *view = window.organisationList()->view();
    auto *model = window.organisationList()->model();
    const QList<RecordFilter> filters = {
        {{}, {QStringLiteral("179")}, {}, {}, {}, {}},
        {{}, {QStringLiteral("992"), QStringLiteral("500")}, {}, {}, {}, {}},
        {{}, {}, {3}, {}, {}, {}},
        {{}, {}, {}, {QStringLiteral("dissolved")}, {}, {}},
        {QStringLiteral("yhdistys"),
         {QStringLiteral("179")},
         {},
         {QStringLiteral("active")},
         {},
         {}},
    };
    QList<double> samples;
    for (const RecordFilter &filter : filters) {
        QElapsedTimer timer;
        timer.start();
        model->setFilter(filter);
        settle(view);
        samples.append(ms(timer));
        model->setFilter(RecordFilter{});
        settle(view);
    }
    report("filter (municipality/sector/status)", samples);
}

// The Activities view: the window opened and switched to it until its first page is painted,
// then search as you type over names and descriptions.
ActivityListWidget *showActivities(MainWindow &window, const QString &path)
{
    window.show();
    window.openRegister(path);
    window.findChild<ViewSwitcher *>()->setCurrentView(QStringLiteral("activities"));
    auto *list = window.findChild<ActivityListWidget *>();
    settle(list->view());
    return list;
}

// Types each word into a list's search box one key at a time, each keystroke timed until
// the first rows are read and the table painted.
void typeWords(RecordListPage *list, const QStringList &words, const char *what, const char *noun)
{
    QList<double> keystrokes, keystrokesCpu;
    for (const QString &word : words) {
        list->searchField()->clear();
        settle(list->view());
        for (const QChar c : word) {
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuSeconds();
            typeText(list->searchField(), QString(c));
            settle(list->view());
            keystrokes.append(ms(timer));
            keystrokesCpu.append((cpuSeconds() - cpu) * 1000);
        }
        std::printf("  \"%s\": %d %s\n", qPrintable(word), list->shownCount(), noun);
    }
    report(what, keystrokes);
    report("  CPU time", keystrokesCpu);
}

int benchActivities(const QString &given)
{
    // The demo has 715 activities per 320 organisations: 44,800 give about 100,000.
    const QString path = ensureRegister(given, QStringLiteral("100k-activities"), 44800);
    if (path.isEmpty())
        return 2;
    // Wall time and this process's CPU time: on a machine shared with other work, the CPU
    // time says what the program costs, the wall time what a user would wait.
    QList<double> open, openCpu;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuSeconds();
        MainWindow window;
        showActivities(window, path);
        open.append(ms(timer));
        openCpu.append((cpuSeconds() - cpu) * 1000);
    }
    MainWindow window;
    ActivityListWidget *list = showActivities(window, path);
    std::printf("register: %s, %d activities\n", qPrintable(path), list->totalCount());
    report("open to the Activities view", open);
    report("  CPU time", openCpu);
    const QStringList words = {QStringLiteral("kävely"),       QStringLiteral("vertaistuki"),
                               QStringLiteral("liikunta"),     QStringLiteral("eläkeläiset"),
                               QStringLiteral("perhe"),        QStringLiteral("mielen hyvinvointi"),
                               QStringLiteral("nuorten"),      QStringLiteral("äänekosken"),
                               QStringLiteral("ryhmä ohjattu")};
    typeWords(list, words, "activity search, per keystroke", "activities");
    // The Persons view of the same register: names, organisations' names and emails.
    window.findChild<ViewSwitcher *>()->setCurrentView(QStringLiteral("persons"));
    auto *persons = window.findChild<PersonListWidget *>();
    settle(persons->view());
    std::printf("persons: %d\n", persons->totalCount());
    typeWords(persons,
              {QStringLiteral("virtanen"), QStringLiteral("liisa"), QStringLiteral("mäki"),
               QStringLiteral("latu ry"), QStringLiteral("example.fi")},
              "person search, per keystroke", "persons");
    std::printf("peak memory (VmHWM): %lld MB\n", peakRssKiB() / 1024);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings and recent files out of it
    QCoreApplication::setOrganizationName(QStringLiteral("Kartoitus"));
    QCoreApplication::setApplicationName(QStringLiteral("Kartoitus"));
    if (QCoreApplication::arguments().value(1) == QLatin1String("activities"))
        return benchActivities(QCoreApplication::arguments().value(2));
    const QString path = ensureRegister(QCoreApplication::arguments().value(1));
    if (path.isEmpty())
        return 2;

    benchOpen(path);
    MainWindow window;
    window.show();
    window.openRegister(path);
    settle(window.organisationList()->view());
    std::printf("register: %s, %d organisations\n", qPrintable(path),
                window.organisationList()->totalCount());
    benchSearch(window);
    benchSort(window);
    benchFilter(window);
    std::printf("peak memory (VmHWM): %lld MB\n", peakRssKiB() / 1024);
    return 0;
}
