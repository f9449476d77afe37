// kartoitus-cli as a user and a script see it: exit codes 0/1/2, messages on stderr,
// refused files left byte-identical, JSON that parses, and search that finds what the
// window's search box finds.
#include "clitestutil.h"

#include "fields/fieldvalues.h"
#include "repositories/organisationquery.h"

#include <QJsonArray>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace clitest;
using namespace kartoitus;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void version();
    void helpListsCommands();
    void commandHelp();
    void usageErrors_data();
    void usageErrors();
    void finnishLocaleTranslates();

    void initCreatesEmptyRegister();
    void initRefusesExistingFile();

    void refusedFiles_data();
    void refusedFiles();
    void readOnlyRegister_data();
    void readOnlyRegister();

    void searchFindsFinnishLetters_data();
    void searchFindsFinnishLetters();
    void searchOrderIsTheWindowsOrder();
    void searchLimit();
    void searchPlainOutputIsAligned();

    void checkFindsIntegrityErrors();
    void checkWarningsAloneSucceed();
    void demoRegister();
    void demoSearchIgnoresCaseOfFinnishLetters();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void makeSearchRegister(const QString &file);
    void makeFixture(const QString &kind, const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::version()
{
    const Run run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outText(), QStringLiteral("kartoitus-cli " KARTOITUS_VERSION "\n"));
}

void TestCli::helpListsCommands()
{
    const Run run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *command : {"init", "demo", "search", "check", "stats"})
        QVERIFY2(run.outText().contains(
                     QRegularExpression(QStringLiteral("^  %1 ").arg(QLatin1String(command)),
                                        QRegularExpression::MultilineOption)),
                 command);
}

void TestCli::commandHelp()
{
    const Run run = runCli({QStringLiteral("search"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().startsWith(
        QStringLiteral("Usage: kartoitus-cli search [options] FILE QUERY")));
    QVERIFY(run.outText().contains(QStringLiteral("--limit")));
    QVERIFY(run.err.isEmpty());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << "No command given.";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "Unknown command: frobnicate.";
    QTest::newRow("init without file") << QStringList{"init"} << "Missing argument: FILE.";
    QTest::newRow("demo without file") << QStringList{"demo"} << "Missing argument: FILE.";
    QTest::newRow("stats without file")
        << QStringList{"stats", "--json"} << "Missing argument: FILE.";
    QTest::newRow("check without file") << QStringList{"check"} << "Missing argument: FILE.";
    QTest::newRow("search without query")
        << QStringList{"search", "x.kartoitus"} << "Missing argument: QUERY.";
    QTest::newRow("extra argument")
        << QStringList{"init", "a.kartoitus", "b.kartoitus"} << "Unexpected argument: ";
    QTest::newRow("unknown option")
        << QStringList{"stats", "x.kartoitus", "--frob"} << "Unknown option 'frob'.";
    QTest::newRow("bad limit") << QStringList{"search", "x.kartoitus", "a", "--limit", "many"}
                               << "--limit needs a whole number";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // Run inside the temporary folder's path so a wrongly accepted command could not
    // create anything elsewhere; nothing may be created at all.
    QStringList absolute;
    for (const QString &argument : arguments)
        absolute << (argument.endsWith(QLatin1String(".kartoitus")) ? path(argument) : argument);
    const Run run = runCli(absolute);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    QVERIFY(run.out.isEmpty());
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestCli::finnishLocaleTranslates()
{
    // The application's own Finnish strings come later from the translators; Qt's own
    // messages show that a Finnish locale loads translations at all.
    if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                       QStringLiteral("/qtbase_fi.qm")))
        QSKIP("Qt's Finnish translations (qt6-translations-l10n) are not installed");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("fi_FI.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("fi_FI.UTF-8"));
    const Run run = runCli(
        {QStringLiteral("stats"), path(QStringLiteral("x.kartoitus")), QStringLiteral("--frob")},
        environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("Tuntematon valitsin")),
             qPrintable(run.errText()));
}

void TestCli::initCreatesEmptyRegister()
{
    const QString file = path(QStringLiteral("new.kartoitus"));
    const Run run = runCli({QStringLiteral("init"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    Register reg;
    QVERIFY(reg.open(file).ok());
    QSqlQuery query(reg.database());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM organisations), (SELECT count(*) FROM sectors)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(query.value(1).toInt(), 13); // the default sectors of the domain
}

void TestCli::initRefusesExistingFile()
{
    const QString file = path(QStringLiteral("notes.kartoitus"));
    writeFile(file, "my notes, not a register\n");
    const Run run = runCli({QStringLiteral("init"), file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errText().contains(QStringLiteral("already exists")));
    QCOMPARE(fileBytes(file), QByteArray("my notes, not a register\n"));
}

void TestCli::makeFixture(const QString &kind, const QString &file)
{
    if (kind == QLatin1String("text")) {
        writeFile(file, "name;municipality\r\nÄänekosken Latu ry;Äänekoski\r\n");
    } else if (kind == QLatin1String("foreign")) {
        makeRawDatabase(file, {QStringLiteral("CREATE TABLE notes (id INTEGER, body TEXT)"),
                               QStringLiteral("INSERT INTO notes VALUES (1, 'hello')")});
    } else if (kind == QLatin1String("newer")) {
        {
            Register reg;
            QVERIFY(reg.create(file).ok());
        }
        makeRawDatabase(file, {QStringLiteral("PRAGMA user_version = 999")});
    } else if (kind == QLatin1String("unversioned")) {
        // Our application id on a file Kartoitus did not write: a read command must not
        // migrate it (it would add the register's tables to it).
        makeRawDatabase(
            file,
            {QStringLiteral("PRAGMA application_id = %1").arg(qint32(Register::ApplicationId)),
             QStringLiteral("CREATE TABLE foo (a)")});
    } else if (kind == QLatin1String("missing")) {
        return;
    }
}

void TestCli::refusedFiles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("arguments"); // FILE is appended after the command name
    QTest::addColumn<QString>("message");
    const QList<QPair<QString, QString>> fixtures{
        {QStringLiteral("text"), QStringLiteral("is not a Kartoitus register")},
        {QStringLiteral("foreign"), QStringLiteral("another application")},
        {QStringLiteral("newer"), QStringLiteral("newer version of Kartoitus")},
        {QStringLiteral("unversioned"), QStringLiteral("no register version")},
        {QStringLiteral("missing"), QStringLiteral("does not exist")},
    };
    const QList<QStringList> commands{
        {QStringLiteral("stats")},
        {QStringLiteral("stats"), QStringLiteral("--json")},
        {QStringLiteral("check")},
        {QStringLiteral("check"), QStringLiteral("--json")},
        {QStringLiteral("search"), QStringLiteral("ääne")},
        {QStringLiteral("search"), QStringLiteral("ääne"), QStringLiteral("--json")},
    };
    for (const auto &fixture : fixtures) {
        for (const QStringList &command : commands)
            QTest::addRow("%s %s", qPrintable(command.join(QLatin1Char(' '))),
                          qPrintable(fixture.first))
                << fixture.first << command << fixture.second;
    }
    // demo and init never overwrite: any existing file is refused.
    for (const QString &fixture :
         {QStringLiteral("text"), QStringLiteral("foreign"), QStringLiteral("newer")}) {
        for (const QString &command : {QStringLiteral("demo"), QStringLiteral("init")})
            QTest::addRow("%s %s", qPrintable(command), qPrintable(fixture))
                << fixture << QStringList{command} << QStringLiteral("already exists");
    }
}

void TestCli::refusedFiles()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("input.kartoitus"));
    makeFixture(fixture, file);
    const QByteArray before = fileBytes(file);
    const QStringList entriesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    QStringList fullArguments = arguments;
    fullArguments.insert(1, file);
    const Run run = runCli(fullArguments);

    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    if (arguments.contains(QStringLiteral("--json"))) {
        // --json always prints JSON: the refusal as {"error": ...}, never a result.
        const QJsonObject refusal = parseJsonObject(run.out);
        QVERIFY2(refusal.value(QStringLiteral("error")).toString().contains(message),
                 run.out.constData());
        QCOMPARE(refusal.size(), 1);
    } else {
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), entriesBefore);
}

void TestCli::readOnlyRegister_data()
{
    QTest::addColumn<bool>("folder");
    QTest::newRow("read-only file") << false;
    QTest::newRow("read-only folder") << true;
}

// A register on a read-only share: every read command works, every write is refused with
// one message, and nothing in the folder changes (no journal, no backup, same bytes).
// The tests run as root, which ignores permission bits: the program reads them itself.
void TestCli::readOnlyRegister()
{
    QFETCH(bool, folder);
    const QString dir = path(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + QStringLiteral("/shared.kartoitus");
    makeSearchRegister(file);
    const QString csv = path(QStringLiteral("new.csv"));
    writeFile(csv, "name;municipality\nUusi Seura ry;Jyväskylä\n");
    const QString locked = folder ? dir : file;
    const QFileDevice::Permissions permissions = QFile::permissions(locked);
    QVERIFY(QFile::setPermissions(locked, folder
                                              ? QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                              : QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = fileBytes(file);

    const QString out = path(QStringLiteral("out.csv"));
    const QList<QStringList> reads{
        {QStringLiteral("stats"), file},
        {QStringLiteral("stats"), file, QStringLiteral("--json")},
        {QStringLiteral("check"), file},
        {QStringLiteral("search"), file, QStringLiteral("ääne")},
        {QStringLiteral("search"), file, QStringLiteral("ääne"), QStringLiteral("--json")},
        {QStringLiteral("export"), file, out},
    };
    for (const QStringList &arguments : reads) {
        const Run run = runCli(arguments);
        QVERIFY2(run.exitCode == 0,
                 qPrintable(arguments.first() + QLatin1Char(' ') + run.errText()));
        QVERIFY(!run.out.isEmpty());
    }
    QVERIFY(fileBytes(out).contains("Äänekosken Eläkeläiset ry"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("import"), file, csv},
          QStringList{QStringLiteral("import"), file, csv, QStringLiteral("--dry-run")}}) {
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("shared.kartoitus is read-only")),
                 qPrintable(run.errText()));
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("shared.kartoitus")});
    QVERIFY(QFile::setPermissions(locked, permissions));
}

void TestCli::makeSearchRegister(const QString &file)
{
    Register reg;
    QVERIFY(reg.create(file).ok());
    const QStringList names{
        QStringLiteral("Äänekosken Eläkeläiset ry"),  QStringLiteral("Jyväskylän Äijät ry"),
        QStringLiteral("Aanekosken Autokerho ry"),    QStringLiteral("Öljymäen Kyläyhdistys ry"),
        QStringLiteral("Zeniitti-kuoro ry"),          QStringLiteral("Åland-seura ry"),
        QStringLiteral("Laukaan Mielenterveysseura"), QStringLiteral("äänekosken nuoret ry"),
    };
    for (const QString &name : names)
        QVERIFY(addOrganisation(reg.database(), name) > 0);
    QSqlQuery query(reg.database());
    QVERIFY(query.exec(QStringLiteral("UPDATE organisations SET home_municipality = '992' "
                                      "WHERE name = 'Äänekosken Eläkeläiset ry'")));
}

void TestCli::searchFindsFinnishLetters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // in the list's order
    const QStringList aanekoski{QStringLiteral("Äänekosken Eläkeläiset ry"),
                                QStringLiteral("äänekosken nuoret ry")};
    QTest::newRow("lower case prefix") << "ääne" << aanekoski;
    QTest::newRow("upper case prefix") << "ÄÄNE" << aanekoski;
    QTest::newRow("mixed case word") << "Äänekosken" << aanekoski;
    QTest::newRow("a is not ä") << "aane" << QStringList{QStringLiteral("Aanekosken Autokerho ry")};
    QTest::newRow("ä inside a word")
        << "eläkel" << QStringList{QStringLiteral("Äänekosken Eläkeläiset ry")};
    QTest::newRow("every word must match")
        << "ääne nuoret" << QStringList{QStringLiteral("äänekosken nuoret ry")};
    QTest::newRow("ö") << "ÖLJY" << QStringList{QStringLiteral("Öljymäen Kyläyhdistys ry")};
    QTest::newRow("nothing") << "qwerty" << QStringList{};
}

void TestCli::searchFindsFinnishLetters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const QString file = path(QStringLiteral("search.kartoitus"));
    makeSearchRegister(file);
    const Run run = runCli({QStringLiteral("search"), file, query, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = parseJsonObject(run.out);
    QCOMPARE(result.value(QStringLiteral("query")).toString(), query);
    QCOMPARE(result.value(QStringLiteral("total")).toInt(), expected.size());
    QStringList names;
    for (const QJsonValue &row : result.value(QStringLiteral("results")).toArray())
        names << row.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, expected);
}

void TestCli::searchOrderIsTheWindowsOrder()
{
    const QString file = path(QStringLiteral("search.kartoitus"));
    makeSearchRegister(file);
    const Run run =
        runCli({QStringLiteral("search"), file, QStringLiteral("r"), QStringLiteral("--json"),
                QStringLiteral("--limit"), QStringLiteral("0")});
    QCOMPARE(run.exitCode, 0);
    QStringList names;
    for (const QJsonValue &row :
         parseJsonObject(run.out).value(QStringLiteral("results")).toArray())
        names << row.toObject().value(QStringLiteral("name")).toString();
    // Finnish alphabetical order: z, å, ä, ö come after a, and case does not matter.
    const QStringList expected{
        QStringLiteral("Aanekosken Autokerho ry"),   QStringLiteral("Jyväskylän Äijät ry"),
        QStringLiteral("Zeniitti-kuoro ry"),         QStringLiteral("Åland-seura ry"),
        QStringLiteral("Äänekosken Eläkeläiset ry"), QStringLiteral("äänekosken nuoret ry"),
        QStringLiteral("Öljymäen Kyläyhdistys ry"),
    };
    QCOMPARE(names, expected);

    // And exactly what the window's list query gives for the same text.
    Register reg;
    QVERIFY(reg.open(file).ok());
    RecordFilter filter;
    filter.search = QStringLiteral("r");
    QList<OrganisationRow> rows;
    QVERIFY(OrganisationQuery(filter, OrganisationColumn::Name)
                .fetch(reg.database(), {OrganisationColumn::Name}, -1, 0, &rows));
    QStringList windowNames;
    for (const OrganisationRow &row : rows)
        windowNames << row.values.value(0).toString();
    QCOMPARE(names, windowNames);
}

void TestCli::searchLimit()
{
    const QString file = path(QStringLiteral("search.kartoitus"));
    makeSearchRegister(file);
    const Run run =
        runCli({QStringLiteral("search"), file, QStringLiteral("ry"), QStringLiteral("--limit"),
                QStringLiteral("2"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = parseJsonObject(run.out);
    QCOMPARE(result.value(QStringLiteral("total")).toInt(), 7);
    QCOMPARE(result.value(QStringLiteral("shown")).toInt(), 2);
    QCOMPARE(result.value(QStringLiteral("results")).toArray().size(), 2);

    const Run plain = runCli({QStringLiteral("search"), file, QStringLiteral("ry"),
                              QStringLiteral("--limit"), QStringLiteral("2")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.outText().contains(QStringLiteral("Showing 2 of 7 organisations")));
}

void TestCli::searchPlainOutputIsAligned()
{
    const QString file = path(QStringLiteral("search.kartoitus"));
    makeSearchRegister(file);
    const Run run = runCli({QStringLiteral("search"), file, QStringLiteral("ääne")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // header, rule, two organisations, count
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Name")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("----")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("Äänekosken Eläkeläiset ry")));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("äänekosken nuoret ry")));
    // Each column starts at the same place on every row.
    const int municipality =
        lines.at(0).indexOf(OrganisationColumns::label(OrganisationColumn::Municipality));
    const int status = lines.at(0).indexOf(OrganisationColumns::label(OrganisationColumn::Status));
    QVERIFY(municipality > 0 && status > municipality);
    QCOMPARE(lines.at(2).mid(municipality, 10), QStringLiteral("Äänekoski "));
    for (int row = 2; row < 4; ++row)
        QCOMPARE(lines.at(row).mid(status),
                 fields::FieldValues::label(fields::FieldKind::Status, QStringLiteral("active")));
}

void TestCli::checkFindsIntegrityErrors()
{
    const QString file = path(QStringLiteral("broken.kartoitus"));
    {
        Register reg;
        QVERIFY(reg.create(file).ok());
        QVERIFY(addOrganisation(reg.database(), QStringLiteral("Laukaan Latu ry"),
                                QStringLiteral("410")) > 0);
    }
    // Written without foreign keys, as another tool might: a person of an organisation
    // that does not exist.
    makeRawDatabase(
        file, {QStringLiteral("INSERT INTO persons (uuid, name, name_sort, organisation_id, "
                              "created_at, updated_at) VALUES ('p-1', 'Liisa Ö', 'liisa ö', 999, "
                              "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")});
    const QByteArray before = fileBytes(file);

    const Run json = runCli({QStringLiteral("check"), file, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 2);
    QVERIFY(json.errText().contains(QStringLiteral("errors")));
    const QJsonObject report = parseJsonObject(json.out);
    QVERIFY(report.value(QStringLiteral("errors")).toInt() >= 1);
    bool aboutThePerson = false;
    for (const QJsonValue &finding : report.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject object = finding.toObject();
        aboutThePerson |=
            object.value(QStringLiteral("severity")).toString() == QLatin1String("error") &&
            object.value(QStringLiteral("table")).toString() == QLatin1String("persons");
    }
    QVERIFY(aboutThePerson);

    const Run plain = runCli({QStringLiteral("check"), file});
    QCOMPARE(plain.exitCode, 2);
    QVERIFY(plain.outText().contains(QRegularExpression(QStringLiteral("^error +persons"),
                                                        QRegularExpression::MultilineOption)));
    QCOMPARE(fileBytes(file), before); // check only reads
}

void TestCli::checkWarningsAloneSucceed()
{
    const QString file = path(QStringLiteral("warnings.kartoitus"));
    {
        Register reg;
        QVERIFY(reg.create(file).ok());
        QVERIFY(addOrganisation(reg.database(), QStringLiteral("Kotiton Kerho ry")) > 0);
    }
    const Run run = runCli({QStringLiteral("check"), file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = parseJsonObject(run.out);
    QCOMPARE(report.value(QStringLiteral("errors")).toInt(), 0);
    QVERIFY(report.value(QStringLiteral("warnings")).toInt() >= 1); // no home municipality
    QVERIFY(run.err.isEmpty());
}

void TestCli::demoRegister()
{
    const QString file = path(QStringLiteral("demo.kartoitus"));
    const Run demo = runCli({QStringLiteral("demo"), file});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY(demo.err.isEmpty());

    const Run stats = runCli({QStringLiteral("stats"), file, QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject counts =
        parseJsonObject(stats.out).value(QStringLiteral("counts")).toObject();
    const auto count = [&](const char *key) { return counts.value(QLatin1String(key)).toInt(-1); };
    QVERIFY(count("organisations") >= 300);
    QVERIFY(count("activities") >= 600);
    QCOMPARE(count("liaison_persons"), 22); // one for every municipality of the region
    QVERIFY(count("persons_with_consent") > 0);
    QVERIFY(count("persons_with_consent") < count("persons")); // and some without consent
    QVERIFY(count("networks") > 0);
    QVERIFY(count("network_members") > 0);
    QCOMPARE(count("surveys"), 1);
    QVERIFY(count("survey_responses") > 0);

    const Run plain = runCli({QStringLiteral("stats"), file});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.outText().contains(
        QRegularExpression(QStringLiteral("^Organisations +%1$").arg(count("organisations")),
                           QRegularExpression::MultilineOption)));

    // The demo register is clean: check finds no error.
    const Run check = runCli({QStringLiteral("check"), file, QStringLiteral("--json")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(!parseJsonObject(check.out).isEmpty());
}

void TestCli::demoSearchIgnoresCaseOfFinnishLetters()
{
    const QString file = path(QStringLiteral("demo.kartoitus"));
    QCOMPARE(runCli({QStringLiteral("demo"), file}).exitCode, 0);
    const auto ids = [&](const QString &query, int *total) {
        const Run run = runCli({QStringLiteral("search"), file, query, QStringLiteral("--json"),
                                QStringLiteral("--limit"), QStringLiteral("0")});
        const QJsonObject result = parseJsonObject(run.out);
        *total = run.exitCode == 0 ? result.value(QStringLiteral("total")).toInt() : -1;
        QList<qint64> list;
        for (const QJsonValue &row : result.value(QStringLiteral("results")).toArray())
            list << row.toObject().value(QStringLiteral("id")).toInteger();
        return list;
    };
    int lowerTotal = 0;
    int upperTotal = 0;
    const QList<qint64> lower = ids(QStringLiteral("jyväskylä"), &lowerTotal);
    const QList<qint64> upper = ids(QStringLiteral("JYVÄSKYLÄ"), &upperTotal);
    QVERIFY(lowerTotal > 0);
    QCOMPARE(lower.size(), lowerTotal);
    QCOMPARE(upper, lower);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
