#include "exporting/exporter.h"

#include "exporting/csvsink.h"
#include "exporting/tablefile.h"
#include "repositories/recordcursor.h"

namespace kartoitus::exporting {

namespace {

// Progress is reported every this many rows: often enough for a smooth bar, rarely
// enough to cost nothing.
constexpr qint64 ProgressStep = 500;

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
    CsvSink sink(device, request.format);
    return run(request, sink);
}

ExportResult Exporter::exportToFile(const ExportRequest &request, const QString &path)
{
    ExportResult result;
    QString fileError;
    const bool written = TableFile::write(
        path, request.format, fields::FieldCatalogue::entityLabel(request.what),
        [&](TableSink &sink) {
            result = run(request, sink);
            return result.ok;
        },
        &fileError);
    if (!written && !result.cancelled) {
        result.ok = false;
        if (!fileError.isEmpty())
            result.error = fileError;
    }
    return result;
}

} // namespace kartoitus::exporting
