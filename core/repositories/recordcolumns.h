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

// The operations a repository needs of its table of columns, a constexpr array of
// RecordColumn<Record>: "id" first, then the table's columns in order.
template<typename Record> class RecordColumns
{
public:
    template<std::size_t N>
    constexpr explicit RecordColumns(const RecordColumn<Record> (&columns)[N])
        : m_begin(columns)
        , m_end(columns + N)
    {}

    constexpr int count() const { return int(m_end - m_begin) + 1; } // with the id

    // "id, uuid, ..." with each name prefixed by `alias` ("a.").
    QString selected(const QString &alias = QString()) const
    {
        QStringList names{alias + QStringLiteral("id")};
        for (const auto &c : *this)
            names.append(alias + QLatin1String(c.column));
        return names.join(QLatin1String(", "));
    }
    // The written columns (all but the id), for INSERT and UPDATE.
    QStringList written() const
    {
        QStringList names;
        for (const auto &c : *this)
            names.append(QLatin1String(c.column));
        return names;
    }
    QVariantList values(const Record &r) const
    {
        QVariantList list;
        for (const auto &c : *this)
            list.append(c.value(r));
        return list;
    }
    // The record in the current row of a query that selected selected() first.
    Record read(const QSqlQuery &q) const
    {
        Record r;
        r.id = q.value(0).toLongLong();
        int i = 1;
        for (const auto &c : *this)
            c.read(&r, q.value(i++));
        return r;
    }
    const RecordColumn<Record> *find(const QString &key) const
    {
        for (const auto &c : *this) {
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

    constexpr const RecordColumn<Record> *begin() const { return m_begin; }
    constexpr const RecordColumn<Record> *end() const { return m_end; }

private:
    const RecordColumn<Record> *m_begin;
    const RecordColumn<Record> *m_end;
};

// What a repository whose record is read and written through a table of columns
// (`Repository::recordColumns()`) offers of it, for the lists' queries, the bulk writers, the
// demo register and the editors.
template<typename Record, typename Repository> class RecordTable
{
public:
    // The table's columns, "id" first, in the order fromRow() reads them, each prefixed with
    // `alias` ("a." in a join); a query's own columns follow at selectedColumnCount().
    static QString selectedColumns(const QString &alias = QString())
    {
        return Repository::recordColumns().selected(alias);
    }
    static int selectedColumnCount() { return Repository::recordColumns().count(); }
    // The record in the current row of a query that selected selectedColumns() first; what
    // other tables hold of it (links) is not in the row.
    static Record fromRow(const QSqlQuery &row) { return Repository::recordColumns().read(row); }
    // The column of the record's own row that holds the catalogue field `key` (an activity's
    // "place": "place_type"), empty when none does.
    static QString columnOf(const QString &key) { return Repository::recordColumns().column(key); }
    // The value of `key` as comparable text ("1"/"0", ids as numbers) when the record's own
    // row holds it; a null string otherwise.
    static QString valueText(const Record &record, const QString &key)
    {
        const RecordColumn<Record> *c = Repository::recordColumns().find(key);
        return c ? c->text(record) : QString();
    }
    // The columns a write gives (all but id) and a record's values in that order: create(),
    // update() and the demo register's bulk insert (BulkInserts) write through them.
    static QStringList writtenColumns() { return Repository::recordColumns().written(); }
    static QVariantList writtenValues(const Record &record)
    {
        return Repository::recordColumns().values(record);
    }
};

} // namespace kartoitus::repository
