// A window that crashes leaves its undo store behind, and with it the values its steps
// would put back: after Forget This Person, the person's email. The next window that opens
// the register wipes that store before anything else.
#include "commands/journaledcommand.h"
#include "common/openregister.h"
#include "mainwindow/mainwindow.h"
#include "repositories/personrepository.h"
#include "storage/undostorefolder.h"
#include "windowtestsetup.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kartoitus;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList undoFolders()
{
    return QDir::temp().entryList({UndoStoreFolder::prefix() + QLatin1Char('*')},
                                  QDir::Dirs | QDir::NoDotAndDotDot);
}

} // namespace

class TestUndoStoreLeftover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void leftoverWithAForgottenEmailIsWipedOnOpen();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_temp; // the system's temporary folder, for this test alone
};

void TestUndoStoreLeftover::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_temp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_temp.path()));
    QCOMPARE(QDir::tempPath(), QDir(m_temp.path()).canonicalPath());
    windowtest::isolateSettings(QStringLiteral("tst_undostoreleftover"));
}

void TestUndoStoreLeftover::leftoverWithAForgottenEmailIsWipedOnOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.kartoitus"));
    QString error;
    QVERIFY2(windowtest::writeDemoFile(path, &error), qPrintable(error));

    auto window = std::make_unique<MainWindow>();
    QVERIFY(window->openRegister(path));
    OpenRegister *reg = window->openedRegister();
    QVERIFY(reg && !reg->undoStorePath().isEmpty());
    QSqlQuery query(reg->database());
    QVERIFY(query.exec(
        QStringLiteral("SELECT id, email FROM persons WHERE email IS NOT NULL ORDER BY id")));
    QVERIFY(query.next());
    const qint64 person = query.value(0).toLongLong();
    const QByteArray email = query.value(1).toString().toUtf8();
    query.finish();
    QVERIFY(runJournaled(
        reg, QStringLiteral("Forget"),
        [&](QString *e) { return PersonRepository(reg->database()).forget(person, e); }, &error));
    // The store keeps the email, so that Undo can bring the person back.
    const QString store = reg->undoStorePath();
    QVERIFY(readAll(store).contains(email));

    // The window crashes: its folder stays. (A copy stands for it; the window's own goes
    // when it closes.)
    const QString crashed =
        QDir::temp().filePath(UndoStoreFolder::prefix() + QStringLiteral("crash1"));
    QVERIFY(QDir().mkpath(crashed));
    const QDir own = QFileInfo(store).dir();
    for (const QString &name : own.entryList(QDir::Files))
        QVERIFY(QFile::copy(own.filePath(name), QDir(crashed).filePath(name)));
    window.reset();
    QCOMPARE(undoFolders(), QStringList(UndoStoreFolder::prefix() + QStringLiteral("crash1")));
    QVERIFY(readAll(QDir(crashed).filePath(QStringLiteral("undo.sqlite"))).contains(email));

    // Opened again: the leftover is gone; only the new window's own store is there.
    auto again = std::make_unique<MainWindow>();
    QVERIFY(again->openRegister(path));
    QVERIFY(!QFileInfo::exists(crashed));
    const QStringList folders = undoFolders();
    QCOMPARE(folders.size(), 1);
    QVERIFY(!readAll(again->openedRegister()->undoStorePath()).contains(email));

    again.reset();

    // A read-only window writes nothing and keeps no store: it leaves stores alone.
    QVERIFY(QDir().mkpath(crashed));
    QVERIFY(UndoStoreFolder::mark(crashed, path, &error));
    auto reader = std::make_unique<MainWindow>();
    QVERIFY(reader->openRegister(path, OpenMode::ReadOnly));
    QVERIFY(QFileInfo(crashed).isDir());
    reader.reset();
    QVERIFY(QDir(crashed).removeRecursively());
}

QTEST_MAIN(TestUndoStoreLeftover)
#include "tst_undostoreleftover.moc"
