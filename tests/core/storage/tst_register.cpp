// The register file: creation, reference data, and refusal of files that are not ours,
// each refusal leaving the file's bytes as they were.
#include "reference/referencedata.h"
#include "storage/register.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kartoitus;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// A SQLite file made directly with Qt's driver, bypassing Register.
void makeRawDatabase(const QString &path, const QString &script)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : script.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            QVERIFY2(q.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestRegister : public QObject
{
    Q_OBJECT

private slots:
    void createSeedsReferenceData();
    void createRefusesExistingFile();
    void reopenKeepsData();
    void refusals_data();
    void refusals();
    void lockedFileIsRefused();
    void readOnly_data();
    void readOnly();
    void readOnlyOlderRegisterIsRefused();
    void olderRegisterIsBackedUpAndMigrated();
    void failedMigrationLeavesTheFile();
    void version2RegisterGainsSavedLists();
    void version3SurveysGainDateQuestions();
    void version3RegisterGainsNetworkHistory();
    void saveCopyAs();
    void saveCopyAsRefusals();

private:
    QTemporaryDir m_dir;
};

void TestRegister::createSeedsReferenceData()
{
    const QString path = m_dir.filePath(QStringLiteral("new.kartoitus"));
    Register reg;
    const OpenResult result = reg.create(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QSqlDatabase db = reg.database();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")), Register::currentSchemaVersion());
    QCOMPARE(quint32(scalar(db, QStringLiteral("PRAGMA application_id"))), Register::ApplicationId);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM municipalities")), 309);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM municipalities WHERE home_region")),
             22);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM municipality_aliases")), 7);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sectors")), 13);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM themes")), 12);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM target_groups")), 10);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM legal_forms")), 5);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM municipalities WHERE code = '077' "
                                       "AND name_fi = 'Hankasalmi' AND region = 'Keski-Suomi'")),
             1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
    // Every municipality whose language names Swedish has its Swedish name, and a file
    // that says "Jakobstad" or "ÅBO" finds it.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM municipalities WHERE language LIKE "
                                  "'%ruotsi%' AND region <> 'Ahvenanmaa' AND name_sv IS NULL")),
        0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM municipalities WHERE name_sv <> ''")),
             33);
    MunicipalityDirectory municipalities;
    QVERIFY(municipalities.load(db));
    QCOMPARE(municipalities.resolve(QStringLiteral("Jakobstad")), QStringLiteral("598"));
    QCOMPARE(municipalities.resolve(QStringLiteral("ÅBO")), QStringLiteral("853"));
    QCOMPARE(municipalities.resolve(QStringLiteral("pietarsaari")), QStringLiteral("598"));
}

void TestRegister::createRefusesExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    Register reg;
    QCOMPARE(reg.create(path).error, OpenError::AlreadyExists);
    QCOMPARE(fileBytes(path), QByteArray("keep me"));
}

void TestRegister::reopenKeepsData()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.kartoitus"));
    {
        Register reg;
        QVERIFY(reg.create(path).ok());
        QSqlQuery q(reg.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE sectors SET name_en = 'Changed' WHERE id = 1")));
    }
    Register reg;
    const OpenResult result = reg.open(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.backupPath.isEmpty());
    QSqlQuery q(reg.database());
    QVERIFY(q.exec(QStringLiteral("SELECT name_en FROM sectors WHERE id = 1")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Changed"));
}

void TestRegister::refusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    QTest::newRow("text file") << "text" << int(OpenError::NotARegister);
    QTest::newRow("empty file") << "empty" << int(OpenError::NotARegister);
    QTest::newRow("another application's SQLite") << "foreign" << int(OpenError::ForeignDatabase);
    // Our application id, but no version: not a file Kartoitus wrote, so never migrated.
    QTest::newRow("our mark without a version") << "unversioned" << int(OpenError::ForeignDatabase);
    QTest::newRow("newer user_version") << "newer" << int(OpenError::NewerVersion);
    QTest::newRow("truncated register") << "truncated" << int(OpenError::Corrupt);
    QTest::newRow("missing") << "missing" << int(OpenError::NotFound);
}

void TestRegister::refusals()
{
    QFETCH(QString, kind);
    QFETCH(int, expected);
    const QString path = m_dir.filePath(kind + QStringLiteral(".kartoitus"));
    if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text"))
            f.write("Nimi;Kunta\nJyväskylän Ladut ry;Jyväskylä\n");
    } else if (kind == QLatin1String("foreign")) {
        makeRawDatabase(path,
                        QStringLiteral("PRAGMA application_id = 1234;"
                                       "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                                       "INSERT INTO notes (body) VALUES ('hello')"));
    } else if (kind == QLatin1String("unversioned")) {
        makeRawDatabase(path, QStringLiteral("PRAGMA application_id = %1;"
                                             "CREATE TABLE foo (a)")
                                  .arg(qint32(Register::ApplicationId)));
    } else if (kind == QLatin1String("newer") || kind == QLatin1String("truncated")) {
        {
            Register reg;
            QVERIFY(reg.create(path).ok());
            if (kind == QLatin1String("newer")) {
                QSqlQuery q(reg.database());
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            }
        }
        if (kind == QLatin1String("truncated"))
            QVERIFY(QFile::resize(path, QFileInfo(path).size() / 2 + 100));
    }
    const QByteArray before = fileBytes(path);
    Register reg;
    const OpenResult result = reg.open(path);
    QCOMPARE(int(result.error), expected);
    QVERIFY(!result.message.isEmpty());
    QVERIFY2(result.message.contains(QFileInfo(path).fileName()), qPrintable(result.message));
    QVERIFY(!reg.isOpen());
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(QFileInfo::exists(path), kind != QLatin1String("missing"));
    // No journal, no backup: nothing but the file itself.
    QCOMPARE(QDir(m_dir.path()).entryList({kind + QStringLiteral(".kartoitus*")}, QDir::Files),
             kind == QLatin1String("missing") ? QStringList()
                                              : QStringList{kind + QStringLiteral(".kartoitus")});
}

void TestRegister::lockedFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.kartoitus"));
    {
        Register reg;
        QVERIFY(reg.create(path).ok());
    }
    Register holder;
    QVERIFY(holder.open(path).ok());
    QSqlQuery q(holder.database());
    QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = value")));
    Register reg;
    const OpenResult result = reg.open(path);
    QCOMPARE(result.error, OpenError::Locked);
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(reg.open(path).ok());
}

void TestRegister::readOnly_data()
{
    QTest::addColumn<bool>("folder");
    QTest::newRow("read-only file") << false;
    QTest::newRow("file in a read-only folder") << true;
}

// A register on a read-only share or an e-mail attachment: every read works, every write
// is refused with one message, and the file is not touched. The tests run as root, which
// ignores permission bits: Register reads the bits themselves, as a user's mark.
void TestRegister::readOnly()
{
    QFETCH(bool, folder);
    const QString dir =
        m_dir.filePath(folder ? QStringLiteral("ro-folder") : QStringLiteral("ro-file"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/readonly.kartoitus");
    {
        Register reg;
        QVERIFY(reg.create(path).ok());
        QSqlQuery q(reg.database());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO organisations (uuid, name, name_sort, created_at, updated_at) VALUES "
            "('u-1', 'Jämsän Kuoro ry', 'jämsän kuoro ry', '2025-01-01T00:00:00Z', "
            "'2025-01-01T00:00:00Z')")));
    }
    const QFileDevice::Permissions readable =
        QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QString locked = folder ? dir : path;
    const QFileDevice::Permissions before = QFile::permissions(locked);
    QVERIFY(QFile::setPermissions(locked, folder ? readable | QFileDevice::ExeOwner |
                                                       QFileDevice::ExeGroup | QFileDevice::ExeOther
                                                 : readable));
    const QByteArray bytes = fileBytes(path);
    {
        Register reg;
        const OpenResult result = reg.open(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.readOnly);
        QVERIFY(reg.isReadOnly());
        QVERIFY(reg.readOnlyMessage().contains(QLatin1String("readonly.kartoitus is read-only")));
        QCOMPARE(reg.readOnlyCause(), folder ? ReadOnlyCause::Folder : ReadOnlyCause::File);
        QCOMPARE(scalar(reg.database(), QStringLiteral("SELECT count(*) FROM organisations")), 1);
        QCOMPARE(reg.schemaVersion(), Register::currentSchemaVersion());

        Transaction transaction(reg.database());
        QVERIFY(!transaction.isActive());
        QCOMPARE(transaction.error(), reg.readOnlyMessage());
        QSqlQuery q(reg.database());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM organisations")));

        // A worker's connection to a read-only register is read-only too.
        Register worker;
        QVERIFY(worker.openAnother(reg).ok());
        QVERIFY(worker.isReadOnly());
        QCOMPARE(worker.readOnlyCause(), reg.readOnlyCause());
        QCOMPARE(scalar(worker.database(), QStringLiteral("SELECT count(*) FROM organisations")),
                 1);
    }
    QCOMPARE(fileBytes(path), bytes);
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("readonly.kartoitus")});

    // Asked for, a writable register opens read-only as well.
    QVERIFY(QFile::setPermissions(locked, before));
    Register reg;
    QVERIFY(reg.open(path, OpenMode::ReadOnly).ok());
    QVERIFY(reg.isReadOnly());
    QCOMPARE(reg.readOnlyCause(), ReadOnlyCause::Requested);
    QVERIFY(!Transaction(reg.database()).isActive());
    reg.close();
    QVERIFY(reg.open(path).ok());
    QVERIFY(!reg.isReadOnly());
    QCOMPARE(reg.readOnlyCause(), ReadOnlyCause::None);
    QVERIFY(reg.readOnlyMessage().isEmpty());
}

// A register as version 1 wrote it: today's file without what migrations 2 and 3 added.
static QString makeVersion1Register(const QString &path)
{
    {
        Register reg;
        if (!reg.create(path).ok())
            return QString();
        QSqlQuery q(reg.database());
        for (const char *sql :
             {"DROP INDEX organisations_status_name", "DROP INDEX organisations_updated_sort",
              "DROP TABLE saved_lists", "UPDATE municipalities SET name_sv = NULL",
              "INSERT INTO organisations (uuid, name, name_sort, created_at, updated_at) VALUES "
              "('u-1', 'Jämsän Kuoro ry', 'jämsän kuoro ry', '2025-01-01T00:00:00Z', "
              "'2025-01-01T00:00:00Z')",
              "DROP TABLE activity_search", "DROP TABLE activity_name_search",
              "DROP TABLE person_name_search", "PRAGMA user_version = 1"}) {
            if (!q.exec(QString::fromUtf8(sql)))
                return QString();
        }
    }
    return path;
}

void TestRegister::olderRegisterIsBackedUpAndMigrated()
{
    const QString path = makeVersion1Register(m_dir.filePath(QStringLiteral("v1.kartoitus")));
    QVERIFY(!path.isEmpty());
    const QByteArray version1 = fileBytes(path);

    Register reg;
    const OpenResult result = reg.open(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    // The backup is the file exactly as version 1 left it, beside it, named for its version.
    QVERIFY(!result.backupPath.isEmpty());
    QVERIFY(result.backupPath.startsWith(path + QStringLiteral(".v1-")));
    QCOMPARE(fileBytes(result.backupPath), version1);
    QCOMPARE(reg.schemaVersion(), Register::currentSchemaVersion());
    QCOMPARE(scalar(reg.database(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                   "name = 'organisations_status_name'")),
             1);
    QCOMPARE(scalar(reg.database(), QStringLiteral("SELECT count(*) FROM organisations WHERE "
                                                   "name = 'Jämsän Kuoro ry'")),
             1);
    QCOMPARE(scalar(reg.database(),
                    QStringLiteral("SELECT count(*) FROM municipalities WHERE name_sv = 'Vasa'")),
             1);
    reg.close();

    // Opened again, it is current: no second backup.
    const OpenResult again = reg.open(path);
    QVERIFY(again.ok());
    QVERIFY(again.backupPath.isEmpty());
}

void TestRegister::failedMigrationLeavesTheFile()
{
    const QString path = makeVersion1Register(m_dir.filePath(QStringLiteral("v1-bad.kartoitus")));
    QVERIFY(!path.isEmpty());
    // Something in the file already has the name migration 2 wants for its index.
    makeRawDatabase(path, QStringLiteral("CREATE TABLE organisations_status_name (x)"));
    const QByteArray before = fileBytes(path);

    Register reg;
    const OpenResult result = reg.open(path);
    QCOMPARE(result.error, OpenError::MigrationFailed);
    QVERIFY(result.message.contains(QLatin1String("v1-bad.kartoitus")));
    reg.close();
    QCOMPARE(fileBytes(path), before);
    // The file is untouched, so no copy of it is left lying beside it either.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("v1-bad.kartoitus*")}, QDir::Files),
             QStringList{QStringLiteral("v1-bad.kartoitus")});
}

// A register as version 2 wrote it, with an organisation: migration 3 adds the table of saved
// list definitions and keeps everything else.
void TestRegister::version2RegisterGainsSavedLists()
{
    const QString path = m_dir.filePath(QStringLiteral("v2.kartoitus"));
    {
        Register reg;
        QVERIFY(reg.create(path).ok());
        QSqlQuery q(reg.database());
        for (const char *sql :
             {"DROP TABLE saved_lists",
              "INSERT INTO organisations (uuid, name, name_sort, created_at, updated_at) VALUES "
              "('u-2', 'Laukaan Latu ry', 'laukaan latu ry', '2025-01-01T00:00:00Z', "
              "'2025-01-01T00:00:00Z')",
              "DROP TABLE activity_search", "DROP TABLE activity_name_search",
              "DROP TABLE person_name_search", "PRAGMA user_version = 2"})
            QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
    }
    Register reg;
    const OpenResult result = reg.open(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.backupPath.startsWith(path + QStringLiteral(".v2-")));
    QCOMPARE(reg.schemaVersion(), Register::currentSchemaVersion());
    QCOMPARE(scalar(reg.database(), QStringLiteral("SELECT count(*) FROM organisations WHERE "
                                                   "name = 'Laukaan Latu ry'")),
             1);
    QSqlQuery q(reg.database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO saved_lists (uuid, kind, name, definition, "
                                  "created_at, updated_at) VALUES ('s-1', 'health-station', "
                                  "'Laukaa', '{}', '2025-01-01T00:00:00Z', "
                                  "'2025-01-01T00:00:00Z')")));
    // A name is unique within its kind.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO saved_lists (uuid, kind, name, definition, "
                                   "created_at, updated_at) VALUES ('s-2', 'health-station', "
                                   "'Laukaa', '{}', '2025-01-01T00:00:00Z', "
                                   "'2025-01-01T00:00:00Z')")));
}

// A register as version 3 wrote it, with a survey: migration 5 rebuilds the survey questions
// so that a question can be a date, and keeps every question, response and answer.
void TestRegister::version3SurveysGainDateQuestions()
{
    const QString path = m_dir.filePath(QStringLiteral("v3.kartoitus"));
    {
        Register reg;
        QVERIFY(reg.create(path).ok());
        QSqlQuery q(reg.database());
        for (const char *sql :
             {"DROP TABLE survey_answers", "DROP TABLE survey_questions",
              "CREATE TABLE survey_questions (id INTEGER PRIMARY KEY, survey_id INTEGER NOT "
              "NULL REFERENCES surveys (id) ON DELETE CASCADE, position INTEGER NOT NULL, code "
              "TEXT NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL CHECK (type IN "
              "('single_choice', 'multiple_choice', 'number', 'scale', 'text')), options "
              "TEXT, UNIQUE (survey_id, code))",
              "CREATE TABLE survey_answers (response_id INTEGER NOT NULL REFERENCES "
              "survey_responses (id) ON DELETE CASCADE, question_id INTEGER NOT NULL "
              "REFERENCES survey_questions (id) ON DELETE CASCADE, value TEXT, number REAL, "
              "PRIMARY KEY (response_id, question_id)) WITHOUT ROWID",
              "CREATE INDEX survey_answers_question ON survey_answers (question_id)",
              "INSERT INTO surveys (id, uuid, name, year, created_at, updated_at) VALUES (1, "
              "'s-1', 'Järjestökysely', 2024, '2024-01-01T00:00:00Z', "
              "'2024-01-01T00:00:00Z')",
              "INSERT INTO survey_questions VALUES (7, 1, 1, 'q1', 'Jäseniä', 'number', NULL)",
              "INSERT INTO survey_responses (id, uuid, survey_id, raw, created_at, updated_at) "
              "VALUES (3, 'r-1', 1, '{\"Jäseniä\":\"120\"}', '2024-01-01T00:00:00Z', "
              "'2024-01-01T00:00:00Z')",
              "INSERT INTO survey_answers VALUES (3, 7, '120', 120)", "DROP TABLE activity_search",
              "DROP TABLE activity_name_search", "DROP TABLE person_name_search",
              "PRAGMA user_version = 3"})
            QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO survey_questions VALUES (8, 1, 2, 'q2', "
                                       "'Perustettu', 'date', NULL)")));
    }
    Register reg;
    const OpenResult result = reg.open(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.backupPath.startsWith(path + QStringLiteral(".v3-")));
    QCOMPARE(reg.schemaVersion(), Register::currentSchemaVersion());
    QCOMPARE(scalar(reg.database(),
                    QStringLiteral("SELECT number FROM survey_answers WHERE response_id = 3 AND "
                                   "question_id = 7")),
             120);
    QSqlQuery q(reg.database());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO survey_questions VALUES (8, 1, 2, 'q2', "
                                   "'Perustettu', 'date', NULL)")),
             qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO survey_questions VALUES (9, 1, 3, 'q3', 'X', "
                                   "'colour', NULL)")));
    // The answers still belong to their question: removing the survey removes them.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM surveys WHERE id = 1")));
    QCOMPARE(scalar(reg.database(), QStringLiteral("SELECT count(*) FROM survey_answers")), 0);
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!q.next());
}

// A register as version 3 wrote it, with a network and two members: migration 4 keeps them as
// open memberships with the role "member", and a member who leaves is kept as history.
void TestRegister::version3RegisterGainsNetworkHistory()
{
    const QString path = m_dir.filePath(QStringLiteral("v3-networks.kartoitus"));
    {
        Register reg;
        QVERIFY(reg.create(path).ok());
        QSqlQuery q(reg.database());
        for (const char *sql :
             {"DROP TABLE network_members",
              "CREATE TABLE network_members (network_id INTEGER NOT NULL REFERENCES networks (id)"
              " ON DELETE CASCADE, organisation_id INTEGER NOT NULL REFERENCES organisations (id)"
              " ON DELETE CASCADE, joined_on TEXT, notes TEXT, PRIMARY KEY (network_id,"
              " organisation_id)) WITHOUT ROWID",
              "CREATE INDEX network_members_organisation ON network_members (organisation_id)",
              "INSERT INTO organisations (id, uuid, name, name_sort, created_at, updated_at) VALUES"
              " (7, 'u-7', 'Laukaan Latu ry', 'laukaan latu ry', '2025-01-01T00:00:00Z',"
              " '2025-01-01T00:00:00Z'), (8, 'u-8', 'Keuruun Kuoro ry', 'keuruun kuoro ry',"
              " '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')",
              "INSERT INTO networks (id, uuid, sector_id, name, created_at, updated_at) SELECT 3,"
              " 'n-3', id, 'Verkosto', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z' FROM"
              " sectors LIMIT 1",
              "INSERT INTO network_members VALUES (3, 7, '2020-01-01', 'perustaja'), (3, 8, NULL,"
              " NULL)",
              "DROP TABLE activity_search", "DROP TABLE activity_name_search",
              "DROP TABLE person_name_search", "PRAGMA user_version = 3"})
            QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
    }
    Register reg;
    const OpenResult result = reg.open(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.backupPath.startsWith(path + QStringLiteral(".v3-")));
    QCOMPARE(reg.schemaVersion(), Register::currentSchemaVersion());
    QSqlQuery q(reg.database());
    QVERIFY(q.exec(QStringLiteral("SELECT organisation_id, role, joined_on, left_on, notes FROM"
                                  " network_members ORDER BY organisation_id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 7);
    QCOMPARE(q.value(1).toString(), QStringLiteral("member"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("2020-01-01"));
    QVERIFY(q.value(3).isNull());
    QCOMPARE(q.value(4).toString(), QStringLiteral("perustaja"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 8);
    QVERIFY(!q.next());
    // Leaving keeps the row; joining again is a second row; two open ones are refused.
    QVERIFY(q.exec(QStringLiteral("UPDATE network_members SET left_on = '2024-06-30' WHERE"
                                  " organisation_id = 7")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO network_members (network_id, organisation_id,"
                                  " joined_on) VALUES (3, 7, '2025-01-01')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO network_members (network_id, organisation_id)"
                                   " VALUES (3, 7)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO network_members (network_id, organisation_id,"
                                   " role, left_on) VALUES (3, 8, 'boss', '2025-01-01')")));
    QCOMPARE(scalar(reg.database(), QStringLiteral("SELECT count(*) FROM network_members")), 3);
}

void TestRegister::readOnlyOlderRegisterIsRefused()
{
    const QString path = makeVersion1Register(m_dir.filePath(QStringLiteral("v1-ro.kartoitus")));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = fileBytes(path);
    Register reg;
    const OpenResult result = reg.open(path);
    QCOMPARE(result.error, OpenError::ReadOnly);
    QVERIFY2(result.message.contains(QLatin1String("older version")), qPrintable(result.message));
    QVERIFY(result.message.contains(QLatin1String("Copy it")));
    QVERIFY(!reg.isOpen());
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("v1-ro.kartoitus*")}, QDir::Files),
             QStringList{QStringLiteral("v1-ro.kartoitus")});
}

void TestRegister::saveCopyAs()
{
    const QString path = m_dir.filePath(QStringLiteral("original/source.kartoitus"));
    {
        Register reg;
        QVERIFY(reg.create(path).ok());
        QSqlQuery q(reg.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE sectors SET name_en = 'Copied' WHERE id = 1")));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = fileBytes(path);
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("copies"))));
    const QString copy = m_dir.filePath(QStringLiteral("copies/copy.kartoitus"));
    {
        QFile existing(copy);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("an older copy, replaced");
    }
    Register reg;
    QVERIFY(reg.open(path).ok());
    QVERIFY(reg.isReadOnly());
    QString error;
    QVERIFY2(reg.saveCopyAs(copy, &error), qPrintable(error));
    reg.close();
    QCOMPARE(fileBytes(path), before);
    // Only the copy appears beside it: the temporary file was renamed into place.
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("copies"))).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("copy.kartoitus")});
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("original"))).entryList(QDir::Files),
             QStringList{QStringLiteral("source.kartoitus")});

    // The copy is a whole register that opens for writing and holds the same data.
    Register copied;
    const OpenResult opened = copied.open(copy);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(!copied.isReadOnly());
    QVERIFY(opened.backupPath.isEmpty());
    QSqlQuery q(copied.database());
    QVERIFY(q.exec(QStringLiteral("SELECT name_en FROM sectors WHERE id = 1")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Copied"));
    QCOMPARE(scalar(copied.database(), QStringLiteral("SELECT count(*) FROM municipalities")), 309);
    QSqlQuery check(copied.database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(Transaction(copied.database()).isActive());
}

void TestRegister::saveCopyAsRefusals()
{
    const QString path = m_dir.filePath(QStringLiteral("self.kartoitus"));
    Register reg;
    QVERIFY(reg.create(path).ok());
    const QByteArray before = fileBytes(path);
    QString error;
    QVERIFY(!reg.saveCopyAs(path, &error));
    QVERIFY2(error.contains(QLatin1String("self.kartoitus")), qPrintable(error));
    QVERIFY(!reg.saveCopyAs(m_dir.filePath(QStringLiteral("no/such/folder/x.kartoitus")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(fileBytes(path), before);
    Register closed;
    QVERIFY(!closed.saveCopyAs(m_dir.filePath(QStringLiteral("never.kartoitus")), &error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.kartoitus"))));
}

QTEST_GUILESS_MAIN(TestRegister)
#include "tst_register.moc"
