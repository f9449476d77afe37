#pragma once

#include "exporting/tablesink.h"

#include <QByteArray>
#include <QCoreApplication>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace kartoitus::exporting {

// Writes exported rows as an XLSX workbook of one sheet: a bold header row frozen at
// the top, an autofilter over the data, column widths from the content. Cells are
// strings or numbers, never formulas. libxlsxwriter's constant-memory mode streams
// each row to a temporary file, so memory stays flat for 100,000 rows.
class XlsxSink final : public TableSink
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::exporting::XlsxSink)

public:
    // The workbook is written to `path` by finish(); nothing is there before.
    XlsxSink(const QString &path, const QString &sheetName);
    ~XlsxSink() override;
    Q_DISABLE_COPY(XlsxSink)

    bool writeHeader(const QStringList &headers, const QList<CellKind> &kinds) override;
    bool writeRow(const QList<QStringView> &cells) override;
    bool finish() override;
    QString errorString() const override { return m_error; }

    // Widest column, in characters: longer text wraps off-screen rather than making
    // one column fill the window.
    static constexpr int MaxColumnWidth = 60;

private:
    bool writeText(int column, QStringView text, lxw_format *format);
    bool check(int lxwError);
    void noteWidth(int column, qsizetype length);

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    QList<CellKind> m_kinds;
    QList<int> m_widths;
    QByteArray m_utf8; // reused for every cell
    quint32 m_row = 0;
    QString m_error;
};

} // namespace kartoitus::exporting
