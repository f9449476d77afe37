#pragma once

#include <QString>
#include <QStringView>

namespace kartoitus::spreadsheet {

// How a spreadsheet shows a number, reduced to what an import needs: the number as
// written, its decimals, a percentage, or a date and time. Grouping separators, currency
// symbols and colours are not reproduced on purpose: "1,240" would read as a decimal
// comma in Finland (docs/import.md).
struct NumberFormat
{
    enum Kind
    {
        General,  // shortest form, up to 15 significant digits
        Fixed,    // `decimals` decimals (at least `minDecimals`)
        Percent,  // times 100, with decimals, and '%'
        Date,     // yyyy-MM-dd
        DateTime, // yyyy-MM-dd HH:mm[:ss]
        Time,     // HH:mm[:ss]
        Elapsed   // [h]:mm:ss, hours counted past 24
    };
    Kind kind = General;
    int decimals = 0;
    int minDecimals = 0;
    bool seconds = false;

    bool isDate() const { return kind == Date || kind == DateTime || kind == Time; }
};

// The format of an Excel format code ("0.00", "d.m.yyyy", "[h]:mm", "General").
NumberFormat classifyFormat(QStringView code);
// Excel's built-in formats by number (numFmtId 0..58); unknown ids are General.
NumberFormat builtinFormat(int id);

// A number as the format shows it; dates count days from 1899-12-30 (LibreOffice's and,
// from March 1900 on, Excel's day 0) or from 1904-01-01 in a workbook with the 1904 system.
QString formatNumber(double value, const NumberFormat &format, bool date1904 = false);
// The shortest text for a number, up to 15 significant digits: 1240, 0.1, 1.5E+20.
QString generalNumber(double value);

// OOXML writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
QString decodeOoxmlEscapes(const QString &text);

} // namespace kartoitus::spreadsheet
