// SheetXmlScanner: bytes and tokens (sheetxmlscanner.cpp reads the elements).
#include "spreadsheet/sheetxmlscanner.h"

#include <QIODevice>

#include <cstring>

namespace kartoitus::spreadsheet {

namespace {

constexpr qsizetype ChunkSize = 64 * 1024;
// No tag a spreadsheet program writes comes near this (a cell's is about 30 bytes).
constexpr qsizetype MaxTagLength = 1024 * 1024;
// The longest entity or character reference XML has ("&#x10FFFF;", "&quot;" with room).
constexpr qsizetype MaxEntityLength = 16;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameEnd(char c)
{
    return isSpace(c) || c == '/' || c == '>' || c == '=' || c == '"' || c == '\'' || c == '<';
}

// Whether a code point is a character XML 1.0 allows in a document.
bool isXmlChar(quint32 c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

void appendUtf8(quint32 c, QByteArray *out)
{
    if (c < 0x80) {
        out->append(char(c));
    } else if (c < 0x800) {
        out->append(char(0xC0 | (c >> 6)));
        out->append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out->append(char(0xE0 | (c >> 12)));
        out->append(char(0x80 | ((c >> 6) & 0x3F)));
        out->append(char(0x80 | (c & 0x3F)));
    } else {
        out->append(char(0xF0 | (c >> 18)));
        out->append(char(0x80 | ((c >> 12) & 0x3F)));
        out->append(char(0x80 | ((c >> 6) & 0x3F)));
        out->append(char(0x80 | (c & 0x3F)));
    }
}

} // namespace

SheetXmlScanner::SheetXmlScanner(QIODevice *device, qsizetype maxCellLength)
    : m_device(device)
    , m_maxCellLength(maxCellLength)
{
    m_buffer.reserve(ChunkSize);
}

QByteArrayView SheetXmlScanner::afterPrefix(QByteArrayView name)
{
    const qsizetype colon = name.lastIndexOf(':');
    return colon < 0 ? name : name.sliced(colon + 1);
}

QString SheetXmlScanner::shown(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes.first(qMin<qsizetype>(bytes.size(), 64)));
}

bool SheetXmlScanner::fill()
{
    if (m_atEnd || m_error != Error::None)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_dropped += m_pos;
        m_pos = 0;
    }
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + ChunkSize);
    const qint64 n = m_device->read(m_buffer.data() + kept, ChunkSize);
    m_buffer.resize(kept + qMax<qint64>(0, n));
    if (n < 0) {
        m_atEnd = true;
        const QString cause = m_device->errorString();
        return fail(Error::Damaged, cause.isEmpty() || cause == QLatin1String("Unknown error")
                                        ? tr("the sheet's part of the file cannot be read")
                                        : cause);
    }
    if (n == 0) {
        m_atEnd = true;
        return false;
    }
    return true;
}

bool SheetXmlScanner::start()
{
    m_started = true;
    while (m_buffer.size() < 4 && fill()) {
    }
    if (m_error != Error::None)
        return false;
    const QByteArrayView head(m_buffer);
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_contentStart = 3;
    } else if (head.startsWith("\xFE\xFF") || head.startsWith("\xFF\xFE") ||
               head.startsWith(QByteArrayView("\0<", 2)) ||
               head.startsWith(QByteArrayView("<\0", 2))) {
        return fail(Error::Unsupported, tr("the sheet is written in UTF-16; only sheets in UTF-8 "
                                           "are read (save the workbook again in Excel or "
                                           "LibreOffice)"));
    }
    return true;
}

SheetXmlScanner::Token SheetXmlScanner::next()
{
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return m_error == Error::None ? Token::EndOfData : Token::Failed;
        if (m_buffer.at(m_pos) != '<') {
            if (m_collect) {
                if (!readText())
                    return Token::Failed;
            } else {
                const char *data = m_buffer.constData();
                const void *found = std::memchr(data + m_pos, '<', size_t(m_buffer.size() - m_pos));
                m_pos = found ? static_cast<const char *>(found) - data : m_buffer.size();
            }
            continue;
        }
        while (m_buffer.size() - m_pos < 2 && fill()) {
        }
        if (m_buffer.size() - m_pos < 2) {
            if (m_error == Error::None)
                fail(Error::Damaged, tr("the sheet ends inside a tag"));
            return Token::Failed;
        }
        const char second = m_buffer.at(m_pos + 1);
        if (second == '!' || second == '?') {
            if (!readMarkup())
                return Token::Failed;
            continue;
        }
        if (!readTag())
            return Token::Failed;
        return second == '/' ? Token::End : Token::Start;
    }
}

// Comments, processing instructions, CDATA sections and the XML declaration.
bool SheetXmlScanner::readMarkup()
{
    while (m_buffer.size() - m_pos < 9 && fill()) {
    }
    if (m_error != Error::None)
        return false;
    const QByteArrayView at = QByteArrayView(m_buffer).sliced(m_pos);
    if (at.startsWith("<!--")) {
        m_pos += 4;
        return skipPast("-->", false);
    }
    if (at.startsWith("<![CDATA[")) {
        m_pos += 9;
        return skipPast("]]>", m_collect);
    }
    if (at.startsWith("<!DOCTYPE"))
        return fail(Error::Unsupported,
                    tr("the sheet declares a document type (DOCTYPE), which a workbook's "
                       "sheet never has; it is not read"));
    if (at.startsWith("<?")) {
        if (bytesRead() != m_contentStart) {
            m_pos += 2;
            return skipPast("?>", false); // a processing instruction
        }
        // The XML declaration: short, read whole (fill() keeps what is from m_pos on).
        qsizetype end = -1;
        while ((end = QByteArrayView(m_buffer).sliced(m_pos).indexOf("?>")) < 0 &&
               m_buffer.size() - m_pos < 1024 && fill()) {
        }
        if (m_error != Error::None)
            return false;
        if (end < 0)
            return fail(Error::Damaged, tr("the XML declaration is not written as XML writes it"));
        const qsizetype begin = m_pos + 2;
        m_pos += end + 2;
        return readDeclaration(begin, m_pos - 2);
    }
    return fail(Error::Damaged, tr("“%1” is no tag, comment or CDATA section")
                                    .arg(shown(at.first(qMin<qsizetype>(9, at.size())))));
}

bool SheetXmlScanner::readDeclaration(qsizetype begin, qsizetype end)
{
    const QByteArrayView declaration = QByteArrayView(m_buffer).sliced(begin, end - begin);
    if (!declaration.startsWith("xml") || declaration.size() < 4 || !isSpace(declaration.at(3)))
        return true; // a processing instruction, not the declaration
    const qsizetype at = declaration.indexOf("encoding");
    if (at < 0)
        return true;
    qsizetype i = at + 8;
    while (i < declaration.size() && (isSpace(declaration.at(i)) || declaration.at(i) == '='))
        ++i;
    if (i >= declaration.size())
        return true;
    const char quote = declaration.at(i);
    const qsizetype close = declaration.indexOf(quote, i + 1);
    if ((quote != '"' && quote != '\'') || close < 0)
        return fail(Error::Damaged, tr("the XML declaration is not written as XML writes it"));
    const QByteArray encoding = declaration.sliced(i + 1, close - i - 1).toByteArray().toLower();
    if (encoding != "utf-8" && encoding != "utf8")
        return fail(Error::Unsupported,
                    tr("the sheet is written in %1; only sheets in UTF-8 are read (save the "
                       "workbook again in Excel or LibreOffice)")
                        .arg(QString::fromLatin1(encoding)));
    return true;
}

// Consumes up to and including `terminator`; what comes before it goes into the cell's
// text when `collect`.
bool SheetXmlScanner::skipPast(QByteArrayView terminator, bool collect)
{
    for (;;) {
        const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_pos);
        const qsizetype found = rest.indexOf(terminator);
        if (found >= 0) {
            if (collect && !appendCharacters(rest.data(), found))
                return false;
            m_pos += found + terminator.size();
            return true;
        }
        // Keep what could be the start of the terminator, and a carriage return whose line
        // feed may follow.
        qsizetype consumed = qMax<qsizetype>(0, rest.size() - (terminator.size() - 1));
        if (consumed > 0 && rest.at(consumed - 1) == '\r')
            --consumed;
        if (collect && !appendCharacters(rest.data(), consumed))
            return false;
        m_pos += consumed;
        if (!fill())
            return m_error == Error::None
                       ? fail(Error::Damaged, tr("the sheet ends inside a comment or a CDATA "
                                                 "section"))
                       : false;
    }
}

bool SheetXmlScanner::readTag()
{
    qsizetype i = m_pos + 1;
    char quote = 0;
    for (;;) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        for (; i < size; ++i) {
            const char c = data[i];
            if (c == '<')
                return fail(Error::Damaged,
                            tr("a tag holds “<”: “%1”")
                                .arg(shown(QByteArrayView(data + m_pos, i - m_pos))));
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                const qsizetype begin = m_pos;
                m_pos = i + 1;
                return data[begin + 1] == '/' ? parseEndTag(begin + 2, i)
                                              : parseStartTag(begin + 1, i);
            }
        }
        const qsizetype offset = i - m_pos;
        if (offset > MaxTagLength)
            return fail(Error::Damaged, tr("a tag is longer than %1 bytes").arg(MaxTagLength));
        if (!fill())
            return m_error == Error::None ? fail(Error::Damaged, tr("the sheet ends inside a tag"))
                                          : false;
        i = m_pos + offset;
    }
}

bool SheetXmlScanner::parseStartTag(qsizetype begin, qsizetype end)
{
    const char *data = m_buffer.constData();
    m_selfClosing = end > begin && data[end - 1] == '/';
    const qsizetype contentEnd = m_selfClosing ? end - 1 : end;
    qsizetype p = begin;
    while (p < contentEnd && !isNameEnd(data[p]))
        ++p;
    if (p == begin || !parseAttributes(p, contentEnd))
        return fail(Error::Damaged, tr("the tag “<%1>” is not written as XML writes tags")
                                        .arg(shown(QByteArrayView(data + begin, end - begin))));
    m_nameBegin = begin;
    m_nameEnd = p;
    for (qsizetype i = 1; i < m_attributes.size(); ++i) {
        const Attribute &attribute = m_attributes.at(i);
        const QByteArrayView name(data + attribute.nameBegin,
                                  attribute.nameEnd - attribute.nameBegin);
        for (qsizetype j = 0; j < i; ++j) {
            const Attribute &other = m_attributes.at(j);
            if (QByteArrayView(data + other.nameBegin, other.nameEnd - other.nameBegin) == name)
                return fail(
                    Error::Damaged,
                    tr("the tag “<%1>” has the attribute “%2” twice")
                        .arg(shown(QByteArrayView(data + begin, end - begin)), shown(name)));
        }
    }
    m_rootSeen = true;
    if (!m_selfClosing) {
        m_nameStarts.append(m_names.size());
        m_names.append(data + m_nameBegin, m_nameEnd - m_nameBegin);
    }
    return true;
}

// The attributes of a start tag from `p` (just after its name) to `end` into m_attributes:
// name = 'value' or "value", apart by white space. False when they are not written so.
bool SheetXmlScanner::parseAttributes(qsizetype p, qsizetype end)
{
    const char *data = m_buffer.constData();
    m_attributes.resize(0);
    for (;;) {
        const qsizetype spaceBegin = p;
        while (p < end && isSpace(data[p]))
            ++p;
        if (p == end)
            return true;
        if (p == spaceBegin)
            return false; // attributes must be apart
        Attribute attribute;
        attribute.nameBegin = p;
        while (p < end && !isNameEnd(data[p]))
            ++p;
        attribute.nameEnd = p;
        while (p < end && isSpace(data[p]))
            ++p;
        if (attribute.nameEnd == attribute.nameBegin || p == end || data[p] != '=')
            return false;
        ++p;
        while (p < end && isSpace(data[p]))
            ++p;
        if (p == end || (data[p] != '"' && data[p] != '\''))
            return false;
        const char quote = data[p];
        attribute.valueBegin = ++p;
        while (p < end && data[p] != quote)
            ++p;
        if (p == end)
            return false;
        attribute.valueEnd = p++;
        m_attributes.append(attribute);
    }
}

bool SheetXmlScanner::parseEndTag(qsizetype begin, qsizetype end)
{
    const char *data = m_buffer.constData();
    qsizetype p = begin;
    while (p < end && !isNameEnd(data[p]))
        ++p;
    const QByteArrayView name(data + begin, p - begin);
    while (p < end && isSpace(data[p]))
        ++p;
    if (name.isEmpty() || p != end)
        return fail(Error::Damaged, tr("the tag “</%1>” is not written as XML writes tags")
                                        .arg(shown(QByteArrayView(data + begin, end - begin))));
    if (m_nameStarts.isEmpty())
        return fail(Error::Damaged, tr("the end tag “</%1>” closes no element").arg(shown(name)));
    const qsizetype open = m_nameStarts.constLast();
    const QByteArrayView expected = QByteArrayView(m_names).sliced(open);
    if (name != expected)
        return fail(
            Error::Damaged,
            tr("the end tag “</%1>” does not close “<%2>”").arg(shown(name), shown(expected)));
    m_nameStarts.removeLast();
    m_names.truncate(open);
    m_nameBegin = begin;
    m_nameEnd = begin + name.size();
    m_selfClosing = false;
    return true;
}

QByteArrayView SheetXmlScanner::localName() const
{
    return afterPrefix(QByteArrayView(m_buffer.constData() + m_nameBegin, m_nameEnd - m_nameBegin));
}

QByteArrayView SheetXmlScanner::attributeValue(const Attribute &attribute, bool *ok)
{
    const QByteArrayView raw(m_buffer.constData() + attribute.valueBegin,
                             attribute.valueEnd - attribute.valueBegin);
    *ok = true;
    if (!raw.contains('&'))
        return raw;
    m_attributeValue.resize(0);
    qsizetype i = 0;
    while (i < raw.size()) {
        const qsizetype amp = raw.indexOf('&', i);
        if (amp < 0) {
            m_attributeValue.append(raw.sliced(i));
            break;
        }
        m_attributeValue.append(raw.sliced(i, amp - i));
        const qsizetype semicolon = raw.indexOf(';', amp);
        if (semicolon < 0) {
            *ok = fail(Error::Damaged, tr("an “&” in an attribute starts no entity"));
            return {};
        }
        if (!appendEntity(raw.sliced(amp + 1, semicolon - amp - 1), &m_attributeValue)) {
            *ok = false;
            return {};
        }
        i = semicolon + 1;
    }
    return m_attributeValue;
}

// The character data of an element read for its text, up to the next markup.
bool SheetXmlScanner::readText()
{
    for (;;) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos;
        while (i < size && data[i] != '<' && data[i] != '&')
            ++i;
        qsizetype stop = i;
        if (i == size && stop > m_pos && data[stop - 1] == '\r' && !m_atEnd)
            --stop; // its line feed may be in the next block
        if (!appendCharacters(data + m_pos, stop - m_pos))
            return false;
        m_pos = stop;
        if (i < size && data[i] == '<')
            return true;
        if (i < size && data[i] == '&') {
            qsizetype semicolon = -1;
            for (;;) {
                const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_pos);
                semicolon = rest.first(qMin(rest.size(), MaxEntityLength)).indexOf(';');
                if (semicolon >= 0 || rest.size() >= MaxEntityLength || !fill())
                    break;
            }
            if (m_error != Error::None)
                return false;
            if (semicolon < 0)
                return failCell(tr("an “&” in the text starts no entity"));
            if (!appendEntity(QByteArrayView(m_buffer).sliced(m_pos + 1, semicolon - 1), &m_text))
                return false;
            m_pos += semicolon + 1;
            continue;
        }
        if (m_pos >= m_buffer.size() || stop < i) {
            if (!fill())
                return m_error == Error::None
                           ? fail(Error::Damaged, tr("the sheet ends inside a cell"))
                           : false;
        }
    }
}

bool SheetXmlScanner::appendEntity(QByteArrayView name, QByteArray *out)
{
    if (name == "amp")
        out->append('&');
    else if (name == "lt")
        out->append('<');
    else if (name == "gt")
        out->append('>');
    else if (name == "quot")
        out->append('"');
    else if (name == "apos")
        out->append('\'');
    else if (name.startsWith('#')) {
        const bool hex = name.size() > 1 && name.at(1) == 'x';
        const QByteArrayView digits = name.sliced(hex ? 2 : 1);
        bool ok = !digits.isEmpty() && digits.size() <= 8;
        quint32 code = 0;
        for (qsizetype i = 0; ok && i < digits.size(); ++i) {
            const char c = digits.at(i);
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            ok = digit >= 0;
            code = code * (hex ? 16 : 10) + quint32(qMax(0, digit));
        }
        if (!ok || !isXmlChar(code))
            return failCell(tr("the character reference “&%1;” is not a character XML allows")
                                .arg(shown(name)));
        appendUtf8(code, out);
    } else {
        return failCell(tr("the entity “&%1;” is not one XML defines").arg(shown(name)));
    }
    if (out == &m_text && m_text.size() - m_collectBegin > 3 * m_maxCellLength)
        return failCell(tr("the text is longer than %1 characters").arg(m_maxCellLength));
    return true;
}

// Literal text into the cell's text, line ends normalised (CR LF and CR become LF) and the
// control characters XML forbids refused.
bool SheetXmlScanner::appendCharacters(const char *from, qsizetype size)
{
    qsizetype segment = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = uchar(from[i]);
        if (c >= 0x20) {
            if (c >= 0x80)
                m_sawHighByte = true;
            continue;
        }
        if (c == '\t' || c == '\n')
            continue;
        if (c != '\r')
            return failCell(tr("the text holds a control character (U+%1) that XML does not "
                               "allow")
                                .arg(int(c), 4, 16, QLatin1Char('0')));
        m_text.append(from + segment, i - segment);
        m_text.append('\n');
        if (i + 1 < size && from[i + 1] == '\n')
            ++i;
        segment = i + 1;
    }
    m_text.append(from + segment, size - segment);
    if (m_text.size() - m_collectBegin > 3 * m_maxCellLength)
        return failCell(tr("the text is longer than %1 characters").arg(m_maxCellLength));
    return true;
}

} // namespace kartoitus::spreadsheet
