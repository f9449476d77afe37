#include "common/registerbeacon.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace kartoitus {

namespace {

constexpr int ConnectTimeoutMs = 1000;
const char RaiseRequest[] = "raise\n";

// The user's name: two users may each have the same shared register open.
QString userName()
{
    const QString name = qEnvironmentVariable("USER");
    return name.isEmpty() ? qEnvironmentVariable("USERNAME") : name;
}

} // namespace

QString RegisterBeacon::socketName(const QString &path)
{
    QFileInfo info(path);
    const QString canonical =
        info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray key = (userName() + QLatin1Char('\n') + canonical).toUtf8();
    return QStringLiteral("kartoitus-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

RegisterBeacon::RegisterBeacon(const QString &path, QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    const QString name = socketName(path);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(name)) {
        // A socket nobody answers on was left by a crash; one that answers is another
        // window's, which keeps it.
        if (m_server->serverError() != QAbstractSocket::AddressInUseError)
            return;
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(ConnectTimeoutMs))
            return;
        QLocalServer::removeServer(name);
        if (!m_server->listen(name))
            return;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().startsWith(QByteArray(RaiseRequest).trimmed()))
                    emit raiseRequested();
            });
        }
    });
}

RegisterBeacon::~RegisterBeacon()
{
    m_server->close(); // removes the socket file
}

bool RegisterBeacon::isListening() const
{
    return m_server->isListening();
}

bool RegisterBeacon::isOpenElsewhere(const QString &path)
{
    QLocalSocket socket;
    socket.connectToServer(socketName(path));
    if (!socket.waitForConnected(ConnectTimeoutMs))
        return false; // nobody has it open (or only a crashed window's socket is left)
    socket.disconnectFromServer();
    return true;
}

bool RegisterBeacon::raiseOtherWindow(const QString &path)
{
    QLocalSocket socket;
    socket.connectToServer(socketName(path));
    if (!socket.waitForConnected(ConnectTimeoutMs))
        return false; // nobody has it open (or only a crashed window's socket is left)
    // No answer is awaited: the window may be in this very process, answering only when
    // its event loop runs.
    socket.write(RaiseRequest);
    socket.waitForBytesWritten(ConnectTimeoutMs);
    socket.disconnectFromServer();
    return true;
}

} // namespace kartoitus
