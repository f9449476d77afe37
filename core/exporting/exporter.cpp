#include "exporting/exporter.h"

#include "exporting/csvsink.h"
#include "exporting/xlsxsink.h"
#include "repositories/recordcursor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTemporaryFile>

namespace kartoitus::exporting {

namespace {

// Progress is reported every this many rows: often enough for a smooth bar, rarely
// enough to cost nothing.
constexpr qint64 ProgressStep = 500;

csv::Dialect dialectFor(Format format)
{
    return format == Format::CsvExcel ? csv::Dialect::excelFinnish() : csv::Dialect::standard();
}

// Excel runs formulas, so its preset neutralises them; the standard preset only escapes
// the apostrophes the importer strips, so a file the program re-imports round-trips.
csv::Writer::FormulaGuard guardFor(Format format)
{
    return format == Format::CsvExcel ? csv::Writer::FormulaGuard::Neutralise
                                      : csv::Writer::FormulaGuard::EscapeOnly;
}

// Less free space than this on the disk a write failed on: the disk is full.
constexpr qint64 FullDiskBytes = 1024 * 1024;

bool diskIsFull(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() < FullDiskBytes;
}

// A failed write, named by the file that could not be written. A full disk often gives
// no words of its own ("Unknown error" once part of a buffer was written): the free space
// on the file's disk tells.
QString writeFailure(const QString &path, const QString &systemError)
{
    if (diskIsFull(QFileInfo(path).absolutePath()))
        return Exporter::tr("The disk holding %1 is full. Free some space on it, or export to "
                            "another disk, and try again.")
            .arg(path);
    return Exporter::tr("%1 cannot be written: %2").arg(path, systemError);
}

// Copies in pieces: a workbook of 100,000 rows is tens of megabytes.
bool copyFile(QFile *from, QIODevice *to)
{
    if (!from->open(QIODevice::ReadOnly))
        return false;
    QByteArray chunk;
    while (!(chunk = from->read(1 << 20)).isEmpty()) {
        if (to->write(chunk) != chunk.size())
            return false;
    }
    return from->error() == QFileDevice::NoError;
}

} // namespace

Exporter::Exporter(const QSqlDatabase &db)
    : m_db(db)
{}

QString Exporter::formatKey(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::CsvExcel:
        return QStringLiteral("csv-excel");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    }
    return {};
}

bool Exporter::formatFromKey(const QString &key, Format *format)
{
    for (Format f : {Format::Csv, Format::CsvExcel, Format::Xlsx}) {
        if (formatKey(f) == key) {
            *format = f;
            return true;
        }
    }
    return false;
}

QStringView Exporter::formatCell(const ExportField &field, QStringView raw, HeaderStyle headers,
                                 QString *scratch)
{
    switch (field.format) {
    case ValueFormat::RegisterNumber:
        *scratch = OrganisationColumns::formatRegisterNumber(raw.toString());
        return *scratch;
    case ValueFormat::YesNo:
        if (raw.isEmpty())
            return raw;
        if (headers == HeaderStyle::Keys)
            *scratch = raw == u"0" ? QStringLiteral("no") : QStringLiteral("yes");
        else
            *scratch = raw == u"0" ? tr("no") : tr("yes");
        return *scratch;
    case ValueFormat::Text:
    case ValueFormat::Integer:
    case ValueFormat::Status:
    case ValueFormat::PlaceType:
    case ValueFormat::Cost:
        // The stored keys of status, place and cost (active, online, free) in every
        // language: the importer reads them whoever imports the file.
        break;
    }
    return raw;
}

bool Exporter::resolveColumns(const ExportRequest &request, QList<ExportField> *fields,
                              QStringList *omitted, QString *error)
{
    const QStringList keys =
        request.columns.isEmpty() ? fields::FieldCatalogue::keys(request.what) : request.columns;
    for (const QString &key : keys) {
        const auto field = fields::FieldCatalogue::find(request.what, key.trimmed().toLower());
        if (!field) {
            *error = tr("There is no column \"%1\" for %2. Columns: %3.")
                         .arg(key, fields::FieldCatalogue::entityKey(request.what),
                              fields::FieldCatalogue::keys(request.what).join(QLatin1String(", ")));
            return false;
        }
        if (field->isPersonal() && !request.includePersonalData) {
            omitted->append(field->key);
            continue;
        }
        fields->append(*field);
    }
    return true;
}

ExportResult Exporter::run(const ExportRequest &request, TableSink &sink)
{
    ExportResult result;
    QList<ExportField> fields;
    if (!resolveColumns(request, &fields, &result.omittedPersonal, &result.error))
        return result;
    QStringList headers;
    QList<CellKind> kinds;
    for (const ExportField &field : fields) {
        result.columns.append(field.key);
        result.containsPersonalData = result.containsPersonalData || field.isPersonal();
        headers.append(request.headers == HeaderStyle::Keys
                           ? field.key
                           : fields::FieldCatalogue::label(request.what, field.key));
        kinds.append(field.format == ValueFormat::Integer ? CellKind::Number : CellKind::Text);
    }

    RecordCursor query(m_db, request.what, request.filter, request.sortColumn, request.sortOrder,
                       fields);
    if (!query.exec()) {
        result.error = tr("The register could not be read: %1").arg(query.error());
        return result;
    }
    if (!sink.writeHeader(headers, kinds)) {
        result.error = sink.errorString();
        return result;
    }
    const qint64 total = query.total();
    if (m_progress)
        m_progress(0, total);
    QList<QStringView> cells(fields.size());
    QList<QString> scratch(fields.size());
    while (query.next()) {
        if (cancelled()) {
            result.cancelled = true;
            result.error = tr("The export was cancelled.");
            return result;
        }
        for (int c = 0; c < fields.size(); ++c)
            cells[c] = formatCell(fields[c], query.text(c), request.headers, &scratch[c]);
        if (!sink.writeRow(cells)) {
            result.error = sink.errorString();
            return result;
        }
        if (++result.rows % ProgressStep == 0 && m_progress)
            m_progress(result.rows, total);
    }
    if (!query.error().isEmpty() || !sink.finish()) {
        result.error = query.error().isEmpty() ? sink.errorString() : query.error();
        return result;
    }
    if (m_progress)
        m_progress(result.rows, total);
    result.ok = true;
    return result;
}

ExportResult Exporter::exportToDevice(const ExportRequest &request, QIODevice *device)
{
    if (request.format == Format::Xlsx) {
        ExportResult result;
        result.error = tr("XLSX is written to a file, not to a stream.");
        return result;
    }
    CsvSink sink(device, dialectFor(request.format), guardFor(request.format));
    return run(request, sink);
}

ExportResult Exporter::exportToFile(const ExportRequest &request, const QString &path)
{
    QSaveFile file(path);
    ExportResult result;
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return result;
    }
    if (request.format != Format::Xlsx) {
        result = exportToDevice(request, &file);
        // QSaveFile keeps a failed write's error to itself until commit(): the free space
        // of the target's disk tells a full disk.
        if (!result.ok && !result.cancelled &&
            (file.error() != QFileDevice::NoError || diskIsFull(QFileInfo(path).absolutePath())))
            result.error = writeFailure(path, file.errorString());
    } else {
        // libxlsxwriter writes to a path of its own; the finished workbook is then copied
        // through the QSaveFile so the target appears complete or not at all.
        QTemporaryFile workbook(QDir::tempPath() + QStringLiteral("/kartoitus-XXXXXX.xlsx"));
        if (!workbook.open()) {
            result.error =
                tr("No temporary file for the spreadsheet: %1").arg(workbook.errorString());
            return result;
        }
        workbook.close();
        {
            XlsxSink sink(workbook.fileName(), fields::FieldCatalogue::entityLabel(request.what));
            result = run(request, sink);
        }
        if (!result.ok && !result.cancelled && diskIsFull(QDir::tempPath()))
            result.error = tr("The disk holding the temporary folder %1 is full. Free some "
                              "space on it and try again.")
                               .arg(QDir::toNativeSeparators(QDir::tempPath()));
        QFile written(workbook.fileName()); // libxlsxwriter replaced the file on disk
        if (result.ok && !copyFile(&written, &file)) {
            result.ok = false;
            result.error = writeFailure(path, file.errorString());
        }
    }
    // Flushed first: a failure then still finds the disk full (commit() removes the
    // partial file before it returns).
    if (result.ok && !file.flush()) {
        result.ok = false;
        result.error = writeFailure(path, file.errorString());
    }
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = writeFailure(path, file.errorString());
    }
    return result;
}

} // namespace kartoitus::exporting
