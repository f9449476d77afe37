// Reads a generated ~200 MB CSV through csv::Reader and prints rows, seconds, MB/s and
// peak memory before and after, to show that the reader's memory stays flat.
//   bench_csvreader [megabytes]

#include "benchmemory.h"
#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace kartoitus::csv;

namespace {

// Excel-Finnish-like rows: Finnish letters, quoted fields holding `;`, quotes and line
// breaks. Written in 1 MiB pieces so that generating does not raise the peak itself.
qint64 generate(const QString &path, qint64 targetBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    file.write("\xEF\xBB\xBFNimi;Kunta;Y-tunnus;Kuvaus;J\xC3\xA4senet\r\n");
    const QStringList towns = {QStringLiteral("Jyväskylä"), QStringLiteral("Äänekoski"),
                               QStringLiteral("Jämsä"), QStringLiteral("Petäjävesi")};
    QByteArray chunk;
    qint64 rows = 0;
    while (file.size() + chunk.size() < targetBytes) {
        const QString row =
            QStringLiteral("Yhdistys %1 ry;%2;%3-%4;\"Kerho \"\"Ässät\"\"; liikuntaa\r\n"
                           "ja vertaistukea, %5 ikäihmisille\";%6\r\n")
                .arg(rows)
                .arg(towns[rows % towns.size()])
                .arg(1000000 + rows % 8999999, 7, 10, QLatin1Char('0'))
                .arg(rows % 10)
                .arg(QStringLiteral("öljy å ä"))
                .arg(rows % 1000);
        chunk += row.toUtf8();
        ++rows;
        if (chunk.size() >= (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 200;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.csv"));
    const qint64 generated = generate(path, megabytes * 1000 * 1000);
    QFile file(path);
    if (generated < 0 || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 2;
    }
    const qint64 peakBefore = peakRssKiB();
    QElapsedTimer timer;
    timer.start();
    Reader reader(&file);
    QStringList fields;
    qint64 rows = 0;
    qint64 characters = 0;
    while (reader.readRow(&fields)) {
        ++rows;
        characters += fields.value(3).size(); // touch the data so nothing is optimised away
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double mb = file.size() / 1e6;
    std::printf("file        %.1f MB, %s, delimiter %s\n", mb,
                qPrintable(encodingName(reader.dialect().encoding)),
                qPrintable(delimiterName(reader.dialect().delimiter)));
    std::printf("rows        %lld (header + %lld generated), %lld description chars\n", rows,
                generated, characters);
    std::printf("error       %s\n", reader.hasError() ? qPrintable(reader.errorString()) : "none");
    std::printf("seconds     %.2f\n", seconds);
    std::printf("throughput  %.1f MB/s\n", mb / seconds);
    std::printf("peak RSS    before %lld KiB, after %lld KiB\n", peakBefore, peakRssKiB());
    return reader.hasError() || rows != generated + 1 ? 1 : 0;
}
