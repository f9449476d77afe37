#include "spreadsheet/sharedstrings.h"

#include <QDir>
#include <QTemporaryFile>

#include <limits>

namespace kartoitus::spreadsheet {

namespace {

// Written to and read from the temporary file in blocks of this size.
constexpr qsizetype BlockSize = 64 * 1024;
constexpr quint64 MaxTextBytes = std::numeric_limits<quint32>::max();

} // namespace

SharedStrings::SharedStrings(qsizetype memoryLimit)
    : m_memoryLimit(memoryLimit)
{}

SharedStrings::~SharedStrings() = default;

bool SharedStrings::append(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (m_end + quint64(utf8.size()) > MaxTextBytes) {
        m_error = tr("the shared strings are larger than 4 GiB");
        return false;
    }
    m_offsets.append(quint32(m_end));
    m_end += quint64(utf8.size());
    if (!m_file && m_text.size() + utf8.size() <= m_memoryLimit) {
        m_text += utf8;
        return true;
    }
    return spill(utf8);
}

bool SharedStrings::spill(const QByteArray &utf8)
{
    if (!m_file) {
        m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                                  QStringLiteral("/kartoitus-strings-XXXXXX"));
        if (!m_file->open()) {
            m_error = tr("a temporary file for the shared strings cannot be made (%1)")
                          .arg(m_file->errorString());
            return false;
        }
    }
    m_pending += utf8;
    return m_pending.size() < BlockSize || flush();
}

bool SharedStrings::flush()
{
    if (!m_file || m_pending.isEmpty())
        return true;
    if (m_file->write(m_pending) != m_pending.size()) {
        m_error = tr("the shared strings cannot be written to a temporary file (%1)")
                      .arg(m_file->errorString());
        return false;
    }
    m_pending.clear();
    return true;
}

bool SharedStrings::finish()
{
    return flush() && (!m_file || m_file->flush());
}

bool SharedStrings::at(qsizetype index, QString *text) const
{
    const quint32 begin = m_offsets.at(index);
    const quint32 end = index + 1 < m_offsets.size() ? m_offsets.at(index + 1) : quint32(m_end);
    const auto inMemory = quint32(m_text.size());
    if (end <= inMemory) {
        *text = QString::fromUtf8(m_text.constData() + begin, end - begin);
        return true;
    }
    return readFromFile(begin - inMemory, end - inMemory, text);
}

// [begin, end) of the file: from the window when it holds them, else after reading the
// block that starts there.
bool SharedStrings::readFromFile(quint32 begin, quint32 end, QString *text) const
{
    if (begin < m_windowBegin || end > m_windowBegin + quint32(m_window.size())) {
        const qint64 length = qMax<qint64>(BlockSize, end - begin);
        m_window.resize(length);
        qint64 got = -1;
        if (m_file->seek(begin))
            got = m_file->read(m_window.data(), length);
        if (got < qint64(end - begin)) {
            m_window.clear();
            m_error = tr("the shared strings cannot be read back from a temporary file (%1)")
                          .arg(m_file->errorString());
            return false;
        }
        m_window.resize(got);
        m_windowBegin = begin;
    }
    *text = QString::fromUtf8(m_window.constData() + (begin - m_windowBegin), end - begin);
    return true;
}

} // namespace kartoitus::spreadsheet
