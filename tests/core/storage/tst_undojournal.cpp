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

private:
    QString dump();
    bool exec(const QString &sql);

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

QTEST_GUILESS_MAIN(TestUndoJournal)
#include "tst_undojournal.moc"
