#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace kartoitus {

// The outcome of reading one cell: a value, or a message for the user saying why not.
template<typename T> struct Parsed
{
    bool ok = false;
    T value{};
    QString error;

    explicit operator bool() const { return ok; }

    static Parsed success(T v) { return Parsed{true, std::move(v), QString()}; }
    static Parsed failure(QString message) { return Parsed{false, T{}, std::move(message)}; }
};

// Reading spreadsheet cell values as Finnish users write them: decimal comma, spaces or
// dots between thousands, yes/no words in Finnish, Swedish and English, several values
// in one cell, codes whose leading zeros a spreadsheet dropped, Finnish dates.
// Pure functions; no database, no locale of the machine.
class ValueParsing
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::ValueParsing)

public:
    // A number: optional sign (`-`, U+2212 or `+`), digits grouped by thousands with a
    // space, no-break space (U+00A0), narrow no-break space (U+202F), thin space (U+2009)
    // or a dot, and a decimal comma. Rules for `.` and `,`:
    // - both present: the later one is the decimal separator (`1.240,5`, `1,240.5`);
    // - one comma: decimal (`12,5`); several commas: thousands (`1,240,000`);
    // - one dot with exactly three digits after it and one to three digits before it,
    //   not starting with 0 (`1.240`, `12.500`): thousands, as Finnish files write it;
    //   any other single dot is decimal (`1240.5`, `0.240`, `1.24`); several: thousands.
    // Groups after the first must have three digits (`12 40` is refused), so two numbers
    // in one cell are never read as one. Blank text is an error.
    static Parsed<double> parseNumber(QStringView text);
    // As parseNumber(), and the value must be whole (`1 240`, `1.240`, `12,0`) and fit
    // in 64 bits.
    static Parsed<qint64> parseInteger(QStringView text);

    // yes/no words, case-insensitive and trimmed. Yes: yes, y, kyllä, kylla, k, ja, true,
    // 1, x, ✓. No: no, n, ei, e, nej, false, 0, and a blank cell (a survey's
    // one-column-per-option layout leaves unchosen options empty). Anything else is an error.
    static Parsed<bool> parseYesNo(QStringView text);

    // Splits a cell holding several values on `,` `;` and `|`. Each value is trimmed with
    // inner whitespace collapsed; empty values are dropped, and so are repeats (compared
    // case-insensitively), keeping the first spelling and the order.
    static QStringList splitMultiValue(QStringView text);
    // Joins values for export with ", " (what survey tools write, and splitMultiValue reads).
    static QString joinMultiValue(const QStringList &values);

    // A code of `width` digits whose leading zeros a spreadsheet may have dropped:
    // ("77", 3) gives "077". Only digits (after trimming); longer than `width`, empty or
    // anything else is an error.
    static Parsed<QString> restoreLeadingZeros(QStringView text, int width);

    // A calendar date written `2024-05-31`, `31.5.2024` or `31.05.2024`. A time after the
    // date (`31.5.2024 14:03`, `2024-05-31T14:03:00`), as survey tools write timestamps,
    // is ignored. Two-digit years and slashed dates (whose order is ambiguous) are errors.
    static Parsed<QDate> parseDate(QStringView text);
    // parseDate() as an ISO 8601 string (`2024-05-31`), the form the register stores.
    static Parsed<QString> parseIsoDate(QStringView text);

    // True for the characters parseNumber() accepts between digit groups, besides the dot.
    static bool isGroupSpace(QChar c);
};

} // namespace kartoitus
