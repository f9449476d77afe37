// Another program on the same register file, for the storage tests: it holds a write
// lock, tries to write, or dies in the middle of a commit. Plain SQLite, no Qt: it is
// what any other program using SQLite does.
//
//   sqlitehelper hold FILE            BEGIN IMMEDIATE; prints "holding"; ROLLBACK at a line on
//   stdin sqlitehelper try-write FILE       BEGIN IMMEDIATE without waiting: exit 0 if it got the
//                                     write lock, 3 if the file is locked, 1 on other errors
//   sqlitehelper crash-in-commit FILE SQL
//                                     runs SQL in a transaction and, during its COMMIT, exits
//                                     at once after SQLite wrote page 1 of the file: the state
//                                     a kill in the middle of a commit leaves (page 1 gives the
//                                     new size, the file is not yet that long, the journal
//                                     holds the old pages)
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {

// A VFS that passes everything to the default one, and ends the process right after the
// first write to the main database file's first page once armed.
bool armed = false;
sqlite3_vfs *realVfs = nullptr;

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
    bool mainDb;
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file)->real;
}

int shimClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int shimRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int shimWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    const int rc = real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
    if (armed && reinterpret_cast<ShimFile *>(f)->mainDb && offset == 0)
        _exit(0); // as a kill would: no rollback, no unlock, no close
    return rc;
}
int shimTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int shimSync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int shimFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int shimLock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xLock(real(f), lock);
}
int shimUnlock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xUnlock(real(f), lock);
}
int shimCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int shimFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int shimSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int shimDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}

const sqlite3_io_methods shimMethods = {
    1, // no shared memory or memory mapping: a rollback journal needs neither
    shimClose,
    shimRead,
    shimWrite,
    shimTruncate,
    shimSync,
    shimFileSize,
    shimLock,
    shimUnlock,
    shimCheckReservedLock,
    shimFileControl,
    shimSectorSize,
    shimDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    shim->mainDb = (flags & SQLITE_OPEN_MAIN_DB) != 0;
    shim->base.pMethods = nullptr;
    const int rc = realVfs->xOpen(realVfs, name, shim->real, flags, outFlags);
    if (shim->real->pMethods)
        shim->base.pMethods = &shimMethods;
    return rc;
}

sqlite3_vfs shimVfs;

void registerShim()
{
    realVfs = sqlite3_vfs_find(nullptr);
    shimVfs = *realVfs;
    shimVfs.zName = "crash-in-commit";
    shimVfs.szOsFile = int(sizeof(ShimFile)) + realVfs->szOsFile;
    shimVfs.xOpen = shimOpen;
    sqlite3_vfs_register(&shimVfs, 0);
}

sqlite3 *openFile(const char *path, const char *vfs)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, vfs) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s: %s\n", path, sqlite3_errmsg(db));
        std::exit(1);
    }
    return db;
}

int exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
    }
    return rc;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: sqlitehelper hold|try-write|crash-in-commit FILE [SQL]\n");
        return 1;
    }
    const std::string mode = argv[1];
    const char *path = argv[2];
    if (mode == "hold") {
        sqlite3 *db = openFile(path, nullptr);
        sqlite3_busy_timeout(db, 5000);
        if (exec(db, "BEGIN IMMEDIATE") != SQLITE_OK)
            return 1;
        std::printf("holding\n");
        std::fflush(stdout);
        char line[16];
        if (!std::fgets(line, sizeof line, stdin)) {
        }
        exec(db, "ROLLBACK");
        sqlite3_close(db);
        return 0;
    }
    if (mode == "try-write") {
        sqlite3 *db = openFile(path, nullptr);
        const int rc = exec(db, "BEGIN IMMEDIATE");
        std::printf("%s\n", rc == SQLITE_OK ? "written" : sqlite3_errstr(rc));
        if (rc == SQLITE_OK)
            exec(db, "ROLLBACK");
        sqlite3_close(db);
        return rc == SQLITE_OK ? 0 : (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) ? 3 : 1;
    }
    if (mode == "crash-in-commit" && argc == 4) {
        registerShim();
        sqlite3 *db = openFile(path, "crash-in-commit");
        if (exec(db, "BEGIN IMMEDIATE") != SQLITE_OK || exec(db, argv[3]) != SQLITE_OK)
            return 1;
        armed = true;
        exec(db, "COMMIT");
        std::fprintf(stderr, "the commit never wrote page 1\n");
        return 1;
    }
    std::fprintf(stderr, "unknown mode %s\n", argv[1]);
    return 1;
}
