#include "importing/columnmapping.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kartoitus::importing {

using fields::Entity;
using fields::FieldCatalogue;

ColumnMapping::ColumnMapping(const QStringList &headers, const QStringList &keys)
    : m_headers(headers)
    , m_keys(keys)
{
    m_keys.resize(m_headers.size());
}

ColumnMapping ColumnMapping::automatic(Entity entity, const QStringList &headers)
{
    QStringList keys;
    keys.reserve(headers.size());
    for (const QString &header : headers) {
        const QString key = FieldCatalogue::matchHeader(entity, header);
        keys.append(keys.contains(key) ? QString() : key);
    }
    return ColumnMapping(headers, keys);
}

void ColumnMapping::setKey(int column, const QString &key)
{
    if (column < 0 || column >= m_keys.size())
        return;
    if (!key.isEmpty()) {
        for (QString &other : m_keys) {
            if (other == key)
                other.clear();
        }
    }
    m_keys[column] = key;
}

ColumnMapping ColumnMapping::appliedTo(const QStringList &headers) const
{
    QStringList known;
    for (const QString &header : m_headers)
        known.append(FieldCatalogue::normaliseHeader(header));
    ColumnMapping result(headers, {});
    for (int column = 0; column < headers.size(); ++column) {
        const int at = int(known.indexOf(FieldCatalogue::normaliseHeader(headers.at(column))));
        if (at >= 0 && !m_keys.at(at).isEmpty())
            result.setKey(column, m_keys.at(at));
    }
    result.m_values = m_values;
    return result;
}

QString ColumnMapping::valueKey(const QString &fileValue)
{
    return fileValue.simplified().toCaseFolded();
}

void ColumnMapping::setValue(const QString &key, const QString &fileValue, const QString &target)
{
    m_values[key].insert(valueKey(fileValue), target.trimmed());
}

void ColumnMapping::clearValue(const QString &key, const QString &fileValue)
{
    const auto values = m_values.find(key);
    if (values == m_values.end())
        return;
    values->remove(valueKey(fileValue));
    if (values->isEmpty())
        m_values.erase(values);
}

bool ColumnMapping::mapsValue(const QString &key, const QString &fileValue, QString *target) const
{
    const auto values = m_values.constFind(key);
    if (values == m_values.constEnd())
        return false;
    const auto found = values->constFind(valueKey(fileValue));
    if (found == values->constEnd())
        return false;
    *target = *found;
    return true;
}

QString ColumnMapping::problem(Entity entity) const
{
    const QStringList known = FieldCatalogue::keys(entity);
    for (const QString &key : m_keys) {
        if (!key.isEmpty() && !known.contains(key))
            return tr("\"%1\" is not a field of %2.")
                .arg(key, FieldCatalogue::entityLabel(entity).toLower());
    }
    for (const QString &key : requiredKeys(entity)) {
        if (columnOf(key) < 0)
            return tr("No column gives the field \"%1\"; map one of the columns to it.")
                .arg(FieldCatalogue::label(entity, key));
    }
    return {};
}

QString ColumnMapping::signature(const QStringList &headers)
{
    QStringList normalised;
    normalised.reserve(headers.size());
    for (const QString &header : headers)
        normalised.append(FieldCatalogue::normaliseHeader(header));
    return normalised.join(QLatin1Char('\n'));
}

QString ColumnMapping::toJson() const
{
    QJsonObject columns;
    for (int column = 0; column < m_headers.size(); ++column)
        columns.insert(m_headers.at(column), m_keys.at(column));
    QJsonObject values;
    for (auto field = m_values.constBegin(); field != m_values.constEnd(); ++field) {
        QJsonObject map;
        for (auto it = field->constBegin(); it != field->constEnd(); ++it)
            map.insert(it.key(), it.value());
        values.insert(field.key(), map);
    }
    const QJsonObject object{{QStringLiteral("columns"), columns},
                             {QStringLiteral("values"), values}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ColumnMapping ColumnMapping::fromJson(const QStringList &headers, const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    // Mappings saved before values were mapped are a plain object header -> key.
    const bool current = object.value(QStringLiteral("columns")).isObject();
    const QJsonObject columns =
        current ? object.value(QStringLiteral("columns")).toObject() : object;
    QStringList savedHeaders;
    QStringList savedKeys;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        savedHeaders.append(it.key());
        savedKeys.append(it.value().toString());
    }
    ColumnMapping saved(savedHeaders, savedKeys);
    const QJsonObject values =
        current ? object.value(QStringLiteral("values")).toObject() : QJsonObject();
    for (auto field = values.constBegin(); field != values.constEnd(); ++field) {
        const QJsonObject map = field.value().toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            saved.setValue(field.key(), it.key(), it.value().toString());
    }
    return saved.appliedTo(headers);
}

QStringList requiredKeys(Entity entity)
{
    switch (entity) {
    case Entity::Activities:
        return {QStringLiteral("organisation"), QStringLiteral("name")};
    case Entity::Organisations:
    case Entity::Persons:
        break;
    }
    return {QStringLiteral("name")};
}

} // namespace kartoitus::importing
