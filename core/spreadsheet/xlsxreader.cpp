#include "spreadsheet/xlsxreader.h"

#include "spreadsheet/xmlstream.h"

namespace kartoitus::spreadsheet {

namespace {

// The largest sheet Excel and LibreOffice make.
constexpr qint64 MaxColumns = 16384;
constexpr qint64 MaxRows = 1048576;

} // namespace

qint64 columnFromReference(QStringView reference, qint64 *row)
{
    qint64 column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        char16_t c = reference.at(i).unicode();
        if (c >= u'a' && c <= u'z')
            c = char16_t(c - u'a' + u'A');
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
        if (column > MaxColumns)
            return MaxColumns + 1;
    }
    if (row)
        *row = reference.mid(i).toLongLong();
    return column;
}

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
        m_xml.readNext();
        if (m_xml.atEnd() || xml::isEnd(m_xml, QLatin1String("sheetData"))) {
            m_done = true;
            if (m_xml.hasError())
                return failXml(m_rowNumber + 1);
            return false;
        }
        if (!xml::isStart(m_xml, QLatin1String("row")))
            continue;
        if (!readRowElement(cells))
            return false;
        if (m_rowNumber > m_skipRows)
            return true;
        cells->clear();
    }
    return false;
}

bool XlsxReader::readRowElement(QStringList *cells)
{
    const QString number = xml::attribute(m_xml, QLatin1String("r"));
    const qint64 row = number.isEmpty() ? m_rowNumber + 1 : number.toLongLong();
    if (row <= 0 || row > MaxRows) {
        setError(tr("Sheet “%1”: a row is numbered %2; a sheet has rows 1 to %3.")
                     .arg(m_info.sheetName, number)
                     .arg(MaxRows),
                 m_rowNumber + 1, 0);
        return false;
    }
    m_rowNumber = row;
    qint64 column = 0;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (xml::isEnd(m_xml, QLatin1String("row")))
            break;
        if (xml::isStart(m_xml, QLatin1String("c")) && !readCell(cells, &column))
            return false;
    }
    if (m_xml.hasError())
        return failXml(m_rowNumber);
    while (!cells->isEmpty() && cells->constLast().isEmpty())
        cells->removeLast();
    return true;
}

bool XlsxReader::readCell(QStringList *cells, qint64 *column)
{
    // One pass over the attributes, read as views: this runs for every cell of the sheet,
    // and copying each attribute out by name cost a few per cent of the import.
    QStringView reference;
    QString type;
    int style = 0;
    const QXmlStreamAttributes attributes = m_xml.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        const QStringView name = attribute.name();
        if (name == u"r")
            reference = attribute.value();
        else if (name == u"t")
            type = attribute.value().toString();
        else if (name == u"s")
            style = attribute.value().toInt();
    }
    const qint64 at = reference.isEmpty() ? *column + 1 : columnFromReference(reference);
    if (at <= 0 || at > MaxColumns)
        return failCell(*column + 1, tr("the cell reference “%1” is not a column of a sheet "
                                        "(A to XFD)")
                                         .arg(reference));
    *column = at;
    QString value;
    bool inlineText = false;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (xml::isEnd(m_xml, QLatin1String("c")))
            break;
        if (xml::isStart(m_xml, QLatin1String("v"))) {
            value = m_xml.readElementText();
        } else if (xml::isStart(m_xml, QLatin1String("is"))) {
            inlineText = true;
            if (!readInlineString(m_xml, m_maxCellLength, &value) && !m_xml.hasError())
                return failCell(at,
                                tr("the text is longer than %1 characters").arg(m_maxCellLength));
        } else if (m_xml.isStartElement()) {
            m_xml.skipCurrentElement(); // a formula (<f>): its cached value <v> is shown
        }
    }
    if (m_xml.hasError())
        return failXml(m_rowNumber);
    QString text;
    if (!cellText(inlineText ? QStringLiteral("inlineStr") : type, style, value, at, &text))
        return false;
    if (text.isEmpty())
        return true;
    if (text.size() > m_maxCellLength)
        return failCell(at, tr("the text is longer than %1 characters").arg(m_maxCellLength));
    if (cells->size() < at)
        cells->resize(at);
    (*cells)[at - 1] = text;
    return true;
}

bool XlsxReader::cellText(const QString &type, int style, const QString &value, qint64 column,
                          QString *text)
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const qint64 index = value.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_book.sharedStrings.size())
            return failCell(column, tr("the cell refers to shared string %1, but the workbook "
                                       "has %2; the file is damaged")
                                        .arg(value)
                                        .arg(m_book.sharedStrings.size()));
        if (!m_book.sharedStrings.at(index, text))
            return failCell(column, m_book.sharedStrings.errorString());
        return true;
    }
    if (type == QLatin1String("inlineStr") || type == QLatin1String("e")) {
        *text = value;
        return true;
    }
    if (type == QLatin1String("str")) {
        *text = decodeOoxmlEscapes(value);
        return true;
    }
    if (type == QLatin1String("b")) {
        *text = value.isEmpty()                         ? QString()
                : value.trimmed() == QLatin1String("0") ? QStringLiteral("FALSE")
                                                        : QStringLiteral("TRUE");
        return true;
    }
    const NumberFormat format = m_book.styles.value(style);
    if (type == QLatin1String("d")) {
        // An ISO 8601 date written as such (strict OOXML, some writers).
        QString iso = value.trimmed();
        iso.replace(u'T', u' ');
        if (format.kind == NumberFormat::Date || !iso.contains(u' '))
            *text = iso.left(10);
        else
            *text = iso.left(format.seconds ? 19 : 16);
        return true;
    }
    if (value.isEmpty())
        return true;
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    *text = ok ? formatNumber(number, format, m_book.date1904) : value;
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

} // namespace kartoitus::spreadsheet
