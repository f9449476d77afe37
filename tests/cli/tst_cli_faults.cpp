// A full disk, for real: kartoitus-cli writes to a tiny tmpfs mounted in a mount namespace
// of its own (unshare), which disappears with it. The messages name the file at fault (the
// register, or the export's target), never the CSV or "Unknown error", and nothing is
// changed. Needs the right to mount (root in a container, as the tests run here); skipped
// otherwise.
#include "clitestutil.h"

#include <QTemporaryDir>

using namespace clitest;

class TestCliFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importToFullDisk();
    void exportToFullDisk_data();
    void exportToFullDisk();

private:
    // Runs `script` under sh in a new mount namespace with a tmpfs of `kib` KiB at $DISK.
    QString onFullDisk(int kib, const QString &script);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess probe;
    probe.start(QStringLiteral("unshare"),
                {QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("mount -t tmpfs -o size=64k tmpfs \"$0\""), m_dir.path()});
    if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit ||
        probe.exitCode() != 0)
        QSKIP("no right to mount a small file system here (unshare --mount, mount -t tmpfs)");
    m_demo = path(QStringLiteral("demo.kartoitus"));
    QCOMPARE(runCli({QStringLiteral("demo"), m_demo}).exitCode, 0);
}

QString TestCliFaults::onFullDisk(int kib, const QString &script)
{
    const QString disk = path(QStringLiteral("disk"));
    QDir().mkpath(disk);
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISK"), disk);
    environment.insert(QStringLiteral("OUT"), m_dir.path());
    environment.insert(QStringLiteral("CLI"), QStringLiteral(KARTOITUS_CLI_PATH));
    environment.insert(QStringLiteral("DEMO"), m_demo);
    shell.setProcessEnvironment(environment);
    shell.start(
        QStringLiteral("unshare"),
        {QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("mount -t tmpfs -o size=%1k tmpfs \"$DISK\" && %2").arg(kib).arg(script)});
    if (!shell.waitForFinished(120000))
        return QStringLiteral("did not finish");
    return QString::fromUtf8(shell.readAllStandardError());
}

void TestCliFaults::importToFullDisk()
{
    QByteArray csv = "name;municipality;description\n";
    for (int i = 0; i < 5000; ++i)
        csv += "Täysi levy " + QByteArray::number(i) + " ry;Jyväskylä;" +
               QByteArray("Kuvaus ").repeated(30) + '\n';
    writeFile(path(QStringLiteral("big.csv")), csv);
    // The demo register fits; the import's rows and journal do not.
    const int kib = int(QFileInfo(m_demo).size() / 1024) + 160;
    const QString shellErrors = onFullDisk(
        kib, QStringLiteral("cp \"$DEMO\" \"$DISK/full.kartoitus\" && "
                            "sha256sum < \"$DISK/full.kartoitus\" > \"$OUT/before\" && "
                            "\"$CLI\" import \"$DISK/full.kartoitus\" \"$OUT/big.csv\" "
                            "> \"$OUT/stdout\" 2> \"$OUT/stderr\"; echo $? > \"$OUT/rc\"; "
                            "sha256sum < \"$DISK/full.kartoitus\" > \"$OUT/after\"; "
                            "ls -a \"$DISK\" > \"$OUT/files\""));
    QVERIFY2(shellErrors.isEmpty(), qPrintable(shellErrors));
    QCOMPARE(fileBytes(path(QStringLiteral("rc"))), QByteArray("2\n"));
    const QString errors = QString::fromUtf8(fileBytes(path(QStringLiteral("stderr"))));
    QVERIFY2(errors.startsWith(QStringLiteral("The disk holding full.kartoitus is full.")),
             qPrintable(errors));
    QVERIFY(errors.contains(QStringLiteral("Nothing was written to the register.")));
    QVERIFY(!errors.contains(QStringLiteral("big.csv")));
    QVERIFY(fileBytes(path(QStringLiteral("stdout"))).isEmpty());
    QCOMPARE(fileBytes(path(QStringLiteral("after"))), fileBytes(path(QStringLiteral("before"))));
    QCOMPARE(fileBytes(path(QStringLiteral("files"))), QByteArray(".\n..\nfull.kartoitus\n"));
}

void TestCliFaults::exportToFullDisk_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kib");
    // Nothing fits, or part of the file does and a later write fails.
    QTest::newRow("CSV, no space at all") << "out.csv" << 4;
    QTest::newRow("CSV, half the space") << "out.csv" << 64;
    QTest::newRow("XLSX, half the space") << "out.xlsx" << 32;
}

void TestCliFaults::exportToFullDisk()
{
    QFETCH(QString, file);
    QFETCH(int, kib);
    const QString shellErrors =
        onFullDisk(kib, QStringLiteral("\"$CLI\" export \"$DEMO\" \"$DISK/%1\" > \"$OUT/stdout\" "
                                       "2> \"$OUT/stderr\"; echo $? > \"$OUT/rc\"; "
                                       "ls -a \"$DISK\" > \"$OUT/files\"")
                            .arg(file));
    QVERIFY2(shellErrors.isEmpty(), qPrintable(shellErrors));
    QCOMPARE(fileBytes(path(QStringLiteral("rc"))), QByteArray("2\n"));
    const QString errors = QString::fromUtf8(fileBytes(path(QStringLiteral("stderr"))));
    QVERIFY2(errors.contains(QStringLiteral("The disk holding %1/%2 is full.")
                                 .arg(path(QStringLiteral("disk")), file)),
             qPrintable(errors));
    QVERIFY(!errors.contains(QStringLiteral("Unknown error")));
    // No half-written export is left behind.
    QCOMPARE(fileBytes(path(QStringLiteral("files"))), QByteArray(".\n..\n"));
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
