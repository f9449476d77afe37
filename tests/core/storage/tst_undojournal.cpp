// Undo and redo of any write through the journal: the register returns to exactly the
// state before (and after) the step, the search index with it.
#include "search/searchindex.h"
#include "storage/register.h"
#include "storage/undojournal.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace kartoitus;

class TestUndoJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void undoAndRedoRestoreEveryTable();
    void failedReplayChangesNothing();
    void storeKeepsStepsForAnyConnection();
    void cancelledStoreReplayChangesNothing();

private:
    QString dump();
    bool exec(const QString &sql);
    bool writeSomething();

    QTemporaryDir m_dir;
    Register m_register;
};

void TestUndoJournal::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("u.kartoitus")));
    QVERIFY(m_register.create(m_dir.filePath(QStringLiteral("u.kartoitus"))).ok());
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO organisations (id, uuid, name, name_sort, home_municipality, created_at, "
        "updated_at) VALUES (1, 'u1', 'Hankasalmen Kyläyhdistys', 'hankasalmen kyl|yhdistys', "
        "'077', 't', 't')")));
    QVERIFY(exec(QStringLiteral("INSERT INTO organisation_sectors VALUES (1, 11, 1)")));
}

void TestUndoJournal::cleanup()
{
    m_register.close();
}

bool TestUndoJournal::exec(const QString &sql)
{
    QSqlQuery q(m_register.database());
    return q.exec(sql);
}

// Every user table and the search index, as text.
QString TestUndoJournal::dump()
{
    QString text;
    for (const char *table : {"organisations", "organisation_sectors",
                              "organisation_municipalities", "persons", "activities", "sectors"}) {
        QSqlQuery q(m_register.database());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                text += q.value(i).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    QSqlQuery q(m_register.database());
    q.exec(
        QStringLiteral("SELECT rowid, name, places, sectors FROM organisation_search ORDER BY 1"));
    while (q.next())
        text += q.value(1).toString() + q.value(2).toString() + q.value(3).toString() +
                QLatin1Char('\n');
    return text;
}

void TestUndoJournal::undoAndRedoRestoreEveryTable()
{
    UndoJournal journal(m_register.database());
    QString error;
    QVERIFY2(journal.begin(&error), qPrintable(error));
    const QString before = dump();

    QVERIFY(exec(QStringLiteral("UPDATE organisations SET name = 'Hankasalmen \"Ääni\" ry', "
                                "email = 'a@example.org' WHERE id = 1")));
    QVERIFY(exec(QStringLiteral("INSERT INTO organisation_municipalities VALUES (1, '179')")));
    QVERIFY(
        exec(QStringLiteral("INSERT INTO persons (id, uuid, name, name_sort, organisation_id, "
                            "created_at, updated_at) VALUES (7, 'p7', 'Maija O''Brien', 'm', 1, "
                            "'t', 't')")));
    QVERIFY(exec(QStringLiteral("UPDATE organisations SET contact_person_id = 7 WHERE id = 1")));
    QVERIFY(exec(QStringLiteral("DELETE FROM organisation_sectors WHERE organisation_id = 1")));
    QVERIFY(exec(QStringLiteral("UPDATE sectors SET name_en = NULL WHERE id = 3")));
    const QString after = dump();
    QVERIFY(after != before);

    const QStringList undo = journal.take(&error);
    QCOMPARE(undo.size(), 6);
    QStringList redo;
    QVERIFY2(journal.replay(undo, &redo, &error), qPrintable(error));
    QCOMPARE(dump(), before);
    QCOMPARE(SearchIndex::staleRows(m_register.database(), nullptr), 0);

    QStringList undoAgain;
    QVERIFY2(journal.replay(redo, &undoAgain, &error), qPrintable(error));
    QCOMPARE(dump(), after);
    QVERIFY2(journal.replay(undoAgain, nullptr, &error), qPrintable(error));
    QCOMPARE(dump(), before);
}

void TestUndoJournal::failedReplayChangesNothing()
{
    UndoJournal journal(m_register.database());
    QString error;
    QVERIFY(journal.begin(&error));
    const QString before = dump();
    // Replayed backwards: the update runs first, then the failing statement.
    const QStringList broken{QStringLiteral("DELETE FROM no_such_table"),
                             QStringLiteral("UPDATE organisations SET name = 'x' WHERE id = 1")};
    QVERIFY(!journal.replay(broken, nullptr, &error));
    QVERIFY(error.contains(QLatin1String("no_such_table")));
    QCOMPARE(dump(), before);
}

bool TestUndoJournal::writeSomething()
{
    return exec(QStringLiteral("UPDATE organisations SET name = 'Hankasalmen \"Ääni\" ry' "
                               "WHERE id = 1")) &&
           exec(QStringLiteral("INSERT INTO organisation_municipalities VALUES (1, '179')")) &&
           exec(QStringLiteral("DELETE FROM organisation_sectors WHERE organisation_id = 1"));
}

// With an undo store, a step is a range of entries in a file of its own: another
// connection to the register (a worker's) replays what this one recorded, and the entries
// of a replayed step give way to those of its reverse.
void TestUndoJournal::storeKeepsStepsForAnyConnection()
{
    const QString store = m_dir.filePath(QStringLiteral("undo.sqlite"));
    QFile::remove(store);
    QString error;
    QVERIFY2(UndoJournal::attachStore(m_register.database(), store, &error), qPrintable(error));
    UndoJournal journal(m_register.database());
    QVERIFY2(journal.begin(&error), qPrintable(error));
    const QString before = dump();
    QVERIFY(writeSomething());
    const QString after = dump();
    const UndoRange undo = journal.takeRange(&error);
    QCOMPARE(undo.size(), qint64(3));
    QStringList tables = journal.tables(undo, &error);
    tables.sort();
    QCOMPARE(tables, (QStringList{QStringLiteral("organisation_municipalities"),
                                  QStringLiteral("organisation_sectors"),
                                  QStringLiteral("organisations")}));

    UndoRange redo;
    {
        Register worker;
        QVERIFY(worker.open(m_register.path()).ok());
        QVERIFY2(UndoJournal::attachStore(worker.database(), store, &error), qPrintable(error));
        UndoJournal workerJournal(worker.database());
        QVERIFY2(workerJournal.replay(undo, &redo, ReplayControl(), &error), qPrintable(error));
    }
    QCOMPARE(dump(), before);
    QCOMPARE(SearchIndex::staleRows(m_register.database(), nullptr), 0);
    QCOMPARE(redo.size(), qint64(3));
    QVERIFY(redo.first > undo.last);
    QSqlQuery left(m_register.database());
    QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM undostore.undo_log")));
    QVERIFY(left.next());
    QCOMPARE(left.value(0).toInt(), 3); // only the redo is kept

    UndoRange undoAgain;
    QVERIFY2(journal.replay(redo, &undoAgain, ReplayControl(), &error), qPrintable(error));
    QCOMPARE(dump(), after);
    QVERIFY(journal.discard(undoAgain, &error));
    QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM undostore.undo_log")));
    QVERIFY(left.next());
    QCOMPARE(left.value(0).toInt(), 0);
}

void TestUndoJournal::cancelledStoreReplayChangesNothing()
{
    const QString store = m_dir.filePath(QStringLiteral("undo-cancel.sqlite"));
    QFile::remove(store);
    QString error;
    QVERIFY(UndoJournal::attachStore(m_register.database(), store, &error));
    UndoJournal journal(m_register.database());
    QVERIFY(journal.begin(&error));
    QVERIFY(writeSomething());
    const QString after = dump();
    const UndoRange undo = journal.takeRange(&error);

    std::atomic_bool cancel{true};
    ReplayControl control;
    control.cancel = &cancel;
    bool cancelled = false;
    UndoRange redo;
    QVERIFY(!journal.replay(undo, &redo, control, &error, &cancelled));
    QVERIFY(cancelled);
    QCOMPARE(dump(), after);
    // The step is still whole: replayed without the cancel, it undoes the write.
    cancel = false;
    QVERIFY2(journal.replay(undo, &redo, control, &error, &cancelled), qPrintable(error));
    QVERIFY(!cancelled);
    QVERIFY(dump() != after);
}

QTEST_GUILESS_MAIN(TestUndoJournal)
#include "tst_undojournal.moc"
