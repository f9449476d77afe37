#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>

#include <optional>

namespace kartoitus::csv {

// Auto asks the reader to detect the encoding; a writer treats it as Utf8.
enum class Encoding
{
    Auto,
    Utf8,
    Utf8Bom,
    Utf16LE,
    Utf16BE,
    Windows1252
};

// How a CSV file is spelled. A null delimiter asks the reader to detect it.
struct Dialect
{
    Encoding encoding = Encoding::Auto;
    QChar delimiter;
    QByteArray lineEnding = "\r\n";
    QChar quote = u'"';
    int skipLines = 0;

    // What Excel in a Finnish locale writes as "CSV UTF-8": BOM, `;`, CRLF.
    static Dialect excelFinnish();
    // RFC 4180: UTF-8 without BOM, `,`, CRLF.
    static Dialect standard();
    // Everything detected by the reader.
    static Dialect autoDetect() { return {}; }
};

// Names shown to the user and written to JSON: "utf-8", "utf-8-bom", "utf-16le",
// "utf-16be", "windows-1252" ("auto" for Auto).
QString encodingName(Encoding encoding);
// ";", ",", "tab", "|" or the character itself; "auto" for a null delimiter.
QString delimiterName(QChar delimiter);

// Command-line words: auto | utf-8 | utf-8-bom | utf-16 | utf-16le | utf-16be |
// windows-1252 (also cp1252, latin1, iso-8859-1 since users type those for Excel files).
// "utf-16" means UTF-16 with the byte order taken from the BOM (little-endian without one).
std::optional<Encoding> parseEncoding(const QString &word);
// auto | , | ; | tab | \t | | | pipe | comma | semicolon. Auto gives a null QChar.
std::optional<QChar> parseDelimiter(const QString &word);

// The delimiters the reader considers when detecting, in the order that wins ties:
// `;` first because Excel in a Finnish locale writes it.
inline constexpr char16_t candidateDelimiters[] = {u';', u',', u'\t', u'|'};

} // namespace kartoitus::csv
