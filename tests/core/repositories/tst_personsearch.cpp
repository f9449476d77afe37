// The persons list finds a person by a part of their name, of their organisation's name or
// of their email, anywhere and in any case, from a full-text index of those (migration 7)
// that follows every write: an edit, an organisation renamed or deleted, a person deleted.
// One or two characters are looked for in the rows themselves; typed %, _ and quotes are
// text. The count of a search is the number of rows the list pages through.
#include "repositories/organisationrepository.h"
#include "repositories/personquery.h"
#include "repositories/personrepository.h"
#include "storage/register.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kartoitus;

class TestPersonSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void finds_data();
    void finds();
    void indexFollowsWrites();
    void countsWhatTheListShows();

private:
    QStringList found(const QString &search) const;
    qint64 person(const QString &name, const QString &email, std::optional<qint64> organisation);

    QTemporaryDir m_dir;
    Register m_register;
    QSqlDatabase m_db;
    qint64 m_organisation = 0;
    int m_fileNumber = 0;
};

void TestPersonSearch::init()
{
    QVERIFY(m_dir.isValid());
    const OpenResult opened =
        m_register.create(m_dir.filePath(QStringLiteral("p%1.kartoitus").arg(++m_fileNumber)));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    m_db = m_register.database();
    Organisation o;
    o.name = QStringLiteral("Äänekosken Latu ry");
    o.homeMunicipality = QStringLiteral("992");
    QString error;
    QVERIFY2(OrganisationRepository(m_db).create(&o, &error), qPrintable(error));
    m_organisation = o.id;
    QVERIFY(person(QStringLiteral("Liisa Mäkelä"), QStringLiteral("liisa.makela@example.fi"),
                   m_organisation));
    QVERIFY(
        person(QStringLiteral("Pekka Öhman"), QStringLiteral("pekka_o@example.fi"), std::nullopt));
}

void TestPersonSearch::cleanup()
{
    m_db = QSqlDatabase();
    m_register.close();
}

qint64 TestPersonSearch::person(const QString &name, const QString &email,
                                std::optional<qint64> organisation)
{
    Person p;
    p.name = name;
    p.email = email;
    p.organisationId = organisation;
    QString error;
    if (!PersonRepository(m_db).create(&p, &error))
        qWarning("%s", qPrintable(error));
    return p.id;
}

QStringList TestPersonSearch::found(const QString &search) const
{
    RecordFilter filter;
    filter.search = search;
    QString error;
    const QList<qint64> ids =
        PersonQuery::filtered(filter, QStringLiteral("p.name_sort ASC")).ids(m_db, &error);
    if (!error.isEmpty())
        return {QStringLiteral("<error: %1>").arg(error)};
    QStringList names;
    for (qint64 id : ids)
        names << PersonRepository(m_db).get(id)->name;
    return names;
}

void TestPersonSearch::finds_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("names");
    const QStringList liisa{QStringLiteral("Liisa Mäkelä")};
    const QStringList pekka{QStringLiteral("Pekka Öhman")};
    QTest::newRow("inside a name, Finnish capitals") << "ÄKEL" << liisa;
    QTest::newRow("inside the organisation's name") << "nekosk" << liisa;
    QTest::newRow("inside an email") << "makela@" << liisa;
    QTest::newRow("two words") << "latu liisa" << liisa;
    QTest::newRow("ö is not o") << "öhm" << pekka;
    QTest::newRow("o is not ö") << "ohm" << QStringList();
    QTest::newRow("two characters inside a name") << "hm" << pekka;
    QTest::newRow("one character in both") << "k" << (liisa + pekka);
    QTest::newRow("_ is text") << "_" << pekka;
    QTest::newRow("% is text") << "%" << QStringList();
    QTest::newRow("a quote") << "öh\"" << QStringList();
    QTest::newRow("FTS syntax") << "NEAR(pekka" << QStringList();
    QTest::newRow("a star") << "pek*" << QStringList();
}

void TestPersonSearch::finds()
{
    QFETCH(QString, search);
    QFETCH(QStringList, names);
    QCOMPARE(found(search), names);
}

void TestPersonSearch::indexFollowsWrites()
{
    PersonRepository persons(m_db);
    OrganisationRepository organisations(m_db);
    QString error;
    Organisation o = *organisations.get(m_organisation);
    o.name = QStringLiteral("Saarijärven Hiihtäjät ry");
    QVERIFY2(organisations.update(&o, &error), qPrintable(error));
    QCOMPARE(found(QStringLiteral("nekosk")), QStringList());
    QCOMPARE(found(QStringLiteral("hiihtäj")), QStringList{QStringLiteral("Liisa Mäkelä")});

    const qint64 id = person(QStringLiteral("Ville Nieminen"), QString(), m_organisation);
    Person ville = *persons.get(id);
    ville.email = QStringLiteral("ville@hiihto.example");
    ville.name = QStringLiteral("Ville Niemi");
    QVERIFY2(persons.update(&ville, &error), qPrintable(error));
    QCOMPARE(found(QStringLiteral("nieminen")), QStringList());
    QCOMPARE(found(QStringLiteral("@hiihto")), QStringList{QStringLiteral("Ville Niemi")});

    // The organisation deleted: its persons stay, no longer found by its name.
    QVERIFY2(organisations.remove(m_organisation, &error), qPrintable(error));
    QCOMPARE(found(QStringLiteral("hiihtäj")), QStringList());
    QCOMPARE(found(QStringLiteral("villE")), QStringList{QStringLiteral("Ville Niemi")});
    QVERIFY2(persons.remove(id, &error), qPrintable(error));
    QCOMPARE(found(QStringLiteral("ville")), QStringList());
    QSqlQuery check(m_db);
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO person_name_search (person_name_search, rank)"
                                       " VALUES ('integrity-check', 1)")),
             qPrintable(check.lastError().text()));
}

void TestPersonSearch::countsWhatTheListShows()
{
    for (const QString &search : {QStringLiteral("k"), QStringLiteral("pekka example"),
                                  QStringLiteral("ä"), QStringLiteral("nobody")}) {
        RecordFilter filter;
        filter.search = search;
        QString error;
        ListQuery query = PersonQuery::filtered(filter, QStringLiteral("p.name_sort DESC"));
        const QList<qint64> ids = query.ids(m_db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(query.count(m_db, &error), int(ids.size()));
        query.setRowEstimate(int(ids.size()), int(ids.size()));
        QList<ListRow> rows;
        QVERIFY2(query.fetch(m_db, {}, 256, 0, &rows, &error), qPrintable(error));
        QList<qint64> paged;
        for (const ListRow &row : rows)
            paged.append(row.id);
        QCOMPARE(paged, ids);
    }
}

QTEST_GUILESS_MAIN(TestPersonSearch)
#include "tst_personsearch.moc"
