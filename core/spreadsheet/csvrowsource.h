#pragma once

#include "csv/csvreader.h"
#include "spreadsheet/rowsource.h"

#include <QFile>

#include <optional>

namespace kartoitus::spreadsheet {

// A CSV or text file read with csv::Reader (encoding and delimiter detected or given).
class CsvRowSource : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::spreadsheet::CsvRowSource)

public:
    static std::unique_ptr<CsvRowSource> open(const QString &path, const SourceOptions &options,
                                              OpenError *error);

    bool readRow(QStringList *cells) override;
    qint64 line() const override { return m_reader->line(); }
    qint64 bytesRead() const override { return m_reader->bytesRead(); }
    qint64 totalBytes() const override { return m_file.size(); }

private:
    CsvRowSource() = default;

    QFile m_file;
    std::optional<csv::Reader> m_reader;
};

} // namespace kartoitus::spreadsheet
