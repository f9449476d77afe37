// Opening an import's file up to its header, and the passes over a file that write
// nothing: inspect (headers, mapping, sample rows), checkFile (the whole file read as the
// import would read it) and unknownValues (the reference values a mapping would reject).
#include "importing/importfile.h"

#include "csv/csvwriter.h"
#include "importing/cellparser.h"

namespace kartoitus::importing {

namespace detail {

namespace {

// No real cell is this long; a longer one means the file is not what it claims to be
// (a binary file, a lost closing quote), and reading on would only fill memory.
constexpr qsizetype MaxCellLength = 1024 * 1024;
// How many rows after the first are looked at for the real header under a title.
constexpr int TitleLinesLooked = 10;

// The header row: trailing empty cells (which spreadsheets write) are not columns. A CSV
// cell may carry the apostrophe a spreadsheet-bound export put before a formula character;
// a workbook's cells are exact.
QStringList trimHeader(QStringList header, bool csv)
{
    while (!header.isEmpty() && header.constLast().trimmed().isEmpty())
        header.removeLast();
    for (QString &cell : header)
        cell = (csv ? csv::restoreNeutralised(cell) : cell).trimmed();
    return header;
}

spreadsheet::SourceOptions sourceOptions(const ImportOptions &options)
{
    spreadsheet::SourceOptions source;
    source.dialect = options.dialect;
    source.strictDecoding = options.strictDecoding;
    source.maxCellLength = MaxCellLength;
    source.sheet = options.sheet;
    return source;
}

// A report's title or a note above the header: when the first row maps no required field
// and a later one (within the first few) does, the header is that row. Returns how many
// lines (or sheet rows) come before it, or 0.
int titleLinesBefore(OpenedFile &opened, Entity entity)
{
    QStringList cells;
    for (int looked = 0; looked < TitleLinesLooked && opened.source->readRow(&cells);) {
        if (isBlankRecord(cells))
            continue;
        ++looked;
        if (ColumnMapping::automatic(entity, trimHeader(cells, isCsv(*opened.source)))
                .problem(entity)
                .isEmpty())
            return int(opened.source->line() - 1);
    }
    return 0;
}

} // namespace

bool isCsv(const spreadsheet::RowSource &source)
{
    return source.info().format == spreadsheet::Format::Csv;
}

bool isBlankRecord(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

bool openFile(const QString &path, const ImportOptions &options, OpenedFile *opened)
{
    opened->source = spreadsheet::openRowSource(path, sourceOptions(options), &opened->error);
    if (!opened->source)
        return false;
    QStringList header;
    while (opened->source->readRow(&header) && isBlankRecord(header)) {
    }
    if (opened->source->hasError()) {
        opened->error = {opened->source->errorString(), opened->source->errorLine(),
                         opened->source->errorColumn()};
        return false;
    }
    opened->header = trimHeader(header, isCsv(*opened->source));
    opened->headerLine = opened->source->line();
    if (opened->header.isEmpty()) {
        opened->error.message = Importer::tr("The file is empty: it has no header row.");
        return false;
    }
    return true;
}

// Opens the file and finds its header, skipping title lines when they are detected.
bool openWithHeader(const QSqlDatabase &db, const QString &path, ImportOptions *options,
                    OpenedFile *opened)
{
    if (!openFile(path, *options, opened))
        return false;
    if (!options->detectTitleLines || options->dialect.skipLines > 0 ||
        !options->mapping.isEmpty() ||
        ColumnMapping::automatic(options->entity, opened->header)
            .problem(options->entity)
            .isEmpty() ||
        !MappingStore(db).forHeaders(options->entity, opened->header).isEmpty())
        return true;
    const int skip = titleLinesBefore(*opened, options->entity);
    if (skip == 0) {
        OpenedFile again;
        if (!openFile(path, *options, &again))
            return false;
        *opened = std::move(again);
        return true;
    }
    options->dialect.skipLines = skip;
    *opened = OpenedFile();
    return openFile(path, *options, opened);
}

void describeSource(const spreadsheet::RowSource &source, ImportResult *result)
{
    const spreadsheet::SourceInfo &info = source.info();
    result->format = spreadsheet::formatKey(info.format);
    result->sheet = info.sheetName;
    result->sepLine = info.sepLine;
    if (info.format == spreadsheet::Format::Csv) {
        result->encoding = csv::encodingName(info.dialect.encoding);
        result->delimiter = csv::delimiterName(info.dialect.delimiter);
    }
}

ColumnMapping chooseMapping(const QSqlDatabase &db, const ImportOptions &options,
                            const QStringList &header, QString *savedName)
{
    if (!options.mapping.isEmpty())
        return options.mapping.headers() == header ? options.mapping
                                                   : options.mapping.appliedTo(header);
    const QList<SavedMapping> saved = MappingStore(db).forHeaders(options.entity, header);
    if (!saved.isEmpty()) {
        if (savedName)
            *savedName = saved.first().name;
        return saved.first().mapping;
    }
    return ColumnMapping::automatic(options.entity, header);
}

} // namespace detail

using namespace detail;

ImportInspection Importer::inspect(const QString &path, const ImportOptions &options,
                                   int sampleRows) const
{
    ImportInspection inspection;
    ImportOptions used = options;
    OpenedFile opened;
    if (!openWithHeader(m_db, path, &used, &opened)) {
        inspection.error = opened.error.message;
        return inspection;
    }
    const spreadsheet::SourceInfo &info = opened.source->info();
    inspection.format = info.format;
    inspection.dialect = info.dialect;
    inspection.dialect.skipLines = used.dialect.skipLines;
    inspection.titleLinesSkipped = used.dialect.skipLines != options.dialect.skipLines;
    inspection.sepLine = info.sepLine;
    inspection.sheet = info.sheetName;
    inspection.sheets = info.format == spreadsheet::Format::Csv   ? QStringList()
                        : info.format == spreadsheet::Format::Ods ? spreadsheet::sheetNames(path)
                                                                  : info.sheetNames;
    inspection.headerLine = opened.headerLine;
    inspection.headers = opened.header;
    inspection.automatic = ColumnMapping::automatic(options.entity, opened.header);
    inspection.saved = MappingStore(m_db).forHeaders(options.entity, opened.header);
    inspection.suggested =
        inspection.saved.isEmpty() ? inspection.automatic : inspection.saved.first().mapping;
    QStringList cells;
    while (inspection.sample.size() < sampleRows && opened.source->readRow(&cells)) {
        if (!isBlankRecord(cells)) {
            inspection.sample.append(cells);
            inspection.sampleLines.append(opened.source->line());
        }
    }
    // A quoted field left open in the first rows takes the rest of the file with it.
    if (opened.source->hasError()) {
        inspection.error = opened.source->errorString();
        return inspection;
    }
    inspection.ok = true;
    return inspection;
}

FileCheck Importer::checkFile(const QString &path, const ImportOptions &options,
                              const ImportControl &control)
{
    FileCheck check;
    ImportOptions used = options;
    used.detectTitleLines = false;
    OpenedFile opened;
    if (!openFile(path, used, &opened)) {
        check.error = opened.error.message;
        check.errorLine = opened.error.line;
        check.errorColumn = opened.error.column;
        return check;
    }
    spreadsheet::RowSource &source = *opened.source;
    QStringList cells;
    while (source.readRow(&cells)) {
        if (control.cancel && control.cancel->load()) {
            check.cancelled = true;
            return check;
        }
        if (isBlankRecord(cells))
            continue;
        if (++check.rows % ProgressStep == 0 && control.progress)
            control.progress(source.bytesRead(), source.totalBytes());
    }
    if (source.hasError()) {
        check.error = source.errorString();
        check.errorLine = source.errorLine();
        check.errorColumn = source.errorColumn();
        return check;
    }
    if (control.progress)
        control.progress(source.bytesRead(), source.totalBytes());
    check.ok = true;
    return check;
}

UnknownValues Importer::unknownValues(const QString &path, const ImportOptions &options,
                                      const ImportControl &control) const
{
    UnknownValues result;
    ImportOptions used = options;
    OpenedFile opened;
    CellParser parser;
    if (!openWithHeader(m_db, path, &used, &opened)) {
        result.error = opened.error.message;
        return result;
    }
    if (!parser.load(m_db, &result.error))
        return result;
    const ColumnMapping mapping = chooseMapping(m_db, used, opened.header, nullptr);
    UnknownValueCollector collector(parser, mapping, options.entity, &result.values);
    spreadsheet::RowSource &source = *opened.source;
    QStringList cells;
    for (qint64 rows = 1; source.readRow(&cells); ++rows) {
        if (control.cancel && control.cancel->load()) {
            result.cancelled = true;
            return result;
        }
        collector.add(cells);
        if (control.progress && rows % ProgressStep == 0)
            control.progress(source.bytesRead(), source.totalBytes());
    }
    if (source.hasError()) {
        result.error = source.errorString();
        return result;
    }
    if (control.progress)
        control.progress(source.bytesRead(), source.totalBytes());
    result.ok = true;
    return result;
}

} // namespace kartoitus::importing
