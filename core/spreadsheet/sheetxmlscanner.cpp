// SheetXmlScanner: rows, cells and their text (sheetxmltokens.cpp reads the bytes).
#include "spreadsheet/sheetxmlscanner.h"

#include <limits>

namespace kartoitus::spreadsheet {

namespace {

bool isNamespaceDeclaration(QByteArrayView name)
{
    return name == "xmlns" || name.startsWith("xmlns:");
}

// A decimal number of ASCII digits only, at most `max`; -1 otherwise.
qint64 parseDecimal(QByteArrayView digits, qint64 max)
{
    if (digits.isEmpty())
        return -1;
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
        if (value > max)
            return -1;
    }
    return value;
}

} // namespace

// --- Elements ----------------------------------------------------------------------------

bool SheetXmlScanner::readRow()
{
    m_cells.resize(0);
    m_text.resize(0);
    if (m_done || m_error != Error::None)
        return false;
    if (!m_started && !start())
        return false;
    for (;;) {
        switch (next()) {
        case Token::Failed:
            return false;
        case Token::EndOfData:
            m_done = true;
            if (!m_nameStarts.isEmpty() || !m_rootSeen)
                return fail(Error::Damaged, tr("the sheet ends before its elements are closed"));
            return false;
        case Token::End:
            if (localName() == "sheetData") {
                m_done = true;
                return false;
            }
            break;
        case Token::Start:
            if (localName() == "row")
                return readRowElement();
            break;
        }
    }
}

bool SheetXmlScanner::readRowElement()
{
    QByteArrayView number;
    bool found = false;
    for (const Attribute &attribute : std::as_const(m_attributes)) {
        const QByteArrayView name(m_buffer.constData() + attribute.nameBegin,
                                  attribute.nameEnd - attribute.nameBegin);
        if (afterPrefix(name) == "r" && !isNamespaceDeclaration(name)) {
            if (found)
                return fail(Error::Damaged, tr("the row has the attribute “r” twice"));
            bool ok = false;
            number = attributeValue(attribute, &ok);
            if (!ok)
                return false;
            found = true;
        }
    }
    // An empty r is no number, as if it were not there (as Qt's XML reader read it).
    const qint64 row = found && !number.isEmpty() ? parseDecimal(number, MaxRows) : m_rowNumber + 1;
    if (row <= 0 || row > MaxRows) {
        m_errorRow = m_rowNumber + 1;
        return fail(Error::RowNumber, QString::fromUtf8(number));
    }
    m_rowNumber = row;
    m_cellColumn = 0;
    if (m_selfClosing)
        return true;
    m_inRow = true;
    for (;;) {
        switch (next()) {
        case Token::Failed:
            return false;
        case Token::EndOfData:
            return fail(Error::Damaged, tr("the sheet ends inside a row"));
        case Token::End:
            m_inRow = false;
            return true; // </row>: the names matched
        case Token::Start:
            if (localName() == "c") {
                if (!readCell())
                    return false;
            } else if (localName() == "extLst") {
                if (!skipElement())
                    return false;
            } else {
                return failCell(
                    tr("the row holds an element “%1”, which is not read").arg(shown(localName())));
            }
            break;
        }
    }
}

bool SheetXmlScanner::readCellAttributes(Cell *cell)
{
    bool referenced = false;
    int seen = 0; // r, t, s: in any namespace, each once
    for (const Attribute &attribute : std::as_const(m_attributes)) {
        const QByteArrayView qualified(m_buffer.constData() + attribute.nameBegin,
                                       attribute.nameEnd - attribute.nameBegin);
        const QByteArrayView name = afterPrefix(qualified);
        const char letter = name.size() == 1 ? name.front() : 0;
        const int bit = letter == 'r' ? 1 : letter == 't' ? 2 : letter == 's' ? 4 : 0;
        if (bit == 0 || isNamespaceDeclaration(qualified))
            continue;
        if (seen & bit)
            return failCell(tr("the cell has the attribute “%1” twice").arg(shown(name)));
        seen |= bit;
        bool ok = false;
        const QByteArrayView value = attributeValue(attribute, &ok);
        if (!ok)
            return false;
        if (name == "r" && !value.isEmpty()) {
            qint64 column = 0;
            qsizetype i = 0;
            for (; i < value.size() && column <= MaxColumns; ++i) {
                char c = value.at(i);
                if (c >= 'a' && c <= 'z')
                    c = char(c - 'a' + 'A');
                if (c < 'A' || c > 'Z')
                    break;
                column = column * 26 + (c - 'A' + 1);
            }
            const QByteArrayView rowPart = value.sliced(i);
            if (column <= 0 || column > MaxColumns ||
                (!rowPart.isEmpty() && parseDecimal(rowPart, MaxRows) <= 0))
                return failCell(tr("the cell reference “%1” is not a column of a sheet "
                                   "(A to XFD)")
                                    .arg(shown(value)));
            cell->column = column;
            referenced = true;
        } else if (name == "t") {
            if (value == "n")
                cell->type = CellType::Number;
            else if (value == "s")
                cell->type = CellType::SharedString;
            else if (value == "inlineStr" || value == "e")
                cell->type = CellType::Literal;
            else if (value == "str")
                cell->type = CellType::String;
            else if (value == "b")
                cell->type = CellType::Boolean;
            else if (value == "d")
                cell->type = CellType::Date;
            else
                return failCell(tr("the cell type “%1” is not one a sheet has").arg(shown(value)));
        } else if (name == "s") {
            const qint64 style = parseDecimal(value, std::numeric_limits<int>::max());
            if (style < 0)
                return failCell(tr("the cell style “%1” is not a number").arg(shown(value)));
            cell->style = int(style);
        }
    }
    if (!referenced)
        cell->column = m_cellColumn + 1;
    return true;
}

bool SheetXmlScanner::readCell()
{
    Cell cell;
    m_currentColumn = m_cellColumn + 1;
    if (!readCellAttributes(&cell))
        return false;
    m_cellColumn = m_currentColumn = cell.column;
    cell.begin = cell.end = m_collectBegin = m_text.size();
    m_sawHighByte = false;
    bool hasValue = false;
    const bool empty = m_selfClosing;
    while (!empty) {
        const Token token = next();
        if (token == Token::Failed)
            return false;
        if (token == Token::EndOfData)
            return fail(Error::Damaged, tr("the sheet ends inside a cell"));
        if (token == Token::End)
            break; // </c>
        const QByteArrayView name = localName();
        const bool value = name == "v";
        if (value || name == "is") {
            if (hasValue)
                return failCell(tr("the cell has more than one value"));
            hasValue = true;
            cell.begin = m_text.size();
            if (value ? !readElementText(QByteArrayView("v")) : !readInlineString())
                return false;
            cell.end = m_text.size();
            if (!value)
                cell.type = CellType::InlineString;
        } else if (name == "f" || name == "extLst") {
            if (!skipElement()) // a formula: its cached value <v> is shown
                return false;
        } else {
            return failCell(
                tr("the cell holds an element “%1”, which is not read").arg(shown(name)));
        }
    }
    if (m_sawHighByte && !text(cell).isValidUtf8())
        return failCell(tr("the text is not valid UTF-8"));
    m_cells.append(cell);
    m_currentColumn = 0;
    return true;
}

// The text of the element just started (<v>, <t>): character data only.
bool SheetXmlScanner::readElementText(QByteArrayView element)
{
    if (m_selfClosing)
        return true;
    m_collect = true;
    const Token token = next();
    m_collect = false;
    if (token == Token::Failed)
        return false;
    if (token == Token::EndOfData)
        return fail(Error::Damaged, tr("the sheet ends inside a cell"));
    if (token == Token::Start)
        return failCell(tr("the element “%1” holds an element “%2”; it holds text only")
                            .arg(shown(element), shown(localName())));
    return true;
}

// <is>: its <t> and the <t> of its rich-text runs <r>, without phonetic readings.
bool SheetXmlScanner::readInlineString()
{
    if (m_selfClosing)
        return true;
    const qsizetype depth = m_nameStarts.size();
    for (;;) {
        const Token token = next();
        if (token == Token::Failed)
            return false;
        if (token == Token::EndOfData)
            return fail(Error::Damaged, tr("the sheet ends inside a cell"));
        if (token == Token::End) {
            if (m_nameStarts.size() < depth)
                return true; // </is>
            continue;        // </r>
        }
        const QByteArrayView name = localName();
        const bool inRun = m_nameStarts.size() > depth + (m_selfClosing ? 0 : 1);
        if (name == "t") {
            if (!readElementText(QByteArrayView("t")))
                return false;
        } else if (!inRun && name == "r") {
            continue;
        } else if (name == "rPh" || name == "phoneticPr" || (inRun && name == "rPr")) {
            if (!skipElement())
                return false;
        } else {
            return failCell(
                tr("the cell holds an element “%1”, which is not read").arg(shown(name)));
        }
    }
}

bool SheetXmlScanner::skipElement()
{
    if (m_selfClosing)
        return true;
    const qsizetype depth = m_nameStarts.size();
    for (;;) {
        switch (next()) {
        case Token::Failed:
            return false;
        case Token::EndOfData:
            return fail(Error::Damaged, tr("the sheet ends before its elements are closed"));
        case Token::End:
            if (m_nameStarts.size() < depth)
                return true;
            break;
        case Token::Start:
            break;
        }
    }
}

bool SheetXmlScanner::fail(Error error, const QString &problem)
{
    if (m_error != Error::None)
        return false;
    m_error = error;
    m_errorString = problem;
    if (error != Error::RowNumber)
        m_errorRow = m_inRow ? m_rowNumber : m_rowNumber + 1;
    return false;
}

bool SheetXmlScanner::failCell(const QString &problem)
{
    if (m_error != Error::None)
        return false;
    if (!m_inRow)
        return fail(Error::Damaged, problem);
    m_errorColumn = m_currentColumn;
    return fail(Error::Cell, problem);
}

} // namespace kartoitus::spreadsheet
