#pragma once

#include "spreadsheet/rowsource.h"

namespace kartoitus::spreadsheet {

// Rows of one sheet of an old Excel workbook (.xls, BIFF), read with libfreexl. FreeXL
// reads the whole workbook into memory: such files have at most 65,536 rows. Numbers have
// no display format there, so they are shown as written (1240, 0.5); dates as ISO dates.
class XlsReader : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::spreadsheet::XlsReader)

public:
    static std::unique_ptr<XlsReader> open(const QString &path, const SourceOptions &options,
                                           OpenError *error);
    static QStringList sheetNames(const QString &path);
    ~XlsReader() override;

    bool readRow(QStringList *cells) override;
    qint64 line() const override { return m_row; }
    qint64 bytesRead() const override { return m_row; }
    qint64 totalBytes() const override { return m_rows; }

private:
    XlsReader() = default;

    const void *m_handle = nullptr;
    qint64 m_rows = 0;
    int m_columns = 0;
    qint64 m_row = 0; // rows returned so far; the next is m_row + 1
};

} // namespace kartoitus::spreadsheet
