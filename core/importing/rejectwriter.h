#pragma once

#include "csv/csvwriter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

#include <memory>

namespace kartoitus::importing {

// Writes the rejected rows as a CSV of their own, to fix and import again: the input's
// encoding and delimiter (a spreadsheet's rejects: Excel (Finnish) CSV), its header row
// with a column "Reason" added, and each row's cells exactly as the file had them, the
// reason under "Reason" (after a short row's empty cells, before a long row's extra ones). The
// reason column maps to no field, so a corrected file imports without removing it. Opened on the
// first reject.
//
// The rows go to a temporary file that finish() puts in place: an import that fails or
// is cancelled leaves a file already at the path (last year's corrected rejects, say) as
// it was.
class RejectWriter
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::importing::RejectWriter)

public:
    RejectWriter(const QString &path, const csv::Dialect &dialect, const QStringList &header);

    bool write(const QStringList &cells, const QString &reason);
    // Puts the file in place if any row was written; false and *error when it cannot be.
    bool finish(QString *error);
    bool isOpen() const { return m_writer != nullptr; }
    QString errorString() const { return m_error; }

    static QString reasonHeader();

private:
    bool open();

    QString m_path;
    csv::Dialect m_dialect;
    QStringList m_header;
    QSaveFile m_file;
    std::unique_ptr<csv::Writer> m_writer;
    QString m_error;
};

} // namespace kartoitus::importing
