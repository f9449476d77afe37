// kartoitus-cli import killed with SIGKILL at random moments, half of them in the last
// 15 % of the import's length, where the commit is. After every kill the register opens
// without a "damaged" message (the journal a kill leaves is rolled back), passes
// integrity_check, and holds the import wholly or not at all.
//
// The test command runs 20 kills of an import of 5,000 rows. By hand, for the long run
// in docs/reliability.md:
//   KARTOITUS_CRASH_KILLS=200 KARTOITUS_CRASH_ROWS=50000 build/tests/cli/tst_cli_crash
// (KARTOITUS_CRASH_SEED repeats a run's kill times; every run prints its seed.)
#include "clitestutil.h"

#include "search/searchindex.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace clitest;
using namespace kartoitus;

namespace {

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

class TestCliCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImports();

private:
    void restore() const;
    qint64 organisations(const QString &file, QString *error) const;

    QTemporaryDir m_dir;
    QString m_base;
    QString m_file;
    QString m_csv;
    QByteArray m_baseBytes;
    int m_rows = 0;
};

void TestCliCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_rows = setting("KARTOITUS_CRASH_ROWS", 5000);
    m_base = m_dir.filePath(QStringLiteral("base.kartoitus"));
    m_file = m_dir.filePath(QStringLiteral("crash.kartoitus"));
    m_csv = m_dir.filePath(QStringLiteral("rows.csv"));
    QCOMPARE(runCli({QStringLiteral("demo"), m_base}).exitCode, 0);
    m_baseBytes = fileBytes(m_base);
    QByteArray csv = "name;municipality;description\n";
    for (int i = 0; i < m_rows; ++i)
        csv += QStringLiteral("Kaatumistesti %1 ry;Jyväskylä;Toimintaa kaikenikäisille, "
                              "kokoontuu viikoittain (%1).\n")
                   .arg(i)
                   .toUtf8();
    writeFile(m_csv, csv);
}

void TestCliCrash::restore() const
{
    QFile::remove(m_file + QStringLiteral("-journal"));
    writeFile(m_file, m_baseBytes);
}

// The next open, as a user makes it: `stats` must succeed and count the organisations.
qint64 TestCliCrash::organisations(const QString &file, QString *error) const
{
    const Run run = runCli({QStringLiteral("stats"), file, QStringLiteral("--json")});
    if (run.exitCode != 0) {
        *error = run.errText();
        return -1;
    }
    return parseJsonObject(run.out)
        .value(QStringLiteral("counts"))
        .toObject()
        .value(QStringLiteral("organisations"))
        .toInteger(-1);
}

void TestCliCrash::killedImports()
{
    const int kills = setting("KARTOITUS_CRASH_KILLS", 20);
    const quint32 seed = quint32(
        setting("KARTOITUS_CRASH_SEED", int(QRandomGenerator::global()->bounded(1, 1 << 30))));
    QRandomGenerator random(seed);
    const QStringList import{QStringLiteral("import"), m_file, m_csv};

    // The import's length, uninterrupted.
    QString error;
    restore();
    const qint64 before = organisations(m_file, &error);
    QVERIFY2(before > 0, qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    const Run whole = runCli(import);
    const qint64 length = timer.elapsed();
    QCOMPARE(whole.exitCode, 0);
    const qint64 after = organisations(m_file, &error);
    QCOMPARE(after, before + m_rows);
    qInfo("seed %u: %d rows imported in %lld ms; %d kills", seed, m_rows, length, kills);

    int nearCommit = 0, finished = 0, journals = 0, wholly = 0, none = 0, openFailures = 0;
    for (int i = 0; i < kills; ++i) {
        restore();
        // Every other kill in the last 15 % of the import's length, where it commits.
        const bool late = i % 2 == 1;
        const qint64 at = late ? qint64(length * (0.85 + 0.15 * random.generateDouble()))
                               : qint64(length * 0.85 * random.generateDouble());
        nearCommit += late;
        QProcess child;
        child.start(QStringLiteral(KARTOITUS_CLI_PATH), import);
        QVERIFY(child.waitForStarted());
        timer.restart();
        while (timer.elapsed() < at && child.state() == QProcess::Running)
            QThread::usleep(200);
        if (child.state() == QProcess::Running)
            ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(60000));
        finished += child.exitStatus() == QProcess::NormalExit;
        journals += QFileInfo::exists(m_file + QStringLiteral("-journal"));

        const qint64 count = organisations(m_file, &error);
        if (count < 0) {
            ++openFailures;
            qWarning("kill %d at %lld ms: the next open failed: %s", i, at, qPrintable(error));
            continue;
        }
        QVERIFY2(count == before || count == after,
                 qPrintable(QStringLiteral("kill %1 at %2 ms left %3 organisations")
                                .arg(i)
                                .arg(at)
                                .arg(count)));
        (count == after ? wholly : none) += 1;
        Register reg;
        QVERIFY(reg.open(m_file).ok());
        QSqlQuery check(reg.database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        // The search index is part of the same transaction: in step with the rows.
        QCOMPARE(SearchIndex::staleRows(reg.database(), &error), 0);
    }
    qInfo("kills %d, in the last 15 %%: %d, import had already finished: %d, journals left: "
          "%d; afterwards the import wholly there: %d, wholly absent: %d; open failures: %d",
          kills, nearCommit, finished, journals, wholly, none, openFailures);
    QCOMPARE(openFailures, 0);
}

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_cli_crash.moc"
