#include "storage/register.h"

#include "storage/migrations.h"
#include "storage/registerfile.h"
#include "storage/registerhooks.h"
#include "storage/sqlitehandle.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

namespace kartoitus {

namespace {

QAtomicInt connectionCounter;

OpenResult refusal(OpenError error, const QString &message)
{
    return {error, message, {}};
}

// Checked on the permission bits as well as with access(): a file or folder the user
// marked read-only stays read-only for us even when we run with privileges (root ignores
// the bits, and would otherwise write to a register the user meant to protect).
bool permitsWriting(const QString &path)
{
    const QFileInfo info(path);
    return (info.permissions() & QFileDevice::WriteOwner) && info.isWritable();
}

// A file: URI, so that SQLite opens an existing file without ever creating one ("rw") and
// a read-only file without a write lock ("ro").
QString sqliteUri(const QString &path, const QString &mode)
{
    QUrl url = QUrl::fromLocalFile(path);
    url.setQuery(QStringLiteral("mode=") + mode);
    return url.toString(QUrl::FullyEncoded);
}

// One integer from a statement such as "PRAGMA user_version"; false with SQLite's code
// and message on failure.
bool readInt(sqlite3 *handle, const char *sql, int *value, int *code, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW)
            *value = sqlite3_column_int(statement, 0);
    }
    sqlite3_finalize(statement);
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        return true;
    *code = sqlite3_extended_errcode(handle);
    *error = QString::fromUtf8(sqlite3_errmsg(handle));
    return false;
}

struct Header
{
    int applicationId = 0;
    int userVersion = 0;
    int schemaObjects = 0;
};

} // namespace

int Register::currentSchemaVersion()
{
    return storage::migrations().back().version;
}

Register::Register() = default;

Register::~Register()
{
    close();
}

OpenResult Register::fail(OpenError error, const QString &message)
{
    close();
    return {error, message, {}};
}

QString Register::readOnlyMessage() const
{
    return m_readOnly ? readOnlyMessage(m_path) : QString();
}

QString Register::readOnlyMessage(const QString &path)
{
    return tr("%1 is read-only: it can be searched, listed, exported and printed, but not "
              "changed. To change it, save a copy in a folder where you can write and open "
              "the copy.")
        .arg(QFileInfo(path).fileName());
}

QString Register::faultMessage(storage::Fault fault, const QString &path, const QString &detail)
{
    const QString name = QFileInfo(path).fileName();
    switch (fault) {
    case storage::Fault::InUse:
        return tr("%1 is in use by another program. Close it there and try again.").arg(name);
    case storage::Fault::Full:
        return tr("The disk holding %1 is full. Free some space on it and try again.").arg(name);
    case storage::Fault::Damaged:
        return tr("The register %1 is damaged (%2). Nothing more was written to it; go back to "
                  "a backup copy of it.")
            .arg(name, detail);
    case storage::Fault::ReadOnly:
        return readOnlyMessage(path);
    case storage::Fault::Io:
        return tr("%1 could not be read or written (%2). Check the disk or network folder it "
                  "is on and try again.")
            .arg(name, detail);
    case storage::Fault::None:
        break;
    }
    return tr("%1: %2").arg(name, detail);
}

OpenResult Register::create(const QString &path)
{
    close();
    const QFileInfo info(path);
    if (info.exists())
        return fail(OpenError::AlreadyExists, tr("%1 already exists.").arg(info.fileName()));
    const QDir dir = info.absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return fail(OpenError::IoError, tr("The folder %1 cannot be created.").arg(dir.path()));
    {
        // Made here, empty, and only if nothing is there: SQLite then never turns a file
        // that appeared meanwhile into a register. No connection to it is open yet.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(QFileInfo::exists(path) ? OpenError::AlreadyExists : OpenError::IoError,
                        tr("%1 cannot be created: %2").arg(info.fileName(), file.errorString()));
    }
    OpenResult result = openConnection(path, false);
    QString error;
    if (result.ok() && !storage::runMigrations(database(), 0, &error))
        result = refusal(OpenError::MigrationFailed,
                         tr("%1 could not be created: %2").arg(info.fileName(), error));
    if (result.ok())
        result = finishSetUp();
    if (!result.ok()) {
        close();
        QFile::remove(path);
    }
    return result;
}

OpenResult Register::open(const QString &path, OpenMode mode)
{
    close();
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return refusal(OpenError::NotFound, tr("The file %1 does not exist.").arg(name));
    // An empty file is a valid empty database to SQLite: it would become a register.
    if (!info.isFile() || info.size() == 0)
        return refusal(
            OpenError::NotARegister,
            tr("%1 is not a Kartoitus register: the file is empty or not a file.").arg(name));
    ReadOnlyCause cause = ReadOnlyCause::None;
    if (mode == OpenMode::ReadOnly)
        cause = ReadOnlyCause::Requested;
    else if (!permitsWriting(path))
        cause = ReadOnlyCause::File;
    else if (!permitsWriting(info.absolutePath()))
        cause = ReadOnlyCause::Folder;
    const OpenResult result = openExisting(path, cause != ReadOnlyCause::None, Purpose::Open);
    // Otherwise SQLite found the file system read-only.
    m_readOnlyCause = cause == ReadOnlyCause::None ? ReadOnlyCause::Medium : cause;
    return result;
}

OpenResult Register::openOrCreate(const QString &path)
{
    return QFileInfo::exists(path) ? open(path) : create(path);
}

OpenResult Register::openAnother(const Register &other)
{
    // Only the other register's path is read: its connection belongs to its own thread.
    const QString path = other.path();
    const bool readOnly = other.isReadOnly();
    const ReadOnlyCause cause = other.readOnlyCause();
    close();
    if (path.isEmpty())
        return fail(OpenError::IoError, tr("No register is open."));
    const OpenResult result = openExisting(path, readOnly, Purpose::Another);
    m_readOnlyCause = cause == ReadOnlyCause::None ? ReadOnlyCause::Medium : cause;
    return result;
}

OpenResult Register::openExisting(const QString &path, bool readOnly, Purpose purpose)
{
    OpenResult result = openConnection(path, readOnly);
    if (result.ok())
        result = checkAndMigrate(purpose);
    if (result.ok()) {
        const QString backupPath = result.backupPath;
        result = finishSetUp();
        result.backupPath = backupPath;
    }
    if (!result.ok()) {
        close();
        return result;
    }
    result.readOnly = m_readOnly;
    return result;
}

OpenResult Register::openConnection(const QString &path, bool readOnly)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_readOnly = readOnly;
    m_connectionName = QStringLiteral("kartoitus-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(sqliteUri(m_path, readOnly ? QStringLiteral("ro") : QStringLiteral("rw")));
    // A short wait at first: a file that stays locked is reported as in use rather than
    // keeping the user waiting; finishSetUp() sets the longer wait for work.
    db.setConnectOptions(
        readOnly
            ? QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1500")
            : QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=1500"));
    if (!db.open())
        return fail(
            OpenError::IoError,
            tr("%1 cannot be opened: %2").arg(QFileInfo(m_path).fileName(), db.lastError().text()));
    sqlite3 *handle = storage::nativeHandle(db);
    sqlite3_extended_result_codes(handle, 1);
    // A file system mounted read-only shows write permission bits but refuses to write;
    // SQLite then opened the file read-only, and so is the register.
    if (sqlite3_db_readonly(handle, "main") == 1)
        m_readOnly = true;
    return {};
}

// Why the first reads of an existing file failed, as a refusal.
static OpenResult headerFailure(const QString &path, int code, const QString &error)
{
    const QString name = QFileInfo(path).fileName();
    if (code == SQLITE_READONLY_ROLLBACK) {
        const QString journal = name + QStringLiteral("-journal");
        return {OpenError::ReadOnly,
                Register::tr("%1 was being changed when a program stopped, and only a program "
                             "that can write to it can finish undoing that change (kept in "
                             "%2). Copy both files together to a folder where you can write "
                             "and open the copy there. Do not delete %2.")
                    .arg(name, journal),
                {}};
    }
    switch (storage::faultOf(code)) {
    case storage::Fault::InUse:
        return refusal(
            OpenError::Locked,
            Register::tr("%1 is in use by another program. Close it there and try again.")
                .arg(name));
    case storage::Fault::Damaged:
        if ((code & 0xff) == SQLITE_NOTADB)
            return refusal(OpenError::NotARegister,
                           Register::tr("%1 is not a Kartoitus register.").arg(name));
        return refusal(OpenError::Corrupt,
                       Register::tr("%1 is damaged: the file is truncated or its contents are "
                                    "broken (%2). It was left as it is; open a backup copy of "
                                    "it instead.")
                           .arg(name, error));
    case storage::Fault::ReadOnly:
        return refusal(OpenError::ReadOnly, Register::readOnlyMessage(path));
    default:
        return refusal(OpenError::IoError,
                       Register::tr("%1 cannot be opened: %2").arg(name, error));
    }
}

OpenResult Register::checkAndMigrate(Purpose purpose)
{
    const QSqlDatabase db = database();
    sqlite3 *handle = storage::nativeHandle(db);
    const QString name = QFileInfo(m_path).fileName();
    // The first read takes SQLite's shared lock. SQLite then rolls back a journal a crash
    // left beside the file (a read-only connection reports it instead), waits for another
    // program's commit to finish, and checks page 1 against the file's size. A writer takes
    // the write lock at once: no other program writes between this check, the backup and
    // the migration, and a program in the middle of writing makes the file "in use".
    int code = SQLITE_OK;
    QString error;
    Header header;
    if (!storage::execScript(
            db, m_readOnly ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"), &error,
            &code) ||
        !readInt(handle, "PRAGMA application_id", &header.applicationId, &code, &error) ||
        !readInt(handle, "PRAGMA user_version", &header.userVersion, &code, &error) ||
        !readInt(handle, "SELECT count(*) FROM sqlite_schema", &header.schemaObjects, &code,
                 &error)) {
        storage::execScript(db, QStringLiteral("ROLLBACK"), nullptr);
        return headerFailure(m_path, code, error);
    }
    OpenResult result;
    const int version = header.userVersion;
    if (quint32(header.applicationId) != ApplicationId) {
        result = refusal(
            OpenError::ForeignDatabase,
            tr("%1 is a database of another application, not a Kartoitus register.").arg(name));
    } else if (version <= 0) {
        // Every register Kartoitus writes has a version: this file was made by hand or by
        // another program, and running the migrations over its tables would change it.
        result = refusal(OpenError::ForeignDatabase,
                         tr("%1 carries the mark of a Kartoitus register but no register "
                            "version, so Kartoitus did not write it. It was left as it is.")
                             .arg(name));
    } else if (version > currentSchemaVersion()) {
        result =
            refusal(OpenError::NewerVersion,
                    tr("%1 was written by a newer version of Kartoitus (register version %2; this "
                       "version reads up to %3). Update Kartoitus to open it.")
                        .arg(name)
                        .arg(version)
                        .arg(currentSchemaVersion()));
    } else if (version < currentSchemaVersion() && purpose == Purpose::Another) {
        result = refusal(OpenError::MigrationFailed,
                         tr("%1 was changed by an older version of Kartoitus while it was open. "
                            "Open it again.")
                             .arg(name));
    } else if (version < currentSchemaVersion() && m_readOnly) {
        result = refusal(OpenError::ReadOnly,
                         tr("%1 was written by an older version of Kartoitus and must be updated "
                            "before it can be opened, but it is read-only. Copy it to a folder "
                            "where you can write and open the copy: the copy is updated and the "
                            "file itself is left as it is.")
                             .arg(name));
    } else if (version < currentSchemaVersion()) {
        result = migrate(version);
    }
    if (!result.ok()) {
        storage::execScript(db, QStringLiteral("ROLLBACK"), nullptr);
        return result;
    }
    if (!storage::execScript(db, QStringLiteral("COMMIT"), &error, &code)) {
        storage::execScript(db, QStringLiteral("ROLLBACK"), nullptr);
        if (!result.backupPath.isEmpty())
            QFile::remove(result.backupPath);
        return refusal(OpenError::MigrationFailed,
                       tr("%1 could not be updated to the current version: %2")
                           .arg(name, faultMessage(storage::faultOf(code), m_path, error)));
    }
    return result;
}

// Inside checkAndMigrate()'s write transaction: a backup of the file as it is, then every
// pending migration. The caller commits, or rolls back on failure.
OpenResult Register::migrate(int version)
{
    const QString name = QFileInfo(m_path).fileName();
    OpenResult result;
    // A copy of the file as it was, kept beside it, in case the migration or the new
    // version disappoints. Read through SQLite's own handle of the file, under the write
    // lock: exactly the committed bytes, and no other descriptor of the file is opened.
    const QString backupPath =
        QStringLiteral("%1.v%2-%3.bak")
            .arg(m_path)
            .arg(version)
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss")));
    QString error;
    if (!storage::copyRegisterFile(database(), backupPath, &error))
        return refusal(OpenError::IoError, tr("%1 needs an update, but its backup copy could not "
                                              "be written to %2: %3")
                                               .arg(name, backupPath, error));
    if (!storage::runMigrations(database(), version, &error)) {
        // The file stays as it is (the caller rolls back): its copy is not needed.
        QFile::remove(backupPath);
        return refusal(OpenError::MigrationFailed,
                       tr("%1 could not be updated to the current version: %2").arg(name, error));
    }
    result.backupPath = backupPath;
    return result;
}

OpenResult Register::finishSetUp()
{
    const QSqlDatabase db = database();
    const QString name = QFileInfo(m_path).fileName();
    QString error;
    const QString pragmas = QStringLiteral(
        "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA temp_store = MEMORY;"
        "PRAGMA cache_size = -32000;");
    if (!storage::execScript(db, pragmas, &error))
        return refusal(OpenError::IoError, tr("%1 cannot be opened: %2").arg(name, error));
    // The connection's set-up by the layers above: the search index's triggers live in the
    // connection's temporary schema, which a read-only connection may write too; they never
    // fire there.
    if (!storage::runSteps(storage::registerHooks().connectionSetUp, db, &error))
        return refusal(OpenError::Corrupt, tr("%1 is damaged: %2").arg(name, error));
    return {};
}

void Register::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (!m_readOnly)
                storage::reclaimFreePages(db, m_path, [](const QSqlDatabase &c, QString *error) {
                    return storage::runSteps(storage::registerHooks().compact, c, error);
                });
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Register::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Register::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Register::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Register::saveCopyAs(const QString &path, QString *error) const
{
    if (!isOpen()) {
        *error = tr("No register is open.");
        return false;
    }
    return storage::saveSnapshot(database(), m_path, path, error);
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    // A read-only register refuses every write the same way, before anything is tried.
    sqlite3 *handle = storage::nativeHandle(db);
    if (handle && sqlite3_db_readonly(handle, "main") == 1) {
        m_error = Register::readOnlyMessage(storage::databasePath(db));
        return;
    }
    int code = SQLITE_OK;
    QString error;
    m_active = storage::execScript(m_db, QStringLiteral("BEGIN IMMEDIATE"), &error, &code);
    if (!m_active)
        m_error = describe(code, error);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

QString Transaction::describe(int code, const QString &error) const
{
    const QString path = storage::databasePath(m_db);
    return path.isEmpty() ? error : Register::faultMessage(storage::faultOf(code), path, error);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    int code = SQLITE_OK;
    QString error;
    if (!storage::execScript(m_db, QStringLiteral("COMMIT"), &error, &code)) {
        m_error = describe(code, error);
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (m_active)
        storage::execScript(m_db, QStringLiteral("ROLLBACK"), nullptr);
    m_active = false;
}

QString currentTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace kartoitus
