#pragma once

#include "repositories/repositoryutil.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <cstddef>
#include <optional>

// One table per kind of record: which member of the record a column of its table holds.
// A repository names each of its record's columns once, in such a table; its reads, its
// writes, the lists' queries, the bulk writers and the editors' record objects take the
// column's name, its value and its key from there.
namespace kartoitus::repository {

// A member of `Record` that a column of its table holds: the field catalogue's key (for a
// column that is no field, such as uuid or created_at, the column's own name), the column,
// and the member: text (NULL when empty), yes/no (0 or 1), an id that may be missing (NULL)
// or an id that may not.
template<typename Record> struct RecordColumn
{
    const char *key;
    const char *column;
    QString Record::*asText = nullptr;
    bool Record::*asFlag = nullptr;
    std::optional<qint64> Record::*asOptionalId = nullptr;
    qint64 Record::*asId = nullptr;

    constexpr RecordColumn(const char *k, const char *c, QString Record::*m)
        : key(k)
        , column(c)
        , asText(m)
    {}
    constexpr RecordColumn(const char *k, const char *c, bool Record::*m)
        : key(k)
        , column(c)
        , asFlag(m)
    {}
    constexpr RecordColumn(const char *k, const char *c, std::optional<qint64> Record::*m)
        : key(k)
        , column(c)
        , asOptionalId(m)
    {}
    constexpr RecordColumn(const char *k, const char *c, qint64 Record::*m)
        : key(k)
        , column(c)
        , asId(m)
    {}

    // The member's value as SQLite stores it.
    QVariant value(const Record &r) const
    {
        if (asText)
            return textOrNull(r.*asText);
        if (asFlag)
            return (r.*asFlag) ? 1 : 0;
        if (asOptionalId)
            return optionalValue(r.*asOptionalId);
        return r.*asId;
    }

    void read(Record *r, const QVariant &stored) const
    {
        if (asText)
            r->*asText = stored.toString();
        else if (asFlag)
            r->*asFlag = stored.toBool();
        else if (asOptionalId)
            r->*asOptionalId = toOptionalId(stored);
        else
            r->*asId = stored.toLongLong();
    }

    // The member as comparable text: "1"/"0" for yes/no, ids as numbers, "" for none.
    QString text(const Record &r) const
    {
        if (asText)
            return r.*asText;
        if (asFlag)
            return (r.*asFlag) ? QStringLiteral("1") : QStringLiteral("0");
        if (asOptionalId)
            return (r.*asOptionalId) ? QString::number(*(r.*asOptionalId)) : QString();
        return QString::number(r.*asId);
    }
};

// The operations a repository needs of its table of columns, `Columns` a constexpr array of
// RecordColumn<Record>: "id" first, then the table's columns in order.
template<typename Record, std::size_t N> class RecordColumns
{
public:
    constexpr explicit RecordColumns(const RecordColumn<Record> (&columns)[N])
        : m_columns(columns)
    {}

    static constexpr int count() { return int(N) + 1; } // with the id

    // "id, uuid, ..." with each name prefixed by `alias` ("a.").
    QString selected(const QString &alias = QString()) const
    {
        QStringList names{alias + QStringLiteral("id")};
        for (const auto &c : m_columns)
            names.append(alias + QLatin1String(c.column));
        return names.join(QLatin1String(", "));
    }
    // The written columns (all but the id), for INSERT and UPDATE.
    QStringList written() const
    {
        QStringList names;
        for (const auto &c : m_columns)
            names.append(QLatin1String(c.column));
        return names;
    }
    QVariantList values(const Record &r) const
    {
        QVariantList list;
        for (const auto &c : m_columns)
            list.append(c.value(r));
        return list;
    }
    // The record in the current row of a query that selected selected() first.
    Record read(const QSqlQuery &q) const
    {
        Record r;
        r.id = q.value(0).toLongLong();
        int i = 1;
        for (const auto &c : m_columns)
            c.read(&r, q.value(i++));
        return r;
    }
    const RecordColumn<Record> *find(const QString &key) const
    {
        for (const auto &c : m_columns) {
            if (key == QLatin1String(c.key))
                return &c;
        }
        return nullptr;
    }
    QString column(const QString &key) const
    {
        const auto *c = find(key);
        return c ? QString::fromLatin1(c->column) : QString();
    }

private:
    const RecordColumn<Record> (&m_columns)[N];
};

} // namespace kartoitus::repository
