// libFuzzer target for csv::Reader (with its sniffer and dialects) and, through the
// round trip, csv::Writer. docs/csv.md ("Fuzzing") says how to build and run it.
//
// Every input is read
//  1. with everything detected, twice: both reads must agree;
//  2. with a dialect chosen from the first byte (encoding, delimiter, skipLines, lenient
//     decoding);
//  3. when the second byte asks for it and (2) fixed the encoding and is strict: after a 64 KiB
//  title
//     line, so that detection's sample ends inside the input and the rest arrives in
//     chunks of 1 to 8 bytes. The records, their lines and the error must be those of (2),
//     one line further down;
// and the records of (1) and (2) are written with csv::Writer in the dialect the reader
// reported and read back: the fields must be the same.
// A failed invariant aborts, which libFuzzer reports as a crash with the input.

#include "csv/csvdialect.h"
#include "csv/csvreader.h"
#include "csv/csvsniffer.h"
#include "csv/csvwriter.h"

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kartoitus::csv;

namespace {

// Small, so that a field-too-long path is reached by short inputs and runs stay fast.
constexpr qsizetype maxField = 512;

struct Result
{
    QList<QStringList> rows;
    QList<qint64> lines;
    Dialect dialect;
    Reader::Error error = Reader::Error::None;
    QString errorString;
    qint64 errorLine = 0;
    qint64 errorColumn = 0;
};

[[noreturn]] void fail(const char *what, const Result &result)
{
    std::fprintf(stderr, "invariant failed: %s\n  error %d at line %lld column %lld: %s\n", what,
                 int(result.error), static_cast<long long>(result.errorLine),
                 static_cast<long long>(result.errorColumn), qPrintable(result.errorString));
    std::abort();
}

void check(bool ok, const char *what, const Result &result)
{
    if (!ok)
        fail(what, result);
}

Result read(const QByteArray &bytes, const Dialect &dialect, bool strict = true,
            qsizetype chunkSize = 0)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(&buffer, dialect);
    reader.setStrictDecoding(strict);
    reader.setMaxFieldLength(maxField);
    if (chunkSize > 0)
        reader.setChunkSize(chunkSize);
    Result result;
    QStringList fields;
    qint64 previousLine = 0;
    while (reader.readRow(&fields)) {
        result.rows.append(fields);
        result.lines.append(reader.line());
        check(reader.line() > previousLine, "record lines increase", result);
        previousLine = reader.line();
        for (const QString &field : fields) {
            check(field.size() <= maxField, "no field over the maximum", result);
            check(!field.contains(QChar(u'\0')), "no NUL in a field", result);
        }
        check(reader.bytesRead() <= bytes.size(), "bytesRead within the input", result);
    }
    check(fields.isEmpty(), "no fields after the last record", result);
    check(!reader.readRow(&fields) && fields.isEmpty(), "nothing after the end", result);
    result.dialect = reader.dialect();
    result.error = reader.error();
    result.errorString = reader.errorString();
    result.errorLine = reader.errorLine();
    result.errorColumn = reader.errorColumn();

    check(result.dialect.encoding != Encoding::Auto, "an encoding is chosen", result);
    check(!result.dialect.delimiter.isNull(), "a delimiter is chosen", result);
    if (result.error != Reader::Error::None) {
        check(result.error != Reader::Error::Device, "a QBuffer is readable", result);
        check(result.errorLine >= 1 && result.errorColumn >= 1, "error position >= 1", result);
        check(result.errorLine >= previousLine, "the error is not before the last record", result);
        const QString prefix =
            QStringLiteral("Line %1, column %2:").arg(result.errorLine).arg(result.errorColumn);
        check(result.errorString.startsWith(prefix), "the message names the position", result);
        check(strict || result.error != Reader::Error::Undecodable,
              "lenient decoding never fails to decode", result);
    } else {
        check(bytes.isEmpty() || reader.bytesRead() == bytes.size(), "every byte is read", result);
    }
    return result;
}

// Writes `rows` in the dialect the reader reported and reads them back in it.
void roundTrip(const Result &original, bool strict)
{
    if (original.rows.isEmpty())
        return;
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        Writer writer(&buffer, original.dialect);
        writer.setFormulaGuard(Writer::FormulaGuard::Off);
        for (const QStringList &row : original.rows)
            writer.writeRow(row);
        check(writer.flush(), "writing to a QBuffer works", original);
        if (writer.lostCharacters())
            return; // a character the encoding has no code for: not the same text
    }
    Dialect dialect = original.dialect;
    dialect.skipLines = 0;
    const Result again = read(bytes, dialect, strict);
    check(again.error == Reader::Error::None, "written records read back without error", again);
    check(again.rows == original.rows, "written records read back the same", again);
}

constexpr Encoding encodings[8] = {Encoding::Auto,    Encoding::Utf8,    Encoding::Utf8Bom,
                                   Encoding::Utf16LE, Encoding::Utf16BE, Encoding::Windows1252,
                                   Encoding::Utf8,    Encoding::Auto};

bool startsWithBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") ||
           bytes.startsWith("\xFE\xFF");
}

// A title line of `bytes` bytes in the input's encoding (`bytes` even), to push the input
// past detection's sample.
QByteArray titleLine(Encoding encoding, qsizetype bytes)
{
    const bool wideText = encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE;
    QByteArray text(wideText ? bytes / 2 - 1 : bytes - 1, 'x');
    text += '\n';
    if (!wideText)
        return text;
    QByteArray wide;
    for (const char c : text)
        wide += encoding == Encoding::Utf16LE ? QByteArray() + c + '\0' : QByteArray() + '\0' + c;
    return wide;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // 1. Everything detected, read twice.
    const Result detected = read(bytes, Dialect::autoDetect());
    const Result detectedAgain = read(bytes, Dialect::autoDetect());
    check(detected.rows == detectedAgain.rows && detected.lines == detectedAgain.lines &&
              detected.error == detectedAgain.error &&
              detected.errorLine == detectedAgain.errorLine &&
              detected.errorColumn == detectedAgain.errorColumn,
          "the same bytes read the same twice", detectedAgain);
    roundTrip(detected, true);

    if (size == 0)
        return 0;

    // 2. A dialect from the first byte: bits 0-2 encoding, 3-4 delimiter, 5-6 skipLines,
    // 7 lenient decoding.
    const uint8_t b = data[0];
    Dialect fixed;
    fixed.encoding = encodings[b & 7];
    fixed.delimiter = QChar(candidateDelimiters[(b >> 3) & 3]);
    fixed.skipLines = (b >> 5) & 3;
    const bool strict = !(b & 0x80);
    const Result given = read(bytes, fixed, strict);
    check(given.dialect.delimiter == fixed.delimiter, "a given delimiter is used", given);
    roundTrip(given, strict);

    // 3. The same after a title line that fills detection's sample, the rest in chunks.
    // Strict only: Qt 6.4's UTF-8 decoder drops replacement characters when a bad sequence
    // is cut by a chunk boundary, so lenient fields depend on the chunks (docs/csv.md).
    if (!strict || size < 2 || !(data[1] & 1) || fixed.encoding == Encoding::Auto ||
        startsWithBom(bytes))
        return 0;
    const qsizetype chunk = 1 + ((data[1] >> 1) & 7);
    const qsizetype inSample = (data[1] >> 4) & 15;
    Dialect padded = given.dialect; // the encoding as the reader settled it
    padded.skipLines = fixed.skipLines + 1;
    const Result later =
        read(titleLine(padded.encoding, Sniffer::sampleSize - inSample * 2) + bytes, padded, strict,
             chunk);
    QList<qint64> shifted;
    for (const qint64 line : given.lines)
        shifted.append(line + 1);
    check(later.rows == given.rows, "records do not depend on chunks", later);
    check(later.lines == shifted, "record lines do not depend on chunks", later);
    check(later.error == given.error, "errors do not depend on chunks", later);
    if (given.error != Reader::Error::None)
        check(later.errorLine == given.errorLine + 1 && later.errorColumn == given.errorColumn,
              "error positions do not depend on chunks", later);
    return 0;
}
