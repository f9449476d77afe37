#include "csv/csvwriter.h"

#include <QIODevice>

#include <utility>

namespace kartoitus::csv {

namespace {

constexpr qsizetype flushThreshold = 128 * 1024;

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// Whether `cell` is apostrophes (at least `minApostrophes`) followed by a formula start.
bool formulaAfterApostrophes(QStringView cell, qsizetype minApostrophes)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    return i >= minApostrophes && i < cell.size() && isFormulaStart(cell[i]);
}

bool needsGuard(QStringView cell, Writer::FormulaGuard guard)
{
    switch (guard) {
    case Writer::FormulaGuard::Neutralise:
        return formulaAfterApostrophes(cell, 0);
    case Writer::FormulaGuard::EscapeOnly:
        return formulaAfterApostrophes(cell, 1);
    case Writer::FormulaGuard::Off:
        return false;
    }
    return false;
}

} // namespace

QString neutraliseFormula(const QString &cell)
{
    return needsGuard(cell, Writer::FormulaGuard::Neutralise) ? u'\'' + cell : cell;
}

QString escapeApostrophes(const QString &cell)
{
    return needsGuard(cell, Writer::FormulaGuard::EscapeOnly) ? u'\'' + cell : cell;
}

QString restoreNeutralised(const QString &cell)
{
    return formulaAfterApostrophes(cell, 1) ? cell.mid(1) : cell;
}

static QStringEncoder encoderFor(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf16LE:
        return QStringEncoder(QStringEncoder::Utf16LE);
    case Encoding::Utf16BE:
        return QStringEncoder(QStringEncoder::Utf16BE);
    case Encoding::Windows1252:
        return QStringEncoder("windows-1252");
    default:
        return QStringEncoder(QStringEncoder::Utf8);
    }
}

Writer::Writer(QIODevice *device, const Dialect &dialect)
    : m_device(device)
    , m_dialect(dialect)
    , m_encoder(encoderFor(dialect.encoding))
    , m_lineEnding(QString::fromLatin1(dialect.lineEnding))
{
    if (m_dialect.delimiter.isNull())
        m_dialect.delimiter = u',';
    if (m_lineEnding.isEmpty())
        m_lineEnding = QStringLiteral("\r\n");
    if (!m_encoder.isValid())
        m_errorString =
            tr("This system cannot write the %1 encoding.").arg(encodingName(dialect.encoding));
    m_pending.reserve(flushThreshold + 1024);
}

Writer::~Writer()
{
    flush();
}

bool Writer::needsQuotes(QStringView field) const
{
    const char16_t delimiter = m_dialect.delimiter.unicode();
    const char16_t quote = m_dialect.quote.unicode();
    for (const QChar c : field) {
        const char16_t u = c.unicode();
        if (u == delimiter || u == quote || u == u'\n' || u == u'\r')
            return true;
    }
    return false;
}

void Writer::appendQuoted(QStringView field, bool guard)
{
    const QChar quote = m_dialect.quote;
    m_pending.append(quote);
    if (guard)
        m_pending.append(u'\'');
    qsizetype from = 0;
    for (qsizetype i = field.indexOf(quote); i >= 0; i = field.indexOf(quote, i + 1)) {
        m_pending.append(field.mid(from, i + 1 - from)); // up to and with the quote
        m_pending.append(quote);
        from = i + 1;
    }
    m_pending.append(field.mid(from));
    m_pending.append(quote);
}

void Writer::writeField(QStringView field)
{
    if (m_fieldsInRow++ > 0)
        m_pending.append(m_dialect.delimiter);
    else
        m_firstFieldEmpty = field.isEmpty();
    const bool guard = needsGuard(field, m_guard);
    // A file that starts with U+FEFF reads back as a byte order mark, not as data.
    const bool startsFile = std::exchange(m_atFileStart, false);
    if (needsQuotes(field) || (startsFile && field.startsWith(QChar(0xFEFF)))) {
        appendQuoted(field, guard);
        return;
    }
    if (guard)
        m_pending.append(u'\'');
    m_pending.append(field);
}

bool Writer::endRow()
{
    // A lone empty field would read back as a blank line: quote it.
    if (m_fieldsInRow == 1 && m_firstFieldEmpty)
        m_pending.append(m_dialect.quote).append(m_dialect.quote);
    m_pending.append(m_lineEnding);
    m_fieldsInRow = 0;
    if (m_pending.size() >= flushThreshold)
        return encodePending();
    return !hasError();
}

bool Writer::writeRow(const QStringList &fields)
{
    for (const QString &field : fields)
        writeField(field);
    return endRow();
}

bool Writer::encodePending()
{
    if (hasError() || !m_device)
        return false;
    QByteArray bytes;
    if (!m_bomWritten) {
        m_bomWritten = true;
        if (m_dialect.encoding == Encoding::Utf8Bom)
            bytes = "\xEF\xBB\xBF";
        else if (m_dialect.encoding == Encoding::Utf16LE)
            bytes = "\xFF\xFE";
        else if (m_dialect.encoding == Encoding::Utf16BE)
            bytes = "\xFE\xFF";
    }
    bytes += m_encoder.encode(m_pending);
    m_lostCharacters = m_lostCharacters || m_encoder.hasError();
    m_pending.resize(0); // keeps the capacity for the next rows
    if (bytes.isEmpty())
        return true; // nothing to write: a closed device is no error then
    if (m_device->write(bytes) != bytes.size()) {
        m_errorString = tr("Writing the file failed: %1").arg(m_device->errorString());
        return false;
    }
    return true;
}

bool Writer::flush()
{
    return encodePending();
}

} // namespace kartoitus::csv
