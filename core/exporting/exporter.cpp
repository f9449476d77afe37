#include "exporting/exporter.h"

#include "common/keytable.h"
#include "exporting/csvsink.h"
#include "exporting/tablefile.h"
#include "fields/fieldvalues.h"
#include "repositories/activityquery.h"
#include "repositories/personquery.h"
#include "repositories/recordcursor.h"

#include <QDate>
#include <QDateTime>

namespace kartoitus::exporting {

namespace {

// Progress is reported every this many rows: often enough for a smooth bar, rarely
// enough to cost nothing.
constexpr qint64 ProgressStep = 500;

constexpr KeyName<Format> formats[] = {
    {Format::Csv, "csv"}, {Format::CsvExcel, "csv-excel"}, {Format::Xlsx, "xlsx"}};

} // namespace

Exporter::Exporter(const QSqlDatabase &db)
    : m_db(db)
{}

QString Exporter::formatKey(Format format)
{
    return keyOf(formats, format);
}

bool Exporter::formatFromKey(const QString &key, Format *format)
{
    const std::optional<Format> f = valueOf(formats, key);
    if (f)
        *format = *f;
    return f.has_value();
}

namespace {

// A stored day (2026-01-15) as the Finnish window shows it: 15.1.2026. A moment (ISO 8601
// UTC, the list's last change) is shown as its day where the user is. Text that is no date
// stays as it is.
QString finnishDay(QStringView raw)
{
    QDate day;
    if (raw.size() > 10)
        day = QDateTime::fromString(raw.toString(), Qt::ISODate).toLocalTime().date();
    else
        day = QDate::fromString(raw.toString(), Qt::ISODate);
    return day.isValid() ? day.toString(QStringLiteral("d.M.yyyy")) : raw.toString();
}

// A column of the window's activity or person list that is no catalogue field (the last
// change, the day last verified, contact or liaison), read as the list reads it.
std::optional<ExportField> recordListField(Entity entity, const QString &key)
{
    const bool activities = entity == Entity::Activities;
    const QList<ListColumn> &columns =
        activities ? ActivityQuery::columns() : PersonQuery::columns();
    for (const ListColumn &column : columns) {
        if (column.key != key)
            continue;
        ExportField field;
        field.entity = entity;
        field.key = key;
        field.label = activities ? ActivityQuery::label(column) : PersonQuery::label(column);
        field.expression = column.expression;
        if (key == QLatin1String("updated_at") || key == QLatin1String("verified_at"))
            field.kind = fields::FieldKind::Date; // written as its day where shown
        else if (column.numeric)
            field.format = ValueFormat::Integer;
        return field;
    }
    return std::nullopt;
}

// The list's own columns that are no catalogue field (organisations: the last change).
std::optional<ExportField> listOnlyField(Entity entity, const QString &key)
{
    if (entity != Entity::Organisations)
        return recordListField(entity, key);
    const auto column = OrganisationColumns::fromKey(key);
    if (!column || fields::FieldCatalogue::listField(*column))
        return std::nullopt;
    ExportField field;
    field.entity = entity;
    field.key = OrganisationColumns::key(*column);
    field.label = OrganisationColumns::label(*column);
    field.expression = OrganisationQuery::columnExpression(*column);
    if (*column == OrganisationColumn::UpdatedAt)
        field.kind = fields::FieldKind::Date; // a moment: written as its day where shown
    else
        field.format = ValueFormat::Integer;
    return field;
}

} // namespace

QStringView Exporter::formatCell(const ExportField &field, QStringView raw,
                                 const ExportRequest &request, QString *scratch)
{
    if (raw.isEmpty())
        return raw;
    const bool shown = writesShownValues(request.format);
    // The person list's own column, contact or liaison: shown by its name where values are.
    if (shown && field.entity == Entity::Persons && field.key == QLatin1String("kind")) {
        *scratch = raw == u"liaison" ? tr("Liaison person") : tr("Contact person");
        return *scratch;
    }
    if (shown && field.kind == fields::FieldKind::Date) {
        *scratch = finnishDay(raw);
        return *scratch;
    }
    switch (field.format) {
    case ValueFormat::RegisterNumber:
        *scratch = OrganisationColumns::formatRegisterNumber(raw.toString());
        return *scratch;
    case ValueFormat::YesNo:
        if (request.headers == HeaderStyle::Keys && !shown)
            *scratch = raw == u"0" ? QStringLiteral("no") : QStringLiteral("yes");
        else
            *scratch = raw == u"0" ? tr("no") : tr("yes");
        return *scratch;
    case ValueFormat::Status:
    case ValueFormat::PlaceType:
    case ValueFormat::Cost:
        // Elsewhere the stored keys (active, online, free) in every language: the importer
        // reads them whoever imports the file. It reads the display values as well.
        if (!shown)
            return raw;
        *scratch = fields::FieldValues::label(field.kind, raw.toString());
        return *scratch;
    case ValueFormat::Text:
    case ValueFormat::Integer:
        break;
    }
    return raw;
}

void Exporter::listColumns(Entity what, const QStringList &listKeys, const QStringList &listHeaders,
                           QStringList *keys, QStringList *headers)
{
    for (int i = 0; i < listKeys.size(); ++i) {
        const QString &key = listKeys.at(i);
        const QString header = listHeaders.value(i);
        if (what == Entity::Activities && key == QLatin1String("place_type")) {
            keys->append(QStringLiteral("place"));
            headers->append(header);
        } else if (what == Entity::Persons && key == QLatin1String("publish_consent")) {
            // The list shows the consent's day; a file keeps the consent and its day apart,
            // as the importer reads them.
            keys->append(key);
            headers->append(header);
            const auto day = fields::FieldCatalogue::find(what, QStringLiteral("consent_date"));
            keys->append(day->key);
            headers->append(day->label);
        } else {
            keys->append(key);
            headers->append(header);
        }
    }
}

bool Exporter::resolveColumns(const ExportRequest &request, QList<ExportField> *fields,
                              QStringList *omitted, QString *error, QStringList *headers)
{
    const QStringList keys =
        request.columns.isEmpty() ? fields::FieldCatalogue::keys(request.what) : request.columns;
    for (int i = 0; i < keys.size(); ++i) {
        const QString key = keys.at(i).trimmed().toLower();
        auto field = fields::FieldCatalogue::find(request.what, key);
        if (!field)
            field = listOnlyField(request.what, key);
        if (!field) {
            *error = tr("There is no column \"%1\" for %2. Columns: %3.")
                         .arg(keys.at(i), fields::FieldCatalogue::entityKey(request.what),
                              fields::FieldCatalogue::keys(request.what).join(QLatin1String(", ")));
            return false;
        }
        if (field->isPersonal() && !request.includePersonalData) {
            omitted->append(field->key);
            continue;
        }
        fields->append(*field);
        if (!headers)
            continue;
        if (request.headers == HeaderStyle::Keys)
            headers->append(field->key);
        else if (!request.columns.isEmpty() && i < request.columnHeaders.size())
            headers->append(request.columnHeaders.at(i));
        else
            headers->append(field->label);
    }
    return true;
}

ExportResult Exporter::run(const ExportRequest &request, TableSink &sink)
{
    ExportResult result;
    QList<ExportField> fields;
    QStringList headers;
    if (!resolveColumns(request, &fields, &result.omittedPersonal, &result.error, &headers))
        return result;
    QList<CellKind> kinds;
    for (const ExportField &field : fields) {
        result.columns.append(field.key);
        result.containsPersonalData = result.containsPersonalData || field.isPersonal();
        kinds.append(field.format == ValueFormat::Integer ? CellKind::Number : CellKind::Text);
    }

    RecordCursor query(m_db, request.what, request.filter, request.sortColumn, request.sortOrder,
                       fields);
    query.setListOrder(request.listSortKey);
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
            cells[c] = formatCell(fields[c], query.text(c), request, &scratch[c]);
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
