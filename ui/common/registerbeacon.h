#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace kartoitus {

// Tells running Kartoitus windows apart by the register they have open, so that a register
// is not open for writing in two windows at once (each would keep its own undo steps and
// show stale counts). A window that opens a register for writing listens on a local socket
// named after the register's canonical path (and the user); a second open of the same file
// reaches it, which asks that window to come to the front.
//
// Nothing here touches the register file: the socket lives in the system's folder for
// them, and a socket left behind by a crash is noticed (nobody answers) and replaced.
class RegisterBeacon : public QObject
{
    Q_OBJECT

public:
    // Starts answering for the register at `path`.
    explicit RegisterBeacon(const QString &path, QObject *parent = nullptr);
    ~RegisterBeacon() override;

    // Whether this beacon answers for the register (false when another one already does).
    bool isListening() const;

    // Whether a running Kartoitus window (this process's included) has the register at
    // `path` open for writing. Asks nothing of it.
    static bool isOpenElsewhere(const QString &path);
    // When a running Kartoitus has the register at `path` open for writing, asks it to come
    // to the front and returns true.
    static bool raiseOtherWindow(const QString &path);
    // The socket's name for the register at `path`.
    static QString socketName(const QString &path);

signals:
    // Another window tried to open this register: the one that has it should come forward.
    void raiseRequested();

private:
    QLocalServer *m_server;
};

} // namespace kartoitus
