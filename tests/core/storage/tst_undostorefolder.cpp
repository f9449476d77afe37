// An undo store left behind by a crash holds what its steps put back — a forgotten
// person's email among it. The next window of that register wipes it: the bytes are
// overwritten before the file goes, and the stores of other registers stay.
#include "storage/register.h"
#include "storage/undostorefolder.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace kartoitus;

namespace {

const QByteArray Email = "liisa.unohdettu@example.fi";

// A scratch SQLite file like an undo store, holding `email` in a row.
bool writeStore(const QString &path, const QByteArray &email)
{
    const QString name = QStringLiteral("store-%1").arg(qHash(path));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        ok = db.open() &&
             query.exec(QStringLiteral("CREATE TABLE undo_log(seq INTEGER PRIMARY KEY, vals)")) &&
             query.prepare(QStringLiteral("INSERT INTO undo_log(vals) VALUES (?)"));
        query.addBindValue(QString::fromUtf8(email));
        ok = ok && query.exec();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestUndoStoreFolder : public QObject
{
    Q_OBJECT

private slots:
    void leftoverOfTheRegisterIsWiped();
    void otherRegistersKeepTheirs();
};

void TestUndoStoreFolder::leftoverOfTheRegisterIsWiped()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString registerPath = root.filePath(QStringLiteral("rekisteri.kartoitus"));
    {
        Register reg;
        QVERIFY(reg.create(registerPath).ok());
    }
    // What a crashed window left: its folder, marked with the register (spelled another
    // way), and the store with the email in it.
    const QString leftover = root.filePath(UndoStoreFolder::prefix() + QStringLiteral("a1B2c3"));
    QVERIFY(QDir().mkpath(leftover));
    QString error;
    QVERIFY2(UndoStoreFolder::mark(leftover, root.path() + QStringLiteral("/./rekisteri.kartoitus"),
                                   &error),
             qPrintable(error));
    const QString store = QDir(leftover).filePath(QStringLiteral("undo.sqlite"));
    QVERIFY(writeStore(store, Email));
    QVERIFY(readAll(store).contains(Email));
    // A second name for the store's bytes, to look at them once the store is gone.
    const QString witness = root.filePath(QStringLiteral("witness"));
    QCOMPARE(::link(QFile::encodeName(store).constData(), QFile::encodeName(witness).constData()),
             0);
    const qint64 size = QFileInfo(store).size();

    QCOMPARE(UndoStoreFolder::removeLeftovers(registerPath, root.path()), 1);
    QVERIFY(!QFileInfo::exists(leftover));
    const QByteArray bytes = readAll(witness);
    QCOMPARE(bytes.size(), size);
    QVERIFY(!bytes.contains(Email));
    QCOMPARE(bytes.count('\0'), size); // every byte overwritten
    // The register itself is untouched.
    QVERIFY(QFileInfo(registerPath).size() > 0);
}

void TestUndoStoreFolder::otherRegistersKeepTheirs()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString mine = root.filePath(QStringLiteral("oma.kartoitus"));
    const QString other = root.filePath(QStringLiteral("toinen.kartoitus"));
    for (const QString &path : {mine, other}) {
        Register reg;
        QVERIFY(reg.create(path).ok());
    }
    const QString othersFolder = root.filePath(UndoStoreFolder::prefix() + QStringLiteral("zzz"));
    const QString unmarked = root.filePath(UndoStoreFolder::prefix() + QStringLiteral("yyy"));
    const QString unrelated = root.filePath(QStringLiteral("something-else"));
    for (const QString &folder : {othersFolder, unmarked, unrelated})
        QVERIFY(QDir().mkpath(folder));
    QString error;
    QVERIFY(UndoStoreFolder::mark(othersFolder, other, &error));
    QVERIFY(UndoStoreFolder::mark(unrelated, mine, &error)); // not an undo store's name
    QVERIFY(writeStore(QDir(othersFolder).filePath(QStringLiteral("undo.sqlite")), Email));

    QCOMPARE(UndoStoreFolder::removeLeftovers(mine, root.path()), 0);
    for (const QString &folder : {othersFolder, unmarked, unrelated})
        QVERIFY2(QFileInfo(folder).isDir(), qPrintable(folder));
    QVERIFY(readAll(QDir(othersFolder).filePath(QStringLiteral("undo.sqlite"))).contains(Email));
}

QTEST_GUILESS_MAIN(TestUndoStoreFolder)
#include "tst_undostorefolder.moc"
