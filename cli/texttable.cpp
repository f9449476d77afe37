#include "cli/texttable.h"

namespace kartoitus::cli {

namespace {

// Line breaks and tabs in a cell would break the columns; they become spaces.
QString flattened(const QString &cell)
{
    QString text = cell;
    for (QChar &c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

TextTable::TextTable(const QStringList &headers, const QList<Alignment> &alignments)
    : m_headers(headers)
    , m_alignments(alignments)
{
    while (m_alignments.size() < m_headers.size())
        m_alignments.append(Left);
}

void TextTable::addRow(const QStringList &cells)
{
    QStringList row;
    for (int i = 0; i < m_headers.size(); ++i)
        row.append(i < cells.size() ? flattened(cells.at(i)) : QString());
    m_rows.append(row);
}

void TextTable::write(QTextStream &out) const
{
    QList<int> widths;
    for (const QString &header : m_headers)
        widths.append(int(header.size()));
    for (const QStringList &row : m_rows) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths.at(i), int(row.at(i).size()));
    }
    const auto writeLine = [&](const QStringList &cells) {
        QString line;
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += m_alignments.at(i) == Right ? cells.at(i).rightJustified(widths.at(i))
                                                : cells.at(i).leftJustified(widths.at(i));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    };
    writeLine(m_headers);
    QStringList rules;
    for (int width : widths)
        rules.append(QString(width, QLatin1Char('-')));
    writeLine(rules);
    for (const QStringList &row : m_rows)
        writeLine(row);
}

} // namespace kartoitus::cli
