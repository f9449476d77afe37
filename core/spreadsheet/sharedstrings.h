#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QTemporaryFile;

namespace kartoitus::spreadsheet {

// A workbook's shared strings. A cell may refer to any of them from anywhere in the sheet, so
// all are kept — but not all in memory: the first `memoryLimit` bytes of text stay in memory,
// packed as UTF-8, and the rest goes to a temporary file (removed with the table), so that a
// workbook of a million distinct names costs a few MiB rather than its text's size. In memory
// there is one 32-bit offset per string, and a window of the file that is read in blocks:
// Excel numbers the strings in the order the sheet first uses them, so the strings a row
// refers to are mostly next to each other in the file.
class SharedStrings
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::spreadsheet::SharedStrings)

public:
    static constexpr qsizetype DefaultMemoryLimit = 4 * 1024 * 1024;

    explicit SharedStrings(qsizetype memoryLimit = DefaultMemoryLimit);
    ~SharedStrings();
    Q_DISABLE_COPY(SharedStrings)

    // False and errorString() when the temporary file cannot be written or the text passes
    // 4 GiB (which the zip's limits rule out).
    bool append(const QString &text);
    // Writes what is still buffered; call once every string has been appended.
    bool finish();

    qsizetype size() const { return m_offsets.size(); }
    // The string at `index` (0 <= index < size()); false and errorString() when the
    // temporary file cannot be read back.
    bool at(qsizetype index, QString *text) const;
    QString errorString() const { return m_error; }
    // Whether some strings are kept in the temporary file (for tests and figures).
    bool spilled() const { return m_file != nullptr; }

private:
    bool spill(const QByteArray &utf8);
    bool flush();
    bool readFromFile(quint32 begin, quint32 end, QString *text) const;

    qsizetype m_memoryLimit;
    QByteArray m_text;        // the first strings, up to m_memoryLimit bytes
    QList<quint32> m_offsets; // where each string begins: in m_text, then in the file
    quint64 m_end = 0;        // where the next string begins
    std::unique_ptr<QTemporaryFile> m_file;
    QByteArray m_pending;        // written to the file in blocks
    mutable QByteArray m_window; // a block of the file, read back
    mutable quint32 m_windowBegin = 0;
    mutable QString m_error;
};

} // namespace kartoitus::spreadsheet
