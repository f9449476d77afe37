#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace kartoitus::reports {

// One column of a report: what each entry holds, the way the CSV and XLSX carry it.
struct ReportColumn
{
    QString key;   // canonical English key: the header of `--headers keys`
    QString label; // in the report's language: the header of CSV/XLSX and the label in print
    // Print only: the cell holds a percentage (0…100), drawn as a bar of that length beside
    // its number (a survey summary's chart). CSV/XLSX carry the number.
    bool bar = false;
    // The cells hold numbers written as the C locale writes them (`1240`, `45.8`): plain CSV
    // keeps them so, XLSX stores them as numbers, and print and the Excel (Finnish) CSV write
    // them as the report's language does (`1 240`, `45,8`).
    bool number = false;
};

// One entry: one cell per column of the report, in the report's column order.
struct ReportEntry
{
    QStringList cells;
    bool marked = false; // highlighted in print (a term ending soon, a gap to fill)
};

// A heading and its entries: a theme, a municipality, a network.
struct ReportGroup
{
    QString heading;
    QStringList notes; // lines under the heading (a network's coordinator, a term)
    QList<ReportEntry> entries;
    bool newPage = false; // starts on a page of its own in print
    QStringList closing;  // lines after the entries (a count)
};

// How entries are printed. The CSV/XLSX are always a table of the same columns.
enum class ReportLayout
{
    // Each entry a block: the first column as its heading, the second beside it, then lines
    // of "label: value" for the other cells that have a value (Report::cardLines). For lists
    // read by the public.
    Cards,
    // One table per group with a header row. For rosters.
    Table
};

// A printable list: title, the filters in words, groups of entries and a footer. Every text
// in it is plain text; the renderers escape it. Built by a list (the health-station list,
// a roster) and written by ReportRenderer (HTML, print, PDF) and ReportTable (CSV, XLSX).
struct Report
{
    QString language = QStringLiteral("fi"); // "fi", "sv" or "en": the words of the layout
    QString title;
    QString subtitle;
    QStringList filters; // the choices that made the list, in words, one per line
    // The column the group heading becomes in CSV/XLSX ("theme"); empty for none.
    ReportColumn groupColumn;
    QList<ReportColumn> columns;
    ReportLayout layout = ReportLayout::Cards;
    bool landscape = false; // printed across the page: tables of many columns
    // Cards: which columns share a printed line, by index (from 2); empty: one line each.
    QList<QList<int>> cardLines;
    QList<ReportGroup> groups;
    QStringList footer;   // closing lines: the oldest verification, what contacts are shown
    QString pageNote;     // printed on every page ("For internal use: contains personal data")
    QString source;       // the register's name
    QDate produced;       // the date the list was made
    QString emptyMessage; // printed when no group has an entry

    qsizetype entryCount() const;
};

} // namespace kartoitus::reports
