#pragma once

#include <QString>

namespace kartoitus {

// Text rules for Finnish that SQLite's ASCII-only lower()/NOCASE cannot give.
namespace FinnishText {

// A key whose plain binary (UTF-8) order is the Finnish alphabetical order:
// case folded, accents other than å/ä/ö removed, and å < ä < ö after z.
// Stored in `*_sort` columns so ORDER BY uses an index.
QString sortKey(const QString &text);

// Case-folded, whitespace-collapsed form used to compare names (import matching).
QString normalisedName(const QString &text);

// normalisedName() without a trailing association suffix (ry, r.y., ry., rf, r.f., rf.):
// "Äänekosken Kävelijät r.y." and "Äänekosken Kävelijät" are the same association.
QString matchingName(const QString &text);

} // namespace FinnishText
} // namespace kartoitus
