#pragma once

#include <QByteArray>
#include <QFile>

// Peak resident set size of this process in KiB (VmHWM): the figure that grows if a
// streaming reader or importer held the whole file. -1 where /proc is not there.
inline qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
