#pragma once

#include "csv/csvdialect.h"

#include <QCoreApplication>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

class QIODevice;

namespace kartoitus::csv {

// A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, TAB or CR as a formula.
// neutraliseFormula() puts an apostrophe in front of such a cell, which spreadsheets
// show as text. A cell that already starts with apostrophes followed by one of those
// characters gets one more, so that restoreNeutralised() can undo exactly what was
// added: restoreNeutralised(neutraliseFormula(s)) == s for every s.
QString neutraliseFormula(const QString &cell);
// Only the apostrophe escape: `'=x` becomes `''=x`, `=x` stays. For CSV not meant for
// spreadsheets, so that the importer can call restoreNeutralised() on every cell.
QString escapeApostrophes(const QString &cell);
// Strips one leading apostrophe when the rest is apostrophes followed by `=+-@`, TAB or CR.
QString restoreNeutralised(const QString &cell);

// Writes CSV rows to a device, quoting a field only when it holds the delimiter, the
// quote or a line break. Output is buffered; call flush() or destroy the writer.
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::csv::Writer)

public:
    enum class FormulaGuard
    {
        Neutralise, // CSV meant for spreadsheets (the default: the safe choice)
        EscapeOnly, // standard CSV: only the reversible apostrophe escape
        Off         // write every value exactly
    };

    // Encoding::Auto writes UTF-8 without BOM. Utf8Bom, Utf16LE and Utf16BE write a BOM.
    explicit Writer(QIODevice *device, const Dialect &dialect = Dialect::standard());
    ~Writer();
    Q_DISABLE_COPY(Writer)

    void setFormulaGuard(FormulaGuard guard) { m_guard = guard; }
    FormulaGuard formulaGuard() const { return m_guard; }
    const Dialect &dialect() const { return m_dialect; }

    // One row. False once writing to the device has failed.
    bool writeRow(const QStringList &fields);
    // The same in pieces, for callers that hold their values elsewhere: no list per row.
    void writeField(QStringView field);
    bool endRow();

    // Writes the BOM (even for no rows) and everything buffered to the device.
    bool flush();

    bool hasError() const { return !m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }
    // Some character had no code in the encoding (Windows-1252) and was replaced.
    bool lostCharacters() const { return m_lostCharacters; }

private:
    void appendQuoted(QStringView field, bool guard);
    bool needsQuotes(QStringView field) const;
    bool encodePending();

    QIODevice *m_device;
    Dialect m_dialect;
    QStringEncoder m_encoder;
    FormulaGuard m_guard = FormulaGuard::Neutralise;
    QString m_lineEnding;
    QString m_pending; // text not yet encoded
    bool m_bomWritten = false;
    bool m_atFileStart = true; // no field written yet
    int m_fieldsInRow = 0;
    bool m_firstFieldEmpty = false;
    bool m_lostCharacters = false;
    QString m_errorString;
};

} // namespace kartoitus::csv
