// The search index follows every write and finds Finnish letters in either case.
#include "search/searchhits.h"
#include "search/searchindex.h"
#include "storage/register.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kartoitus;

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchExpression_data();
    void matchExpression();
    void repeatedWordsAreOneTerm();
    void finds_data();
    void finds();
    void followsEdits();
    void bulkSuspendAndRebuild();
    void workerConnectionFollowsToo();
    void excerptOfAHighlight_data();
    void excerptOfAHighlight();
    void hitsSayWhereTheWordsAre();

private:
    QStringList search(const QString &text);
    qint64 insertOrganisation(const QString &name, const QString &municipality);

    QTemporaryDir m_dir;
    Register m_register;
};

qint64 TestSearchIndex::insertOrganisation(const QString &name, const QString &municipality)
{
    QSqlQuery q(m_register.database());
    q.prepare(QStringLiteral("INSERT INTO organisations (uuid, name, name_sort, home_municipality, "
                             "business_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(name);
    q.addBindValue(name.toLower());
    q.addBindValue(municipality);
    q.addBindValue(QStringLiteral("2077474-0"));
    q.addBindValue(currentTimestamp());
    q.addBindValue(currentTimestamp());
    if (!q.exec())
        return -1;
    return q.lastInsertId().toLongLong();
}

void TestSearchIndex::initTestCase()
{
    QVERIFY(m_register.create(m_dir.filePath(QStringLiteral("s.kartoitus"))).ok());
    QVERIFY(insertOrganisation(QStringLiteral("Äänekosken Eläkeläiset ry"), QStringLiteral("992")) >
            0);
    QVERIFY(insertOrganisation(QStringLiteral("Jyväskylän Seudun Mielenterveysseura"),
                               QStringLiteral("179")) > 0);
    QVERIFY(insertOrganisation(QStringLiteral("Åbo Svenska Föreningen"), QStringLiteral("853")) >
            0);
}

QStringList TestSearchIndex::search(const QString &text)
{
    QSqlQuery q(m_register.database());
    q.prepare(QStringLiteral("SELECT o.name FROM organisation_search s JOIN organisations o ON "
                             "o.id = s.rowid WHERE organisation_search MATCH ? ORDER BY o.name"));
    q.addBindValue(SearchIndex::matchExpression(text));
    QStringList names;
    if (q.exec()) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

void TestSearchIndex::matchExpression_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expression");
    QTest::newRow("one word") << "jyv"
                              << "\"jyv\"*";
    QTest::newRow("two words") << "jyv  mielen"
                               << "\"jyv\"* AND \"mielen\"*";
    QTest::newRow("quotes and operators are words") << "\"a\" OR b*"
                                                    << "\"a\"* AND \"OR\"* AND \"b\"*";
    QTest::newRow("nothing") << " - "
                             << "";
    QTest::newRow("a repeated word once") << "jyv Jyv JYV jyv"
                                          << "\"jyv\"*";
    QTest::newRow("a word that begins a later one") << "j jyv mi mielen"
                                                    << "\"jyv\"* AND \"mielen\"*";
    QTest::newRow("a word that begins an earlier one") << "mielen jyv mi j"
                                                       << "\"mielen\"* AND \"jyv\"*";
    QTest::newRow("ä does not begin a") << "a ää"
                                        << "\"a\"* AND \"ää\"*";
}

// Text pasted into the search box (here 5,000 words) costs no more than a few words typed:
// each term is an index lookup, so the number of terms is what bounds the time.
void TestSearchIndex::repeatedWordsAreOneTerm()
{
    const QString repeated = QStringLiteral("t ").repeated(5000);
    QCOMPARE(SearchIndex::terms(repeated), QStringList{QStringLiteral("t")});
    QCOMPARE(SearchIndex::matchExpression(repeated), QStringLiteral("\"t\"*"));
    QCOMPARE(search(repeated), search(QStringLiteral("t")));
    QCOMPARE(search(QStringLiteral("jyv ").repeated(5000) + QStringLiteral("miel")),
             QStringList{QStringLiteral("Jyväskylän Seudun Mielenterveysseura")});

    QStringList distinct;
    for (int i = 0; i < 5000; ++i)
        distinct.append(QStringLiteral("w%1x").arg(i));
    const QStringList terms = SearchIndex::terms(distinct.join(QLatin1Char(' ')));
    QCOMPARE(terms.size(), qsizetype(SearchIndex::MaxTerms));
    QCOMPARE(terms, distinct.mid(0, SearchIndex::MaxTerms));
}

void TestSearchIndex::matchExpression()
{
    QFETCH(QString, typed);
    QFETCH(QString, expression);
    QCOMPARE(SearchIndex::matchExpression(typed), expression);
}

void TestSearchIndex::finds_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    const QString aane = QStringLiteral("Äänekosken Eläkeläiset ry");
    const QString jkl = QStringLiteral("Jyväskylän Seudun Mielenterveysseura");
    const QString abo = QStringLiteral("Åbo Svenska Föreningen");
    QTest::newRow("ä lower case") << "ääne" << QStringList{aane};
    QTest::newRow("Ä upper case") << "ÄÄNEKOSKEN" << QStringList{aane};
    QTest::newRow("å either case") << "åbo" << QStringList{abo};
    QTest::newRow("Å upper") << "ÅBO" << QStringList{abo};
    QTest::newRow("ö inside a word") << "FÖRE" << QStringList{abo};
    QTest::newRow("ä is not a") << "aane" << QStringList{};
    QTest::newRow("municipality name") << "jyväskylä" << QStringList{jkl};
    QTest::newRow("two words narrow") << "jyv miel" << QStringList{jkl};
    QTest::newRow("business ID") << "2077474-0" << QStringList{abo, jkl, aane};
}

void TestSearchIndex::finds()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    QStringList found = search(typed);
    std::sort(expected.begin(), expected.end());
    QCOMPARE(found, expected);
}

void TestSearchIndex::followsEdits()
{
    const qint64 id = insertOrganisation(QStringLiteral("Muuramen Latu"), QStringLiteral("500"));
    QCOMPARE(search(QStringLiteral("muuram")), QStringList{QStringLiteral("Muuramen Latu")});
    QSqlQuery q(m_register.database());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE organisations SET name = 'Toivakan Latu' WHERE id = %1").arg(id)));
    QCOMPARE(search(QStringLiteral("latu")), QStringList{QStringLiteral("Toivakan Latu")});
    QVERIFY(q.exec(QStringLiteral("INSERT INTO organisation_sectors VALUES (%1, 8, 1)").arg(id)));
    QCOMPARE(search(QStringLiteral("urheilu")), QStringList{QStringLiteral("Toivakan Latu")});
    QVERIFY(q.exec(QStringLiteral("DELETE FROM organisations WHERE id = %1").arg(id)));
    QVERIFY(search(QStringLiteral("latu")).isEmpty());
    QCOMPARE(SearchIndex::staleRows(m_register.database(), nullptr), 0);
}

void TestSearchIndex::bulkSuspendAndRebuild()
{
    qint64 id = 0;
    {
        SearchIndexSuspension suspension(m_register.database());
        id = insertOrganisation(QStringLiteral("Keuruun Kuoro"), QStringLiteral("249"));
        QVERIFY(search(QStringLiteral("kuoro")).isEmpty());
        QCOMPARE(SearchIndex::staleRows(m_register.database(), nullptr), 1);
    }
    QVERIFY(SearchIndex::reindex(m_register.database(), {id}, nullptr));
    QCOMPARE(search(QStringLiteral("kuoro")), QStringList{QStringLiteral("Keuruun Kuoro")});
    QVERIFY(SearchIndex::rebuild(m_register.database(), nullptr));
    QCOMPARE(SearchIndex::staleRows(m_register.database(), nullptr), 0);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
// A worker thread (an import, say) writes through its own connection; the window's
// search must still find what it wrote.
void TestSearchIndex::workerConnectionFollowsToo()
{
    OpenResult opened;
    bool inserted = false;
    QThread *worker = QThread::create([&] {
        Register other;
        opened = other.openAnother(m_register);
        if (!opened.ok())
            return;
        QSqlQuery q(other.database());
        inserted = q.exec(QStringLiteral(
            "INSERT INTO organisations (uuid, name, name_sort, home_municipality, created_at, "
            "updated_at) VALUES ('w-1', 'Säynätsalon Työväenyhdistys', 'säynätsalon', '179', "
            "'2026-11-29T10:00:00Z', '2026-11-29T10:00:00Z')"));
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(inserted);
    QCOMPARE(search(QStringLiteral("SÄYNÄT")),
             QStringList{QStringLiteral("Säynätsalon Työväenyhdistys")});
}

void TestSearchIndex::excerptOfAHighlight_data()
{
    QTest::addColumn<QString>("highlighted"); // [ and ] stand for the markers
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("excerpt");
    QTest::newRow("one word") << "[Laukaa]" << QStringList{"Laukaa"} << "Laukaa";
    QTest::newRow("start and end cut")
        << "Kuntosaliopastus Tuolijumppa [Kävelykerho] Matalan kynnyksen salivuoro Senioritanssit "
           "Luontoretki"
        << QStringList{"Kävelykerho"}
        << "… Tuolijumppa Kävelykerho Matalan kynnyksen salivuoro "
           "Senioritanssit …";
    QTest::newRow("punctuation stays out of the word")
        << "Tervetuloa! Liikuntaa [kaikenikäisille], myös [Laukaassa]."
        << QStringList{"kaikenikäisille", "Laukaassa"}
        << "… Liikuntaa kaikenikäisille, myös Laukaassa.";
    QTest::newRow("a word found twice is one word")
        << "[Latu] ja [latu]" << QStringList{"Latu"} << "Latu ja latu";
}

void TestSearchIndex::excerptOfAHighlight()
{
    QFETCH(QString, highlighted);
    QFETCH(QStringList, words);
    QFETCH(QString, excerpt);
    highlighted.replace(QLatin1Char('['), QChar(1)).replace(QLatin1Char(']'), QChar(2));
    const SearchHit hit =
        SearchHits::fromHighlight(SearchHit::Field::Activities, highlighted, QChar(1), QChar(2));
    QCOMPARE(hit.words, words);
    QCOMPARE(hit.excerpt, excerpt);
}

void TestSearchIndex::hitsSayWhereTheWordsAre()
{
    // An organisation of Jyväskylä that runs a walking group in Laukaa as well.
    const qint64 id =
        insertOrganisation(QStringLiteral("Vaajakosken Kuntoilijat"), QStringLiteral("179"));
    QVERIFY(id > 0);
    QSqlQuery q(m_register.database());
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO organisation_municipalities VALUES (%1, '410')").arg(id)));
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO activities (uuid, organisation_id, name, name_sort, "
                              "created_at, updated_at) VALUES ('a-hits', %1, "
                              "'Sauvakävelyryhmä', 'sauvakävelyryhmä', '2026-01-01', '2026-01-01')")
                   .arg(id)));
    const qint64 other =
        insertOrganisation(QStringLiteral("Laukaan Sauvakävelijät"), QStringLiteral("410"));

    RecordFilter filter;
    filter.search = QStringLiteral("sauvakäv");
    QString error;
    QHash<qint64, QList<SearchHit>> hits =
        SearchHits::of(m_register.database(), filter, {id, other}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(hits.value(id).size(), 1);
    QCOMPARE(hits.value(id).first().field, SearchHit::Field::Activities);
    QCOMPARE(hits.value(id).first().words, QStringList{QStringLiteral("Sauvakävelyryhmä")});
    QCOMPARE(hits.value(other).size(), 1);
    QCOMPARE(hits.value(other).first().field, SearchHit::Field::Name);

    // Listed under Laukaa: the one at home there needs no word, the other serves it.
    filter.search.clear();
    filter.municipalities = {QStringLiteral("410")};
    hits = SearchHits::of(m_register.database(), filter, {id, other}, &error);
    QCOMPARE(hits.value(id).size(), 1);
    QCOMPARE(hits.value(id).first().field, SearchHit::Field::Served);
    QCOMPARE(hits.value(id).first().words, QStringList{QStringLiteral("Laukaa")});
    QVERIFY(!hits.contains(other));

    QVERIFY(q.exec(
        QStringLiteral("DELETE FROM organisations WHERE id IN (%1, %2)").arg(id).arg(other)));
}

#include "tst_searchindex.moc"
