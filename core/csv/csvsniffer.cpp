#include "csv/csvsniffer.h"

#include <QList>
#include <QStringDecoder>

#include <array>
#include <map>

namespace kartoitus::csv::Sniffer {

namespace {

constexpr int candidateCount = int(std::size(candidateDelimiters));
using Counts = std::array<int, candidateCount>;

bool startsWith(QByteArrayView sample, QByteArrayView prefix)
{
    return sample.size() >= prefix.size() && sample.first(prefix.size()) == prefix;
}

// UTF-16 text without a BOM shows as a zero byte in every other position for the
// ASCII characters CSV is made of. Demand nearly all of them, so that a binary file
// (zeros here and there) is still reported as binary rather than decoded as text.
Encoding utf16ByZeroBytes(QByteArrayView sample)
{
    const qsizetype pairs = sample.size() / 2;
    if (pairs < 8)
        return Encoding::Auto;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
        evenZeros += sample[i] == '\0';
        oddZeros += sample[i + 1] == '\0';
    }
    if (oddZeros * 10 >= pairs * 9 && evenZeros == 0)
        return Encoding::Utf16LE;
    if (evenZeros * 10 >= pairs * 9 && oddZeros == 0)
        return Encoding::Utf16BE;
    return Encoding::Auto;
}

// Splits `text` into records outside quotes and counts each candidate per record.
QList<Counts> countPerRecord(QStringView text, QChar quote, int skipLines, bool complete)
{
    QList<Counts> records;
    Counts counts{};
    bool inQuotes = false;
    bool blank = true;
    qsizetype i = 0;
    for (; skipLines > 0 && i < text.size(); ++i) {
        if (text[i] == u'\n' ||
            (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')))
            --skipLines;
    }
    for (; i < text.size() && records.size() < 200; ++i) {
        const QChar c = text[i];
        if (c == quote) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (!blank)
                records.append(counts);
            counts = {};
            blank = true;
            continue;
        } else if (!inQuotes) {
            for (int k = 0; k < candidateCount; ++k)
                counts[k] += c == QChar(candidateDelimiters[k]);
        }
        blank = false;
    }
    // A cut-off last record would miscount; keep it only if it is all we have.
    if (!blank && (complete || records.isEmpty()))
        records.append(counts);
    return records;
}

// How many records agree on the most common non-zero count of candidate k.
int agreement(const QList<Counts> &records, int k)
{
    std::map<int, int> frequency;
    for (const Counts &counts : records) {
        if (counts[k] > 0)
            ++frequency[counts[k]];
    }
    int best = 0;
    for (const auto &[count, times] : frequency)
        best = std::max(best, times);
    return best;
}

} // namespace

bool hasUtf8Multibyte(QByteArrayView sample)
{
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const uchar lead = uchar(sample[i]);
        const int more = lead >= 0xC2 && lead <= 0xDF   ? 1
                         : lead >= 0xE0 && lead <= 0xEF ? 2
                         : lead >= 0xF0 && lead <= 0xF4 ? 3
                                                        : 0;
        if (more == 0 || i + more >= sample.size())
            continue;
        bool valid = true;
        for (int k = 1; k <= more; ++k)
            valid = valid && (uchar(sample[i + k]) & 0xC0) == 0x80;
        if (valid)
            return true;
    }
    return false;
}

int bomLength(QByteArrayView sample, Encoding *encoding)
{
    const bool le = startsWith(sample, "\xFF\xFE");
    const bool be = startsWith(sample, "\xFE\xFF");
    switch (*encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom:
    case Encoding::Auto:
        if (startsWith(sample, "\xEF\xBB\xBF")) {
            *encoding = Encoding::Utf8Bom;
            return 3;
        }
        return 0;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        if (le || be)
            *encoding = le ? Encoding::Utf16LE : Encoding::Utf16BE;
        return le || be ? 2 : 0;
    case Encoding::Windows1252:
        return 0;
    }
    return 0;
}

Encoding detectEncoding(QByteArrayView sample, bool complete, int *bom)
{
    *bom = 0;
    if (startsWith(sample, "\xEF\xBB\xBF")) {
        *bom = 3;
        return Encoding::Utf8Bom;
    }
    if (startsWith(sample, "\xFF\xFE") || startsWith(sample, "\xFE\xFF")) {
        *bom = 2;
        return uchar(sample[0]) == 0xFF ? Encoding::Utf16LE : Encoding::Utf16BE;
    }
    if (const Encoding utf16 = utf16ByZeroBytes(sample); utf16 != Encoding::Auto)
        return utf16;
    // A stateful decoder holds back a multi-byte character cut at the sample's end
    // instead of calling it an error; a complete file must not end inside one.
    QStringDecoder utf8(QStringDecoder::Utf8,
                        complete ? QStringDecoder::Flag::Stateless : QStringDecoder::Flag::Default);
    const QString text = utf8.decode(sample);
    // Valid multi-byte UTF-8 beside invalid bytes is a file edited in two programs. Read
    // as Windows-1252 its UTF-8 lines would turn into mojibake; read as UTF-8 (strictly)
    // the first bad byte is an error naming its line.
    if (utf8.hasError() && !hasUtf8Multibyte(sample))
        return Encoding::Windows1252;
    return Encoding::Utf8;
}

QChar detectDelimiter(QStringView text, QChar quote, int skipLines, bool complete)
{
    const QList<Counts> records = countPerRecord(text, quote, skipLines, complete);
    int best = -1;
    int bestAgreement = 0;
    for (int k = 0; k < candidateCount; ++k) {
        const int a = agreement(records, k);
        if (a > bestAgreement) {
            bestAgreement = a;
            best = k;
        }
    }
    return best < 0 ? QChar(u',') : QChar(candidateDelimiters[best]);
}

} // namespace kartoitus::csv::Sniffer
