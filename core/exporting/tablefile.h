#pragma once

#include "exporting/exportrequest.h"
#include "exporting/tablesink.h"

#include <QString>

#include <functional>

namespace kartoitus::exporting {

// One table written to a file through a QSaveFile, so that the file appears complete or not
// at all and a failed or cancelled write leaves an existing file untouched: CSV straight
// into it, XLSX into a temporary workbook (libxlsxwriter writes to a path of its own) that is
// then copied in. The export and the reports' tables write their files through it.
class TableFile
{
public:
    // Writes the rows into the sink it is given; false when that failed or was cancelled
    // (the caller knows why).
    using RowWriter = std::function<bool(TableSink &sink)>;

    // True when the file was written. Otherwise *fileError says, for the user, what went
    // wrong with the file or its disk (it could not be opened, the disk is full, the
    // workbook could not be copied in), or stays empty when only `rows` failed.
    // `sheetName` names an XLSX workbook's sheet.
    static bool write(const QString &path, Format format, const QString &sheetName,
                      const RowWriter &rows, QString *fileError);
};

} // namespace kartoitus::exporting
