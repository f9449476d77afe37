#pragma once

#include "csv/csvwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <memory>

namespace kartoitus::importing {

// Writes the rejected rows as a CSV of their own, to fix and import again: the input's
// encoding and delimiter, its header row with a last column "Reason" added, and each row's
// cells exactly as the file had them, the reason last. The reason column maps to no
// field, so a corrected file imports without removing it. Opened on the first reject.
class RejectWriter
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::importing::RejectWriter)

public:
    RejectWriter(const QString &path, const csv::Dialect &dialect, const QStringList &header);

    bool write(const QStringList &cells, const QString &reason);
    bool finish(QString *error);
    bool isOpen() const { return m_writer != nullptr; }

    static QString reasonHeader();

private:
    bool open();

    QString m_path;
    csv::Dialect m_dialect;
    QStringList m_header;
    QFile m_file;
    std::unique_ptr<csv::Writer> m_writer;
    QString m_error;
};

} // namespace kartoitus::importing
