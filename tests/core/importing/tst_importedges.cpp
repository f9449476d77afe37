// The edges of real files: Excel's "sep=;" line, a title above the header, short rows in
// the rejects file, two encodings in one file, broken UTF-16, and association names that
// differ only in their suffix (ry, r.y., rf), which import matches and `check` lists.
#include "importtestutil.h"

#include "csv/csvreader.h"
#include "stats/registercheck.h"

#include <QBuffer>
#include <QFileInfo>
#include <QTest>

using namespace importtest;

namespace {

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    csv::Reader reader(&file);
    QStringList cells;
    while (reader.readRow(&cells))
        rows.append(cells);
    return rows;
}

} // namespace

class TestImportEdges : public QObject
{
    Q_OBJECT

private slots:
    void sepLineIsHonoured()
    {
        Workspace w;
        QVERIFY(w.create());
        const ImportResult result =
            w.runBytes("sep=;\r\nname;members\r\nA ry;3\r\nB ry;paljon\r\n");
        QVERIFY2(result.ok, qPrintable(describe(result)));
        QVERIFY(result.sepLine);
        QCOMPARE(result.delimiter, QStringLiteral(";"));
        QCOMPARE(result.created, 1);
        QCOMPARE(result.rejected, 1);
        QCOMPARE(result.rejects.first().line, 4); // the file's own line numbers
    }

    void titleAboveTheHeaderIsSkipped()
    {
        Workspace w;
        QVERIFY(w.create());
        const QByteArray file = "Järjestörekisteri 2024;;\r\n;;\r\nNimi;Kunta;Jäsenmäärä\r\n"
                                "A ry;Laukaa;3\r\nB ry;Laukaa;x\r\n";
        const ImportResult result = w.runBytes(file);
        QVERIFY2(result.ok, qPrintable(describe(result)));
        QCOMPARE(result.titleLines, 2);
        QCOMPARE(result.headerLine, 3);
        QCOMPARE(result.created, 1);
        QCOMPARE(result.rejects.first().line, 5);
        const ImportInspection look =
            Importer(w.db()).inspect(w.write(QStringLiteral("t.csv"), file), {});
        QVERIFY(look.ok);
        QVERIFY(look.titleLinesSkipped);
        QCOMPARE(look.dialect.skipLines, 2);
        QCOMPARE(look.headers, (QStringList{"Nimi", "Kunta", "Jäsenmäärä"}));

        // Told there are no title lines, the import is refused and says which row it read.
        ImportOptions options;
        options.detectTitleLines = false;
        const ImportResult refused = w.runBytes(file, options);
        QVERIFY(!refused.ok);
        QVERIFY(refused.headerProblem);
        QCOMPARE(refused.headerLine, 1);
    }

    void reasonUnderItsHeaderForShortAndLongRows()
    {
        Workspace w;
        QVERIFY(w.create());
        ImportOptions options;
        options.rejectsPath = w.path(QStringLiteral("rejects.csv"));
        const ImportResult result = w.runBytes(
            "name,municipality,members\nA ry\nB ry,Laukaa\nC ry,Laukaa,3,extra\nD ry,Laukaa,4\n",
            options);
        QVERIFY2(result.ok, qPrintable(describe(result)));
        QCOMPARE(result.created, 1);
        QCOMPARE(result.rejects.at(0).reason, QStringLiteral("the row has 1 column but the header "
                                                             "has 3."));
        QCOMPARE(result.rejects.at(1).reason, QStringLiteral("the row has 2 columns but the header "
                                                             "has 3."));
        const QList<QStringList> rows = readCsv(options.rejectsPath);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0), (QStringList{"name", "municipality", "members", "Reason"}));
        QCOMPARE(rows.at(1), (QStringList{"A ry", "", "", result.rejects.at(0).reason}));
        QCOMPARE(rows.at(2), (QStringList{"B ry", "Laukaa", "", result.rejects.at(1).reason}));
        QCOMPARE(rows.at(3),
                 (QStringList{"C ry", "Laukaa", "3", result.rejects.at(2).reason, "extra"}));
    }

    void mixedEncodingsAreRefusedNamingTheLine()
    {
        Workspace w;
        QVERIFY(w.create());
        QByteArray file = "nimi;kunta\nPääkaupungin Kävelijät ry;Helsinki\n";
        for (int i = 0; i < 3; ++i)
            file += "Jyväskylän Kävelijät ry;Jyväskylä\n";
        file += "Jämsän Kävelijät ry;J\xE4ms\xE4\n"; // one line from a Windows-1252 file
        const ImportResult result = w.runBytes(file);
        QVERIFY(!result.ok);
        QCOMPARE(result.errorLine, 6);
        QCOMPARE(result.errorColumn, 22);
        QVERIFY2(result.error.contains(QLatin1String("mixes two encodings")),
                 qPrintable(result.error));
        QCOMPARE(count(w.db(), QStringLiteral("organisations")), 0);

        // A file in Windows-1252 throughout is still read as such.
        QByteArray legacy = file;
        legacy.replace("ä", "\xE4");
        const ImportResult read = w.runBytes(legacy);
        QVERIFY2(read.ok, qPrintable(describe(read)));
        QCOMPARE(read.encoding, QStringLiteral("windows-1252"));
        QCOMPARE(read.created, 3); // the three lines of one association are one record
    }

    void loneSurrogateIsAnError()
    {
        Workspace w;
        QVERIFY(w.create());
        const QString text = QStringLiteral("name\nA") + QChar(0xD800) + QStringLiteral("B\n");
        QByteArray bytes("\xFF\xFE");
        for (const QChar c : text)
            bytes.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        const ImportResult result = w.runBytes(bytes);
        QVERIFY(!result.ok);
        QCOMPARE(result.errorLine, 2);
        QCOMPARE(result.errorColumn, 2);
        QCOMPARE(count(w.db(), QStringLiteral("organisations")), 0);
        // A proper pair is a character like any other.
        const QString pair =
            QStringLiteral("name\nA") + QChar(0xD83D) + QChar(0xDE00) + QStringLiteral("B\n");
        QByteArray good("\xFF\xFE");
        for (const QChar c : pair)
            good.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        const ImportResult read = w.runBytes(good);
        QVERIFY2(read.ok, qPrintable(describe(read)));
        QCOMPARE(column(w.db(), QStringLiteral("SELECT name FROM organisations")),
                 QStringList{pair.mid(5, 4)});
    }

    void namesDifferingOnlyInTheSuffixMatch()
    {
        Workspace w;
        QVERIFY(w.create());
        QVERIFY(w.runBytes("nimi;kunta;jäsenmäärä\nÄänekosken Kävelijät ry;Äänekoski;10\n"
                           "Övermarks Ungdomsförening rf;Närpiö;20\n")
                    .ok);
        const ImportResult again =
            w.runBytes("nimi;kunta;jäsenmäärä\nÄänekosken Kävelijät r.y.;Äänekoski;11\n"
                       "ÄÄNEKOSKEN KÄVELIJÄT;Äänekoski;12\n"
                       "Övermarks Ungdomsförening r.f.;Närpiö;21\n"
                       "Äänekosken Kävelijät ry.;Laukaa;5\n"
                       "Äänekosken Kävelijät Seniorit ry;Äänekoski;6\n");
        QVERIFY2(again.ok, qPrintable(describe(again)));
        QCOMPARE(again.updated, 3);
        QCOMPARE(again.created, 2); // another municipality; another name
        for (int i = 0; i < 3; ++i)
            QCOMPARE(again.outcomes.at(i).matchedBy, QStringLiteral("name"));
        QCOMPARE(count(w.db(), QStringLiteral("organisations")), 4);
        // --on-match update: the file wins, the name as the last row wrote it too.
        QCOMPARE(column(w.db(), QStringLiteral("SELECT name || ' ' || members FROM organisations "
                                               "WHERE home_municipality = '992' ORDER BY id")),
                 (QStringList{"ÄÄNEKOSKEN KÄVELIJÄT 12", "Äänekosken Kävelijät Seniorit ry 6"}));
    }

    void unknownValueGetsASuggestion()
    {
        Workspace w;
        QVERIFY(w.create());
        const ImportResult result = w.runBytes("name;sectors\nA ry;Liikunta\nB ry;Eläkeläiset\n"
                                               "C ry;Kuvataide\n");
        QVERIFY2(result.ok, qPrintable(describe(result)));
        QCOMPARE(result.rejected, 3);
        QVERIFY2(result.rejects.at(0).reason.endsWith(
                     QStringLiteral("Did you mean “Liikunta ja urheilu”?")),
                 qPrintable(result.rejects.at(0).reason));
        QVERIFY2(result.rejects.at(1).reason.endsWith(
                     QStringLiteral("Did you mean “Eläkeläiset ja ikäihmiset”?")),
                 qPrintable(result.rejects.at(1).reason));
        QVERIFY(!result.rejects.at(2).reason.contains(QLatin1String("Did you mean")));
    }

    void unknownMunicipalityGetsASuggestion()
    {
        // The town's own name for itself, no ä, a letter left out, the common abbreviation;
        // then a word that is no municipality's, and "Jkl" among two that it abbreviates
        // (Jyväskylä, Janakkala) decided by the home region, Keski-Suomi.
        Workspace w;
        QVERIFY(w.create());
        const ImportResult result =
            w.runBytes("name;municipality\nA ry;Jyväskylän kaupunki\nB ry;Jyvaskyla\nC ry;Muurme\n"
                       "D ry;Jkl\nE ry;Kuvataide\nF ry;Laukaan kunta\n");
        QVERIFY2(result.ok, qPrintable(describe(result)));
        QCOMPARE(result.rejected, 6);
        const QStringList expected{"Jyväskylä", "Jyväskylä", "Muurame", "Jyväskylä", "", "Laukaa"};
        for (int i = 0; i < expected.size(); ++i) {
            const QString reason = result.rejects.at(i).reason;
            QVERIFY2(reason.contains(QLatin1String("is not a municipality of Finland")),
                     qPrintable(reason));
            if (expected.at(i).isEmpty())
                QVERIFY2(!reason.contains(QLatin1String("Did you mean")), qPrintable(reason));
            else
                QVERIFY2(reason.endsWith(QStringLiteral("Did you mean “%1”?").arg(expected.at(i))),
                         qPrintable(reason));
        }
    }

    // The user said what the file's own words mean: "Liikunta" is the sector "Liikunta ja
    // urheilu", "Kuvataide" is left out, "Jkl" is Jyväskylä. The value map is
    // saved with the columns and the next file with the same headers imports the same way.
    void valueMapIsAppliedAndSaved()
    {
        Workspace w;
        QVERIFY(w.create());
        const QString file =
            w.write(QStringLiteral("kysely.csv"),
                    "Nimi;Toimiala;Kunta\nA ry;Liikunta;Jkl\n"
                    "B ry;Eläkeläiset|liikunta ;Jyväskylä\nC ry;Kuvataide;Laukaa\n");
        Importer importer(w.db());
        const ImportInspection look = importer.inspect(file, {});
        QVERIFY2(look.ok, qPrintable(look.error));
        ImportOptions options;
        options.mapping = look.suggested;
        QCOMPARE(options.mapping.keys(), QStringList({"name", "sectors", "municipality"}));
        QList<qint64> progress;
        ImportControl control;
        control.progress = [&progress](qint64 done, qint64) { progress.append(done); };
        const UnknownValues found = importer.unknownValues(file, options, control);
        QVERIFY2(found.ok, qPrintable(found.error));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast(), QFileInfo(file).size());
        const QList<UnknownValue> &unknown = found.values;
        QStringList seen;
        for (const UnknownValue &value : unknown)
            seen.append(QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(value.key, value.header, value.value)
                            .arg(value.rows)
                            .arg(value.suggestion));
        QCOMPARE(seen, QStringList({"sectors|Toimiala|Liikunta|2|Liikunta ja urheilu",
                                    "municipality|Kunta|Jkl|1|179",
                                    "sectors|Toimiala|Eläkeläiset|1|Eläkeläiset ja ikäihmiset",
                                    "sectors|Toimiala|Kuvataide|1|"}));

        for (const UnknownValue &value : unknown)
            options.mapping.setValue(value.key, value.value, value.suggestion);
        options.mapping.setValue(QStringLiteral("municipality"), QStringLiteral("JKL"),
                                 QStringLiteral("179"));
        const UnknownValues none = importer.unknownValues(file, options);
        QVERIFY(none.ok);
        QVERIFY(none.values.isEmpty());
        QString error;
        QVERIFY2(MappingStore(w.db()).save(QStringLiteral("Kysely"), fields::Entity::Organisations,
                                           options.mapping, &error),
                 qPrintable(error));
        QVERIFY(w.reopen());
        const QList<SavedMapping> saved =
            MappingStore(w.db()).forHeaders(fields::Entity::Organisations, look.headers);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().mapping, options.mapping);

        // No mapping given: the saved one for these headers is used, values and all.
        const ImportResult result = w.run(file);
        QVERIFY2(result.ok && result.rejected == 0, qPrintable(describe(result)));
        QCOMPARE(result.mappingName, QStringLiteral("Kysely"));
        QCOMPARE(
            column(w.db(), QStringLiteral(
                               "SELECT o.name || '|' || o.home_municipality || '|' || "
                               "ifnull((SELECT group_concat(s.name_fi, ',') FROM (SELECT s.name_fi "
                               "FROM organisation_sectors os JOIN sectors s ON s.id = os.sector_id "
                               "WHERE os.organisation_id = o.id ORDER BY s.name_fi) s), '') "
                               "FROM organisations o ORDER BY o.name")),
            QStringList({"A ry|179|Liikunta ja urheilu",
                         "B ry|179|Eläkeläiset ja ikäihmiset,Liikunta ja urheilu", "C ry|410|"}));
    }

    // A mapping saved before values were mapped is a plain object header -> key; it still
    // loads, with no values, and saving it again writes the current form.
    void mappingSavedInTheOldFormLoads()
    {
        Workspace w;
        QVERIFY(w.create());
        const QStringList headers{"Nimi", "Toimiala"};
        QSqlQuery insert(w.db());
        insert.prepare(QStringLiteral(
            "INSERT INTO import_mappings (name, what, header_signature, mapping, created_at, "
            "updated_at) VALUES ('Vanha', 'organisations', ?, "
            "'{\"Nimi\":\"name\",\"Toimiala\":\"sectors\"}', '2024-01-01T00:00:00Z', "
            "'2024-01-01T00:00:00Z')"));
        insert.addBindValue(ColumnMapping::signature(headers));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QList<SavedMapping> saved =
            MappingStore(w.db()).forHeaders(fields::Entity::Organisations, headers);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().mapping.keys(), QStringList({"name", "sectors"}));
        QVERIFY(saved.first().mapping.values().isEmpty());

        ColumnMapping mapping = saved.first().mapping;
        mapping.setValue(QStringLiteral("sectors"), QStringLiteral(" Liikunta "),
                         QStringLiteral("Liikunta ja urheilu"));
        QString error;
        QVERIFY2(MappingStore(w.db()).save(QStringLiteral("Vanha"), fields::Entity::Organisations,
                                           mapping, &error),
                 qPrintable(error));
        QCOMPARE(column(w.db(), QStringLiteral("SELECT mapping FROM import_mappings")),
                 QStringList({"{\"columns\":{\"Nimi\":\"name\",\"Toimiala\":\"sectors\"},"
                              "\"values\":{\"sectors\":{\"liikunta\":\"Liikunta ja urheilu\"}}}"}));
        saved = MappingStore(w.db()).forHeaders(fields::Entity::Organisations, headers);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().mapping, mapping);
    }

    void checkListsNearDuplicates()
    {
        Workspace w;
        QVERIFY(w.create());
        ImportOptions options;
        options.onMatch = MatchPolicy::Create;
        QVERIFY(w.runBytes("nimi;kunta\nÄänekosken Kävelijät ry;Äänekoski\n"
                           "Äänekosken Kävelijät r.y.;Äänekoski\n"
                           "Äänekosken Kävelijät;Laukaa\n",
                           options)
                    .ok);
        const CheckReport report = RegisterCheck::run(w.db());
        QStringList duplicates;
        for (const CheckFinding &finding : report.findings) {
            if (finding.field == QLatin1String("name"))
                duplicates.append(finding.message);
        }
        QCOMPARE(duplicates,
                 QStringList{QStringLiteral("“Äänekosken Kävelijät r.y.” and organisation 1 "
                                            "“Äänekosken Kävelijät ry” in the same municipality "
                                            "have the same name, the association suffix (ry, "
                                            "r.y., rf) aside: a duplicate?")});
    }
};

QTEST_GUILESS_MAIN(TestImportEdges)
#include "tst_importedges.moc"
