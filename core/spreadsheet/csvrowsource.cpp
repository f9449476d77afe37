#include "spreadsheet/csvrowsource.h"

namespace kartoitus::spreadsheet {

namespace {

// How far into a file a NUL byte marks it as binary before anything else is said of it.
constexpr qint64 BinaryProbeBytes = 64 * 1024;

// A binary file can begin with a line that passes for a header (a PNG picture's does) and
// show its NUL bytes only after it. The reader's error for the first NUL, with its line
// and column; none for a text file. UTF-16 text has NUL bytes too, and reads without one.
bool binaryFileError(const QString &path, const SourceOptions &options, OpenError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.peek(BinaryProbeBytes).contains('\0'))
        return false;
    csv::Reader reader(&file, options.dialect);
    reader.setStrictDecoding(options.strictDecoding);
    reader.setMaxFieldLength(options.maxCellLength);
    QStringList cells;
    while (reader.bytesRead() <= BinaryProbeBytes && reader.readRow(&cells)) {
    }
    if (reader.error() != csv::Reader::Error::NulCharacter)
        return false;
    *error = {reader.errorString(), reader.errorLine(), reader.errorColumn()};
    return true;
}

} // namespace

std::unique_ptr<CsvRowSource> CsvRowSource::open(const QString &path, const SourceOptions &options,
                                                 OpenError *error)
{
    std::unique_ptr<CsvRowSource> source(new CsvRowSource);
    source->m_file.setFileName(path);
    if (!source->m_file.open(QIODevice::ReadOnly)) {
        error->message = tr("The file cannot be read: %1").arg(source->m_file.errorString());
        return nullptr;
    }
    if (binaryFileError(path, options, error))
        return nullptr;
    source->m_reader.emplace(&source->m_file, options.dialect);
    source->m_reader->setStrictDecoding(options.strictDecoding);
    source->m_reader->setMaxFieldLength(options.maxCellLength);
    source->m_reader->detect();
    source->m_info.format = Format::Csv;
    source->m_info.dialect = source->m_reader->dialect();
    source->m_info.sepLine = source->m_reader->hasSepLine();
    return source;
}

bool CsvRowSource::readRow(QStringList *cells)
{
    if (m_reader->readRow(cells))
        return true;
    if (m_reader->hasError())
        setError(m_reader->errorString(), m_reader->errorLine(), m_reader->errorColumn());
    return false;
}

} // namespace kartoitus::spreadsheet
