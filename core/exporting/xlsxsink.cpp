#include "exporting/xlsxsink.h"

#include <QFile>

#include <xlsxwriter.h>

namespace kartoitus::exporting {

namespace {

// Excel's limit for the text of one cell.
constexpr qsizetype MaxCellLength = 32767;

// XML 1.0 cannot hold C0 control characters other than TAB, LF and CR; a workbook
// with one would not open at all.
bool hasForbiddenControl(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            return true;
    }
    return false;
}

QString withoutForbiddenControls(QString text)
{
    text.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r';
    });
    return text;
}

// A sheet name may not hold []:*?/\ and is at most 31 characters.
QString validSheetName(QString name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    name.removeIf([](QChar c) { return forbidden.contains(c); });
    name = name.left(31);
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

} // namespace

XlsxSink::XlsxSink(const QString &path, const QString &sheetName)
{
    QFile::remove(path);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    m_workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!m_workbook) {
        m_error = tr("The spreadsheet %1 could not be created.").arg(path);
        return;
    }
    m_sheet = workbook_add_worksheet(m_workbook, validSheetName(sheetName).toUtf8().constData());
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
}

XlsxSink::~XlsxSink()
{
    // Not finished (cancelled or failed): close to free the library's memory and temp
    // files; the caller discards the half-written file.
    if (m_workbook)
        workbook_close(m_workbook);
}

bool XlsxSink::check(int lxwError)
{
    if (lxwError == LXW_NO_ERROR)
        return true;
    if (m_error.isEmpty())
        m_error = tr("Writing the spreadsheet failed: %1")
                      .arg(QString::fromUtf8(lxw_strerror(lxw_error(lxwError))));
    return false;
}

void XlsxSink::noteWidth(int column, qsizetype length)
{
    if (length > m_widths[column])
        m_widths[column] = int(qMin<qsizetype>(length, MaxColumnWidth));
}

bool XlsxSink::writeText(int column, QStringView text, lxw_format *format)
{
    if (hasForbiddenControl(text))
        return writeText(column, withoutForbiddenControls(text.toString()), format);
    if (text.size() > MaxCellLength)
        m_utf8 = text.left(MaxCellLength).toUtf8();
    else
        m_utf8 = text.toUtf8();
    noteWidth(column, text.size());
    // worksheet_write_string never interprets text: "=1+1" stays the text "=1+1".
    return check(
        worksheet_write_string(m_sheet, m_row, lxw_col_t(column), m_utf8.constData(), format));
}

bool XlsxSink::writeHeader(const QStringList &headers, const QList<CellKind> &kinds)
{
    if (!m_sheet)
        return false;
    m_kinds = kinds;
    m_widths.fill(8, headers.size());
    for (int c = 0; c < headers.size(); ++c) {
        if (!writeText(c, headers[c], m_bold))
            return false;
        // Room for the filter button beside the header text.
        noteWidth(c, headers[c].size() + 3);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    ++m_row;
    return true;
}

bool XlsxSink::writeRow(const QList<QStringView> &cells)
{
    if (!m_sheet)
        return false;
    if (m_row >= LXW_ROW_MAX) {
        m_error = tr("A spreadsheet holds at most %1 rows; export fewer rows or use CSV.")
                      .arg(LXW_ROW_MAX - 1);
        return false;
    }
    for (int c = 0; c < cells.size(); ++c) {
        const QStringView cell = cells[c];
        if (cell.isEmpty())
            continue;
        if (c < m_kinds.size() && m_kinds[c] == CellKind::Number) {
            bool isNumber = false;
            const double number = cell.toDouble(&isNumber);
            if (isNumber) {
                noteWidth(c, cell.size());
                if (!check(worksheet_write_number(m_sheet, m_row, lxw_col_t(c), number, nullptr)))
                    return false;
                continue;
            }
        }
        if (!writeText(c, cell, nullptr))
            return false;
    }
    ++m_row;
    return true;
}

bool XlsxSink::finish()
{
    if (!m_workbook)
        return false;
    const int lastColumn = int(m_widths.size()) - 1;
    for (int c = 0; c <= lastColumn; ++c)
        check(worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), m_widths[c] + 1, nullptr));
    if (lastColumn >= 0)
        check(
            worksheet_autofilter(m_sheet, 0, 0, m_row > 1 ? m_row - 1 : 1, lxw_col_t(lastColumn)));
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    return check(closed) && m_error.isEmpty();
}

} // namespace kartoitus::exporting
