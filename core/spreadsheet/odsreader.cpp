#include "spreadsheet/odsreader.h"

#include "spreadsheet/cellformat.h"
#include "spreadsheet/xmlstream.h"

#include <QRegularExpression>

namespace kartoitus::spreadsheet {

namespace {

constexpr qint64 MaxColumns = 16384;
constexpr qint64 MaxRows = 1048576;
constexpr qint64 MaxSpaces = 4096;

// An attribute of ODF's office namespace (office:value-type, not calcext:value-type).
QString officeAttribute(const QXmlStreamReader &reader, QLatin1String name)
{
    for (const QXmlStreamAttribute &a : reader.attributes()) {
        if (a.name() == name && a.namespaceUri().endsWith(QLatin1String(":office:1.0")))
            return a.value().toString();
    }
    return xml::attribute(reader, name);
}

qint64 repeatCount(const QXmlStreamReader &reader, QLatin1String name)
{
    const qint64 n = xml::attribute(reader, name).toLongLong();
    return n > 0 ? n : 1;
}

// A formula that failed shows its error (#NAME?, #DIV/0!) over a value of 0.
bool isFormulaError(const QString &text)
{
    static const QRegularExpression error(QStringLiteral("^#[A-Z0-9/]+[?!]?$"));
    return error.match(text).hasMatch();
}

// office:date-value: "2024-05-31" or "2024-05-31T14:03:00[.123]".
QString isoDate(const QString &value)
{
    QString text = value.left(19);
    text.replace(u'T', u' ');
    if (text.size() <= 10 || text.mid(10) == QLatin1String(" 00:00:00"))
        return text.left(10);
    return text.endsWith(QLatin1String(":00")) ? text.left(16) : text;
}

// office:time-value, a duration "PT16H17M36S" (or "PT296296H17M36S" past days): the time
// of day it shows.
QString isoTime(const QString &value)
{
    static const QRegularExpression duration(
        QStringLiteral("^-?PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(?:[.,]\\d+)?S)?$"));
    const QRegularExpressionMatch m = duration.match(value);
    if (!m.hasMatch())
        return {};
    return QStringLiteral("%1:%2:%3")
        .arg(m.captured(1).toLongLong() % 24, 2, 10, QLatin1Char('0'))
        .arg(m.captured(2).toInt(), 2, 10, QLatin1Char('0'))
        .arg(m.captured(3).toInt(), 2, 10, QLatin1Char('0'));
}

} // namespace

std::unique_ptr<OdsReader> OdsReader::open(const QString &path, const SourceOptions &options,
                                           OpenError *error)
{
    std::unique_ptr<OdsReader> reader(new OdsReader(options));
    if (!reader->openZip(path)) {
        error->message =
            tr("The file cannot be read as a spreadsheet: %1.").arg(reader->zipError());
        return nullptr;
    }
    if (!reader->openPart(QStringLiteral("content.xml"))) {
        error->message = tr("The file cannot be read as an OpenDocument spreadsheet: %1.")
                             .arg(reader->zipError());
        return nullptr;
    }
    if (!reader->findTable(options.sheet, error))
        return nullptr;
    return reader;
}

QStringList OdsReader::sheetNames(const QString &path)
{
    ZipArchive zip;
    QStringList names;
    if (!zip.open(path))
        return names;
    std::unique_ptr<QIODevice> device = zip.openEntry(QStringLiteral("content.xml"));
    if (!device)
        return names;
    QXmlStreamReader reader(device.get());
    while (!reader.atEnd()) {
        reader.readNext();
        if (xml::isStart(reader, QLatin1String("table"))) {
            names.append(xml::attribute(reader, QLatin1String("name")));
            reader.skipCurrentElement();
        }
    }
    return names;
}

// Moves to the start of the wanted table: the first, the Nth (from 1) or the one named.
bool OdsReader::findTable(const QString &wanted, OpenError *error)
{
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (!xml::isStart(m_xml, QLatin1String("table")))
            continue;
        const QString name = xml::attribute(m_xml, QLatin1String("name"));
        m_info.sheetNames.append(name);
        const int index = int(m_info.sheetNames.size());
        if (wanted.isEmpty() || (isNumber && number == index) ||
            (!isNumber && name.compare(wanted, Qt::CaseInsensitive) == 0)) {
            m_info.sheetName = name;
            return true;
        }
        m_xml.skipCurrentElement();
    }
    if (m_xml.hasError()) {
        error->message = tr("The file cannot be read as an OpenDocument spreadsheet: %1.")
                             .arg(m_xml.errorString());
        return false;
    }
    error->message = noSuchSheet(wanted, m_info.sheetNames);
    return false;
}

bool OdsReader::readRow(QStringList *cells)
{
    cells->clear();
    while (!m_done && !hasError()) {
        if (m_repeatLeft > 0) {
            --m_repeatLeft;
            ++m_rowNumber;
            if (m_rowNumber > m_skipRows) {
                *cells = m_repeatedRow;
                return true;
            }
            continue;
        }
        m_xml.readNext();
        if (m_xml.atEnd() || xml::isEnd(m_xml, QLatin1String("table"))) {
            m_done = true;
            return m_xml.hasError() ? failXml(m_rowNumber + 1) : false;
        }
        if (!xml::isStart(m_xml, QLatin1String("table-row")))
            continue;
        qint64 repeat = 1;
        if (!readRowElement(cells, &repeat))
            return false;
        if (cells->isEmpty()) {
            m_rowNumber += repeat; // blank rows: nothing to return, the numbers go on
            m_done = m_rowNumber >= MaxRows;
            continue;
        }
        m_repeatedRow = *cells;
        m_repeatLeft = qMin(repeat, MaxRows - m_rowNumber);
        cells->clear();
    }
    return false;
}

bool OdsReader::readRowElement(QStringList *cells, qint64 *repeat)
{
    *repeat = repeatCount(m_xml, QLatin1String("number-rows-repeated"));
    qint64 pendingEmpty = 0;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (xml::isEnd(m_xml, QLatin1String("table-row")))
            break;
        if ((xml::isStart(m_xml, QLatin1String("table-cell")) ||
             xml::isStart(m_xml, QLatin1String("covered-table-cell"))) &&
            !readCell(cells, &pendingEmpty))
            return false;
    }
    return m_xml.hasError() ? failXml(m_rowNumber + 1) : true;
}

bool OdsReader::readCell(QStringList *cells, qint64 *pendingEmpty)
{
    const qint64 repeat = repeatCount(m_xml, QLatin1String("number-columns-repeated"));
    // A cell hidden under a merged one shows nothing, whatever it still holds.
    const bool covered = m_xml.name() == QLatin1String("covered-table-cell");
    const QString type = officeAttribute(m_xml, QLatin1String("value-type"));
    const QString value = officeAttribute(m_xml, QLatin1String("value"));
    const QString date = officeAttribute(m_xml, QLatin1String("date-value"));
    const QString time = officeAttribute(m_xml, QLatin1String("time-value"));
    const qint64 column = cells->size() + *pendingEmpty + 1;
    QString text;
    if (!readParagraphs(&text))
        return failCell(column, tr("the text is longer than %1 characters").arg(m_maxCellLength));
    if (m_xml.hasError())
        return failXml(m_rowNumber + 1);
    if (type == QLatin1String("date") && !date.isEmpty()) {
        text = isoDate(date);
    } else if (type == QLatin1String("time") && !isoTime(time).isEmpty()) {
        text = isoTime(time);
    } else if ((type == QLatin1String("float") || type == QLatin1String("currency") ||
                type == QLatin1String("percentage")) &&
               !value.isEmpty() && !isFormulaError(text)) {
        // The value itself: the paragraph may be rounded to the column's width (4019 for
        // 4018.99999998843) or grouped (12,346).
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok)
            text = type == QLatin1String("percentage") ? generalNumber(number * 100) + u'%'
                                                       : generalNumber(number);
    }
    if (covered)
        text.clear();
    if (text.isEmpty()) {
        *pendingEmpty += repeat;
        return true;
    }
    if (column + repeat - 1 > MaxColumns)
        return failCell(column, tr("the row is wider than %1 columns").arg(MaxColumns));
    for (qint64 i = 0; i < *pendingEmpty; ++i)
        cells->append(QString());
    *pendingEmpty = 0;
    for (qint64 i = 0; i < repeat; ++i)
        cells->append(text);
    return true;
}

// The cell's paragraphs joined by line breaks; false when longer than the limit.
bool OdsReader::readParagraphs(QString *text)
{
    bool first = true;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.isEndElement())
            break; // the cell's own end
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() == QLatin1String("p") || m_xml.name() == QLatin1String("h")) {
            if (!first)
                *text += u'\n';
            first = false;
            readParagraph(text);
            if (text->size() > m_maxCellLength)
                return false;
        } else {
            m_xml.skipCurrentElement(); // a comment (office:annotation), a drawing
        }
    }
    return true;
}

void OdsReader::readParagraph(QString *text)
{
    int depth = 1;
    while (depth > 0 && !m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.isCharacters()) {
            *text += m_xml.text();
        } else if (m_xml.isEndElement()) {
            --depth;
        } else if (m_xml.isStartElement()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("s")) {
                const qint64 n = qBound<qint64>(
                    1, xml::attribute(m_xml, QLatin1String("c")).toLongLong(), MaxSpaces);
                *text += QString(n, u' ');
                m_xml.skipCurrentElement();
            } else if (name == QLatin1String("tab")) {
                *text += u'\t';
                m_xml.skipCurrentElement();
            } else if (name == QLatin1String("line-break")) {
                *text += u'\n';
                m_xml.skipCurrentElement();
            } else if (name == QLatin1String("note") || name == QLatin1String("annotation") ||
                       name == QLatin1String("ruby-text")) {
                m_xml.skipCurrentElement();
            } else {
                ++depth; // a span or a link: its text is the cell's
            }
        }
    }
}

bool OdsReader::failCell(qint64 column, const QString &problem)
{
    setError(tr("Sheet “%1”, row %2, column %3: %4.")
                 .arg(m_info.sheetName)
                 .arg(m_rowNumber + 1)
                 .arg(column)
                 .arg(problem),
             m_rowNumber + 1, column);
    return false;
}

} // namespace kartoitus::spreadsheet
