#include "importing/cellparser.h"

#include "common/valueparsing.h"
#include "fields/fieldformat.h"
#include "fields/fieldvalues.h"
#include "validation/validators.h"

#include <QDate>
#include <QUuid>

namespace kartoitus::importing {

using fields::Field;
using fields::FieldKind;

namespace {} // namespace

bool CellParser::load(const QSqlDatabase &db, QString *error)
{
    if (!m_municipalities.load(db, error))
        return false;
    for (const char *table : {"sectors", "themes", "target_groups", "legal_forms"}) {
        ReferenceList list;
        if (!list.load(db, QLatin1String(table), error))
            return false;
        m_lists.insert(QLatin1String(table), list);
    }
    QHash<QString, int> codes;
    if (loadLegalFormCodes(db, &codes)) {
        for (auto it = codes.cbegin(); it != codes.cend(); ++it)
            m_legalFormCodes.insert(it.key().toCaseFolded(), it.value());
    }
    m_currentYear = QDate::currentDate().year();
    return true;
}

bool CellParser::parse(const Field &field, const QString &header, const QString &cell,
                       CellValue *value, QString *error) const
{
    *value = CellValue();
    const QString trimmed = cell.trimmed();
    if (trimmed.isEmpty())
        return true;
    QString message;
    const bool isList =
        field.kind == FieldKind::MunicipalityList || field.kind == FieldKind::ReferenceList;
    QString target;
    const bool isMapped = !isList && mapped(field, trimmed, &target);
    if (isMapped && target.isEmpty())
        return true; // the user chose to leave this value out
    // Free text is kept as written, a leading tab or line break too, so that what an
    // export wrote comes back the same; everything else is read from its trimmed text.
    const QString &text = isMapped ? target : field.kind == FieldKind::Text ? cell : trimmed;
    const bool ok = isList ? parseList(field, trimmed, value, &message)
                           : parseScalar(field, text, value, &message);
    if (!ok) {
        *error = tr("column \"%1\": %2").arg(header, message);
        return false;
    }
    // A list whose every item was left out stays blank.
    value->blank = isList && value->codes.isEmpty() && value->ids.isEmpty();
    return true;
}

bool CellParser::parseScalar(const Field &field, const QString &cell, CellValue *value,
                             QString *message) const
{
    const auto take = [&](const Validation &v) {
        value->text = v.value;
        *message = v.error;
        return v.ok;
    };
    const auto takeNumber = [&](const Validation &v) {
        value->isNumber = true;
        value->number = v.value.toLongLong();
        *message = v.error;
        return v.ok;
    };
    if (const std::optional<Validation> checked = fields::checkFormat(field, cell, m_currentYear))
        return fields::isWholeNumber(field.kind) ? takeNumber(*checked) : take(*checked);
    switch (field.kind) {
    case FieldKind::Text:
        value->text = field.key == QLatin1String("name") ? cell.simplified() : cell;
        return true;
    case FieldKind::PersonName:
    case FieldKind::Organisation:
        value->text = cell.simplified();
        return true;
    case FieldKind::Uuid: {
        const QUuid uuid = QUuid::fromString(cell);
        if (uuid.isNull()) {
            *message = tr("\"%1\" is not an ID that this program writes.").arg(cell);
            return false;
        }
        value->text = uuid.toString(QUuid::WithoutBraces);
        return true;
    }
    case FieldKind::YesNo: {
        const Parsed<bool> parsed = ValueParsing::parseYesNo(cell);
        value->isNumber = true;
        value->number = parsed.value ? 1 : 0;
        *message = parsed.error;
        return parsed.ok;
    }
    case FieldKind::Date: {
        const Parsed<QString> parsed = ValueParsing::parseIsoDate(cell);
        value->text = parsed.value;
        *message = parsed.error;
        return parsed.ok;
    }
    case FieldKind::Municipality:
        value->text = m_municipalities.resolve(cell);
        if (value->text.isEmpty())
            *message = unknownMunicipality(cell);
        return !value->text.isEmpty();
    case FieldKind::Reference: {
        int id = 0;
        if (!parseReference(field, cell, &id)) {
            *message = unknownReference(field, cell);
            return false;
        }
        value->isNumber = true;
        value->number = id;
        return true;
    }
    case FieldKind::Status:
    case FieldKind::PlaceType:
    case FieldKind::Cost:
        if (!parseWord(field.kind, cell, &value->text)) {
            *message = tr("\"%1\" is not one of the values of %2.").arg(cell, field.label);
            return false;
        }
        return true;
    case FieldKind::MunicipalityList:
    case FieldKind::ReferenceList:
        return parseList(field, cell, value, message);
    default: // a kind with a format, checked above
        break;
    }
    return true;
}

bool CellParser::parseList(const Field &field, const QString &cell, CellValue *value,
                           QString *message) const
{
    const QStringList written = ValueParsing::splitMultiValue(cell);
    for (const QString &writtenItem : written) {
        QString item = writtenItem;
        if (mapped(field, writtenItem, &item) && item.isEmpty())
            continue; // the user chose to leave this value out
        if (field.kind == FieldKind::MunicipalityList) {
            const QString code = m_municipalities.resolve(item);
            if (code.isEmpty()) {
                *message = unknownMunicipality(item);
                return false;
            }
            if (!value->codes.contains(code))
                value->codes.append(code);
            continue;
        }
        int id = 0;
        if (!parseReference(field, item, &id)) {
            *message = unknownReference(field, item);
            return false;
        }
        if (!value->ids.contains(id))
            value->ids.append(id);
    }
    return true;
}

bool CellParser::mapped(const Field &field, const QString &item, QString *target) const
{
    if (field.kind != FieldKind::Reference && field.kind != FieldKind::ReferenceList &&
        field.kind != FieldKind::Municipality && field.kind != FieldKind::MunicipalityList)
        return false;
    const auto values = m_values.constFind(field.key);
    if (values == m_values.constEnd())
        return false;
    const auto found = values->constFind(ColumnMapping::valueKey(item));
    if (found == values->constEnd())
        return false;
    *target = *found;
    return true;
}

QStringList CellParser::unknownItems(const Field &field, const QString &cell) const
{
    const bool municipal =
        field.kind == FieldKind::Municipality || field.kind == FieldKind::MunicipalityList;
    const bool reference =
        field.kind == FieldKind::Reference || field.kind == FieldKind::ReferenceList;
    const QString trimmed = cell.trimmed();
    if ((!municipal && !reference) || trimmed.isEmpty())
        return {};
    const bool isList =
        field.kind == FieldKind::MunicipalityList || field.kind == FieldKind::ReferenceList;
    QStringList unknown;
    QString target;
    int id = 0;
    for (const QString &item :
         isList ? ValueParsing::splitMultiValue(trimmed) : QStringList{trimmed}) {
        if (mapped(field, item, &target))
            continue;
        const bool known = municipal ? !m_municipalities.resolve(item).isEmpty()
                                     : parseReference(field, item, &id);
        if (!known)
            unknown.append(item);
    }
    return unknown;
}

QString CellParser::suggestion(const Field &field, const QString &item) const
{
    if (field.kind == FieldKind::Municipality || field.kind == FieldKind::MunicipalityList)
        return m_municipalities.suggest(item);
    const auto list = m_lists.constFind(field.referenceTable);
    return list == m_lists.constEnd() ? QString() : list->suggest(item);
}

QString CellParser::unknownReference(const Field &field, const QString &item) const
{
    const QString message = tr("\"%1\" is not in the list of %2.").arg(item, field.label.toLower());
    const auto list = m_lists.constFind(field.referenceTable);
    const QString guess = list == m_lists.constEnd() ? QString() : list->suggest(item);
    return guess.isEmpty() ? message : message + u' ' + tr("Did you mean “%1”?").arg(guess);
}

QString CellParser::unknownMunicipality(const QString &item) const
{
    const QString message =
        tr("\"%1\" is not a municipality of Finland (write its name or code).").arg(item);
    const QString guess = m_municipalities.name(m_municipalities.suggest(item));
    return guess.isEmpty() ? message : message + u' ' + tr("Did you mean “%1”?").arg(guess);
}

bool CellParser::parseReference(const Field &field, const QString &item, int *id) const
{
    const auto list = m_lists.constFind(field.referenceTable);
    if (list == m_lists.constEnd())
        return false;
    *id = list->resolve(item);
    if (*id == 0 && field.referenceTable == QLatin1String("legal_forms"))
        *id = m_legalFormCodes.value(item.simplified().toCaseFolded().remove(QLatin1Char('.')));
    return *id != 0;
}

bool CellParser::parseWord(FieldKind kind, const QString &cell, QString *word) const
{
    *word = fields::FieldValues::keyOf(kind, cell);
    return !word->isEmpty();
}

} // namespace kartoitus::importing
