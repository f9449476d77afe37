// Columns and cells as users' files write them: headers in Finnish, Swedish and English
// found without help, a mapping saved this year offered for next year's file, several
// values in one cell, Finnish numbers, municipalities by name or (old) code, and codes
// whose leading zeros a spreadsheet dropped.
#include "importtestutil.h"

#include "fields/fieldvalues.h"
#include "repositories/mappingstore.h"

#include <QScopeGuard>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace importtest;
using fields::Entity;

class TestImportValues : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void headersMapAutomatically_data();
    void headersMapAutomatically();
    void swedishFileImports();
    void fieldNamedTwiceTakesTheFirstColumn();
    void savedMappingIsOfferedAgain();
    void savedMappingIsOnlyForTheSameColumns();
    void mappingFollowsHeadersNotPositions();
    void mappingProblemsStopBeforeWriting();
    void multiValueCells();
    void primarySectorOnlyWhenNamed();
    void freeTextIsKeptAsWritten();
    void counts_data();
    void counts();
    void municipalities_data();
    void municipalities();
    void codesGetTheirLeadingZerosBack_data();
    void codesGetTheirLeadingZerosBack();
    void wordsOfEnumeratedFields();
    void displayValuesImportBack();
    void neutralisedFormulasAreRestored();

private:
    // Imports one organisation with `header` = `cell`; its stored `sql` value, or the
    // reason the row was rejected prefixed with "rejected: ".
    QString importCell(const QString &header, const QString &cell, const QString &sql);

    std::unique_ptr<Workspace> m_space;
};

void TestImportValues::init()
{
    m_space = std::make_unique<Workspace>();
    QVERIFY(m_space->create());
}

QString TestImportValues::importCell(const QString &header, const QString &cell, const QString &sql)
{
    const QByteArray csv = "Nimi;" + header.toUtf8() + "\r\nSolu ry;" + cell.toUtf8() + "\r\n";
    const ImportResult result = m_space->runBytes(csv);
    if (!result.ok)
        return QStringLiteral("failed: ") + result.error;
    if (result.rejected > 0)
        return QStringLiteral("rejected: ") + result.rejects.value(0).reason;
    return column(m_space->db(), sql).join(QLatin1String(", "));
}

void TestImportValues::headersMapAutomatically_data()
{
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("key");
    const struct
    {
        Entity entity;
        const char *key;
        const char *headers; // Finnish | Swedish | English | key | odd spellings
    } cases[] = {
        {Entity::Organisations, "name",
         "Järjestön nimi|Yhdistyksen nimi|Föreningens namn|Organisation name|Name|name"},
        {Entity::Organisations, "business_id",
         "Y-tunnus|ytunnus|  Y-TUNNUS |FO-nummer|Business ID|business_id"},
        {Entity::Organisations, "register_number",
         "Yhdistysrekisterinumero|Rek.nro|Registernummer|Register number|register_number"},
        {Entity::Organisations, "municipality",
         "Kotikunta|Kotipaikka|Hemkommun|Home municipality|Municipality|municipality"},
        {Entity::Organisations, "municipalities_served",
         "Toimintakunnat|Verksamhetskommuner|Municipalities served|municipalities_served"},
        {Entity::Organisations, "sectors", "Toimialat|Branscher|Sectors|sectors"},
        {Entity::Organisations, "postal_code",
         "Postinumero|Postnummer|Postal code|postal_code|ZIP"},
        {Entity::Organisations, "city", "Postitoimipaikka|Postort|City|city"},
        {Entity::Organisations, "email", "Sähköposti|E-post|E-mail|Email|email"},
        {Entity::Organisations, "members", "Jäsenmäärä|Antal medlemmar|Members|members"},
        {Entity::Organisations, "founded_year",
         "Perustamisvuosi|Grundår|Founded|Year founded|founded_year"},
        {Entity::Organisations, "contact_person",
         "Yhteyshenkilö|Kontaktperson|Contact person|contact_person"},
        {Entity::Organisations, "id", "ID|id|uuid|Tunniste"},
        {Entity::Activities, "organisation",
         "Järjestö|Järjestäjä|Arrangör|Organisation|organisation"},
        {Entity::Activities, "name", "Toiminnan nimi|Verksamhetens namn|Name|name"},
        {Entity::Activities, "themes", "Teemat|Teman|Themes|themes"},
        {Entity::Activities, "open_for_referral",
         "Avoin palveluohjaukselle|Öppen för hänvisning|Open for referral|open_for_referral"},
        {Entity::Persons, "publish_consent",
         "Julkaisulupa|Publiceringstillstånd|Publish consent|publish_consent"},
        {Entity::Persons, "municipality", "Kunta|Kommun|Municipality|municipality"},
        {Entity::Organisations, "", "Lisätieto|Vapaa sana|Kommentti nro 2|"},
    };
    for (const auto &c : cases) {
        for (const QString &header : QString::fromUtf8(c.headers).split(QLatin1Char('|'))) {
            const QString tag =
                fields::FieldCatalogue::entityKey(c.entity) + QLatin1Char(' ') + header;
            QTest::newRow(qPrintable(tag)) << c.entity << header << QString::fromLatin1(c.key);
        }
    }
}

void TestImportValues::headersMapAutomatically()
{
    QFETCH(Entity, entity);
    QFETCH(QString, header);
    QFETCH(QString, key);
    QCOMPARE(ColumnMapping::automatic(entity, {header}).key(0), key);
}

void TestImportValues::swedishFileImports()
{
    const QByteArray csv = "Föreningens namn;FO-nummer;Hemkommun;Postort;Antal medlemmar;"
                           "Verksamhetskommuner\r\n"
                           "Jakobstads Svenska Marthaförening rf;0221704-3;Pietarsaari;Jakobstad;"
                           "1 240;Pietarsaari, Uusikaarlepyy\r\n";
    const ImportResult result = m_space->runBytes(csv);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.created, 1);
    QCOMPARE(column(m_space->db(),
                    QStringLiteral("SELECT name || '|' || business_id || '|' || "
                                   "home_municipality || '|' || post_office || '|' || members "
                                   "FROM organisations")),
             QStringList{"Jakobstads Svenska Marthaförening rf|0221704-3|598|Jakobstad|1240"});
    QCOMPARE(column(m_space->db(), QStringLiteral("SELECT municipality_code FROM "
                                                  "organisation_municipalities ORDER BY 1")),
             QStringList({"598", "893"}));
}

void TestImportValues::fieldNamedTwiceTakesTheFirstColumn()
{
    const ColumnMapping mapping =
        ColumnMapping::automatic(Entity::Organisations, {"Nimi", "Sähköposti", "Name", "Email"});
    QCOMPARE(mapping.keys(), QStringList({"name", "email", "", ""}));
    const ImportResult result = m_space->runBytes(
        "Nimi;Sähköposti;Name;Email\r\nOikea ry;oikea@example.org;Väärä ry;vaara@example.org\r\n");
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(
        column(m_space->db(), QStringLiteral("SELECT name || ' ' || email FROM organisations")),
        QStringList{"Oikea ry oikea@example.org"});
}

// This year the user told the program what "Lisätieto" and "Vapaa sana" hold and saved
// it; next year's file has the same columns (spelled a little differently) and imports
// the same way without asking.
void TestImportValues::savedMappingIsOfferedAgain()
{
    const QString thisYear = m_space->write(
        QStringLiteral("2024.csv"),
        "Yhdistys;Kotipaikka;Lisätieto;Vapaa sana\r\nLatu ry;Laukaa;talkoot;hiihtoa\r\n");
    Importer importer(m_space->db());
    const ImportInspection first = importer.inspect(thisYear, {});
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(first.saved.isEmpty());
    QCOMPARE(first.suggested.keys(), QStringList({"name", "municipality", "", ""}));
    ColumnMapping mapping = first.suggested;
    mapping.setKey(2, QStringLiteral("notes"));
    mapping.setKey(3, QStringLiteral("description"));
    QString error;
    QVERIFY2(MappingStore(m_space->db())
                 .save(QStringLiteral("Vuosikysely"), Entity::Organisations, mapping, &error),
             qPrintable(error));

    const QString nextYear = m_space->write(
        QStringLiteral("2025.csv"),
        "YHDISTYS;kotipaikka;Lisätieto ;Vapaa  sana\r\nKuoro ry;Muurame;nuotit;laulua\r\n");
    const ImportInspection look = importer.inspect(nextYear, {});
    QVERIFY2(look.ok, qPrintable(look.error));
    QCOMPARE(look.saved.size(), 1);
    QCOMPARE(look.saved[0].name, QStringLiteral("Vuosikysely"));
    QCOMPARE(look.suggested.headers(), look.headers);
    QCOMPARE(look.suggested.keys(), QStringList({"name", "municipality", "notes", "description"}));
    QCOMPARE(look.automatic.keys(), QStringList({"name", "municipality", "", ""}));

    const ImportResult result = m_space->run(nextYear);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.mappingName, QStringLiteral("Vuosikysely"));
    QCOMPARE(column(m_space->db(), QStringLiteral("SELECT name || '|' || home_municipality || '|' "
                                                  "|| notes || '|' || description FROM "
                                                  "organisations")),
             QStringList{"Kuoro ry|500|nuotit|laulua"});
}

void TestImportValues::savedMappingIsOnlyForTheSameColumns()
{
    const ColumnMapping mapping({"Yhdistys", "Lisätieto"}, {"name", "notes"});
    QVERIFY(MappingStore(m_space->db())
                .save(QStringLiteral("Kysely"), Entity::Organisations, mapping, nullptr));
    Importer importer(m_space->db());
    // Another column besides: not the same file.
    const ImportInspection other =
        importer.inspect(m_space->write(QStringLiteral("other.csv"),
                                        "Yhdistys;Lisätieto;Kunta\r\nA ry;x;Laukaa\r\n"),
                         {});
    QVERIFY(other.saved.isEmpty());
    QCOMPARE(other.suggested, other.automatic);
    // The same columns, but persons are imported: the organisations' mapping is not theirs.
    ImportOptions persons;
    persons.entity = Entity::Persons;
    const ImportInspection forPersons = importer.inspect(
        m_space->write(QStringLiteral("same.csv"), "Yhdistys;Lisätieto\r\nA ry;x\r\n"), persons);
    QVERIFY(forPersons.saved.isEmpty());
}

// A mapping made for one file applies by header name to a file whose columns come in
// another order.
void TestImportValues::mappingFollowsHeadersNotPositions()
{
    ImportOptions options;
    options.mapping = ColumnMapping({"Yhdistys", "Lisätieto", "Kunta"}, {"name", "notes", ""});
    const ImportResult result =
        m_space->runBytes("Kunta;Lisätieto;Yhdistys\r\nLaukaa;talkoot;Latu ry\r\n", options);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.mapping.keys(), QStringList({"", "notes", "name"}));
    QCOMPARE(column(m_space->db(), QStringLiteral("SELECT name || '|' || notes || '|' || "
                                                  "coalesce(home_municipality, '-') FROM "
                                                  "organisations")),
             QStringList{"Latu ry|talkoot|-"});
}

void TestImportValues::mappingProblemsStopBeforeWriting()
{
    ImportOptions options;
    options.mapping = ColumnMapping({"A", "B"}, {"name", "shoe_size"});
    const QByteArray before = m_space->closedBytes();
    const ImportResult unknown = m_space->runBytes("A;B\r\nLatu ry;42\r\n", options);
    QVERIFY(!unknown.ok);
    QVERIFY2(unknown.error.contains(QLatin1String("\"shoe_size\"")), qPrintable(unknown.error));

    ImportOptions activities;
    activities.entity = Entity::Activities;
    const ImportResult noOrganisation =
        m_space->runBytes("Toiminnan nimi\r\nKävelyryhmä\r\n", activities);
    QVERIFY(!noOrganisation.ok);
    QVERIFY2(noOrganisation.error.contains(QLatin1String("\"Organisation\"")),
             qPrintable(noOrganisation.error));
    QCOMPARE(m_space->closedBytes(), before);
}

void TestImportValues::multiValueCells()
{
    const QByteArray csv = "Nimi;Toimintakunnat;Toimialat;Päätoimiala;Kohderyhmät\r\n"
                           "Latu ry;Jyväskylä; Laukaa|MUURAME, 077 ,laukaa|410;"
                           "Kulttuuri; nuoriso|Muu;Nuoriso;\"Lapset, Nuoret\"\r\n";
    // The `;` inside the served municipalities is a delimiter of this file; the cell is
    // quoted in the next row, as a spreadsheet writes it.
    const QByteArray quoted = "Nimi;Toimintakunnat;Toimialat;Päätoimiala;Kohderyhmät\r\n"
                              "Latu ry;\"Jyväskylä; Laukaa|MUURAME, 077 ,laukaa|410\";"
                              "\"Kulttuuri; nuoriso|Muu\";Nuoriso;\"Lapset, Nuoret\"\r\n";
    QCOMPARE(m_space->runBytes(csv).rejected, 1); // too many cells: a clear reject
    const ImportResult result = m_space->runBytes(quoted);
    QVERIFY2(result.ok && result.created == 1, qPrintable(describe(result)));
    const QSqlDatabase db = m_space->db();
    QCOMPARE(column(db, QStringLiteral("SELECT municipality_code FROM organisation_municipalities "
                                       "ORDER BY 1")),
             QStringList({"077", "179", "410", "500"}));
    QCOMPARE(column(db, QStringLiteral("SELECT s.name_fi || ' ' || os.is_primary FROM "
                                       "organisation_sectors os JOIN sectors s ON s.id = "
                                       "os.sector_id ORDER BY s.name_fi")),
             QStringList({"Kulttuuri 0", "Muu 0", "Nuoriso 1"}));
    QCOMPARE(column(db, QStringLiteral("SELECT t.name_fi FROM organisation_target_groups ot JOIN "
                                       "target_groups t ON t.id = ot.target_group_id ORDER BY 1")),
             QStringList({"Lapset", "Nuoret"}));
}

// The first sector listed is not the primary one unless a column says so; a file
// without that column leaves the record's primary sector as it was.
void TestImportValues::primarySectorOnlyWhenNamed()
{
    const QString primaries = QStringLiteral(
        "SELECT o.name || ': ' || (SELECT group_concat(x, ', ') FROM (SELECT s.name_fi || '=' "
        "|| os.is_primary AS x FROM organisation_sectors os JOIN sectors s ON s.id = "
        "os.sector_id WHERE os.organisation_id = o.id ORDER BY s.name_fi)) FROM organisations o "
        "ORDER BY o.id");
    ImportResult result = m_space->runBytes("Nimi;Toimialat;Päätoimiala\r\n"
                                            "A ry;Kulttuuri, Muu;\r\n"
                                            "B ry;Kulttuuri, Muu;Muu\r\n"
                                            "C ry;Kulttuuri;Nuoriso\r\n");
    QVERIFY2(result.ok && result.created == 3, qPrintable(describe(result)));
    result = m_space->runBytes("Nimi;Toimialat\r\nD ry;Kulttuuri, Muu\r\n");
    QVERIFY2(result.ok && result.created == 1, qPrintable(describe(result)));
    QStringList expected{"A ry: Kulttuuri=0, Muu=0", "B ry: Kulttuuri=0, Muu=1",
                         "C ry: Kulttuuri=0, Nuoriso=1", "D ry: Kulttuuri=0, Muu=0"};
    QCOMPARE(column(m_space->db(), primaries), expected);

    // Sectors in another order, without the primary column: nothing changes.
    result = m_space->runBytes("Nimi;Toimialat\r\nB ry;Muu, Kulttuuri\r\n");
    QCOMPARE(result.unchanged, 1);
    // Only the primary column: the other sectors stay.
    result = m_space->runBytes("Nimi;Päätoimiala\r\nC ry;Kulttuuri\r\n");
    QCOMPARE(result.updated, 1);
    expected[2] = QStringLiteral("C ry: Kulttuuri=1, Nuoriso=0");
    QCOMPARE(column(m_space->db(), primaries), expected);
}

void TestImportValues::freeTextIsKeptAsWritten()
{
    const QByteArray csv = "Nimi;Kuvaus;Lisätiedot;Postitoimipaikka\r\n"
                           "  Väli   Lyönnit  ry ;\"\tSisennetty\";\"\r\nAlkaa rivinvaihdolla\";"
                           " \r\n";
    const ImportResult result = m_space->runBytes(csv);
    QVERIFY2(result.ok && result.created == 1, qPrintable(describe(result)));
    QCOMPARE(column(m_space->db(), QStringLiteral("SELECT name || '|' || description || '|' || "
                                                  "notes || '|' || coalesce(post_office, "
                                                  "'NULL') FROM organisations")),
             QStringList{"Väli Lyönnit ry|\tSisennetty|\r\nAlkaa rivinvaihdolla|NULL"});
}

void TestImportValues::counts_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("stored"); // or the start of the reject reason
    QTest::newRow("plain") << "1240"
                           << "1240";
    QTest::newRow("space thousands") << "1 240"
                                     << "1240";
    QTest::newRow("no-break space thousands") << "1\u00A0240"
                                              << "1240";
    QTest::newRow("dot thousands") << "1.240"
                                   << "1240";
    QTest::newRow("millions") << "1 240 000"
                              << "1240000";
    QTest::newRow("decimal comma, whole") << "12,0"
                                          << "12";
    QTest::newRow("thousands and decimal comma") << "1.240,00"
                                                 << "1240";
    QTest::newRow("zero") << "0"
                          << "0";
    QTest::newRow("decimal comma, not whole") << "12,5"
                                              << "rejected: column \"Jäsenmäärä\"";
    QTest::newRow("negative") << "-3"
                              << "rejected: column \"Jäsenmäärä\"";
    QTest::newRow("words") << "noin 40"
                           << "rejected: column \"Jäsenmäärä\"";
    QTest::newRow("two numbers") << "12 40"
                                 << "rejected: column \"Jäsenmäärä\"";
}

void TestImportValues::counts()
{
    QFETCH(QString, cell);
    QFETCH(QString, stored);
    const QString actual = importCell(QStringLiteral("Jäsenmäärä"), cell,
                                      QStringLiteral("SELECT members FROM organisations"));
    QVERIFY2(actual.startsWith(stored), qPrintable(actual));
    if (!stored.startsWith(QLatin1String("rejected")))
        QCOMPARE(actual, stored);
}

void TestImportValues::municipalities_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("code");
    QTest::newRow("name") << "Jyväskylä"
                          << "179";
    QTest::newRow("capitals") << "JYVÄSKYLÄ"
                              << "179";
    QTest::newRow("small letters and spaces") << "  jyväskylä "
                                              << "179";
    QTest::newRow("code") << "179"
                          << "179";
    QTest::newRow("code without its zero") << "77"
                                           << "077";
    QTest::newRow("code without two zeros") << "9"
                                            << "009";
    QTest::newRow("merged away: Korpilahti") << "Korpilahti"
                                             << "179";
    QTest::newRow("merged away: 277") << "277"
                                      << "179";
    QTest::newRow("merged away: Jämsänkoski") << "183"
                                              << "182";
    QTest::newRow("merged away: Suolahti") << "suolahti"
                                           << "992";
    QTest::newRow("moved to another region: Kuhmoinen") << "Kuhmoinen"
                                                        << "291";
    QTest::newRow("no such municipality") << "Ankkalinna"
                                          << "rejected: column \"Kotikunta\"";
    QTest::newRow("no such code") << "998"
                                  << "rejected: column \"Kotikunta\"";
}

void TestImportValues::municipalities()
{
    QFETCH(QString, cell);
    QFETCH(QString, code);
    const QString actual = importCell(QStringLiteral("Kotikunta"), cell,
                                      QStringLiteral("SELECT home_municipality FROM "
                                                     "organisations"));
    QVERIFY2(actual.startsWith(code), qPrintable(actual));
    if (!code.startsWith(QLatin1String("rejected")))
        QCOMPARE(actual, code);
}

void TestImportValues::codesGetTheirLeadingZerosBack_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("stored");
    QTest::newRow("postal code 00100 as a number") << "Postinumero"
                                                   << "100"
                                                   << "00100";
    QTest::newRow("postal code 04400 as a number") << "Postinumero"
                                                   << "4400"
                                                   << "04400";
    QTest::newRow("postal code as written") << "Postinumero"
                                            << "40100"
                                            << "40100";
    QTest::newRow("postal code too long") << "Postinumero"
                                          << "401000"
                                          << "rejected: column \"Postinumero\"";
    QTest::newRow("business id without its zero") << "Y-tunnus"
                                                  << "166094-0"
                                                  << "0166094-0";
    QTest::newRow("register number with a dot") << "Rekisterinumero"
                                                << "192.130"
                                                << "192130";
    QTest::newRow("register number with a space") << "Rekisterinumero"
                                                  << "192 130"
                                                  << "192130";
    QTest::newRow("register number bare") << "Rekisterinumero"
                                          << "192130"
                                          << "192130";
}

void TestImportValues::codesGetTheirLeadingZerosBack()
{
    QFETCH(QString, header);
    QFETCH(QString, cell);
    QFETCH(QString, stored);
    const QString column = header == QLatin1String("Postinumero") ? QStringLiteral("postal_code")
                           : header == QLatin1String("Y-tunnus")
                               ? QStringLiteral("business_id")
                               : QStringLiteral("register_number");
    const QString actual =
        importCell(header, cell, QStringLiteral("SELECT %1 FROM organisations").arg(column));
    QVERIFY2(actual.startsWith(stored), qPrintable(actual));
    if (!stored.startsWith(QLatin1String("rejected")))
        QCOMPARE(actual, stored);
}

void TestImportValues::wordsOfEnumeratedFields()
{
    const QByteArray csv = "Nimi;Tila;Oikeudellinen muoto\r\n"
                           "A ry;toimiva;ry\r\n"
                           "B ry;Lakannut;Rekisteröity yhdistys\r\n"
                           "C stiftelse;vilande;Stiftelse\r\n"
                           "D ry;;\r\n"
                           "E ry;ehkä;\r\n";
    const ImportResult result = m_space->runBytes(csv);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.created, 4);
    QCOMPARE(result.rejected, 1);
    QVERIFY2(result.rejects[0].reason.contains(QLatin1String("column \"Tila\"")),
             qPrintable(result.rejects[0].reason));
    QCOMPARE(column(m_space->db(),
                    QStringLiteral("SELECT o.status || ' ' || coalesce(lf.code, '-') FROM "
                                   "organisations o LEFT JOIN legal_forms lf ON lf.id = "
                                   "o.legal_form_id ORDER BY o.name")),
             QStringList({"active ry", "dissolved ry", "dormant foundation", "active -"}));
}

// The list, the reports and the CLI show the field catalogue's display values ("Toimiva"
// for active); a file that copies them from the screen imports as the values they show.
// No word stands for two values of one field.
void TestImportValues::displayValuesImportBack()
{
    using fields::FieldKind;
    using fields::FieldValues;
    QTranslator finnish;
    QVERIFY(finnish.load(QLocale(QLocale::Finnish, QLocale::Finland), QStringLiteral("kartoitus"),
                         QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&finnish);
    const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&finnish); });
    QCOMPARE(FieldValues::label(FieldKind::Status, QStringLiteral("active")),
             QStringLiteral("Toimiva"));
    for (const FieldKind kind : {FieldKind::Status, FieldKind::PlaceType, FieldKind::Cost}) {
        QSet<QString> words;
        for (const fields::FieldValue &value : FieldValues::of(kind)) {
            const QString key = QLatin1String(value.key);
            QCOMPARE(FieldValues::keyOf(kind, FieldValues::label(kind, key).toUpper()), key);
            QCOMPARE(FieldValues::keyOf(kind, QStringLiteral(" %1 ").arg(key)), key);
            for (const QString &word : QString::fromUtf8(value.words).split(QLatin1Char('|'))) {
                QVERIFY2(!words.contains(word), qPrintable(word));
                words.insert(word);
            }
        }
    }
    QByteArray csv = "Nimi;Tila\r\n";
    const QStringList statuses = {QStringLiteral("active"), QStringLiteral("dormant"),
                                  QStringLiteral("dissolved")};
    for (const QString &status : statuses)
        csv += QStringLiteral("%1 ry;%2\r\n")
                   .arg(status, FieldValues::label(FieldKind::Status, status))
                   .toUtf8();
    const ImportResult result = m_space->runBytes(csv);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.created, 3);
    QCOMPARE(
        column(m_space->db(), QStringLiteral("SELECT status FROM organisations ORDER BY name")),
        QStringList({"active", "dissolved", "dormant"}));
}

// What the program's own Excel preset wrote: the apostrophe it put in front is taken off
// again, and only that one.
void TestImportValues::neutralisedFormulasAreRestored()
{
    const QByteArray csv = "Nimi;Kuvaus\r\n"
                           "'=SUM(A1:A9);'+358 40 123 4567\r\n"
                           "'-Miinus ry;'@mention\r\n"
                           "''=Jo suojattu;'Lainaus'\r\n";
    const ImportResult result = m_space->runBytes(csv);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(column(m_space->db(),
                    QStringLiteral("SELECT name || ' | ' || description FROM organisations ORDER "
                                   "BY id")),
             QStringList({"=SUM(A1:A9) | +358 40 123 4567", "-Miinus ry | @mention",
                          "'=Jo suojattu | 'Lainaus'"}));
}

QTEST_GUILESS_MAIN(TestImportValues)
#include "tst_importvalues.moc"
