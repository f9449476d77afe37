#include "storage/register.h"

#include "search/searchindex.h"
#include "storage/migrations.h"
#include "storage/sqlitehandle.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace kartoitus {

namespace {

QAtomicInt connectionCounter;

OpenResult refusal(OpenError error, const QString &message)
{
    return {error, message, {}};
}

quint32 readBigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

bool hasWritePermission(const QString &path)
{
    // Checked on the permission bits rather than with access(): a file the user marked
    // read-only stays read-only for us even when we run with privileges.
    return (QFile::permissions(path) & QFileDevice::WriteOwner) && QFileInfo(path).isWritable();
}

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

OpenResult Register::inspect(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return {OpenError::NotFound, tr("The file %1 does not exist.").arg(name), {}};
    if (!info.isFile() || info.size() == 0)
        return {OpenError::NotARegister,
                tr("%1 is not a Kartoitus register: the file is empty or not a file.").arg(name),
                {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {OpenError::IoError, tr("%1 cannot be read: %2").arg(name, file.errorString()), {}};
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic.left(qMin(header.size(), 16))) || header.size() < 16)
        return {OpenError::NotARegister, tr("%1 is not a Kartoitus register.").arg(name), {}};
    if (header.size() < 100)
        return {OpenError::Corrupt, tr("%1 is damaged: the file is truncated.").arg(name), {}};
    quint32 pageSize = (quint32(uchar(header[16])) << 8) | quint32(uchar(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    const bool validCount = readBigEndian32(header, 24) == readBigEndian32(header, 92);
    const qint64 pages = readBigEndian32(header, 28);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) || info.size() % pageSize != 0 ||
        (validCount && pages * pageSize > info.size()))
        return {OpenError::Corrupt, tr("%1 is damaged: the file is truncated.").arg(name), {}};
    if (readBigEndian32(header, 68) != ApplicationId)
        return {OpenError::ForeignDatabase,
                tr("%1 is a database of another application, not a Kartoitus register.").arg(name),
                {}};
    const int version = int(readBigEndian32(header, 60));
    if (version > currentSchemaVersion())
        return {OpenError::NewerVersion,
                tr("%1 was written by a newer version of Kartoitus (register version %2; this "
                   "version reads up to %3). Update Kartoitus to open it.")
                    .arg(name)
                    .arg(version)
                    .arg(currentSchemaVersion()),
                {}};
    if (!hasWritePermission(path) || !QFileInfo(info.absolutePath()).isWritable())
        return {OpenError::ReadOnly,
                tr("%1 is read-only. Copy it to a folder where you can write, or change its "
                   "permissions.")
                    .arg(name),
                {}};
    return {};
}

OpenResult Register::create(const QString &path)
{
    close();
    if (QFileInfo::exists(path))
        return fail(OpenError::AlreadyExists,
                    tr("%1 already exists.").arg(QFileInfo(path).fileName()));
    const QDir dir = QFileInfo(path).absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return fail(OpenError::IoError, tr("The folder %1 cannot be created.").arg(dir.path()));
    OpenResult result = openConnection(path, false);
    if (result.ok())
        result = migrate();
    if (!result.ok()) {
        close();
        QFile::remove(path);
    }
    return result;
}

OpenResult Register::open(const QString &path)
{
    close();
    const OpenResult inspected = inspect(path);
    if (!inspected.ok())
        return inspected;
    OpenResult result = openConnection(path, false);
    if (result.ok())
        result = migrate();
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
    close();
    if (path.isEmpty())
        return fail(OpenError::IoError, tr("No register is open."));
    OpenResult result = openConnection(path, false);
    if (!result.ok())
        return result;
    // The search index's triggers are per connection; the schema is already current.
    QString error;
    if (!SearchIndex::installTriggers(database(), &error))
        return fail(OpenError::Corrupt,
                    tr("%1 is damaged: %2").arg(QFileInfo(path).fileName(), error));
    return result;
}

OpenResult Register::openConnection(const QString &path, bool readOnly)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_connectionName = QStringLiteral("kartoitus-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    OpenResult result = setUpConnection(
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName), readOnly);
    if (!result.ok())
        return fail(result.error, result.message);
    return result;
}

OpenResult Register::setUpConnection(QSqlDatabase db, bool readOnly)
{
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1500")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=1500"));
    const QString name = QFileInfo(m_path).fileName();
    if (!db.open())
        return refusal(OpenError::IoError,
                       tr("%1 cannot be opened: %2").arg(name, db.lastError().text()));
    // Another process writing (or holding an exclusive lock) makes this fail after the
    // busy timeout; taking and releasing the write lock changes no byte of the file.
    QString error;
    if (!readOnly &&
        !storage::execScript(db, QStringLiteral("BEGIN IMMEDIATE; ROLLBACK"), &error)) {
        if (error.contains(QLatin1String("locked")) || error.contains(QLatin1String("busy")))
            return refusal(
                OpenError::Locked,
                tr("%1 is in use by another program. Close it there and try again.").arg(name));
        if (error.contains(QLatin1String("malformed")) || error.contains(QLatin1String("corrupt")))
            return refusal(OpenError::Corrupt, tr("%1 is damaged: %2").arg(name, error));
        return refusal(OpenError::IoError, tr("%1 cannot be opened: %2").arg(name, error));
    }
    const QString pragmas = QStringLiteral(
        "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA temp_store = MEMORY;"
        "PRAGMA cache_size = -32000;");
    if (!storage::execScript(db, pragmas, &error))
        return refusal(OpenError::Corrupt, tr("%1 is damaged: %2").arg(name, error));
    return {};
}

OpenResult Register::migrate()
{
    OpenResult result = migrateConnection(database());
    if (!result.ok()) {
        // The file is as it was (the migration is one transaction): its copy is not needed.
        if (!result.backupPath.isEmpty() && result.error == OpenError::MigrationFailed)
            QFile::remove(result.backupPath);
        result.backupPath.clear();
        close();
    }
    return result;
}

// Never closes the connection itself: no query or handle of it may outlive the close.
OpenResult Register::migrateConnection(QSqlDatabase db)
{
    const QString name = QFileInfo(m_path).fileName();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return refusal(OpenError::Corrupt,
                       tr("%1 is damaged: %2").arg(name, query.lastError().text()));
    const int version = query.value(0).toInt();
    query.finish();
    OpenResult result;
    if (version < currentSchemaVersion()) {
        if (version > 0) {
            // A copy of the file as it was, kept beside it, in case the migration or the
            // new version disappoints.
            result.backupPath = QStringLiteral("%1.v%2-%3.bak")
                                    .arg(m_path)
                                    .arg(version)
                                    .arg(QDateTime::currentDateTimeUtc().toString(
                                        QStringLiteral("yyyyMMddTHHmmss")));
            if (!QFile::copy(m_path, result.backupPath))
                return refusal(OpenError::IoError,
                               tr("%1 needs an update, but its backup copy could not be "
                                  "written to %2.")
                                   .arg(name, result.backupPath));
        }
        QString error;
        if (!storage::runMigrations(db, version, &error)) {
            result.error = OpenError::MigrationFailed;
            result.message =
                tr("%1 could not be updated to the current version: %2").arg(name, error);
            return result;
        }
    }
    QString error;
    if (!SearchIndex::installTriggers(db, &error))
        return refusal(OpenError::Corrupt, tr("%1 is damaged: %2").arg(name, error));
    return result;
}

void Register::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
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

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    m_active = storage::execScript(m_db, QStringLiteral("BEGIN IMMEDIATE"), &m_error);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!storage::execScript(m_db, QStringLiteral("COMMIT"), &m_error)) {
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
