#include "importing/importer.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "importing/cellparser.h"
#include "importing/entitywriter.h"
#include "importing/rejectwriter.h"
#include "search/searchindex.h"
#include "storage/register.h"
#include "storage/sqlitehandle.h"

#include <QFile>
#include <QSet>

#include <optional>

namespace kartoitus::importing {

namespace {

// No real cell is this long; a longer one means the file is not what it claims to be
// (a binary file, a lost closing quote), and reading on would only fill memory.
constexpr qsizetype MaxCellLength = 1024 * 1024;
// Progress is reported every this many rows.
constexpr qint64 ProgressStep = 512;
// How far into a file a NUL byte marks it as binary before anything else is said of it.
constexpr qint64 BinaryProbeBytes = 64 * 1024;

// The header row: trailing empty cells (which spreadsheets write) are not columns.
QStringList trimHeader(QStringList header)
{
    while (!header.isEmpty() && header.constLast().trimmed().isEmpty())
        header.removeLast();
    for (QString &cell : header)
        cell = csv::restoreNeutralised(cell).trimmed();
    return header;
}

bool isBlankRecord(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

// The file opened and read up to its header.
struct OpenedFile
{
    QFile file;
    std::optional<csv::Reader> reader;
    QStringList header;
    QString error;
};

// A binary file can begin with a line that passes for a header (a PNG picture's does) and
// show its NUL bytes only after it. The reader's message for the first NUL, with its line
// and column, rather than a complaint about the columns; empty for a text file. UTF-16
// text has NUL bytes too, and reads without an error.
QString binaryFileError(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.peek(BinaryProbeBytes).contains('\0'))
        return {};
    csv::Reader reader(&file, options.dialect);
    reader.setStrictDecoding(options.strictDecoding);
    reader.setMaxFieldLength(MaxCellLength);
    QStringList cells;
    while (reader.bytesRead() <= BinaryProbeBytes && reader.readRow(&cells)) {
    }
    return reader.error() == csv::Reader::Error::NulCharacter ? reader.errorString() : QString();
}

bool openFile(const QString &path, const ImportOptions &options, OpenedFile *opened)
{
    opened->file.setFileName(path);
    if (!opened->file.open(QIODevice::ReadOnly)) {
        opened->error = Importer::tr("Cannot read %1: %2").arg(path, opened->file.errorString());
        return false;
    }
    opened->error = binaryFileError(path, options);
    if (!opened->error.isEmpty())
        return false;
    opened->reader.emplace(&opened->file, options.dialect);
    opened->reader->setStrictDecoding(options.strictDecoding);
    opened->reader->setMaxFieldLength(MaxCellLength);
    QStringList header;
    while (opened->reader->readRow(&header) && isBlankRecord(header)) {
    }
    if (opened->reader->hasError()) {
        opened->error = opened->reader->errorString();
        return false;
    }
    opened->header = trimHeader(header);
    if (opened->header.isEmpty()) {
        opened->error = Importer::tr("%1 is empty: it has no header row.").arg(path);
        return false;
    }
    return true;
}

ColumnMapping chooseMapping(const QSqlDatabase &db, const ImportOptions &options,
                            const QStringList &header, QString *savedName)
{
    if (!options.mapping.isEmpty())
        return options.mapping.headers() == header ? options.mapping
                                                   : options.mapping.appliedTo(header);
    const QList<SavedMapping> saved = MappingStore(db).forHeaders(options.entity, header);
    if (!saved.isEmpty()) {
        *savedName = saved.first().name;
        return saved.first().mapping;
    }
    return ColumnMapping::automatic(options.entity, header);
}

// One import run over an opened file, inside the caller's transaction.
class ImportRun
{
public:
    ImportRun(const ImportOptions &options, const ImportControl &control, OpenedFile &file,
              ImportResult &result)
        : m_options(options)
        , m_control(control)
        , m_file(file)
        , m_result(result)
        , m_fields(fields::FieldCatalogue::fields(options.entity))
    {}

    bool prepare(const QSqlDatabase &db)
    {
        QString error;
        if (!m_parser.load(db, &error) || !prepareColumns() ||
            !(m_writer = EntityWriter::create(m_options.entity))
                 ->prepare(
                     storage::nativeHandle(db), m_result.mapping, m_options.onMatch,
                     [this](qint64 id) { touch(id); }, &error))
            return fail(error.isEmpty() ? m_result.error : error);
        if (!m_options.rejectsPath.isEmpty())
            m_rejects.emplace(m_options.rejectsPath, m_file.reader->dialect(), m_file.header);
        return true;
    }

    bool readAll()
    {
        QStringList cells;
        qint64 rows = 0;
        csv::Reader &reader = *m_file.reader;
        while (reader.readRow(&cells)) {
            if (m_control.cancel && m_control.cancel->load()) {
                m_result.cancelled = true;
                return fail(Importer::tr("The import was cancelled; nothing was written."));
            }
            if (isBlankRecord(cells))
                continue;
            ++rows;
            if (!importRow(cells, reader.line()))
                return false;
            if (rows % ProgressStep == 0)
                reportProgress();
        }
        if (reader.hasError())
            return fail(reader.errorString());
        reportProgress();
        if (rows == 0)
            return fail(Importer::tr("The file has a header but no rows to import."));
        return true;
    }

    // Puts the rejects file in place, once every row is written and indexed: an import
    // that fails or is cancelled leaves a file already there untouched.
    bool finishRejects()
    {
        if (!m_rejects)
            return true;
        const bool wrote = m_rejects->isOpen();
        QString error;
        if (!m_rejects->finish(&error))
            return fail(error);
        if (wrote)
            m_result.rejectsPath = m_options.rejectsPath;
        return true;
    }

    bool updateIndex(const QSqlDatabase &db)
    {
        QString error;
        const bool ok = m_rebuildIndex ? SearchIndex::rebuild(db, &error)
                                       : SearchIndex::reindex(db, m_touched.values(), &error);
        return ok || fail(error);
    }

private:
    bool fail(const QString &error)
    {
        m_result.error = error;
        return false;
    }

    bool prepareColumns()
    {
        const QStringList keys = fields::FieldCatalogue::keys(m_options.entity);
        m_columnField.fill(-1, m_result.mapping.columnCount());
        m_mapped.fill(false, keys.size());
        for (int column = 0; column < m_result.mapping.columnCount(); ++column) {
            const int field = int(keys.indexOf(m_result.mapping.key(column)));
            m_columnField[column] = field;
            if (field >= 0)
                m_mapped[field] = true;
        }
        return true;
    }

    void touch(qint64 id)
    {
        if (m_rebuildIndex)
            return;
        m_touched.insert(id);
        if (m_touched.size() > Importer::ReindexLimit) {
            m_rebuildIndex = true;
            m_touched.clear();
        }
    }

    bool importRow(const QStringList &cells, qint64 line)
    {
        RowOutcome outcome;
        outcome.line = line;
        ParsedRow row;
        QString reason;
        if (!checkColumns(cells, &reason) || !parseRow(cells, &row, &reason)) {
            outcome.action = RowAction::Reject;
            outcome.reason = reason;
        } else {
            QString error;
            if (!m_writer->write(row, &outcome, &error))
                return fail(
                    Importer::tr("line %1: the register refused the row: %2").arg(line).arg(error));
        }
        return record(outcome, cells);
    }

    bool checkColumns(const QStringList &cells, QString *reason) const
    {
        const int expected = m_result.mapping.columnCount();
        bool extraFilled = false;
        for (int i = expected; i < cells.size(); ++i)
            extraFilled = extraFilled || !cells.at(i).trimmed().isEmpty();
        if (cells.size() >= expected && !extraFilled)
            return true;
        *reason = Importer::tr("the row has %1 columns where the header has %2.")
                      .arg(cells.size())
                      .arg(expected);
        return false;
    }

    bool parseRow(const QStringList &cells, ParsedRow *row, QString *reason) const
    {
        row->values.resize(m_fields.size());
        row->mapped = m_mapped;
        for (int column = 0; column < m_columnField.size(); ++column) {
            const int field = m_columnField.at(column);
            if (field < 0)
                continue;
            const QString cell = csv::restoreNeutralised(cells.at(column));
            if (!m_parser.parse(m_fields.at(field), m_file.header.at(column), cell,
                                &(*row).values[field], reason))
                return false;
        }
        return true;
    }

    bool record(const RowOutcome &outcome, const QStringList &cells)
    {
        switch (outcome.action) {
        case RowAction::Create:
            ++m_result.created;
            break;
        case RowAction::Update:
        case RowAction::Fill:
            ++m_result.updated;
            break;
        case RowAction::Unchanged:
            ++m_result.unchanged;
            break;
        case RowAction::Skip:
            ++m_result.skipped;
            break;
        case RowAction::Reject:
            ++m_result.rejected;
            if (m_result.rejects.size() < m_options.keepRows)
                m_result.rejects.append({outcome.line, outcome.reason});
            if (m_rejects && !m_rejects->write(cells, outcome.reason))
                return fail(m_rejects->errorString());
            break;
        }
        if (m_result.outcomes.size() < m_options.keepRows)
            m_result.outcomes.append(outcome);
        if (m_control.row)
            m_control.row(outcome);
        return true;
    }

    void reportProgress()
    {
        if (m_control.progress)
            m_control.progress(m_file.reader->bytesRead(), m_file.file.size());
    }

    const ImportOptions &m_options;
    const ImportControl &m_control;
    OpenedFile &m_file;
    ImportResult &m_result;
    QList<fields::Field> m_fields;
    QList<int> m_columnField;
    QList<bool> m_mapped;
    CellParser m_parser;
    std::unique_ptr<EntityWriter> m_writer;
    std::optional<RejectWriter> m_rejects;
    QSet<qint64> m_touched;
    bool m_rebuildIndex = false;
};

} // namespace

Importer::Importer(const QSqlDatabase &db)
    : m_db(db)
{}

ImportInspection Importer::inspect(const QString &path, const ImportOptions &options,
                                   int sampleRows) const
{
    ImportInspection inspection;
    OpenedFile opened;
    if (!openFile(path, options, &opened)) {
        inspection.error = opened.error;
        return inspection;
    }
    inspection.dialect = opened.reader->dialect();
    inspection.headers = opened.header;
    inspection.automatic = ColumnMapping::automatic(options.entity, opened.header);
    inspection.saved = MappingStore(m_db).forHeaders(options.entity, opened.header);
    inspection.suggested =
        inspection.saved.isEmpty() ? inspection.automatic : inspection.saved.first().mapping;
    QStringList cells;
    while (inspection.sample.size() < sampleRows && opened.reader->readRow(&cells)) {
        if (!isBlankRecord(cells))
            inspection.sample.append(cells);
    }
    inspection.ok = true;
    return inspection;
}

ImportResult Importer::preview(const QString &path, const ImportOptions &options,
                               const ImportControl &control)
{
    return execute(path, options, control, true);
}

ImportResult Importer::run(const QString &path, const ImportOptions &options,
                           const ImportControl &control)
{
    return execute(path, options, control, false);
}

ImportResult Importer::execute(const QString &path, const ImportOptions &options,
                               const ImportControl &control, bool dryRun)
{
    ImportResult result;
    result.dryRun = dryRun;
    OpenedFile opened;
    if (!openFile(path, options, &opened)) {
        result.error = opened.error;
        return result;
    }
    result.encoding = csv::encodingName(opened.reader->dialect().encoding);
    result.delimiter = csv::delimiterName(opened.reader->dialect().delimiter);
    result.mapping = chooseMapping(m_db, options, opened.header, &result.mappingName);
    result.error = result.mapping.problem(options.entity);
    if (!result.error.isEmpty())
        return result;

    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        result.error = tr("The register cannot be written: %1").arg(transaction.error());
        return result;
    }
    ImportRun run(options, control, opened, result);
    {
        // Rebuilding the index once at the end is far cheaper than a trigger per row.
        SearchIndexSuspension suspension(m_db);
        if (!run.prepare(m_db) || !run.readAll() || !run.updateIndex(m_db) || !run.finishRejects())
            return result; // the transaction rolls back
    }
    if (dryRun) {
        transaction.rollback();
    } else if (!transaction.commit()) {
        result.error = tr("The register could not be saved: %1").arg(transaction.error());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace kartoitus::importing
