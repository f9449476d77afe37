#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace kartoitus::cli {

// Plain-text output with aligned columns, for people reading a terminal.
class TextTable
{
public:
    enum Alignment
    {
        Left,
        Right
    };

    explicit TextTable(const QStringList &headers, const QList<Alignment> &alignments = {});
    void addRow(const QStringList &cells);
    int rowCount() const { return int(m_rows.size()); }
    // Writes the header, a rule under it and the rows; columns are two spaces apart and
    // trailing spaces are trimmed.
    void write(QTextStream &out) const;

private:
    QStringList m_headers;
    QList<Alignment> m_alignments;
    QList<QStringList> m_rows;
};

} // namespace kartoitus::cli
