// The activities list finds an activity by a word of its description as well as by its
// name: Finnish letters in any case, the start of a word, several words together; typed %
// and _ are text, not wildcards. Three characters or more are found anywhere in the
// activity's or its organisation's name (a trigram index); one or two characters at the
// start of a word. The indexes follow every write — an edit, a rename, a delete, an undo —
// and a register of a previous version gains them when it is opened.
#include "repositories/activityquery.h"
#include "repositories/activityrepository.h"
#include "repositories/organisationrepository.h"
#include "storage/register.h"
#include "storage/undojournal.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kartoitus;

class TestActivitySearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findsByDescription_data();
    void findsByDescription();
    void indexFollowsEditsDeletesAndUndo();
    void previousVersionGainsTheIndex();
    void namesIndexFollowsRenames();
    void punctuationInsideANameIsText();
    void version6GainsTheNamesIndex();
    void countsWhatTheListShows();

private:
    QStringList found(const QString &search) const;
    qint64 activity(const QString &name, const QString &description);

    QTemporaryDir m_dir;
    Register m_register;
    QSqlDatabase m_db;
    qint64 m_organisation = 0;
    int m_fileNumber = 0;
};

void TestActivitySearch::init()
{
    QVERIFY(m_dir.isValid());
    const OpenResult opened =
        m_register.create(m_dir.filePath(QStringLiteral("s%1.kartoitus").arg(++m_fileNumber)));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    m_db = m_register.database();
    Organisation o;
    o.name = QStringLiteral("Laukaan Perheet ry");
    o.homeMunicipality = QStringLiteral("410");
    QString error;
    QVERIFY2(OrganisationRepository(m_db).create(&o, &error), qPrintable(error));
    m_organisation = o.id;
    QVERIFY(activity(QStringLiteral("Kävelyryhmä"),
                     QStringLiteral("Äitien ja vauvojen ulkoilu puistossa")));
    QVERIFY(activity(QStringLiteral("Kuoro"),
                     QStringLiteral("Laulua 50% alennuksella, snake_case eläkeläisille")));
    QVERIFY(activity(QStringLiteral("Sähly"), QString()));
}

void TestActivitySearch::cleanup()
{
    m_db = QSqlDatabase();
    m_register.close();
}

qint64 TestActivitySearch::activity(const QString &name, const QString &description)
{
    Activity a;
    a.organisationId = m_organisation;
    a.name = name;
    a.description = description;
    QString error;
    if (!ActivityRepository(m_db).create(&a, &error))
        qWarning("%s", qPrintable(error));
    return a.id;
}

// The names of the activities the list shows for `search`, in its order.
QStringList TestActivitySearch::found(const QString &search) const
{
    RecordFilter filter;
    filter.search = search;
    QString error;
    const QList<qint64> ids =
        ActivityQuery::filtered(filter, QStringLiteral("a.name_sort ASC")).ids(m_db, &error);
    if (!error.isEmpty())
        return {QStringLiteral("<error: %1>").arg(error)};
    QStringList names;
    for (qint64 id : ids)
        names << ActivityRepository(m_db).get(id)->name;
    return names;
}

void TestActivitySearch::findsByDescription_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("names");
    const QStringList walk{QStringLiteral("Kävelyryhmä")};
    const QStringList choir{QStringLiteral("Kuoro")};
    QTest::newRow("a word") << "äitien" << walk;
    QTest::newRow("upper case Finnish letters") << "ÄITIEN" << walk;
    QTest::newRow("start of a word") << "vauvo" << walk;
    QTest::newRow("two words of it") << "ulkoilu puisto" << walk;
    QTest::newRow("name and description") << "kävely äiti" << walk;
    QTest::newRow("a word with ä in the middle") << "eläkeläis" << choir;
    QTest::newRow("a number before a typed %") << "50%" << choir;
    QTest::newRow("a word with _") << "snake_case" << choir;
    QTest::newRow("% alone is text") << "%" << QStringList();
    QTest::newRow("_ alone is text") << "_" << QStringList();
    QTest::newRow("a quote") << "\"äitien" << walk;
    QTest::newRow("not the middle of a word") << "auvoj" << QStringList();
    QTest::newRow("names still found inside") << "ävelyryh" << walk;
    QTest::newRow("a word nowhere") << "uinti" << QStringList();
    const QStringList all{QStringLiteral("Kuoro"), QStringLiteral("Kävelyryhmä"),
                          QStringLiteral("Sähly")};
    QTest::newRow("the middle of a name") << "elyry" << walk;
    QTest::newRow("the middle of a name, Finnish letters") << "ÄHL" << QStringList{"Sähly"};
    QTest::newRow("the middle of the organisation's name") << "aukaa" << all;
    QTest::newRow("organisation and name") << "perheet kuor" << choir;
    QTest::newRow("two characters start a name") << "ku" << choir;
    QTest::newRow("two characters start a description word") << "ul" << walk;
    QTest::newRow("two Finnish capitals start a word") << "ÄI" << walk;
    QTest::newRow("two characters start the organisation's name") << "pe" << all;
    QTest::newRow("one character") << "s" << QStringList{"Kuoro", "Sähly"};
    QTest::newRow("two characters inside a word are not enough") << "uo" << QStringList();
    QTest::newRow("NEAR and a parenthesis") << "NEAR(kuoro" << QStringList();
    QTest::newRow("a star") << "kuo*" << QStringList();
    QTest::newRow("a star alone") << "*" << QStringList();
    QTest::newRow("a minus before a word") << "-kuoro" << QStringList();
    QTest::newRow("a quote inside") << "kä\"vely" << QStringList();
    QTest::newRow("quotes around") << "\"kuoro\"" << QStringList();
    QTest::newRow("an operator as a word") << "OR" << QStringList();
    QTest::newRow("nothing but spaces") << "   " << all;
}

void TestActivitySearch::findsByDescription()
{
    QFETCH(QString, search);
    QFETCH(QStringList, names);
    QCOMPARE(found(search), names);
}

void TestActivitySearch::indexFollowsEditsDeletesAndUndo()
{
    ActivityRepository repository(m_db);
    QString error;
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM activities WHERE name = 'Kuoro'")) &&
            query.next());
    const qint64 choirId = query.value(0).toLongLong();
    query.finish();
    Activity choir = *repository.get(choirId);

    // An edit through the repository, journaled as the window does.
    UndoJournal journal(m_db);
    QVERIFY2(journal.install(&error), qPrintable(error));
    QVERIFY2(journal.begin(&error), qPrintable(error));
    choir.description = QStringLiteral("Tanssia nuorille");
    QVERIFY2(repository.update(&choir, &error), qPrintable(error));
    const UndoRange edit = journal.takeRange(&error);
    QVERIFY(!edit.isEmpty());
    QCOMPARE(found(QStringLiteral("eläkeläisille")), QStringList());
    QCOMPARE(found(QStringLiteral("tanssi")), QStringList{QStringLiteral("Kuoro")});

    // Undone: the old description is found again, the new one no longer.
    UndoRange redo;
    QVERIFY2(journal.replay(edit, &redo, {}, &error), qPrintable(error));
    QCOMPARE(found(QStringLiteral("eläkeläisille")), QStringList{QStringLiteral("Kuoro")});
    QCOMPARE(found(QStringLiteral("tanssi")), QStringList());

    // Deleted: gone from the search; the index's own check finds nothing amiss.
    QVERIFY2(repository.remove(choirId, &error), qPrintable(error));
    QCOMPARE(found(QStringLiteral("eläkeläisille")), QStringList());
    QSqlQuery check(m_db);
    QVERIFY2(
        check.exec(QStringLiteral(
            "INSERT INTO activity_search (activity_search, rank) VALUES ('integrity-check', 1)")),
        qPrintable(check.lastError().text()));
}

// A register of version 5 (before the index) opens migrated, its descriptions indexed.
void TestActivitySearch::previousVersionGainsTheIndex()
{
    const QString path = m_register.path();
    {
        QSqlQuery query(m_db);
        for (const char *sql : {"DROP TABLE activity_search", "DROP TABLE activity_name_search",
                                "DROP TABLE person_name_search", "PRAGMA user_version = 5"})
            QVERIFY2(query.exec(QString::fromUtf8(sql)), sql);
    }
    cleanup();
    const OpenResult opened = m_register.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(!opened.backupPath.isEmpty()); // migrated, with the usual backup
    m_db = m_register.database();
    QSqlQuery version(m_db);
    QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
    QCOMPARE(version.value(0).toInt(), Register::currentSchemaVersion());
    QCOMPARE(found(QStringLiteral("äitien")), QStringList{QStringLiteral("Kävelyryhmä")});
    QCOMPARE(found(QStringLiteral("eläkeläisille")), QStringList{QStringLiteral("Kuoro")});
}

// A rename of an activity or of its organisation, and its undo, move the names index along.
void TestActivitySearch::namesIndexFollowsRenames()
{
    ActivityRepository activities(m_db);
    OrganisationRepository organisations(m_db);
    QString error;
    UndoJournal journal(m_db);
    QVERIFY2(journal.install(&error), qPrintable(error));

    QVERIFY2(journal.begin(&error), qPrintable(error));
    Organisation o = *organisations.get(m_organisation);
    o.name = QStringLiteral("Jyväskylän Seniorit ry");
    QVERIFY2(organisations.update(&o, &error), qPrintable(error));
    const UndoRange rename = journal.takeRange(&error);
    QVERIFY(!rename.isEmpty());
    QCOMPARE(found(QStringLiteral("aukaan")), QStringList());
    QCOMPARE(found(QStringLiteral("väskylän senior sähl")), QStringList{"Sähly"});

    UndoRange redo;
    QVERIFY2(journal.replay(rename, &redo, {}, &error), qPrintable(error));
    QCOMPARE(found(QStringLiteral("väskylä")), QStringList());
    QCOMPARE(found(QStringLiteral("aukaan sähl")), QStringList{"Sähly"});

    const qint64 id = activity(QStringLiteral("Uintikoulu"), QString());
    QCOMPARE(found(QStringLiteral("ntikou")), QStringList{"Uintikoulu"});
    Activity swim = *activities.get(id);
    swim.name = QStringLiteral("Vesijumppa");
    QVERIFY2(activities.update(&swim, &error), qPrintable(error));
    QCOMPARE(found(QStringLiteral("ntikou")), QStringList());
    QCOMPARE(found(QStringLiteral("sijump")), QStringList{"Vesijumppa"});
    QCOMPARE(found(QStringLiteral("ve")), QStringList{"Vesijumppa"});
    QVERIFY2(activities.remove(id, &error), qPrintable(error));
    QCOMPARE(found(QStringLiteral("sijump")), QStringList());

    QSqlQuery check(m_db);
    for (const char *table : {"activity_search", "activity_name_search"}) {
        QVERIFY2(
            check.exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)")
                           .arg(QLatin1String(table))),
            qPrintable(check.lastError().text()));
    }
}

// Characters that are not letters, in a word of one or two, are looked for in the names.
void TestActivitySearch::punctuationInsideANameIsText()
{
    QVERIFY(activity(QStringLiteral("Kuntosali 50+"), QString()));
    QVERIFY(activity(QStringLiteral("Äijä-kerho"), QString()));
    QCOMPARE(found(QStringLiteral("+")), QStringList{"Kuntosali 50+"});
    QCOMPARE(found(QStringLiteral("-")), QStringList{"Äijä-kerho"});
    QCOMPARE(found(QStringLiteral("ÄIJÄ-K")), QStringList{"Äijä-kerho"});
    QCOMPARE(found(QStringLiteral("%")), QStringList());
}

// A register of version 6 (descriptions indexed, names not) opens migrated: the activities
// it already holds are found inside their names and by two characters of a name.
void TestActivitySearch::version6GainsTheNamesIndex()
{
    const QString path = m_register.path();
    {
        QSqlQuery query(m_db);
        for (const char *sql :
             {"DROP TABLE activity_name_search", "DROP TABLE person_name_search",
              "DROP TABLE activity_search",
              "CREATE VIRTUAL TABLE activity_search USING fts5 (description, content = "
              "'activities', content_rowid = 'id', tokenize = \"unicode61 remove_diacritics 0\","
              " prefix = '1 2 3')",
              "INSERT INTO activity_search (activity_search) VALUES ('rebuild')",
              "PRAGMA user_version = 6"})
            QVERIFY2(query.exec(QString::fromUtf8(sql)), sql);
    }
    cleanup();
    const OpenResult opened = m_register.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(!opened.backupPath.isEmpty());
    m_db = m_register.database();
    QCOMPARE(found(QStringLiteral("elyry")), QStringList{"Kävelyryhmä"});
    QCOMPARE(found(QStringLiteral("ku")), QStringList{"Kuoro"});
    QCOMPARE(found(QStringLiteral("aukaan äh")).size(), 0);
    QCOMPARE(found(QStringLiteral("aukaan sä")), QStringList{"Sähly"});
    QCOMPARE(found(QStringLiteral("eläkeläisille")), QStringList{"Kuoro"});
}

// The count of a search, read from the indexes alone, is the number of rows the list pages
// through, with and without another filter, for words long and short.
void TestActivitySearch::countsWhatTheListShows()
{
    for (const QString &search :
         {QStringLiteral("aukaan"), QStringLiteral("k"), QStringLiteral("ku aukaan"),
          QStringLiteral("ul vauvojen"), QStringLiteral("-"), QStringLiteral("uinti")}) {
        for (const bool freeOnly : {false, true}) {
            RecordFilter filter;
            filter.search = search;
            if (freeOnly)
                filter.free = false;
            QString error;
            ListQuery query = ActivityQuery::filtered(filter, QStringLiteral("a.name_sort ASC"));
            const QList<qint64> ids = query.ids(m_db, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(query.count(m_db, &error), int(ids.size()));
            // A page that walks the name index holds the same rows in the same order.
            query.setRowEstimate(int(ids.size()), int(ids.size()));
            QList<ListRow> rows;
            QVERIFY2(query.fetch(m_db, {}, 256, 0, &rows, &error), qPrintable(error));
            QList<qint64> paged;
            for (const ListRow &row : rows)
                paged.append(row.id);
            QCOMPARE(paged, ids);
        }
    }
}

QTEST_GUILESS_MAIN(TestActivitySearch)
#include "tst_activitysearch.moc"
