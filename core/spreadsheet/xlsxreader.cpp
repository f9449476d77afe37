#include "spreadsheet/xlsxreader.h"

#include <charconv>

namespace kartoitus::spreadsheet {

namespace {

constexpr qint64 MaxRows = SheetXmlScanner::MaxRows;

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Without the white space around it (ASCII only: a UTF-8 byte is never a space).
QByteArrayView trimmed(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && isAsciiSpace(bytes.front()))
        bytes = bytes.sliced(1);
    while (!bytes.isEmpty() && isAsciiSpace(bytes.back()))
        bytes.chop(1);
    return bytes;
}

} // namespace

QString columnName(qint64 column)
{
    QString name;
    while (column > 0) {
        const qint64 rest = (column - 1) % 26;
        name.prepend(QChar(char16_t(u'A' + rest)));
        column = (column - 1) / 26;
    }
    return name;
}

std::unique_ptr<XlsxReader> XlsxReader::open(const QString &path, const SourceOptions &options,
                                             OpenError *error)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader(options));
    QString problem;
    if (!reader->openZip(path)) {
        error->message =
            tr("The file cannot be read as a spreadsheet: %1.").arg(reader->zipError());
        return nullptr;
    }
    XlsxWorkbook &book = reader->m_book;
    if (!book.readStructure(reader->m_zip, &problem)) {
        error->message = tr("The file cannot be read as an Excel workbook: %1.").arg(problem);
        return nullptr;
    }
    for (const XlsxWorkbook::Sheet &sheet : std::as_const(book.sheets))
        reader->m_info.sheetNames.append(sheet.name);
    const int index = sheetIndex(reader->m_info.sheetNames, options.sheet, error);
    if (index < 0)
        return nullptr;
    const XlsxWorkbook::Sheet &sheet = book.sheets.at(index);
    reader->m_info.sheetName = sheet.name;
    if (!book.readContents(reader->m_zip, options.maxCellLength, &problem)) {
        error->message = tr("The file cannot be read as an Excel workbook: %1.").arg(problem);
        return nullptr;
    }
    if (!reader->openPart(sheet.part)) {
        error->message =
            tr("The sheet “%1” cannot be read: %2.").arg(sheet.name, reader->zipError());
        return nullptr;
    }
    reader->m_scanner =
        std::make_unique<SheetXmlScanner>(reader->partDevice(), options.maxCellLength);
    return reader;
}

QStringList XlsxReader::sheetNames(const QString &path)
{
    ZipArchive zip;
    XlsxWorkbook book;
    QString error;
    QStringList names;
    if (zip.open(path) && book.readStructure(zip, &error)) {
        for (const XlsxWorkbook::Sheet &sheet : std::as_const(book.sheets))
            names.append(sheet.name);
    }
    return names;
}

bool XlsxReader::readRow(QStringList *cells)
{
    cells->clear();
    while (!m_done && !hasError()) {
        if (!m_scanner->readRow()) {
            m_done = true;
            if (m_scanner->error() != SheetXmlScanner::Error::None)
                failScan();
            return false;
        }
        m_rowNumber = m_scanner->rowNumber();
        if (!convertRow(cells))
            return false;
        if (m_rowNumber > m_skipRows)
            return true;
        cells->clear();
    }
    return false;
}

bool XlsxReader::convertRow(QStringList *cells)
{
    for (const SheetXmlScanner::Cell &cell : m_scanner->cells()) {
        QString text;
        if (!cellText(cell, m_scanner->text(cell), &text))
            return false;
        if (text.isEmpty())
            continue;
        if (text.size() > m_maxCellLength)
            return failCell(cell.column,
                            tr("the text is longer than %1 characters").arg(m_maxCellLength));
        if (cells->size() < cell.column)
            cells->resize(cell.column);
        (*cells)[cell.column - 1] = std::move(text);
    }
    while (!cells->isEmpty() && cells->constLast().isEmpty())
        cells->removeLast();
    return true;
}

bool XlsxReader::cellText(const SheetXmlScanner::Cell &cell, QByteArrayView value, QString *text)
{
    using Type = SheetXmlScanner::CellType;
    switch (cell.type) {
    case Type::SharedString: {
        const QByteArrayView digits = trimmed(value);
        qint64 index = -1;
        const auto [end, problem] =
            std::from_chars(digits.data(), digits.data() + digits.size(), index);
        if (problem != std::errc() || end != digits.data() + digits.size() || index < 0 ||
            index >= m_book.sharedStrings.size())
            return failCell(cell.column, tr("the cell refers to shared string %1, but the "
                                            "workbook has %2; the file is damaged")
                                             .arg(QString::fromUtf8(value))
                                             .arg(m_book.sharedStrings.size()));
        if (!m_book.sharedStrings.at(index, text))
            return failCell(cell.column, m_book.sharedStrings.errorString());
        return true;
    }
    case Type::InlineString:
    case Type::String:
        *text = decodeOoxmlEscapes(QString::fromUtf8(value));
        return true;
    case Type::Literal:
        *text = QString::fromUtf8(value);
        return true;
    case Type::Boolean:
        *text = value.isEmpty()                         ? QString()
                : trimmed(value) == QByteArrayView("0") ? QStringLiteral("FALSE")
                                                        : QStringLiteral("TRUE");
        return true;
    case Type::Date: {
        // An ISO 8601 date written as such (strict OOXML, some writers).
        const NumberFormat format = m_book.styles.value(cell.style);
        QString iso = QString::fromUtf8(value).trimmed();
        iso.replace(u'T', u' ');
        if (format.kind == NumberFormat::Date || !iso.contains(u' '))
            *text = iso.left(10);
        else
            *text = iso.left(format.seconds ? 19 : 16);
        return true;
    }
    case Type::Number:
        return numberText(cell.style, value, text);
    }
    return true;
}

bool XlsxReader::numberText(int style, QByteArrayView value, QString *text)
{
    if (value.isEmpty())
        return true;
    // Most numbers are plain ("1240", "0.5", "1.5E-3"): read without a QString. Anything
    // else (a sign, spaces) goes through QString::toDouble as it always did.
    double number = 0;
    bool ok = false;
    const char first = value.front();
    if ((first >= '0' && first <= '9') || first == '-') {
        const auto [end, problem] =
            std::from_chars(value.data(), value.data() + value.size(), number);
        ok = problem == std::errc() && end == value.data() + value.size();
    }
    const QString written = ok ? QString() : QString::fromUtf8(value);
    if (!ok)
        number = written.trimmed().toDouble(&ok);
    *text = ok ? formatNumber(number, m_book.styles.value(style), m_book.date1904) : written;
    return true;
}

bool XlsxReader::failCell(qint64 column, const QString &problem)
{
    setError(tr("Sheet “%1”, row %2, column %3 (%4): %5.")
                 .arg(m_info.sheetName)
                 .arg(m_rowNumber)
                 .arg(column)
                 .arg(columnName(column), problem),
             m_rowNumber, column);
    return false;
}

bool XlsxReader::failScan()
{
    using Error = SheetXmlScanner::Error;
    const qint64 row = m_scanner->errorRow();
    switch (m_scanner->error()) {
    case Error::None:
        return false;
    case Error::RowNumber:
        setError(tr("Sheet “%1”: a row is numbered %2; a sheet has rows 1 to %3.")
                     .arg(m_info.sheetName, m_scanner->errorString())
                     .arg(MaxRows),
                 row, 0);
        return false;
    case Error::Cell:
        if (m_scanner->errorColumn() > 0) {
            m_rowNumber = row;
            return failCell(m_scanner->errorColumn(), m_scanner->errorString());
        }
        setError(tr("Sheet “%1”, row %2: %3.")
                     .arg(m_info.sheetName)
                     .arg(row)
                     .arg(m_scanner->errorString()),
                 row, 0);
        return false;
    case Error::Damaged:
        setError(tr("Sheet “%1”, row %2: the sheet cannot be read; the file is damaged (%3).")
                     .arg(m_info.sheetName)
                     .arg(row)
                     .arg(m_scanner->errorString()),
                 row, 0);
        return false;
    case Error::Unsupported:
        setError(tr("Sheet “%1”: %2.").arg(m_info.sheetName, m_scanner->errorString()), row, 0);
        return false;
    }
    return false;
}

} // namespace kartoitus::spreadsheet
