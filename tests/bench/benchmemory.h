#pragma once

#include <QByteArray>
#include <QFile>

#include <sys/resource.h>

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

// User + system CPU seconds of this process (RUSAGE_SELF, every thread) or of its waited-for
// children (RUSAGE_CHILDREN). Printed beside wall time: a shared machine's load inflates
// wall time, not CPU time.
inline double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
