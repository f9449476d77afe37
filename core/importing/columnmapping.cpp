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
    return result;
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
    QJsonObject object;
    for (int column = 0; column < m_headers.size(); ++column)
        object.insert(m_headers.at(column), m_keys.at(column));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ColumnMapping ColumnMapping::fromJson(const QStringList &headers, const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList savedHeaders;
    QStringList savedKeys;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        savedHeaders.append(it.key());
        savedKeys.append(it.value().toString());
    }
    return ColumnMapping(savedHeaders, savedKeys).appliedTo(headers);
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
