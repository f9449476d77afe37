// The register file with other programs and crashes around it: a journal left by a kill
// in the middle of a commit, locks held by this and by another process, and free pages
// given back to the disk.
#include "storage/register.h"
#include "storage/undojournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace kartoitus;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QVariant value(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("failed: %1").arg(q.lastError().text());
    return q.value(0);
}

// Runs the other program (tests/core/storage/sqlitehelper.cpp) to its end.
int runHelper(const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess helper;
    helper.start(QStringLiteral(SQLITE_HELPER_PATH), arguments);
    if (!helper.waitForFinished(30000))
        return -1;
    if (output)
        *output = helper.readAllStandardOutput() + helper.readAllStandardError();
    return helper.exitStatus() == QProcess::NormalExit ? helper.exitCode() : -2;
}

// What page 1 says the file's size is, read from the file's bytes (no connection is open).
qint64 sizeInHeader(const QByteArray &bytes)
{
    const auto byte = [&](int i) { return quint32(uchar(bytes.at(i))); };
    qint64 pageSize = (byte(16) << 8) | byte(17);
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 pages = (byte(28) << 24) | (byte(29) << 16) | (byte(30) << 8) | byte(31);
    return pages * pageSize;
}

const char *const GrowingTransaction =
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)"
    " INSERT INTO organisations (uuid, name, name_sort, description, created_at, updated_at)"
    " SELECT 'crash-' || i, 'Kaatuva ' || i, 'kaatuva ' || i, hex(randomblob(1500)),"
    " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n";

} // namespace

class TestRegisterFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void hotJournalIsRolledBack();
    void hotJournalOfReadOnlyFileIsReported();
    void openingKeepsThisProcessLocks();
    void openingDuringAnotherProgramsWrite();
    void freePagesAreReclaimedAfterUndo();
    void readerLeavesFreePagesAlone();

private:
    QString makeRegister(const QString &name, int organisations);
    QString makeHotJournal(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRegisterFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestRegisterFile::makeRegister(const QString &name, int organisations)
{
    const QString path = m_dir->filePath(name);
    Register reg;
    if (!reg.create(path).ok())
        return {};
    QSqlQuery q(reg.database());
    q.exec(QStringLiteral("BEGIN"));
    for (int i = 0; i < organisations; ++i) {
        q.prepare(QStringLiteral("INSERT INTO organisations (uuid, name, name_sort, created_at, "
                                 "updated_at) VALUES (?, ?, ?, '2025-01-01T00:00:00Z', "
                                 "'2025-01-01T00:00:00Z')"));
        q.addBindValue(QStringLiteral("before-%1").arg(i));
        q.addBindValue(QStringLiteral("Ennen %1 ry").arg(i));
        q.addBindValue(QStringLiteral("ennen %1 ry").arg(i));
        if (!q.exec())
            return {};
    }
    q.exec(QStringLiteral("COMMIT"));
    return path;
}

// A register and the journal a kill in the middle of a commit leaves beside it: the
// transaction grew the file, page 1 already gives the grown size, the file is shorter.
QString TestRegisterFile::makeHotJournal(const QString &name)
{
    const QString path = makeRegister(name, 25);
    if (path.isEmpty())
        return {};
    QByteArray output;
    const int exitCode = runHelper(
        {QStringLiteral("crash-in-commit"), path, QString::fromLatin1(GrowingTransaction)},
        &output);
    if (exitCode != 0) {
        qWarning("sqlitehelper: %d %s", exitCode, output.constData());
        return {};
    }
    return path;
}

void TestRegisterFile::hotJournalIsRolledBack()
{
    const QString path = makeHotJournal(QStringLiteral("crashed.kartoitus"));
    QVERIFY(!path.isEmpty());
    const QString journal = path + QStringLiteral("-journal");
    // The state the old header check called "truncated": page 1 promises more than is there.
    QVERIFY(QFileInfo::exists(journal));
    const QByteArray bytes = fileBytes(path);
    QVERIFY2(sizeInHeader(bytes) > bytes.size(),
             qPrintable(QStringLiteral("%1 > %2").arg(sizeInHeader(bytes)).arg(bytes.size())));

    Register reg;
    const OpenResult result = reg.open(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!reg.isReadOnly());
    // Rolled back: the rows from before, none of the half-committed ones, a sound file.
    QCOMPARE(value(reg.database(), QStringLiteral("SELECT count(*) FROM organisations")).toInt(),
             25);
    QCOMPARE(value(reg.database(), QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    QVERIFY(!QFileInfo::exists(journal));
    reg.close();
    const QByteArray after = fileBytes(path);
    QCOMPARE(sizeInHeader(after), qint64(after.size()));
}

// Only a writer can roll the journal back: a read-only file with one is refused, and both
// files are left exactly as they are (deleting the journal would corrupt the register).
void TestRegisterFile::hotJournalOfReadOnlyFileIsReported()
{
    const QString path = makeHotJournal(QStringLiteral("crashed-ro.kartoitus"));
    QVERIFY(!path.isEmpty());
    const QString journal = path + QStringLiteral("-journal");
    QVERIFY(QFileInfo::exists(journal));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray bytes = fileBytes(path);
    const QByteArray journalBytes = fileBytes(journal);

    Register reg;
    const OpenResult result = reg.open(path);
    QCOMPARE(result.error, OpenError::ReadOnly);
    QVERIFY2(result.message.contains(QLatin1String("crashed-ro.kartoitus-journal")),
             qPrintable(result.message));
    QVERIFY(result.message.contains(QLatin1String("Do not delete")));
    QCOMPARE(fileBytes(path), bytes);
    QCOMPARE(fileBytes(journal), journalBytes);

    // Copied together to where they can be written, the two files open as one register.
    const QString copy = m_dir->filePath(QStringLiteral("copy.kartoitus"));
    QVERIFY(QFile::copy(path, copy));
    QVERIFY(QFile::copy(journal, copy + QStringLiteral("-journal")));
    QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(reg.open(copy).ok());
    QCOMPARE(value(reg.database(), QStringLiteral("SELECT count(*) FROM organisations")).toInt(),
             25);
}

// On POSIX, closing any descriptor of a file drops every lock this process holds on it.
// While the window's connection writes, the worker opening the same register (and closing
// it again) must leave that lock in place: another program still cannot write.
void TestRegisterFile::openingKeepsThisProcessLocks()
{
    const QString path = makeRegister(QStringLiteral("locked.kartoitus"), 3);
    QVERIFY(!path.isEmpty());
    Register window;
    QVERIFY(window.open(path).ok());
    Transaction transaction(window.database());
    QVERIFY(transaction.isActive());
    QSqlQuery q(window.database());
    QVERIFY(q.exec(QStringLiteral("UPDATE organisations SET name = name || ' (muutettu)'")));

    QByteArray output;
    QCOMPARE(runHelper({QStringLiteral("try-write"), path}, &output), 3);
    {
        // A worker reading the register (as export does) opens it and closes it.
        Register reader;
        QVERIFY(reader.open(path, OpenMode::ReadOnly).ok());
        QCOMPARE(
            value(reader.database(), QStringLiteral("SELECT count(*) FROM organisations")).toInt(),
            3);
        // One that wants to write finds it in use, and says so.
        Register writer;
        const OpenResult refused = writer.openAnother(window);
        QCOMPARE(refused.error, OpenError::Locked);
        QVERIFY(refused.message.contains(QLatin1String("in use")));
    }
    QCOMPARE(runHelper({QStringLiteral("try-write"), path}, &output), 3);
    QVERIFY2(output.contains("locked"), output.constData());
    QVERIFY(transaction.commit());
    QCOMPARE(runHelper({QStringLiteral("try-write"), path}, &output), 0);
}

// Another program holds the write lock: opening for writing says "in use" and changes
// nothing; reading still works; the other program's lock is still held afterwards.
void TestRegisterFile::openingDuringAnotherProgramsWrite()
{
    const QString path = makeRegister(QStringLiteral("other.kartoitus"), 3);
    QVERIFY(!path.isEmpty());
    QProcess holder;
    holder.start(QStringLiteral(SQLITE_HELPER_PATH), {QStringLiteral("hold"), path});
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("holding"));
    const QByteArray before = fileBytes(path);

    Register reg;
    const OpenResult result = reg.open(path);
    QCOMPARE(result.error, OpenError::Locked);
    QVERIFY(result.message.contains(QLatin1String("other.kartoitus is in use by another program")));
    QVERIFY(reg.open(path, OpenMode::ReadOnly).ok());
    QCOMPARE(value(reg.database(), QStringLiteral("SELECT count(*) FROM organisations")).toInt(),
             3);
    reg.close();
    QCOMPARE(fileBytes(path), before);

    // A third connection still cannot write: the holder's lock survived our opening.
    {
        sqlite3 *third = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &third, SQLITE_OPEN_READWRITE,
                                 nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(third, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_BUSY);
        sqlite3_close(third);
    }
    holder.write("done\n");
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(holder.exitCode(), 0);
    QVERIFY(reg.open(path).ok());
}

// An import undone leaves its pages free; the writer that closes the register gives them
// back to the disk (VACUUM, one transaction of its own).
void TestRegisterFile::freePagesAreReclaimedAfterUndo()
{
    const QString path = makeRegister(QStringLiteral("shrinks.kartoitus"), 10);
    QVERIFY(!path.isEmpty());
    const qint64 sizeBefore = QFileInfo(path).size();
    {
        Register reg;
        QVERIFY(reg.open(path).ok());
        UndoJournal journal(reg.database());
        QString error;
        QVERIFY2(journal.begin(&error), qPrintable(error));
        {
            Transaction transaction(reg.database());
            QSqlQuery q(reg.database());
            QVERIFY2(q.exec(QString::fromLatin1(GrowingTransaction)
                                .replace(QLatin1String("i < 400"), QLatin1String("i < 300"))
                                .replace(QLatin1String("1500"), QLatin1String("15000"))),
                     qPrintable(q.lastError().text()));
            QVERIFY(transaction.commit());
        }
        const UndoRange inverse = journal.takeRange(&error);
        QCOMPARE(inverse.size(), qint64(300));
        QVERIFY(QFileInfo(path).size() > sizeBefore + 5 * 1024 * 1024);
        UndoRange redo;
        QVERIFY2(journal.replay(inverse, &redo, ReplayControl(), &error), qPrintable(error));
        QCOMPARE(
            value(reg.database(), QStringLiteral("SELECT count(*) FROM organisations")).toInt(),
            10);
        QVERIFY(value(reg.database(), QStringLiteral("PRAGMA freelist_count")).toInt() > 1000);
    }
    const qint64 sizeAfter = QFileInfo(path).size();
    QVERIFY2(
        sizeAfter < sizeBefore + 256 * 1024,
        qPrintable(QStringLiteral("%1 bytes before, %2 after").arg(sizeBefore).arg(sizeAfter)));
    Register reg;
    QVERIFY(reg.open(path).ok());
    QCOMPARE(value(reg.database(), QStringLiteral("SELECT count(*) FROM organisations")).toInt(),
             10);
    QCOMPARE(value(reg.database(), QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
}

// A command that only reads leaves the file's bytes alone, however much of it is free.
void TestRegisterFile::readerLeavesFreePagesAlone()
{
    const QString path = makeRegister(QStringLiteral("reader.kartoitus"), 10);
    QVERIFY(!path.isEmpty());
    {
        // Another program deleted much: the free pages stay in the file.
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &other, SQLITE_OPEN_READWRITE,
                                 nullptr),
                 SQLITE_OK);
        const QByteArray grow = QByteArray(GrowingTransaction).replace("i < 400", "i < 3000");
        QCOMPARE(sqlite3_exec(other, grow.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "DELETE FROM organisations WHERE uuid LIKE 'crash-%'", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(other);
    }
    const QByteArray before = fileBytes(path);
    {
        Register reg;
        QVERIFY(reg.open(path).ok());
        QVERIFY(value(reg.database(), QStringLiteral("PRAGMA freelist_count")).toInt() > 1000);
    }
    QCOMPARE(fileBytes(path), before);
}

QTEST_GUILESS_MAIN(TestRegisterFile)
#include "tst_registerfile.moc"
