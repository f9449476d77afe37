#pragma once

#include "csv/csvdialect.h"

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace kartoitus::csv {

// Reads CSV records one at a time from a device, in chunks, so memory stays flat
// whatever the file size (only the current record and one chunk are held).
//
// Rules (docs/csv.md has the reasoning):
// - RFC 4180 quoting: a field that starts with the quote character is quoted; a doubled
//   quote inside it is one quote; delimiters and line breaks inside it are data, kept as
//   written (a CRLF inside a quoted field stays CRLF).
// - Outside quotes CRLF, LF and a lone CR each end a record.
// - A quote inside an unquoted field is kept literally; text after a closing quote is
//   appended to the field as written (`"ab"c` reads as `abc`).
// - A blank line is a record with no fields; trailing empty fields are kept.
// - Errors stop the reader and name the line and column: a quote still open at the end
//   of the file, a NUL character (a binary file), bytes the encoding cannot decode
//   (unless lenient decoding is asked for), a field longer than maxFieldLength().
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::csv::Reader)

public:
    enum class Error
    {
        None,
        Device,
        UnclosedQuote,
        NulCharacter,
        Undecodable,
        FieldTooLong
    };

    // Encoding::Auto and a null delimiter in `dialect` are detected from the first
    // 64 KiB; the device must be open for reading and need not be seekable.
    explicit Reader(QIODevice *device, const Dialect &dialect = Dialect::autoDetect());
    Q_DISABLE_COPY(Reader)

    // Strict by default: undecodable bytes are an error. Lenient decoding turns them
    // into U+FFFD, for a user who has seen the warning and wants the rest anyway.
    void setStrictDecoding(bool strict) { m_strict = strict; }
    void setMaxFieldLength(qsizetype characters) { m_maxFieldLength = characters; }
    qsizetype maxFieldLength() const { return m_maxFieldLength; }
    // How many bytes are read from the device at a time (tests use tiny chunks to
    // cross every boundary).
    void setChunkSize(qsizetype bytes) { m_chunkSize = qMax<qsizetype>(1, bytes); }

    // Detects the dialect now; readRow() does it on first use. False on a device error.
    bool detect();
    // The dialect in use: after detect(), with the encoding and delimiter found.
    const Dialect &dialect() const { return m_dialect; }
    // The file began with Excel's "sep=;" line: its delimiter is used (unless one was
    // given) and the line is skipped, besides dialect().skipLines.
    bool hasSepLine() const { return m_sepLine; }

    // The next record into *fields. False at the end of the file or on an error; then
    // *fields is empty. A caller that wants to cancel simply stops calling.
    bool readRow(QStringList *fields);

    // The physical line (1-based) where the record last returned started.
    qint64 line() const { return m_recordLine; }
    // Bytes taken from the device so far, for progress (a chunk ahead of the parser).
    qint64 bytesRead() const { return m_bytesRead; }

    Error error() const { return m_error; }
    bool hasError() const { return m_error != Error::None; }
    // A sentence for the user, naming the line and column.
    QString errorString() const { return m_errorString; }
    qint64 errorLine() const { return m_errorLine; }
    qint64 errorColumn() const { return m_errorColumn; }

private:
    enum class State
    {
        RecordStart,
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
        AfterQuoted
    };
    enum class Step
    {
        Continue,
        RecordDone,
        Failed
    };

    void setupDecoder();
    void readSepLine();
    bool fill();
    QString decode(QByteArrayView bytes);
    QString decodeUtf16(QByteArrayView bytes);
    bool hasIncompleteTail() const;
    void skipTitleLines();
    bool takePendingLF();
    void noteNewline(QChar c);
    bool finishAtEnd(QStringList *fields);
    Step step(QStringList *fields);
    Step scanUnquoted(QStringList *fields);
    Step scanQuoted();
    Step endOfRecord(QStringList *fields, QChar c);
    bool appendSpan(qsizetype from, qsizetype to);
    Step failAtCurrent();
    void fail(Error error, const QString &message, qint64 line, qint64 column);
    qint64 columnAt(qsizetype pos) const;

    QIODevice *m_device;
    Dialect m_dialect;
    QStringDecoder m_decoder;
    bool m_use1252Table = false;
    bool m_ownUtf16 = false;     // UTF-16 decoded here: Qt 6.4 lets lone surrogates through
    QByteArray m_utf16Carry;     // an odd byte left from the last chunk
    char16_t m_pendingHigh = 0;  // a high surrogate waiting for its low half
    qsizetype m_chunkError = -1; // where decodeUtf16() found the first bad unit
    bool m_mixedUtf8 = false;    // detected as UTF-8 although the sample has invalid bytes
    bool m_sepLine = false;
    bool m_strict = true;
    qsizetype m_maxFieldLength = 64 * 1024 * 1024;
    qsizetype m_chunkSize = 64 * 1024;

    QByteArray m_sample; // bytes read for detection, not yet decoded
    QByteArray m_tail;   // last bytes of the device, to spot a cut-off character
    QString m_buffer;    // decoded text; m_pos is the parser's position in it
    qsizetype m_pos = 0;
    qint64 m_bufferStart = 0; // absolute character offset of m_buffer[0]
    qsizetype m_decodeErrorPos = -1;
    bool m_detected = false;
    bool m_deviceDone = false;
    bool m_finished = false;
    int m_linesToSkip = 0;

    State m_state = State::RecordStart;
    QString m_field;
    qint64 m_line = 1;
    qint64 m_lineStart = 0; // absolute character offset where m_line starts
    bool m_prevCR = false;
    bool m_pendingLF = false;
    qint64 m_recordLine = 0;
    qint64 m_fieldLine = 0;
    qint64 m_fieldColumn = 0;
    qint64 m_bytesRead = 0;

    Error m_error = Error::None;
    QString m_errorString;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
};

} // namespace kartoitus::csv
