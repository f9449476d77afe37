#pragma once

#include "csv/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QList>
#include <QStringList>

namespace csvtest {

// Everything a reader produced for one input, so a test compares it in one place.
struct ReadResult
{
    QList<QStringList> rows;
    QList<qint64> lines;
    kartoitus::csv::Dialect dialect;
    kartoitus::csv::Reader::Error error = kartoitus::csv::Reader::Error::None;
    QString errorString;
    qint64 errorLine = 0;
    qint64 errorColumn = 0;
};

inline ReadResult readAll(QIODevice *device, const kartoitus::csv::Dialect &dialect,
                          qsizetype chunkSize = 0)
{
    kartoitus::csv::Reader reader(device, dialect);
    if (chunkSize > 0)
        reader.setChunkSize(chunkSize);
    ReadResult result;
    QStringList fields;
    while (reader.readRow(&fields)) {
        result.rows.append(fields);
        result.lines.append(reader.line());
    }
    result.dialect = reader.dialect();
    result.error = reader.error();
    result.errorString = reader.errorString();
    result.errorLine = reader.errorLine();
    result.errorColumn = reader.errorColumn();
    return result;
}

inline ReadResult readBytes(const QByteArray &bytes, const kartoitus::csv::Dialect &dialect = {},
                            qsizetype chunkSize = 0)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, dialect, chunkSize);
}

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(KARTOITUS_TEST_DATA "/csv/") + relative;
}

inline QByteArray fileBytes(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace csvtest
