// libFuzzer target for SheetXmlScanner, the reader of an .xlsx sheet's XML.
// docs/import.md ("The sheet scanner") says how to build and run it.
//
// Every input is scanned
//  1. from one buffer, and again through a device that hands out 1 to 8 bytes per read (the
//     first byte says how many): rows, cells, texts and the error must be the same;
//  2. with QXmlStreamReader by a reference reader of the same elements: where both read the
//     input without an error the rows must be the same, and where only the reference fails,
//     the rows it read before failing must be the scanner's first rows — so the scanner
//     never gives a cell that an XML reader reads differently.
// Rows, columns, texts and errors must be in range. A failed invariant aborts, which
// libFuzzer reports as a crash with the input.

#include "spreadsheet/sheetxmlscanner.h"

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <optional>

using kartoitus::spreadsheet::SheetXmlScanner;

namespace {

// Small, so that the too-long path is reached by short inputs.
constexpr qsizetype maxCell = 256;

struct Cell
{
    qint64 column = 0;
    int type = 0;
    int style = 0;
    QByteArray text;
    bool operator==(const Cell &other) const
    {
        return column == other.column && type == other.type && style == other.style &&
               text == other.text;
    }
};

struct Row
{
    qint64 number = 0;
    QList<Cell> cells;
    bool operator==(const Row &other) const
    {
        return number == other.number && cells == other.cells;
    }
};

struct Result
{
    QList<Row> rows;
    bool failed = false;
    int error = 0;
    QString errorString;
    qint64 errorRow = 0;
    qint64 errorColumn = 0;
};

[[noreturn]] void fail(const char *what, const Result &result)
{
    std::fprintf(stderr, "invariant failed: %s\n  %d rows; error %d at row %lld column %lld: %s\n",
                 what, int(result.rows.size()), result.error,
                 static_cast<long long>(result.errorRow),
                 static_cast<long long>(result.errorColumn), qPrintable(result.errorString));
    std::abort();
}

void check(bool ok, const char *what, const Result &result)
{
    if (!ok)
        fail(what, result);
}

class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(const QByteArray &bytes, qsizetype chunk)
        : m_bytes(bytes)
        , m_chunk(chunk)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>({maxSize, m_chunk, m_bytes.size() - m_at});
        std::memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qsizetype m_chunk;
    qsizetype m_at = 0;
};

Result scan(QIODevice *device, qsizetype inputSize)
{
    SheetXmlScanner scanner(device, maxCell);
    Result result;
    while (scanner.readRow()) {
        Row row;
        row.number = scanner.rowNumber();
        check(row.number >= 1 && row.number <= SheetXmlScanner::MaxRows, "row in range", result);
        for (const SheetXmlScanner::Cell &cell : scanner.cells()) {
            check(cell.column >= 1 && cell.column <= SheetXmlScanner::MaxColumns, "column in range",
                  result);
            check(cell.begin >= 0 && cell.begin <= cell.end, "text range", result);
            const QByteArrayView text = scanner.text(cell);
            check(text.size() <= 3 * maxCell + 4, "text bounded", result);
            check(text.isValidUtf8(), "text is UTF-8", result);
            check(!text.contains('\0'), "no NUL in text", result);
            row.cells.append({cell.column, int(cell.type), cell.style, text.toByteArray()});
        }
        result.rows.append(row);
        check(scanner.bytesRead() <= inputSize, "bytesRead within the input", result);
    }
    check(!scanner.readRow(), "nothing after the end", result);
    result.error = int(scanner.error());
    result.failed = scanner.error() != SheetXmlScanner::Error::None;
    result.errorString = scanner.errorString();
    result.errorRow = scanner.errorRow();
    result.errorColumn = scanner.errorColumn();
    if (result.failed) {
        check(!result.errorString.isEmpty(), "an error says what", result);
        check(result.errorRow >= 1, "an error names a row", result);
        check(result.errorColumn >= 0 && result.errorColumn <= SheetXmlScanner::MaxColumns + 1,
              "an error's column in range", result);
    }
    return result;
}

// --- The reference: the same elements read with QXmlStreamReader ----------------------

class Reference
{
public:
    explicit Reference(const QByteArray &bytes)
        : m_xml(bytes)
    {}

    // The rows until </sheetData> or the end; false when the XML reader or a rule stopped.
    bool read(QList<Row> *rows)
    {
        qint64 number = 0;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == u"sheetData")
                return true;
            if (!m_xml.isStartElement() || m_xml.name() != u"row")
                continue;
            Row row;
            std::optional<QString> r;
            bool ok = attribute(u"r", &r);
            row.number =
                !r || r->isEmpty() ? number + 1 : digits(*r, SheetXmlScanner::MaxRows, &ok);
            if (!ok || row.number < 1)
                return false;
            number = row.number;
            if (!readRow(&row))
                return false;
            rows->append(row);
        }
        return !m_xml.hasError();
    }

private:
    // An attribute by local name; nothing when absent, false when given twice.
    bool attribute(QStringView name, std::optional<QString> *value)
    {
        value->reset();
        for (const QXmlStreamAttribute &a : m_xml.attributes()) {
            if (a.name() != name)
                continue;
            if (value->has_value())
                return false;
            *value = a.value().toString();
        }
        return true;
    }

    static qint64 digits(QStringView text, qint64 max, bool *ok)
    {
        qint64 value = 0;
        *ok = !text.isEmpty();
        for (const QChar c : text) {
            if (c < u'0' || c > u'9' || (value = value * 10 + (c.unicode() - u'0')) > max)
                *ok = false;
        }
        return value;
    }

    bool readRow(Row *row)
    {
        qint64 column = 0;
        while (m_xml.readNext() != QXmlStreamReader::Invalid) {
            if (m_xml.isEndElement())
                return true; // </row>
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == u"extLst") {
                m_xml.skipCurrentElement();
                continue;
            }
            if (m_xml.name() != u"c")
                return false;
            Cell cell;
            if (!readCell(&cell, column))
                return false;
            column = cell.column;
            row->cells.append(cell);
        }
        return false;
    }

    bool readCell(Cell *cell, qint64 previous)
    {
        std::optional<QString> rValue, t, s;
        if (!attribute(u"r", &rValue) || !attribute(u"t", &t) || !attribute(u"s", &s))
            return false;
        cell->column = previous + 1;
        if (rValue && !rValue->isEmpty()) {
            const QStringView r = *rValue;
            qsizetype i = 0;
            qint64 column = 0;
            while (i < r.size() && column <= SheetXmlScanner::MaxColumns &&
                   r.at(i).toUpper() >= u'A' && r.at(i).toUpper() <= u'Z')
                column = column * 26 + (r.at(i++).toUpper().unicode() - u'A' + 1);
            bool ok = true;
            if (i < r.size())
                ok = digits(r.sliced(i), SheetXmlScanner::MaxRows, &ok) > 0 && ok;
            if (!ok || column < 1 || column > SheetXmlScanner::MaxColumns)
                return false;
            cell->column = column;
        }
        using Type = SheetXmlScanner::CellType;
        const QList<std::pair<QStringView, Type>> types{
            {u"n", Type::Number},  {u"s", Type::SharedString}, {u"inlineStr", Type::Literal},
            {u"e", Type::Literal}, {u"str", Type::String},     {u"b", Type::Boolean},
            {u"d", Type::Date}};
        bool known = !t;
        for (const auto &[name, type] : types) {
            if (t && *t == name) {
                cell->type = int(type);
                known = true;
            }
        }
        bool ok = true;
        if (s)
            cell->style = int(digits(*s, std::numeric_limits<int>::max(), &ok));
        if (!known || !ok)
            return false;
        bool hasValue = false;
        while (m_xml.readNext() != QXmlStreamReader::Invalid) {
            if (m_xml.isEndElement())
                return true; // </c>
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == u"f" || m_xml.name() == u"extLst") {
                m_xml.skipCurrentElement();
            } else if ((m_xml.name() == u"v" || m_xml.name() == u"is") && !hasValue) {
                hasValue = true;
                if (m_xml.name() == u"v") {
                    cell->text = m_xml.readElementText().toUtf8();
                } else {
                    cell->type = int(Type::InlineString);
                    if (!readInline(&cell->text))
                        return false;
                }
                if (m_xml.hasError())
                    return false;
            } else {
                return false;
            }
        }
        return false;
    }

    bool readInline(QByteArray *text)
    {
        int depth = 0;
        while (m_xml.readNext() != QXmlStreamReader::Invalid) {
            if (m_xml.isEndElement()) {
                if (depth-- == 0)
                    return true; // </is>
                continue;
            }
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == u"t") {
                *text += m_xml.readElementText().toUtf8();
            } else if (m_xml.name() == u"r" && depth == 0) {
                ++depth;
            } else if (m_xml.name() == u"rPh" || m_xml.name() == u"phoneticPr" ||
                       (m_xml.name() == u"rPr" && depth == 1)) {
                m_xml.skipCurrentElement();
            } else {
                return false;
            }
        }
        return false;
    }

    QXmlStreamReader m_xml;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // 1. One buffer, then a trickle.
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const Result whole = scan(&buffer, bytes.size());
    TrickleDevice trickle(bytes, size ? 1 + (data[0] & 7) : 1);
    const Result trickled = scan(&trickle, bytes.size());
    check(whole.rows == trickled.rows, "rows do not depend on the reads", trickled);
    check(whole.error == trickled.error && whole.errorString == trickled.errorString &&
              whole.errorRow == trickled.errorRow && whole.errorColumn == trickled.errorColumn,
          "errors do not depend on the reads", trickled);

    // 2. Against QXmlStreamReader.
    QList<Row> referenceRows;
    const bool referenceRead = Reference(bytes).read(&referenceRows);
    if (referenceRead && !whole.failed)
        check(referenceRows == whole.rows, "the same rows as an XML reader", whole);
    if (!referenceRead && !whole.failed) {
        // The XML reader stopped where the scanner went on; up to there they agree.
        check(referenceRows.size() <= whole.rows.size(), "no more rows than the scanner's", whole);
        check(whole.rows.mid(0, referenceRows.size()) == referenceRows,
              "the XML reader's rows are the scanner's first rows", whole);
    }
    return 0;
}
