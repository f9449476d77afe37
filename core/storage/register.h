#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace kartoitus {

// Why a file could not be opened as a register. Every refusal leaves the file's
// bytes exactly as they were.
enum class OpenError
{
    None,
    NotFound,
    NotARegister,    // not SQLite at all (or empty)
    ForeignDatabase, // SQLite, but another application's
    NewerVersion,    // written by a newer Kartoitus
    Corrupt,         // truncated or damaged
    ReadOnly,
    Locked,        // another process holds a lock
    AlreadyExists, // create() on an existing path
    IoError,
    MigrationFailed,
};

struct OpenResult
{
    OpenError error = OpenError::None;
    QString message;    // for the user, translated
    QString backupPath; // set when a migration wrote a backup first
    bool ok() const { return error == OpenError::None; }
};

// One open register file: a SQLite connection with the project's pragmas, the schema
// migrated to the current version and the search index's triggers installed.
// A Register belongs to the thread that opened it; a worker thread opens its own with
// openAnother().
class Register
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::Register)

public:
    static constexpr quint32 ApplicationId = 0x4B725467; // "KrTg"
    static constexpr const char *FileSuffix = "kartoitus";
    static int currentSchemaVersion();

    Register();
    ~Register();
    Register(const Register &) = delete;
    Register &operator=(const Register &) = delete;

    // Creates a new register at path (refused if anything exists there), seeded with
    // the reference data.
    OpenResult create(const QString &path);
    // Opens an existing register, migrating it (after a backup) when it is older.
    OpenResult open(const QString &path);
    // Opens path if it exists, creates it otherwise.
    OpenResult openOrCreate(const QString &path);
    // Opens another connection to the same file, for a worker thread.
    OpenResult openAnother(const Register &other);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase database() const;
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;

    // Inspects a file without opening it for writing: what open() would refuse, or None.
    static OpenResult inspect(const QString &path);

private:
    OpenResult openConnection(const QString &path, bool readOnly);
    OpenResult setUpConnection(QSqlDatabase db, bool readOnly);
    OpenResult migrate();
    OpenResult migrateConnection(QSqlDatabase db);
    OpenResult fail(OpenError error, const QString &message);

    QString m_path;
    QString m_connectionName;
};

// RAII write transaction (BEGIN IMMEDIATE), rolled back unless commit() succeeds.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

QString currentTimestamp(); // ISO 8601 UTC, seconds: 2026-11-23T10:15:00Z
QString newUuid();

} // namespace kartoitus
