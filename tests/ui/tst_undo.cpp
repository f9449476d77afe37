// Undo and redo through the window: a large import is undone and redone on a worker with
// progress while the window stays responsive, the register's contents are checked each
// time, and a cancelled undo leaves the register and the step as they were.
#include "common/openregister.h"
#include "importing/importactions.h"
#include "importing/importpreviewpage.h"
#include "importing/importvaluespage.h"
#include "importing/importwizard.h"
#include "importing/importwritepage.h"
#include "mainwindow/mainwindow.h"
#include "models/organisationtablemodel.h"
#include "organisations/organisationlistwidget.h"
#include "storage/register.h"

#include <QAction>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace kartoitus;

namespace {

QString queryText(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<%1>").arg(sql);
    return query.value(0).toString();
}

// What the register holds, as text: names with their members and municipalities, and
// what the search index finds.
QString contents(const QSqlDatabase &db)
{
    return queryText(
               db, QStringLiteral("SELECT count(*) || ':' || ifnull(group_concat(x, '|'), '') FROM "
                                  "(SELECT name || ';' || ifnull(members, '') || ';' || "
                                  "ifnull(home_municipality, '') AS x FROM organisations "
                                  "ORDER BY name)")) +
           QLatin1Char('#') +
           queryText(db, QStringLiteral("SELECT count(*) FROM organisation_search")) +
           QLatin1Char('#') + queryText(db, QStringLiteral("SELECT count(*) FROM persons"));
}

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void largeImportUndoneAndRedoneOnTheWorker();
    void cancelledUndoLeavesRegisterAndStep();

private:
    QString writeCsv(const QString &name, int rows);
    bool import(const QString &file);
    QAction *action(const char *name) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    int m_number = 0;
};

void TestUndo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KartoitusTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_undo"));
    QVERIFY(m_dir.isValid());
}

void TestUndo::init()
{
    m_window = std::make_unique<MainWindow>();
    m_path = m_dir.filePath(QStringLiteral("u%1.kartoitus").arg(++m_number));
    QVERIFY(m_window->createRegister(m_path));
    // Steps of more than 100 statements go to the worker: a few hundred rows make a large
    // step without making the test slow.
    m_window->openedRegister()->setLargeStepSize(100);
    m_window->show();
}

void TestUndo::cleanup()
{
    m_window.reset();
}

// A file of `rows` organisations, each with a contact person.
QString TestUndo::writeCsv(const QString &name, int rows)
{
    const QString path = m_dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write("nimi;kotikunta;jäsenmäärä;yhteyshenkilö\n");
    for (int i = 0; i < rows; ++i)
        out.write(QStringLiteral("%1 yhdistys %2 ry;%3;%4;Henkilö %2\n")
                      .arg(name.left(1).toUpper())
                      .arg(i)
                      .arg(i % 2 ? QStringLiteral("Jyväskylä") : QStringLiteral("Laukaa"))
                      .arg(i % 300)
                      .toUtf8());
    return path;
}

bool TestUndo::import(const QString &file)
{
    ImportWizard *wizard = m_window->findChild<ImportActions *>()->startImport(file);
    if (!wizard)
        return false;
    wizard->next();
    wizard->next();
    wizard->valuesPage()->waitForValues();
    wizard->previewPage()->waitForPlan();
    wizard->next();
    wizard->writePage()->waitForImport();
    const bool ok = wizard->writePage()->result().ok;
    wizard->accept();
    return ok;
}

QAction *TestUndo::action(const char *name) const
{
    return m_window->findChild<QAction *>(QLatin1String(name));
}

void TestUndo::largeImportUndoneAndRedoneOnTheWorker()
{
    const QSqlDatabase db = m_window->currentRegister()->database();
    OpenRegister *reg = m_window->openedRegister();
    QUndoStack *stack = m_window->undoStack();
    QVERIFY(import(writeCsv(QStringLiteral("small.csv"), 5)));
    const QString before = contents(db);
    QVERIFY(before.startsWith(QLatin1String("5:")));

    QVERIFY(import(writeCsv(QStringLiteral("large.csv"), 300)));
    const QString after = contents(db);
    QVERIFY(after.startsWith(QLatin1String("305:")));
    QVERIFY(after.contains(QLatin1String("L yhdistys 299 ry;299;179")));
    QCOMPARE(stack->count(), 2);
    QTRY_COMPARE(m_window->organisationList()->model()->rowCount(), 305);

    // Edit › Undo: the worker replays the import while the window shows progress.
    QAction *undo = action("undoAction");
    QVERIFY(undo && undo->isEnabled());
    QVERIFY(undo->text().contains(QLatin1String("large.csv")));
    undo->trigger();
    QVERIFY(reg->isReplaying());
    auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("replayProgress"));
    QVERIFY(progress);
    QVERIFY(progress->isVisible());
    QVERIFY(progress->labelText().contains(QLatin1String("large.csv")));
    QCOMPARE(stack->index(), 2); // the stack moves once the replay is done
    reg->waitForReplay();
    QVERIFY(!reg->isReplaying());
    QCOMPARE(stack->index(), 1);
    QCOMPARE(contents(db), before);
    QTRY_COMPARE(m_window->organisationList()->model()->rowCount(), 5);
    QTRY_VERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("replayProgress")));

    // Edit › Redo, the same way back.
    QAction *redo = action("redoAction");
    QVERIFY(redo && redo->isEnabled());
    redo->trigger();
    QVERIFY(reg->isReplaying());
    reg->waitForReplay();
    QCOMPARE(stack->index(), 2);
    QCOMPARE(contents(db), after);
    QTRY_COMPARE(m_window->organisationList()->model()->rowCount(), 305);

    // And undone again, then the small import too: the register as it was made.
    undo->trigger();
    reg->waitForReplay();
    QCOMPARE(contents(db), before);
    undo->trigger();
    QVERIFY(!reg->isReplaying()); // a small step is undone at once
    QCOMPARE(stack->index(), 0);
    QVERIFY(contents(db).startsWith(QLatin1String("0:")));
    QVERIFY(!m_window->isWindowModified());
}

void TestUndo::cancelledUndoLeavesRegisterAndStep()
{
    const QSqlDatabase db = m_window->currentRegister()->database();
    OpenRegister *reg = m_window->openedRegister();
    QUndoStack *stack = m_window->undoStack();
    QVERIFY(import(writeCsv(QStringLiteral("large.csv"), 300)));
    const QString after = contents(db);

    // Another program holds the register's write lock, so the worker's replay waits for
    // it: the cancel is certain to come first.
    Register other;
    QVERIFY(other.open(m_path).ok());
    QSqlQuery lock(other.database());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    action("undoAction")->trigger();
    QVERIFY(reg->isReplaying());
    auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("replayProgress"));
    QVERIFY(progress);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    reg->waitForReplay();

    QCOMPARE(contents(db), after);
    QCOMPARE(stack->index(), 1);
    QVERIFY(stack->canUndo());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("as it was")));

    // The step is still there to undo.
    action("undoAction")->trigger();
    reg->waitForReplay();
    QCOMPARE(stack->index(), 0);
    QVERIFY(contents(db).startsWith(QLatin1String("0:")));
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
