#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace kartoitus::exporting {

// How a spreadsheet should store a column's cells. CSV ignores it; XLSX writes Number
// cells as numbers (so that sums and sorting work) and everything else as text.
enum class CellKind
{
    Text,
    Number
};

// Where exported rows go: a CSV or an XLSX file. Rows arrive one at a time, so a sink
// never holds more than the row it is writing.
class TableSink
{
public:
    virtual ~TableSink() = default;

    virtual bool writeHeader(const QStringList &headers, const QList<CellKind> &kinds) = 0;
    // The views are valid only during the call.
    virtual bool writeRow(const QList<QStringView> &cells) = 0;
    // Completes the file; false (see errorString()) when it could not be written.
    virtual bool finish() = 0;
    virtual QString errorString() const = 0;
};

} // namespace kartoitus::exporting
