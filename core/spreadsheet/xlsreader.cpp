#include "spreadsheet/xlsreader.h"

#include "spreadsheet/cellformat.h"

#include <QFile>

#include <freexl.h>

namespace kartoitus::spreadsheet {

namespace {

QStringList namesOf(const void *handle)
{
    QStringList names;
    unsigned int count = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
        return names;
    for (unsigned int i = 0; i < count && i < 65535; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(handle, static_cast<unsigned short>(i), &name) == FREEXL_OK)
            names.append(QString::fromUtf8(name));
    }
    return names;
}

QString cellText(const FreeXL_CellValue &cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return QString::number(cell.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return generalNumber(cell.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_TIME:
        return QString::fromUtf8(cell.value.text_value);
    case FREEXL_CELL_DATETIME: {
        QString text = QString::fromUtf8(cell.value.text_value);
        return text.endsWith(QLatin1String(" 00:00:00")) ? text.left(10) : text;
    }
    default:
        return {};
    }
}

} // namespace

std::unique_ptr<XlsReader> XlsReader::open(const QString &path, const SourceOptions &options,
                                           OpenError *error)
{
    std::unique_ptr<XlsReader> reader(new XlsReader);
    reader->m_info.format = Format::Xls;
    const QString unreadable =
        tr("The file is an old Excel workbook (.xls) that cannot be read, or a workbook "
           "protected by a password. Open it in Excel or LibreOffice, save it as .xlsx "
           "(without a password) and import that.");
    if (freexl_open(QFile::encodeName(path).constData(), &reader->m_handle) != FREEXL_OK) {
        error->message = unreadable;
        return nullptr;
    }
    reader->m_info.sheetNames = namesOf(reader->m_handle);
    const int index = sheetIndex(reader->m_info.sheetNames, options.sheet, error);
    if (index < 0)
        return nullptr;
    reader->m_info.sheetName = reader->m_info.sheetNames.at(index);
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(reader->m_handle, static_cast<unsigned short>(index)) !=
            FREEXL_OK ||
        freexl_worksheet_dimensions(reader->m_handle, &rows, &columns) != FREEXL_OK) {
        error->message = unreadable;
        return nullptr;
    }
    reader->m_rows = rows;
    reader->m_columns = columns;
    reader->m_row = qMin<qint64>(qMax(0, options.dialect.skipLines), rows);
    return reader;
}

QStringList XlsReader::sheetNames(const QString &path)
{
    const void *handle = nullptr;
    QStringList names;
    if (freexl_open_info(QFile::encodeName(path).constData(), &handle) == FREEXL_OK)
        names = namesOf(handle);
    freexl_close(handle);
    return names;
}

XlsReader::~XlsReader()
{
    freexl_close(m_handle);
}

bool XlsReader::readRow(QStringList *cells)
{
    cells->clear();
    if (m_row >= m_rows)
        return false;
    for (int column = 0; column < m_columns; ++column) {
        FreeXL_CellValue cell;
        if (freexl_get_cell_value(m_handle, static_cast<unsigned int>(m_row),
                                  static_cast<unsigned short>(column), &cell) != FREEXL_OK) {
            setError(tr("Sheet “%1”, row %2, column %3: the cell cannot be read.")
                         .arg(m_info.sheetName)
                         .arg(m_row + 1)
                         .arg(column + 1),
                     m_row + 1, column + 1);
            return false;
        }
        const QString text = cellText(cell);
        if (!text.isEmpty()) {
            while (cells->size() < column)
                cells->append(QString());
            cells->append(text);
        }
    }
    ++m_row;
    return true;
}

} // namespace kartoitus::spreadsheet
