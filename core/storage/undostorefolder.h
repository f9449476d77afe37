#pragma once

#include <QCoreApplication>
#include <QString>

namespace kartoitus {

// The private temporary folder that holds an open register's undo store (UndoJournal): the
// statements that undo and redo the window's steps, with the values they put back — a
// forgotten person's email among them until the register closes. A window that closes
// removes its folder; one that crashes leaves it behind, so each folder names the register
// it belongs to, and the next window that opens that register for writing wipes what an
// earlier run left before it does anything else.
class UndoStoreFolder
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::UndoStoreFolder)

public:
    // How every undo-store folder's name begins (QTemporaryDir adds the rest).
    static QString prefix() { return QStringLiteral("kartoitus-undo-"); }

    // Writes into `folder` which register's store it holds.
    static bool mark(const QString &folder, const QString &registerPath, QString *error);

    // Removes from `tempRoot` every undo-store folder of this user that names the register
    // at `registerPath`, each file in it overwritten with zeros and flushed to the disk
    // before it is removed. Only for the one window that has the register open for
    // writing: no other window of it can be using them. Returns how many folders went.
    static int removeLeftovers(const QString &registerPath, const QString &tempRoot);

    // Overwrites the file's bytes with zeros, flushes them to the disk and removes it.
    static bool wipeFile(const QString &path, QString *error);

private:
    static QString markerPath(const QString &folder);
    static QString registerKey(const QString &registerPath);
};

} // namespace kartoitus
