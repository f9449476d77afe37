// kartoitus-cli import as a script sees it: counts that `stats` confirms, a dry run and a
// refused file that leave the register byte-identical, rejected rows saved to a file,
// the JSON summary's keys, usage errors, and export → import → export round trips that
// give the same bytes.
#include "clitestutil.h"

#include "repositories/mappingstore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace clitest;

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void helpListsImport();
    void usageErrors_data();
    void usageErrors();

    void importIntoNewRegister();
    void importIntoDemoRegister();
    void plainOutputListsRejects();
    void jsonSummary();
    void dryRunChangesNothing();
    void rejectsFile();
    void dialectOptions();
    void onMatchPolicies();
    void savedValueMap();

    void refusedFiles_data();
    void refusedFiles();

    void roundTrip_data();
    void roundTrip();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString fixture(const QString &name) const
    {
        return QStringLiteral(KARTOITUS_TEST_DATA "/import/") + name;
    }
    QString newRegister(const QString &name, const char *command = "init");
    QJsonObject stats(const QString &file);
    qint64 count(const QString &file, const char *table) const;
    QJsonObject importJson(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCliImport::newRegister(const QString &name, const char *command)
{
    const QString file = path(name);
    const Run run = runCli({QLatin1String(command), file});
    if (run.exitCode != 0)
        qWarning("%s failed: %s", command, run.err.constData());
    return file;
}

QJsonObject TestCliImport::stats(const QString &file)
{
    const Run run = runCli({QStringLiteral("stats"), file, QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("stats failed: %s", run.err.constData());
    return parseJsonObject(run.out).value(QStringLiteral("counts")).toObject();
}

qint64 TestCliImport::count(const QString &file, const char *table) const
{
    const Run run = runCli({QStringLiteral("stats"), file, QStringLiteral("--json")});
    return qint64(parseJsonObject(run.out)
                      .value(QStringLiteral("counts"))
                      .toObject()
                      .value(QLatin1String(table))
                      .toDouble(-1));
}

// Runs `import ... --json` and checks that it succeeded with JSON alone on stdout.
QJsonObject TestCliImport::importJson(const QStringList &arguments)
{
    const Run run = runCli(QStringList{QStringLiteral("import")} + arguments +
                           QStringList{QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("import failed (%d): %s", run.exitCode, run.err.constData());
    return parseJsonObject(run.out);
}

void TestCliImport::helpListsImport()
{
    const Run all = runCli({QStringLiteral("--help")});
    QVERIFY(all.outText().contains(QStringLiteral("\n  import ")));
    const Run run = runCli({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().startsWith(
        QStringLiteral("Usage: kartoitus-cli import [options] FILE SOURCE")));
    for (const char *option : {"--what", "--encoding", "--delimiter", "--skip-lines", "--on-match",
                               "--rejects", "--dry-run", "--json", "Exit codes"})
        QVERIFY2(run.outText().contains(QLatin1String(option)), option);
}

void TestCliImport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no csv") << QStringList{"x.kartoitus"} << "Missing argument: SOURCE.";
    QTest::newRow("what") << QStringList{"x.kartoitus", "a.csv", "--what", "cats"}
                          << "Unknown --what \"cats\"";
    QTest::newRow("encoding") << QStringList{"x.kartoitus", "a.csv", "--encoding", "ebcdic"}
                              << "Unknown --encoding \"ebcdic\"";
    QTest::newRow("delimiter") << QStringList{"x.kartoitus", "a.csv", "--delimiter", "::"}
                               << "Unknown --delimiter \"::\"";
    QTest::newRow("skip-lines") << QStringList{"x.kartoitus", "a.csv", "--skip-lines", "many"}
                                << "--skip-lines needs a whole number";
    QTest::newRow("on-match") << QStringList{"x.kartoitus", "a.csv", "--on-match", "merge"}
                              << "Unknown --on-match \"merge\"";
    QTest::newRow("unknown option")
        << QStringList{"x.kartoitus", "a.csv", "--force"} << "Unknown option 'force'.";
}

void TestCliImport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QStringList absolute{QStringLiteral("import")};
    for (const QString &argument : arguments)
        absolute << (argument.contains(QLatin1Char('.')) ? path(argument) : argument);
    const Run run = runCli(absolute);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    QVERIFY(run.out.isEmpty());
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestCliImport::importIntoNewRegister()
{
    const QString file = newRegister(QStringLiteral("new.kartoitus"));
    QCOMPARE(count(file, "organisations"), 0);
    const QJsonObject summary =
        importJson({file, fixture(QStringLiteral("organisations-windows1252.csv"))});
    QCOMPARE(summary.value(QStringLiteral("created")).toInt(), 4);
    QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1252"));
    QCOMPARE(summary.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(count(file, "organisations"), 4);
    // The search index was written with the rows: Finnish letters find them.
    const Run search = runCli({QStringLiteral("search"), file, QStringLiteral("kööri")});
    QCOMPARE(search.exitCode, 0);
    QVERIFY2(search.outText().contains(QStringLiteral("Jyväskylän Kööri ry")),
             search.out.constData());
}

void TestCliImport::importIntoDemoRegister()
{
    const QString file = newRegister(QStringLiteral("demo.kartoitus"), "demo");
    const QJsonObject before = stats(file);
    QVERIFY(before.value(QStringLiteral("organisations")).toInt() > 0);
    const QJsonObject summary =
        importJson({file, fixture(QStringLiteral("organisations-bad-rows.csv"))});
    QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 3);
    const int created = summary.value(QStringLiteral("created")).toInt();
    const int updated = summary.value(QStringLiteral("updated")).toInt();
    QCOMPARE(created + updated + summary.value(QStringLiteral("unchanged")).toInt(), 2);
    const QJsonObject after = stats(file);
    QCOMPARE(after.value(QStringLiteral("organisations")).toInt(),
             before.value(QStringLiteral("organisations")).toInt() + created);
    QVERIFY(created > 0);
}

void TestCliImport::plainOutputListsRejects()
{
    const QString file = newRegister(QStringLiteral("plain.kartoitus"));
    const Run run = runCli(
        {QStringLiteral("import"), file, fixture(QStringLiteral("organisations-bad-rows.csv"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(QStringLiteral("2 created")), run.out.constData());
    QVERIFY(run.outText().contains(QStringLiteral("3 rejected")));
    const QStringList lines = run.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("line 3: ")), run.err.constData());
    QVERIFY(lines.at(1).startsWith(QStringLiteral("line 4: ")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("line 5: ")));

    // Many rejects: the first 20 on stderr, then how many more.
    QByteArray many("name,members\n");
    for (int i = 0; i < 25; ++i)
        many += "Laskematon " + QByteArray::number(i) + " ry,paljon\n";
    writeFile(path(QStringLiteral("many.csv")), many);
    const Run more = runCli({QStringLiteral("import"), file, path(QStringLiteral("many.csv"))});
    QCOMPARE(more.exitCode, 0);
    const QStringList messages = more.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(messages.size(), 21);
    QVERIFY(messages.at(19).startsWith(QStringLiteral("line 21: ")));
    QCOMPARE(messages.at(20), QStringLiteral("... and 5 more rejected rows."));
}

void TestCliImport::jsonSummary()
{
    const QString file = newRegister(QStringLiteral("json.kartoitus"));
    const Run run =
        runCli({QStringLiteral("import"), file,
                fixture(QStringLiteral("organisations-bad-rows.csv")), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject summary = parseJsonObject(run.out);
    for (const char *key : {"created", "updated", "unchanged", "skipped", "rejected"})
        QVERIFY2(summary.value(QLatin1String(key)).isDouble(), key);
    QCOMPARE(summary.value(QStringLiteral("what")).toString(), QStringLiteral("organisations"));
    QCOMPARE(summary.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-8"));
    QCOMPARE(summary.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
    QCOMPARE(summary.value(QStringLiteral("dry_run")), QJsonValue(false));
    QCOMPARE(summary.value(QStringLiteral("on_match")).toString(), QStringLiteral("update"));
    QVERIFY(summary.value(QStringLiteral("rejects_path")).isNull());
    const QJsonArray rows = summary.value(QStringLiteral("rejected_rows")).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    QVERIFY(rows.at(0)
                .toObject()
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QStringLiteral("business_id")));
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("line")).toInt(), 5);
    const QJsonArray mapping = summary.value(QStringLiteral("mapping")).toArray();
    QCOMPARE(mapping.size(), 4);
    QCOMPARE(mapping.at(1).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("business_id"));
}

void TestCliImport::dryRunChangesNothing()
{
    const QString file = newRegister(QStringLiteral("dry.kartoitus"), "demo");
    const QByteArray before = fileBytes(file);
    const QJsonObject summary =
        importJson({file, fixture(QStringLiteral("organisations-windows1252.csv")),
                    QStringLiteral("--dry-run")});
    QCOMPARE(summary.value(QStringLiteral("dry_run")), QJsonValue(true));
    QCOMPARE(summary.value(QStringLiteral("created")).toInt() +
                 summary.value(QStringLiteral("updated")).toInt(),
             4);
    QCOMPARE(fileBytes(file), before);
    const Run plain = runCli({QStringLiteral("import"), file,
                              fixture(QStringLiteral("organisations-windows1252.csv")),
                              QStringLiteral("--dry-run")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.outText().startsWith(QStringLiteral("Dry run, nothing was written")));
    QCOMPARE(fileBytes(file), before);
}

// The wizard saved what this file's own words mean with its columns; the command line
// imports a file with the same headers the same way.
void TestCliImport::savedValueMap()
{
    const QString file = newRegister(QStringLiteral("values.kartoitus"));
    const QString csv = path(QStringLiteral("kysely.csv"));
    writeFile(csv, "Nimi;Toimiala\nA ry;Liikunta\nB ry;Kuvataide|Eläkeläiset\n");
    {
        kartoitus::Register reg;
        QVERIFY(reg.open(file).ok());
        kartoitus::importing::ColumnMapping mapping({"Nimi", "Toimiala"}, {"name", "sectors"});
        mapping.setValue(QStringLiteral("sectors"), QStringLiteral("liikunta"),
                         QStringLiteral("Liikunta ja urheilu"));
        mapping.setValue(QStringLiteral("sectors"), QStringLiteral("Kuvataide"), QString());
        mapping.setValue(QStringLiteral("sectors"), QStringLiteral("Eläkeläiset"),
                         QStringLiteral("Eläkeläiset ja ikäihmiset"));
        QString error;
        QVERIFY2(kartoitus::importing::MappingStore(reg.database())
                     .save(QStringLiteral("Kysely"), kartoitus::fields::Entity::Organisations,
                           mapping, &error),
                 qPrintable(error));
        reg.close();
    }
    const QJsonObject summary = importJson({file, csv});
    QCOMPARE(summary.value(QStringLiteral("created")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 0);
    kartoitus::Register reg;
    QVERIFY(reg.open(file).ok());
    QSqlQuery query(reg.database());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT o.name || '|' || s.name_fi FROM organisation_sectors os JOIN organisations o "
        "ON o.id = os.organisation_id JOIN sectors s ON s.id = os.sector_id ORDER BY 1")));
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString());
    QCOMPARE(rows, QStringList({"A ry|Liikunta ja urheilu", "B ry|Eläkeläiset ja ikäihmiset"}));
}

void TestCliImport::rejectsFile()
{
    const QString file = newRegister(QStringLiteral("rejects.kartoitus"));
    const QString rejects = path(QStringLiteral("rejects.csv"));
    const Run run = runCli({QStringLiteral("import"), file,
                            fixture(QStringLiteral("organisations-bad-rows.csv")),
                            QStringLiteral("--rejects"), rejects, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    // Nothing but the summary: no stray warning from writing the rejects file.
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject summary = parseJsonObject(run.out);
    QCOMPARE(summary.value(QStringLiteral("rejects_path")).toString(),
             QFileInfo(rejects).absoluteFilePath());
    const QStringList lines =
        QString::fromUtf8(fileBytes(rejects))
            .split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("name,business_id,municipality,members,Reason"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Väärä Tunnus ry,2077474-1,Jyväskylä,5,")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("Laskematon ry,,Laukaa,paljon,")));
    // The reason stays under "Reason" also for a row with a cell too many, which follows it.
    QVERIFY(lines.at(3).startsWith(QStringLiteral("Liikaa Sarakkeita ry,,Laukaa,3,the row has 5 "
                                                  "columns but the header has 4.")));
    QVERIFY(lines.at(3).endsWith(QStringLiteral(",ylimääräinen")));
    // The rejected rows import once corrected; the reason column is ignored.
    QByteArray fixed = fileBytes(rejects);
    fixed.replace("2077474-1", "2077474-0").replace("paljon", "12").replace(",ylimääräinen", "");
    writeFile(path(QStringLiteral("fixed.csv")), fixed);
    const QJsonObject again = importJson({file, path(QStringLiteral("fixed.csv"))});
    QCOMPARE(again.value(QStringLiteral("rejected")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("created")).toInt(), 3);
    // A clean import leaves no temporary file behind and does not write the rejects file.
    QVERIFY(QFile::remove(rejects));
    importJson({file, fixture(QStringLiteral("organisations-windows1252.csv")),
                QStringLiteral("--rejects"), rejects});
    QVERIFY(!QFile::exists(rejects));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestCliImport::dialectOptions()
{
    const QString file = newRegister(QStringLiteral("dialect.kartoitus"));
    const QString csv = path(QStringLiteral("titled.csv"));
    writeFile(csv, "Yhdistykset 2025\nLähde: kunta\nnimi|kunta|jäsenmäärä\n"
                   "Laukaan Lukijat ry|Laukaa|12\nUuraisten Urheilijat ry|Uurainen|30\n");
    const QJsonObject summary =
        importJson({file, csv, QStringLiteral("--skip-lines"), QStringLiteral("2"),
                    QStringLiteral("--delimiter"), QStringLiteral("|"),
                    QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    QCOMPARE(summary.value(QStringLiteral("created")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("delimiter")).toString(), QStringLiteral("|"));
    QCOMPARE(summary.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-8"));
    // Windows-1252 bytes read as UTF-8 on request are an error naming the place, not mojibake.
    const QByteArray before = fileBytes(file);
    const Run run = runCli({QStringLiteral("import"), file,
                            fixture(QStringLiteral("organisations-windows1252.csv")),
                            QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(QStringLiteral("Line 1")), run.err.constData());
    QCOMPARE(fileBytes(file), before);
}

void TestCliImport::onMatchPolicies()
{
    const QString file = newRegister(QStringLiteral("match.kartoitus"));
    const QString csv = fixture(QStringLiteral("organisations-windows1252.csv"));
    QCOMPARE(importJson({file, csv}).value(QStringLiteral("created")).toInt(), 4);
    const QJsonObject again = importJson({file, csv});
    QCOMPARE(again.value(QStringLiteral("created")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("unchanged")).toInt(), 4);
    const QJsonObject skip =
        importJson({file, csv, QStringLiteral("--on-match"), QStringLiteral("skip")});
    QCOMPARE(skip.value(QStringLiteral("skipped")).toInt(), 4);
    QCOMPARE(skip.value(QStringLiteral("on_match")).toString(), QStringLiteral("skip"));
    const QJsonObject create =
        importJson({file, csv, QStringLiteral("--on-match"), QStringLiteral("create")});
    QCOMPARE(create.value(QStringLiteral("created")).toInt(), 4);
    QCOMPARE(count(file, "organisations"), 8);
}

void TestCliImport::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QByteArray binary("name,members\nA ry,1\n");
    binary += QByteArray("\x7f"
                         "ELF\x02\x01\x01\x00\x00\x00",
                         10);
    QTest::newRow("binary") << binary << "Line 3, column 8: a NUL byte" << 3 << 8;
    QTest::newRow("unclosed quote")
        << QByteArray("name,description\nA ry,ok\nB ry,\"never closed\nC ry,x\n")
        << "Line 3, column 6: the quoted field that starts here is never closed" << 3 << 6;
    QTest::newRow("header only") << QByteArray("name,members\n") << "no rows" << 0 << 0;
    QTest::newRow("empty") << QByteArray() << "no header" << 0 << 0;
    QTest::newRow("no name column") << QByteArray("kunta,jäsenmäärä\nLaukaa,3\n")
                                    << "The header row was read from line 1. If the real header "
                                       "is further down, skip the lines above it with "
                                       "--skip-lines N."
                                    << 1 << 0;
    QTest::newRow("lone surrogate")
        << QByteArray("\xFF\xFEn\0a\0m\0e\0\n\0A\0\x00\xD8"
                      "B\0\n\0",
                      20)
        << "Line 2, column 2: a character here is not valid UTF-16" << 2 << 2;
    QTest::newRow("mixed encodings")
        << QByteArray("name,city\nPääkaupungin ry,Helsinki\nKöö ry,J\xE4ms\xE4\n")
        << "Line 3, column 9: the bytes here are not valid UTF-8, while other lines" << 3 << 9;
}

void TestCliImport::refusedFiles()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    const QString file = newRegister(QStringLiteral("refused.kartoitus"), "demo");
    const QString input = path(QStringLiteral("input.csv"));
    writeFile(input, csv);
    const QString rejects = path(QStringLiteral("rejects.csv"));
    writeFile(rejects, "an earlier file\n");
    const QByteArray before = fileBytes(file);
    const Run run = runCli({QStringLiteral("import"), file, input, QStringLiteral("--rejects"),
                            rejects, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
    // --json prints JSON on a refused file too: the message, the file's name, where.
    const QJsonObject refusal = parseJsonObject(run.out);
    QVERIFY2(refusal.value(QStringLiteral("error")).toString().contains(message),
             run.out.constData());
    QVERIFY(refusal.value(QStringLiteral("error")).toString().startsWith(u"input.csv: "));
    QCOMPARE(refusal.value(QStringLiteral("file")).toString(), QStringLiteral("input.csv"));
    QCOMPARE(refusal.value(QStringLiteral("line")).toInt(), line);
    QCOMPARE(refusal.value(QStringLiteral("column")).toInt(), column);
    QVERIFY(!run.errText().contains(m_dir->path()));
    QVERIFY2(run.errText().startsWith(QStringLiteral("input.csv: ")), run.err.constData());
    QVERIFY(run.errText().endsWith(QStringLiteral("Nothing was written to the register.\n")));
    QVERIFY2(run.errText().contains(message), run.err.constData());
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(fileBytes(rejects), QByteArray("an earlier file\n"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
}

void TestCliImport::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << "csv";
    QTest::newRow("csv-excel") << "csv-excel";
}

// export --headers keys → import into an empty register → export again: the same bytes
// for organisations, persons and activities. The order is the one that creates every
// record in the order it had: organisations first without their contact persons (those
// would be created before the persons file, so two persons of the same name could be
// listed the other way round), then persons, activities, and the organisations again
// with their contact persons, matched by id.
void TestCliImport::roundTrip()
{
    QFETCH(QString, format);
    const QString demo = newRegister(QStringLiteral("demo.kartoitus"), "demo");
    const QString copy = newRegister(QStringLiteral("copy.kartoitus"));
    const auto exportTo = [&](const QString &file, const QString &what, const QString &out,
                              bool personal) {
        QStringList arguments{QStringLiteral("export"),
                              file,
                              out,
                              QStringLiteral("--what"),
                              what,
                              QStringLiteral("--format"),
                              format,
                              QStringLiteral("--headers"),
                              QStringLiteral("keys")};
        if (personal)
            arguments << QStringLiteral("--include-personal-data");
        const Run run = runCli(arguments);
        if (run.exitCode != 0)
            qWarning("export failed: %s", run.err.constData());
        return run.exitCode == 0;
    };
    const QStringList order{QStringLiteral("organisations"), QStringLiteral("persons"),
                            QStringLiteral("activities"), QStringLiteral("organisations")};
    for (int i = 0; i < order.size(); ++i) {
        const QString first = path(QStringLiteral("%1-%2.csv").arg(order.at(i)).arg(i));
        QVERIFY(exportTo(demo, order.at(i), first, i > 0));
        const QJsonObject summary =
            importJson({copy, first, QStringLiteral("--what"), order.at(i)});
        QVERIFY2(summary.value(QStringLiteral("rejected")).toInt() == 0 &&
                     summary.value(QStringLiteral("created")).toInt() > (i < 3 ? 0 : -1),
                 QJsonDocument(summary).toJson().constData());
    }
    for (const QString &what : order.mid(0, 3)) {
        const QString first = path(what + QStringLiteral("-demo.csv"));
        const QString second = path(what + QStringLiteral("-copy.csv"));
        QVERIFY(exportTo(demo, what, first, true) && exportTo(copy, what, second, true));
        const QByteArray expected = fileBytes(first);
        QVERIFY(expected.count('\n') > 10);
        QVERIFY2(fileBytes(second) == expected, qPrintable(what));
    }
    // Networks and surveys are not what CSV carries; everything CSV carries is there.
    const QJsonObject demoCounts = stats(demo);
    const QJsonObject copyCounts = stats(copy);
    for (const char *key :
         {"organisations", "organisations_active", "activities", "hyte_activities",
          "activities_open_for_referral", "persons", "persons_with_consent", "liaison_persons"})
        QVERIFY2(copyCounts.value(QLatin1String(key)) == demoCounts.value(QLatin1String(key)), key);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
