#include "importing/rejectwriter.h"

namespace kartoitus::importing {

RejectWriter::RejectWriter(const QString &path, const csv::Dialect &dialect,
                           const QStringList &header)
    : m_path(path)
    , m_dialect(dialect)
    , m_header(header)
    , m_file(path)
{
    m_dialect.skipLines = 0;
}

QString RejectWriter::reasonHeader()
{
    return tr("Reason");
}

bool RejectWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    m_writer = std::make_unique<csv::Writer>(&m_file, m_dialect);
    // The cells go back exactly as they came, so the corrected file reads the same way.
    m_writer->setFormulaGuard(csv::Writer::FormulaGuard::Off);
    if (!m_writer->writeRow(QStringList(m_header) << reasonHeader()))
        m_error = m_writer->errorString();
    return m_error.isEmpty();
}

bool RejectWriter::write(const QStringList &cells, const QString &reason)
{
    if (!m_error.isEmpty() || (!m_writer && !open()))
        return false;
    // The reason goes under "Reason" whatever the row's length: a short row is padded, a
    // long row's extra cells follow the reason (so a re-import still sees them).
    QStringList row = cells;
    while (row.size() > m_header.size() && row.constLast().trimmed().isEmpty())
        row.removeLast();
    while (row.size() < m_header.size())
        row.append(QString());
    row.insert(m_header.size(), reason);
    if (!m_writer->writeRow(row))
        m_error = m_writer->errorString();
    return m_error.isEmpty();
}

bool RejectWriter::finish(QString *error)
{
    if (m_writer && m_error.isEmpty()) {
        if (!m_writer->flush())
            m_error = m_writer->errorString();
        // The writer goes before the commit closes the file: it must not write to it after.
        m_writer.reset();
        if (m_error.isEmpty() && !m_file.commit())
            m_error = tr("Cannot write %1: %2").arg(m_path, m_file.errorString());
    }
    m_writer.reset();
    if (!m_error.isEmpty() && error)
        *error = m_error;
    return m_error.isEmpty();
}

} // namespace kartoitus::importing
