#include "csv/csvreader.h"

#include "csv/csvsniffer.h"

#include <QIODevice>

namespace kartoitus::csv {

namespace {

// Windows-1252's 0x80..0x9F; the rest of the code page equals Latin-1. Used only when
// Qt is built without a windows-1252 codec (no ICU); undefined bytes map to the C1
// control of the same value, as ICU and the WHATWG Encoding standard do.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char b : bytes) {
        const uchar u = uchar(b);
        *out++ = QChar(u >= 0x80 && u < 0xA0 ? cp1252High[u - 0x80] : char16_t(u));
    }
    return text;
}

constexpr qsizetype tailBytes = 4;

} // namespace

Reader::Reader(QIODevice *device, const Dialect &dialect)
    : m_device(device)
    , m_dialect(dialect)
    , m_linesToSkip(qMax(0, dialect.skipLines))
{}

bool Reader::detect()
{
    if (m_detected)
        return !hasError();
    m_detected = true;
    if (!m_device || !m_device->isReadable()) {
        fail(Error::Device, tr("The file cannot be read: it is not open."), 0, 0);
        return false;
    }
    // Read the sample in chunk-sized pieces: a pipe may deliver less than asked.
    while (m_sample.size() < Sniffer::sampleSize) {
        const QByteArray more = m_device->read(Sniffer::sampleSize - m_sample.size());
        if (more.isEmpty() && !(m_device->isSequential() && m_device->waitForReadyRead(30000)))
            break;
        m_sample += more;
    }
    m_bytesRead = m_sample.size();
    const bool complete = m_sample.size() < Sniffer::sampleSize;
    int bom = 0;
    if (m_dialect.encoding == Encoding::Auto) {
        m_dialect.encoding = Sniffer::detectEncoding(m_sample, complete, &bom);
        if (m_dialect.encoding == Encoding::Utf8) {
            QStringDecoder check(QStringDecoder::Utf8, complete ? QStringDecoder::Flag::Stateless
                                                                : QStringDecoder::Flag::Default);
            const QString decoded = check.decode(m_sample); // decode() is lazy: convert
            m_mixedUtf8 = check.hasError();
        }
    } else {
        bom = Sniffer::bomLength(m_sample, &m_dialect.encoding);
    }
    m_sample.remove(0, bom);
    setupDecoder();
    readSepLine();
    if (m_dialect.delimiter.isNull()) {
        Reader probe(nullptr, m_dialect);
        probe.setupDecoder();
        const QString text = probe.decode(m_sample);
        m_dialect.delimiter =
            Sniffer::detectDelimiter(text, m_dialect.quote, m_dialect.skipLines, complete);
    }
    return true;
}

// Excel writes "sep=;" as the first line of a CSV file to name its delimiter.
void Reader::readSepLine()
{
    Reader probe(nullptr, m_dialect);
    probe.setupDecoder();
    const QString start = probe.decode(m_sample.left(32));
    if (!start.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) || start.size() < 5)
        return;
    const QChar delimiter = start.at(4);
    if (delimiter == u'\r' || delimiter == u'\n' ||
        (start.size() > 5 && start.at(5) != u'\r' && start.at(5) != u'\n'))
        return;
    m_sepLine = true;
    ++m_linesToSkip;
    if (m_dialect.delimiter.isNull())
        m_dialect.delimiter = delimiter;
}

void Reader::setupDecoder()
{
    switch (m_dialect.encoding) {
    case Encoding::Auto:
    case Encoding::Utf8:
    case Encoding::Utf8Bom:
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
        break;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        m_decoder = QStringDecoder();
        m_ownUtf16 = true;
        break;
    case Encoding::Windows1252:
        m_decoder = QStringDecoder("windows-1252");
        m_use1252Table = !m_decoder.isValid();
        break;
    }
}

QString Reader::decode(QByteArrayView bytes)
{
    if (m_ownUtf16)
        return decodeUtf16(bytes);
    if (m_use1252Table)
        return decodeWindows1252(bytes);
    return m_decoder.decode(bytes);
}

// UTF-16 with every surrogate checked: a high surrogate must be followed by a low one and
// a low one preceded by a high one. A bad unit becomes U+FFFD and, the first time,
// m_chunkError says where.
QString Reader::decodeUtf16(QByteArrayView bytes)
{
    const QByteArray data = m_utf16Carry + bytes.toByteArray();
    const bool le = m_dialect.encoding == Encoding::Utf16LE;
    const qsizetype units = data.size() / 2;
    m_utf16Carry = data.right(data.size() % 2);
    m_chunkError = -1;
    QString text;
    text.reserve(units + 1);
    const auto bad = [&] {
        if (m_chunkError < 0)
            m_chunkError = text.size();
        text += QChar::ReplacementCharacter;
    };
    for (qsizetype i = 0; i < units; ++i) {
        const uchar a = uchar(data[2 * i]);
        const uchar b = uchar(data[2 * i + 1]);
        const char16_t u = le ? char16_t(a | (b << 8)) : char16_t((a << 8) | b);
        if (m_pendingHigh) {
            const char16_t high = m_pendingHigh;
            m_pendingHigh = 0;
            if (QChar::isLowSurrogate(u)) {
                text += QChar(high);
                text += QChar(u);
                continue;
            }
            bad();
        }
        if (QChar::isHighSurrogate(u))
            m_pendingHigh = u;
        else if (QChar::isLowSurrogate(u))
            bad();
        else
            text += QChar(u);
    }
    return text;
}

bool Reader::hasIncompleteTail() const
{
    if (m_use1252Table || m_dialect.encoding == Encoding::Windows1252)
        return false;
    if (m_dialect.encoding == Encoding::Utf16LE || m_dialect.encoding == Encoding::Utf16BE)
        return m_bytesRead % 2 != 0 || m_pendingHigh != 0;
    // A UTF-8 lead byte near the end announcing more continuation bytes than follow.
    for (qsizetype i = m_tail.size() - 1; i >= 0; --i) {
        const uchar b = uchar(m_tail[i]);
        if ((b & 0xC0) == 0x80)
            continue;
        const int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return needed > m_tail.size() - i;
    }
    return false;
}

// Drops what the parser has consumed and appends the next decoded chunk. False when the
// device has nothing more.
bool Reader::fill()
{
    if (m_deviceDone)
        return false;
    m_bufferStart += m_pos;
    m_buffer.remove(0, m_pos);
    if (m_decodeErrorPos >= 0)
        m_decodeErrorPos -= m_pos;
    m_pos = 0;
    QByteArray bytes;
    if (!m_sample.isEmpty()) {
        bytes.swap(m_sample);
    } else {
        bytes = m_device->read(m_chunkSize);
        if (bytes.isEmpty() && m_device->isSequential() && m_device->waitForReadyRead(30000))
            bytes = m_device->read(m_chunkSize);
        m_bytesRead += bytes.size();
    }
    if (bytes.isEmpty()) {
        m_deviceDone = true;
        if (m_strict && m_decodeErrorPos < 0 && hasIncompleteTail()) {
            m_decodeErrorPos = m_buffer.size();
            m_buffer.append(QChar(u'\0'));
            return true;
        }
        return false;
    }
    m_tail = (m_tail + bytes.right(tailBytes)).right(tailBytes);
    const bool hadError = m_decoder.isValid() && m_decoder.hasError();
    QString text = decode(bytes);
    if (m_strict && m_ownUtf16 && m_chunkError >= 0 && m_decodeErrorPos < 0) {
        text[m_chunkError] = u'\0';
        m_decodeErrorPos = m_buffer.size() + m_chunkError;
    } else if (m_strict && !hadError && m_decoder.isValid() && m_decoder.hasError()) {
        // Mark the first replacement character; the parser reports it when it gets there,
        // with its line and column.
        const qsizetype at = qMax<qsizetype>(0, text.indexOf(QChar::ReplacementCharacter));
        if (at < text.size())
            text[at] = u'\0';
        m_decodeErrorPos = m_buffer.size() + at;
    }
    m_buffer.append(text);
    return true;
}

void Reader::noteNewline(QChar c)
{
    if (c == u'\r' || !m_prevCR)
        ++m_line;
    m_prevCR = c == u'\r';
    m_lineStart = m_bufferStart + m_pos + 1;
}

// The LF of a CRLF whose CR ended a record belongs to that line end.
bool Reader::takePendingLF()
{
    if (!m_pendingLF)
        return false;
    m_pendingLF = false;
    if (m_buffer.at(m_pos) != u'\n')
        return false;
    noteNewline(u'\n');
    ++m_pos;
    return true;
}

void Reader::skipTitleLines()
{
    while (m_linesToSkip > 0) {
        if (m_pos == m_buffer.size() && !fill())
            return;
        if (m_pos == m_buffer.size() || takePendingLF())
            continue;
        // Undecodable bytes in a title line are an error too: the decoder reports only its
        // first error, so passing over it would let every later bad byte through as U+FFFD.
        if (m_pos == m_decodeErrorPos) {
            failAtCurrent();
            return;
        }
        const QChar c = m_buffer.at(m_pos);
        if (c == u'\r' || c == u'\n') {
            noteNewline(c);
            m_pendingLF = c == u'\r';
            --m_linesToSkip;
        } else {
            m_prevCR = false;
        }
        ++m_pos;
    }
}

bool Reader::readRow(QStringList *fields)
{
    fields->clear();
    if (m_finished || !detect())
        return false;
    skipTitleLines();
    if (hasError())
        return false;
    m_state = State::RecordStart;
    m_field.clear();
    for (;;) {
        if (m_pos == m_buffer.size()) {
            if (!fill()) {
                if (!m_deviceDone)
                    continue;
                return finishAtEnd(fields);
            }
            continue;
        }
        if (takePendingLF())
            continue;
        const Step s = step(fields);
        if (s == Step::RecordDone)
            return true;
        if (s == Step::Failed) {
            fields->clear();
            return false;
        }
    }
}

bool Reader::finishAtEnd(QStringList *fields)
{
    m_finished = true;
    switch (m_state) {
    case State::RecordStart:
        return false;
    case State::Quoted:
        fail(Error::UnclosedQuote,
             tr("Line %1, column %2: the quoted field that starts here is never closed; the "
                "file ends inside it.")
                 .arg(m_fieldLine)
                 .arg(m_fieldColumn),
             m_fieldLine, m_fieldColumn);
        fields->clear();
        return false;
    default:
        fields->append(std::move(m_field));
        m_field = QString();
        return true;
    }
}

Reader::Step Reader::step(QStringList *fields)
{
    const QChar c = m_buffer.at(m_pos);
    switch (m_state) {
    case State::RecordStart:
        m_recordLine = m_line;
        if (c == u'\r' || c == u'\n')
            return endOfRecord(fields, c); // a blank line: a record without fields
        m_state = State::FieldStart;
        [[fallthrough]];
    case State::FieldStart:
        m_fieldLine = m_line;
        m_fieldColumn = columnAt(m_pos);
        if (c == m_dialect.quote) {
            ++m_pos;
            m_prevCR = false;
            m_state = State::Quoted;
            return Step::Continue;
        }
        m_state = State::Unquoted;
        return scanUnquoted(fields);
    case State::Unquoted:
        return scanUnquoted(fields);
    case State::Quoted:
        return scanQuoted();
    case State::QuoteInQuoted:
        if (c == m_dialect.quote) {
            ++m_pos;
            m_state = State::Quoted;
            return appendSpan(m_pos - 1, m_pos) ? Step::Continue : Step::Failed;
        }
        m_state = State::AfterQuoted;
        [[fallthrough]];
    case State::AfterQuoted:
        // Text after the closing quote is kept as written: lenient like Excel and Python.
        m_state = State::Unquoted;
        return scanUnquoted(fields);
    }
    return Step::Failed;
}

Reader::Step Reader::scanUnquoted(QStringList *fields)
{
    const QChar *data = m_buffer.constData();
    const char16_t delimiter = m_dialect.delimiter.unicode();
    const qsizetype size = m_buffer.size();
    qsizetype i = m_pos;
    while (i < size) {
        const char16_t u = data[i].unicode();
        if (u == delimiter || u == u'\n' || u == u'\r' || u == 0)
            break;
        ++i;
    }
    if (i > m_pos)
        m_prevCR = false;
    if (!appendSpan(m_pos, i))
        return Step::Failed;
    m_pos = i;
    if (i == size)
        return Step::Continue;
    const QChar c = data[i];
    if (c == u'\0')
        return failAtCurrent();
    if (c == m_dialect.delimiter) {
        ++m_pos;
        m_prevCR = false; // an LF after `CR,` starts a line of its own
        fields->append(std::move(m_field));
        m_field = QString();
        m_state = State::FieldStart;
        return Step::Continue;
    }
    fields->append(std::move(m_field));
    m_field = QString();
    return endOfRecord(fields, c);
}

Reader::Step Reader::endOfRecord(QStringList *, QChar c)
{
    noteNewline(c);
    m_pendingLF = c == u'\r';
    ++m_pos;
    m_state = State::RecordStart;
    return Step::RecordDone;
}

Reader::Step Reader::scanQuoted()
{
    const QChar *data = m_buffer.constData();
    const char16_t quote = m_dialect.quote.unicode();
    const qsizetype size = m_buffer.size();
    const qsizetype start = m_pos;
    qsizetype i = m_pos;
    for (; i < size; ++i) {
        const char16_t u = data[i].unicode();
        if (u == quote || u == 0)
            break;
        if (u == u'\r' || u == u'\n') {
            m_pos = i;
            noteNewline(data[i]);
        } else {
            m_prevCR = false;
        }
    }
    if (!appendSpan(start, i))
        return Step::Failed;
    m_pos = i;
    if (i == size)
        return Step::Continue;
    if (data[i] == u'\0')
        return failAtCurrent();
    ++m_pos;
    m_prevCR = false;
    m_state = State::QuoteInQuoted;
    return Step::Continue;
}

bool Reader::appendSpan(qsizetype from, qsizetype to)
{
    if (to <= from)
        return true;
    if (m_field.size() + (to - from) > m_maxFieldLength) {
        fail(Error::FieldTooLong,
             tr("Line %1, column %2: the field that starts here is longer than %3 characters; "
                "this does not look like a CSV file of the register.")
                 .arg(m_fieldLine)
                 .arg(m_fieldColumn)
                 .arg(m_maxFieldLength),
             m_fieldLine, m_fieldColumn);
        return false;
    }
    m_field.append(m_buffer.constData() + from, to - from);
    return true;
}

Reader::Step Reader::failAtCurrent()
{
    const qint64 column = columnAt(m_pos);
    if (m_pos == m_decodeErrorPos && m_mixedUtf8) {
        fail(Error::Undecodable,
             tr("Line %1, column %2: the bytes here are not valid UTF-8, while other lines of "
                "the file are: it mixes two encodings (say, lines pasted from a Windows-1252 "
                "file). Save the file again as UTF-8, or fix this line, and try again.")
                 .arg(m_line)
                 .arg(column),
             m_line, column);
    } else if (m_pos == m_decodeErrorPos && m_ownUtf16) {
        fail(Error::Undecodable,
             tr("Line %1, column %2: a character here is not valid UTF-16 (half of a "
                "surrogate pair); the file is damaged.")
                 .arg(m_line)
                 .arg(column),
             m_line, column);
    } else if (m_pos == m_decodeErrorPos) {
        fail(Error::Undecodable,
             tr("Line %1, column %2: the bytes here are not valid %3. Choose the file's "
                "encoding (for example windows-1252) and try again.")
                 .arg(m_line)
                 .arg(column)
                 .arg(encodingName(m_dialect.encoding)),
             m_line, column);
    } else {
        fail(Error::NulCharacter,
             tr("Line %1, column %2: a NUL byte. This looks like a binary file, not CSV text.")
                 .arg(m_line)
                 .arg(column),
             m_line, column);
    }
    return Step::Failed;
}

void Reader::fail(Error error, const QString &message, qint64 line, qint64 column)
{
    m_error = error;
    m_errorString = message;
    m_errorLine = line;
    m_errorColumn = column;
    m_finished = true;
}

qint64 Reader::columnAt(qsizetype pos) const
{
    return m_bufferStart + pos - m_lineStart + 1;
}

} // namespace kartoitus::csv
