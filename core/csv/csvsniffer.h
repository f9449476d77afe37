#pragma once

#include "csv/csvdialect.h"

#include <QByteArrayView>
#include <QStringView>

namespace kartoitus::csv {

// Guesses an unknown file's dialect from its first bytes, so that a streaming
// device never has to seek back.
namespace Sniffer {

// How many bytes the reader buffers to detect the encoding and delimiter.
inline constexpr qsizetype sampleSize = 64 * 1024;

// The encoding of `sample` (the start of a file) and the length of its byte order
// mark. A BOM decides; without one, UTF-16 is recognised by its zero bytes, text that
// is valid UTF-8 is UTF-8, text with valid multi-byte UTF-8 and invalid bytes is UTF-8
// too (so strict reading stops at the first bad byte: the file mixes encodings), and
// anything else is Windows-1252 (what Excel in a Finnish locale writes), so that a legacy
// file is never decoded into mojibake. `complete` says
// `sample` is the whole file, so a character cut at its end is an error, not a cut.
Encoding detectEncoding(QByteArrayView sample, bool complete, int *bomLength);

// Whether `sample` holds at least one valid multi-byte UTF-8 sequence (ä is C3 A4).
bool hasUtf8Multibyte(QByteArrayView sample);

// The length of the byte order mark at the start of `sample` that matches `encoding`
// (0 if none), and for Utf16LE/Utf16BE the byte order the BOM actually states.
int bomLength(QByteArrayView sample, Encoding *encoding);

// The delimiter among `;` `,` TAB `|` that splits the most records of `text` into the
// same number of fields, counted outside quotes after `skipLines` lines. Ties go to the
// earlier one in candidateDelimiters. `complete` says `text` is the whole file; otherwise
// its last, possibly cut, record is ignored. Returns `,` when no candidate occurs.
QChar detectDelimiter(QStringView text, QChar quote, int skipLines, bool complete);

} // namespace Sniffer
} // namespace kartoitus::csv
