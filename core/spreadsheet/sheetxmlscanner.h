#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace kartoitus::spreadsheet {

// Reads the rows of an .xlsx worksheet (xl/worksheets/sheetN.xml) straight from its UTF-8
// bytes, as the zip streams them: a sheet is most of a workbook's bytes, and a general XML
// reader spent most of an import's reading time tokenising it and converting every byte to
// UTF-16. Only the cells' text is kept, as UTF-8, for the caller to convert.
//
// It reads what the sheet's XML is made of: <row r=…>, <c r=… t=… s=…> (attributes in any
// order, quoted with ' or ", in any namespace prefix), <v>, <is> with <t> and rich-text runs
// (<r><t>…</t></r>; phonetic readings <rPh> left out), formulas <f> (their cached <v> is the
// value), self-closing elements, the five predefined entities and character references,
// CDATA sections, comments and processing instructions; line ends are normalised as XML
// does. What it does not read — another encoding than UTF-8, a DOCTYPE, an unknown cell
// type or element inside a cell, bytes that are not UTF-8, a tag that is not closed — is an
// error naming the row and column: never a silently different cell. Reading stops at
// </sheetData>. Memory is one 64 KiB block and the current row.
class SheetXmlScanner
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::spreadsheet::SheetXmlScanner)

public:
    // The largest sheet Excel and LibreOffice make.
    static constexpr qint64 MaxColumns = 16384;
    static constexpr qint64 MaxRows = 1048576;

    // The t attribute of a cell.
    enum class CellType : quint8
    {
        Number,       // none, or "n"
        SharedString, // "s": the value is an index into the shared strings
        InlineString, // a cell with <is> (whatever its t)
        String,       // "str": a formula's text result
        Literal,      // "e" (#N/A and the like), or "inlineStr" given in <v>: as written
        Boolean,      // "b"
        Date          // "d": an ISO 8601 date
    };

    struct Cell
    {
        qint64 column = 0; // from 1
        CellType type = CellType::Number;
        int style = 0;       // the s attribute: an index into the workbook's cell styles
        qsizetype begin = 0; // of the value's UTF-8 text in text()
        qsizetype end = 0;
    };

    enum class Error
    {
        None,
        Damaged,    // not well-formed XML, cut off, or the device failed
        RowNumber,  // a row's r attribute is not a row of a sheet
        Cell,       // a row's or cell's content is not read; errorColumn() says which cell
        Unsupported // the sheet is in a form this scanner does not read (encoding, DOCTYPE)
    };

    // Reads from `device` (open, read from its current position); a cell's text may be at
    // most `maxCellLength` characters.
    SheetXmlScanner(QIODevice *device, qsizetype maxCellLength);

    // Reads the next <row>: false at </sheetData> or the document's end, or on an error.
    bool readRow();

    // The row last read (its r attribute, or the row after the one before).
    qint64 rowNumber() const { return m_rowNumber; }
    // Its cells in the order of the XML (columns as the cells' r attributes say).
    const QList<Cell> &cells() const { return m_cells; }
    QByteArrayView text(const Cell &cell) const
    {
        return QByteArrayView(m_text.constData() + cell.begin, cell.end - cell.begin);
    }

    // How many bytes of the sheet's XML have been read.
    qint64 bytesRead() const { return m_dropped + m_pos; }

    Error error() const { return m_error; }
    // What is wrong, as a phrase without the sheet, row and column (the caller names them).
    QString errorString() const { return m_errorString; }
    // The row the error is in (the row after the last when between rows) and the column
    // of the cell (0 when not in a cell).
    qint64 errorRow() const { return m_errorRow; }
    qint64 errorColumn() const { return m_errorColumn; }

private:
    enum class Token
    {
        Start,     // a start tag; m_selfClosing says whether it is also the end
        End,       // an end tag (it closes the element open last: checked)
        EndOfData, // the device has no more bytes
        Failed
    };
    struct Attribute
    {
        qsizetype nameBegin, nameEnd; // in m_buffer, until the next token
        qsizetype valueBegin, valueEnd;
    };

    // Bytes and tokens. Character data is skipped, or appended to m_text when m_collect.
    bool fill();
    bool start();
    Token next();
    bool readMarkup();
    bool readDeclaration(qsizetype begin, qsizetype end);
    bool skipPast(QByteArrayView terminator, bool collect);
    bool readTag();
    bool parseStartTag(qsizetype begin, qsizetype end);
    bool parseAttributes(qsizetype p, qsizetype end);
    bool parseEndTag(qsizetype begin, qsizetype end);
    QByteArrayView localName() const;
    QByteArrayView attributeValue(const Attribute &attribute, bool *ok);
    bool readText();
    bool appendEntity(QByteArrayView name, QByteArray *out);
    bool appendCharacters(const char *from, qsizetype size);

    // Elements.
    bool readRowElement();
    bool readCell();
    bool readCellAttributes(Cell *cell);
    bool readElementText(QByteArrayView element);
    bool readInlineString();
    bool skipElement();

    static QByteArrayView afterPrefix(QByteArrayView name); // "x:row" -> "row"
    static QString shown(QByteArrayView bytes);             // at most 64 bytes, for messages

    bool fail(Error error, const QString &problem);
    bool failCell(const QString &problem);

    QIODevice *m_device;
    qsizetype m_maxCellLength;

    QByteArray m_buffer;       // bytes read and not yet dropped
    qsizetype m_pos = 0;       // the next byte to read in m_buffer
    qint64 m_dropped = 0;      // bytes dropped from the buffer's front
    qint64 m_contentStart = 0; // after a byte order mark
    bool m_atEnd = false;      // the device has nothing more
    bool m_started = false;
    bool m_rootSeen = false;

    // The tag just read, and the names of the elements open, one after another.
    qsizetype m_nameBegin = 0;
    qsizetype m_nameEnd = 0;
    bool m_selfClosing = false;
    QList<Attribute> m_attributes;
    QByteArray m_attributeValue; // one with entities, decoded
    QByteArray m_names;
    QList<qsizetype> m_nameStarts;

    bool m_collect = false;
    qsizetype m_collectBegin = 0; // where the current cell's text begins in m_text
    bool m_sawHighByte = false;

    qint64 m_rowNumber = 0;
    bool m_inRow = false;
    bool m_done = false;
    qint64 m_cellColumn = 0;    // of the cell before, in this row
    qint64 m_currentColumn = 0; // of the cell being read (0 between cells)
    QList<Cell> m_cells;
    QByteArray m_text;

    Error m_error = Error::None;
    QString m_errorString;
    qint64 m_errorRow = 0;
    qint64 m_errorColumn = 0;
};

} // namespace kartoitus::spreadsheet
