#pragma once

#include "fields/fieldcatalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace kartoitus::importing {

// Which field each column of a file fills. An empty key ignores the column. For the
// reference fields (sectors, themes, target groups, municipalities) it also says what a
// file's own words mean: "Liikunta" is the sector "Liikunta ja urheilu", "Muu" is left empty.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::importing::ColumnMapping)

public:
    // Field key -> the file's value (valueKey) -> what is imported instead: an existing
    // item's name or a municipality's code; empty leaves the value out.
    using ValueMap = QHash<QString, QHash<QString, QString>>;

    ColumnMapping() = default;
    ColumnMapping(const QStringList &headers, const QStringList &keys);

    // Each header matched by the field catalogue; a field named by two columns takes
    // the first, the later one is ignored.
    static ColumnMapping automatic(fields::Entity entity, const QStringList &headers);

    bool isEmpty() const { return m_headers.isEmpty(); }
    int columnCount() const { return int(m_headers.size()); }
    const QStringList &headers() const { return m_headers; }
    const QStringList &keys() const { return m_keys; }
    QString key(int column) const { return m_keys.value(column); }
    // The column mapped to a field, or -1.
    int columnOf(const QString &key) const { return int(m_keys.indexOf(key)); }

    // Maps a column to a field (empty ignores it); another column mapped to the same
    // field is unmapped, since one field takes one column.
    void setKey(int column, const QString &key);

    // Adopts the keys of `saved` for columns whose header it knows (by normalised
    // header); other columns are ignored.
    ColumnMapping appliedTo(const QStringList &headers) const;

    // Imports `fileValue` of `key`'s column as `target` (empty: leaves it out).
    void setValue(const QString &key, const QString &fileValue, const QString &target);
    void clearValue(const QString &key, const QString &fileValue);
    // Whether `fileValue` of `key` is mapped, and to what.
    bool mapsValue(const QString &key, const QString &fileValue, QString *target) const;
    const ValueMap &values() const { return m_values; }
    // How a file's value is compared: case and spacing do not matter.
    static QString valueKey(const QString &fileValue);

    // What is wrong for importing `entity` (a required field without a column, an
    // unknown key), or empty.
    QString problem(fields::Entity entity) const;

    // The normalised headers joined by "\n": files with the same columns share it.
    static QString signature(const QStringList &headers);

    // As the import_mappings table stores it: {"columns": {header: key}, "values":
    // {key: {file value: target}}}; the older plain object header -> key is read too.
    QString toJson() const;
    static ColumnMapping fromJson(const QStringList &headers, const QString &json);

    bool operator==(const ColumnMapping &other) const
    {
        return m_headers == other.m_headers && m_keys == other.m_keys && m_values == other.m_values;
    }

private:
    QStringList m_headers;
    QStringList m_keys;
    ValueMap m_values;
};

// The fields a row of `entity` cannot do without.
QStringList requiredKeys(fields::Entity entity);

} // namespace kartoitus::importing
