#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace kartoitus {

namespace storage {
enum class Fault;
}

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
    ReadOnly,        // read-only and in a state only a writer can use (older version, hot journal)
    Locked,          // another process holds a lock, or was committing
    AlreadyExists,   // create() on an existing path
    IoError,
    MigrationFailed,
};

struct OpenResult
{
    OpenError error = OpenError::None;
    QString message;       // for the user, translated
    QString backupPath;    // set when a migration wrote a backup first
    bool readOnly = false; // opened read-only (Register::isReadOnly())
    bool ok() const { return error == OpenError::None; }
};

// How to open an existing register. ReadWrite still opens read-only when the file or its
// folder cannot be written (a read-only share, a USB stick, an e-mail attachment).
enum class OpenMode
{
    ReadWrite,
    ReadOnly,
};

// Why a register opened read-only, so that the window can say so.
enum class ReadOnlyCause
{
    None,      // writable
    Requested, // opened with OpenMode::ReadOnly
    File,      // the file is marked read-only or the user may not write it
    Folder,    // its folder cannot be written (SQLite writes its journal there)
    Medium,    // the file system refuses writing (mounted read-only)
};

// One open register file: a SQLite connection with the project's pragmas, the schema
// migrated to the current version and the search index's triggers installed.
// A Register belongs to the thread that opened it; a worker thread opens its own with
// openAnother().
//
// Nothing but SQLite ever opens the register file while a connection to it is open: on
// POSIX, closing any other descriptor of the file drops every lock SQLite holds on it in
// this process. Every check of a file is therefore made through SQLite (which also rolls
// back a journal left by a crash before anything is read).
class Register
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::Register)

public:
    static constexpr quint32 ApplicationId = 0x4B725467; // "KrTg"
    static constexpr const char *FileSuffix = "kartoitus";
    static int currentSchemaVersion();

    Register();
    ~Register();
    Q_DISABLE_COPY(Register)

    // Creates a new register at path (refused if anything exists there), seeded with
    // the reference data.
    OpenResult create(const QString &path);
    // Opens an existing register, migrating it (after a backup) when it is older. A file
    // that cannot be written (or mode ReadOnly) opens read-only: every read works, every
    // write is refused with readOnlyMessage(); an older read-only file is refused.
    OpenResult open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    // Opens path if it exists, creates it otherwise.
    OpenResult openOrCreate(const QString &path);
    // Opens another connection to the same file (read-only if `other` is), for a worker
    // thread.
    OpenResult openAnother(const Register &other);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase database() const;
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;

    bool isReadOnly() const { return m_readOnly; }
    ReadOnlyCause readOnlyCause() const
    {
        return m_readOnly ? m_readOnlyCause : ReadOnlyCause::None;
    }
    // Why nothing can be changed, for the user (translated); empty when writable.
    QString readOnlyMessage() const;
    // The same message for any register file, e.g. when a write was refused.
    static QString readOnlyMessage(const QString &path);
    // A message naming the register file at `path` as the one at fault and saying what to
    // do; `detail` is SQLite's own words. For faults of the file (full disk, damage, a lock).
    static QString faultMessage(storage::Fault fault, const QString &path, const QString &detail);

    // Writes a consistent copy of the register to `path` (a snapshot: a write in progress
    // on another connection is either wholly in it or not at all). Works on a read-only
    // register. The copy is written beside `path` and renamed over it when complete, so
    // `path` is either the whole copy or as it was. False and a translated *error on
    // failure.
    bool saveCopyAs(const QString &path, QString *error) const;

private:
    enum class Purpose
    {
        Open,    // check and migrate
        Another, // check; must already be current
    };
    OpenResult openExisting(const QString &path, bool readOnly, Purpose purpose);
    OpenResult openConnection(const QString &path, bool readOnly);
    OpenResult checkAndMigrate(Purpose purpose);
    OpenResult migrate(int version);
    OpenResult finishSetUp();
    OpenResult fail(OpenError error, const QString &message);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    ReadOnlyCause m_readOnlyCause = ReadOnlyCause::None;
};

// RAII write transaction (BEGIN IMMEDIATE), rolled back unless commit() succeeds. On a
// read-only register it never starts, and error() is Register::readOnlyMessage(); a fault
// of the file (in use, full disk, damage) gives a message naming the register.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Q_DISABLE_COPY(Transaction)

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString error() const { return m_error; }

private:
    QString describe(int code, const QString &error) const;

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

QString currentTimestamp(); // ISO 8601 UTC, seconds: 2026-11-23T10:15:00Z
QString newUuid();

} // namespace kartoitus
