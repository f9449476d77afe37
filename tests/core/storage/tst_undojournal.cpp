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
    void valuesComeBackExactly();
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
    // A key that changes is undone too: the entry finds the row by its new key.
    QVERIFY(exec(QStringLiteral("UPDATE organisation_municipalities SET municipality_code = "
                                "'182' WHERE organisation_id = 1 AND municipality_code = '179'")));
    const QString after = dump();
    QVERIFY(after != before);

    const UndoRange undo = journal.takeRange(&error);
    QCOMPARE(undo.size(), qint64(7));
    UndoRange redo;
    QVERIFY2(journal.replay(undo, &redo, ReplayControl(), &error), qPrintable(error));
    QCOMPARE(dump(), before);
    QCOMPARE(SearchIndex::staleRows(m_register.database(), nullptr), 0);

    UndoRange undoAgain;
    QVERIFY2(journal.replay(redo, &undoAgain, ReplayControl(), &error), qPrintable(error));
    QCOMPARE(dump(), after);
    QVERIFY2(journal.replay(undoAgain, nullptr, ReplayControl(), &error), qPrintable(error));
    QCOMPARE(dump(), before);
}

// The old values go back exactly as they were stored: integers, reals to the last bit,
// text that looks like a number, blobs and NULLs.
void TestUndoJournal::valuesComeBackExactly()
{
    QVERIFY(exec(QStringLiteral("CREATE TABLE kinds (id INTEGER PRIMARY KEY, i INTEGER, r REAL, "
                                "t TEXT, b BLOB, n)")));
    QVERIFY(exec(QStringLiteral("INSERT INTO kinds VALUES (1, 9007199254740993, 0.1, '0077', "
                                "x'00ff10', NULL), (2, -1, 1e308, '', x'', 3.5)")));
    const auto kinds = [this] {
        QString text;
        QSqlQuery q(m_register.database());
        q.exec(QStringLiteral("SELECT id, typeof(i), i, typeof(r), printf('%.17g', r), "
                              "typeof(t), quote(t), typeof(b), hex(b), typeof(n), quote(n) "
                              "FROM kinds ORDER BY id"));
        while (q.next())
            for (int c = 0; c < 11; ++c)
                text += q.value(c).toString() + QLatin1Char('|');
        return text;
    };
    const QString before = kinds();
    UndoJournal journal(m_register.database());
    QString error;
    QVERIFY2(journal.begin(&error), qPrintable(error));
    QVERIFY(exec(QStringLiteral("UPDATE kinds SET i = 0, r = 0, t = 't', b = NULL, n = 'x'")));
    QVERIFY(exec(QStringLiteral("DELETE FROM kinds WHERE id = 2")));
    QVERIFY(kinds() != before);
    UndoRange redo;
    QVERIFY2(journal.replay(journal.takeRange(&error), &redo, ReplayControl(), &error),
             qPrintable(error));
    QCOMPARE(kinds(), before);
}

// An entry that cannot be carried out (the row it would insert is there again) fails the
// whole replay: what ran before it is rolled back, and the step stays as it was.
void TestUndoJournal::failedReplayChangesNothing()
{
    UndoJournal journal(m_register.database());
    QString error;
    QVERIFY(journal.begin(&error));
    QVERIFY(exec(QStringLiteral("DELETE FROM organisation_sectors WHERE organisation_id = 1")));
    QVERIFY(exec(QStringLiteral("UPDATE organisations SET name = 'Uusi nimi' WHERE id = 1")));
    const UndoRange undo = journal.takeRange(&error);
    QCOMPARE(undo.size(), qint64(2));
    QVERIFY(exec(QStringLiteral("INSERT INTO organisation_sectors VALUES (1, 11, 1)")));
    const QString before = dump();
    // Replayed backwards: the name goes back first, then the insert fails.
    UndoRange redo;
    QVERIFY(!journal.replay(undo, &redo, ReplayControl(), &error));
    QVERIFY2(error.contains(QLatin1String("UNIQUE")), qPrintable(error));
    QCOMPARE(dump(), before);
    QVERIFY(dump().contains(QLatin1String("Uusi nimi")));
    // The step's entries are still there.
    QSqlQuery q(m_register.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM temp.undo_log WHERE seq BETWEEN %1 AND %2")
                       .arg(undo.first)
                       .arg(undo.last)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
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
