#include "storage/undostorefolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace kartoitus {

QString UndoStoreFolder::markerPath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("register"));
}

// The register's canonical path, so that two spellings of one file are one register.
QString UndoStoreFolder::registerKey(const QString &registerPath)
{
    const QFileInfo info(registerPath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool UndoStoreFolder::mark(const QString &folder, const QString &registerPath, QString *error)
{
    QFile marker(markerPath(folder));
    if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        marker.write(registerKey(registerPath).toUtf8()) < 0 || !marker.flush()) {
        *error = marker.errorString();
        return false;
    }
    return true;
}

bool UndoStoreFolder::wipeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        *error = tr("%1 cannot be overwritten: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray zeros(64 * 1024, '\0');
    for (qint64 left = file.size(); left > 0; left -= zeros.size()) {
        if (file.write(zeros.constData(), qMin<qint64>(left, zeros.size())) < 0) {
            *error = tr("%1 cannot be overwritten: %2").arg(path, file.errorString());
            return false;
        }
    }
    file.flush();
#ifdef Q_OS_UNIX
    ::fsync(file.handle()); // the zeros reach the disk before the name goes
#endif
    file.close();
    if (!file.remove()) {
        *error = tr("%1 cannot be removed: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

int UndoStoreFolder::removeLeftovers(const QString &registerPath, const QString &tempRoot)
{
    const QString key = registerKey(registerPath);
    int removed = 0;
    const QFileInfoList folders = QDir(tempRoot).entryInfoList({prefix() + QLatin1Char('*')},
                                                               QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &folder : folders) {
#ifdef Q_OS_UNIX
        // Another user's folder is theirs (and unreadable); a link could point anywhere.
        if (folder.ownerId() != ::getuid() || folder.isSymLink())
            continue;
#endif
        QFile marker(markerPath(folder.filePath()));
        if (!marker.open(QIODevice::ReadOnly) || QString::fromUtf8(marker.readAll()) != key)
            continue;
        marker.close();
        QDir dir(folder.filePath());
        bool wiped = true;
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
            QString error;
            if (!file.isSymLink() && !wipeFile(file.filePath(), &error)) {
                qWarning("Kartoitus: an undo store left by an earlier run stays: %s",
                         qPrintable(error));
                wiped = false;
            }
        }
        if (wiped && dir.removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace kartoitus
