#include "importing/importer.h"

#include "importing/cellparser.h"
#include "importing/entitywriter.h"
#include "importing/importfile.h"
#include "importing/rejectwriter.h"
#include "search/searchindex.h"
#include "spreadsheet/rowsource.h"
#include "storage/register.h"
#include "storage/registerfault.h"

#include <QFile>
#include <QSet>

#include <optional>

namespace kartoitus::importing {

using namespace detail;

namespace {

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
        m_db = db;
        QString error;
        if (!m_parser.load(db, &error) || !prepareColumns() ||
            !(m_writer = EntityWriter::create(m_options.entity))
                 ->prepare(
                     db, m_result.mapping, m_options.onMatch, [this](qint64 id) { touch(id); },
                     &error))
            return failOnRegister(error.isEmpty() ? m_result.error : error);
        if (!m_options.rejectsPath.isEmpty())
            m_rejects.emplace(m_options.rejectsPath, rejectsDialect(), m_file.header);
        return true;
    }

    bool readAll()
    {
        QStringList cells;
        qint64 rows = 0;
        spreadsheet::RowSource &reader = *m_file.source;
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
        if (reader.hasError()) {
            m_result.errorLine = reader.errorLine();
            m_result.errorColumn = reader.errorColumn();
            return fail(reader.errorString());
        }
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
        return ok || failOnRegister(error);
    }

private:
    // Rejects of a CSV file are written the way it was read; a spreadsheet's as CSV that
    // Excel in a Finnish locale opens (UTF-8 with BOM, `;`), its row numbers in the reasons.
    csv::Dialect rejectsDialect() const
    {
        const spreadsheet::SourceInfo &info = m_file.source->info();
        return info.format == spreadsheet::Format::Csv ? info.dialect
                                                       : csv::Dialect::excelFinnish();
    }

    bool fail(const QString &error)
    {
        m_result.error = error;
        return false;
    }

    // SQLite's last error is the register file's own: a full disk, damage, a lock.
    bool registerAtFault() const { return storage::fileAtFault(m_db); }

    // Reports `error`, or, when the register file is at fault, a message that names the
    // register rather than a row or the imported file. Always false.
    bool failOnRegister(const QString &error)
    {
        const QString message = storage::fileFaultMessage(m_db, error);
        if (message.isEmpty())
            return fail(error);
        m_result.registerFault = true;
        return fail(message);
    }

    bool prepareColumns()
    {
        m_parser.setValueMap(m_result.mapping.values());
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

    bool importRow(QStringList &cells, qint64 line)
    {
        // A sheet leaves a row's empty cells at its end out: they are empty, not missing.
        if (!m_csv && cells.size() < m_result.mapping.columnCount())
            cells.resize(m_result.mapping.columnCount());
        RowOutcome outcome;
        outcome.line = line;
        ParsedRow row;
        QString reason;
        if (!checkColumns(cells, &reason)) {
            outcome.action = RowAction::Reject;
            outcome.reasons.append(reason);
            outcome.name = nameCell(cells);
        } else if (!parseRow(cells, &row, &outcome.reasons)) {
            // Every cell's problem at once, and the name's: one round of corrections.
            outcome.action = RowAction::Reject;
            outcome.name = nameCell(cells);
            const QString missing = m_writer->nameProblem(outcome.name);
            if (!missing.isEmpty())
                outcome.reasons.prepend(missing);
        } else {
            QString error;
            m_writer->setDescribeChanges(m_options.describeChanges &&
                                         m_result.outcomes.size() < m_options.keepRows);
            if (!m_writer->write(row, &outcome, &error))
                return registerAtFault()
                           ? failOnRegister(error)
                           : fail(Importer::tr("line %1: the register refused the row: %2")
                                      .arg(line)
                                      .arg(error));
            if (outcome.action == RowAction::Reject && outcome.reasons.isEmpty())
                outcome.reasons.append(outcome.reason);
        }
        outcome.reason = outcome.reasons.join(QLatin1Char(' '));
        return record(outcome, cells);
    }

    // The name cell as the file has it, for a row that is rejected before it is read.
    QString nameCell(const QStringList &cells) const
    {
        const int column = m_result.mapping.columnOf(QStringLiteral("name"));
        if (column < 0 || column >= cells.size())
            return {};
        return (m_csv ? csv::restoreNeutralised(cells.at(column)) : cells.at(column)).trimmed();
    }

    bool checkColumns(const QStringList &cells, QString *reason) const
    {
        const int expected = m_result.mapping.columnCount();
        bool extraFilled = false;
        for (int i = expected; i < cells.size(); ++i)
            extraFilled = extraFilled || !cells.at(i).trimmed().isEmpty();
        if (cells.size() >= expected && !extraFilled)
            return true;
        // Spelled out for one: English has no plural forms to translate into.
        *reason = cells.size() == 1
                      ? Importer::tr("the row has 1 column but the header has %1.").arg(expected)
                      : Importer::tr("the row has %1 columns but the header has %2.")
                            .arg(cells.size())
                            .arg(expected);
        return false;
    }

    // Parses every mapped cell; false with one reason per cell that cannot be read.
    bool parseRow(const QStringList &cells, ParsedRow *row, QStringList *reasons) const
    {
        row->values.resize(m_fields.size());
        row->mapped = m_mapped;
        for (int column = 0; column < m_columnField.size(); ++column) {
            const int field = m_columnField.at(column);
            if (field < 0)
                continue;
            const QString cell =
                m_csv ? csv::restoreNeutralised(cells.at(column)) : cells.at(column);
            QString reason;
            if (!m_parser.parse(m_fields.at(field), m_file.header.at(column), cell,
                                &(*row).values[field], &reason))
                reasons->append(reason);
        }
        return reasons->isEmpty();
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
            m_control.progress(m_file.source->bytesRead(), m_file.source->totalBytes());
    }

    const ImportOptions &m_options;
    const ImportControl &m_control;
    OpenedFile &m_file;
    ImportResult &m_result;
    QList<fields::Field> m_fields;
    QList<int> m_columnField;
    QList<bool> m_mapped;
    QSqlDatabase m_db;
    CellParser m_parser;
    std::unique_ptr<EntityWriter> m_writer;
    std::optional<RejectWriter> m_rejects;
    QSet<qint64> m_touched;
    bool m_rebuildIndex = false;
    bool m_csv = isCsv(*m_file.source);
};

} // namespace

Importer::Importer(const QSqlDatabase &db)
    : m_db(db)
{}

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

ImportResult Importer::execute(const QString &path, const ImportOptions &asked,
                               const ImportControl &control, bool dryRun)
{
    ImportResult result;
    result.dryRun = dryRun;
    ImportOptions options = asked;
    OpenedFile opened;
    if (!openWithHeader(m_db, path, &options, &opened)) {
        result.error = opened.error.message;
        result.errorLine = opened.error.line;
        result.errorColumn = opened.error.column;
        return result;
    }
    describeSource(*opened.source, &result);
    result.titleLines = options.dialect.skipLines;
    result.headerLine = opened.headerLine;
    result.mapping = chooseMapping(m_db, options, opened.header, &result.mappingName);
    result.error = result.mapping.problem(options.entity);
    if (!result.error.isEmpty()) {
        result.headerProblem = true;
        result.errorLine = opened.headerLine;
        return result;
    }

    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        // Transaction's message names the register (read-only, in use, full, damaged).
        result.error = transaction.error();
        result.registerFault = true;
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
        result.error = transaction.error();
        result.registerFault = true;
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace kartoitus::importing
