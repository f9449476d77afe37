#pragma once

#include "storage/register.h"
#include "validation/validators.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

// Functions shared by the repositories: the mapping between optional C++ values and SQL
// NULL, and error reporting. Not part of the public API.
namespace kartoitus::repository {

// Empty text is stored as NULL, so that "no value" has one representation.
inline QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

template<typename T> QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

inline std::optional<int> toOptionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

inline std::optional<qint64> toOptionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

inline bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Simplifies a record's name (its white space) and fails with `missing` when none is left.
inline bool requireName(QString *name, const QString &missing, QString *error)
{
    *name = name->simplified();
    return !name->isEmpty() || fail(error, missing);
}

// Stores a validator's normalised value in *field, or fails with its message (which names
// the field and the value as written).
inline bool applyValidation(QString *field, const Validation &result, QString *error)
{
    if (!result.ok)
        return fail(error, result.error);
    *field = result.value;
    return true;
}

// Prepares and runs sql with values bound in order; on failure *error holds the reason.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);

// "INSERT INTO table (a, b) VALUES (?, ?)" and "UPDATE table SET a = ?, b = ? WHERE id = ?"
// for a record's written columns (its values bound in that order, the id last).
QString insertSql(const QString &table, const QStringList &columns);
QString updateSql(const QString &table, const QStringList &columns);

// " WHERE conditions", or nothing when there are no conditions.
QString where(const QString &conditions);

// `sql` with " LIMIT limit OFFSET offset" when limit > 0 (a page of a list).
QString withPage(const QString &sql, int limit, int offset);

// The single number a `SELECT count(*) ...` gives, or -1 with *error set.
qint64 countRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                 QString *error);

// Every row of a query as a record: fromRow(query) builds it, complete(&record, error)
// adds what other tables hold (links) and may fail, which empties the whole list.
template<typename Record, typename FromRow, typename Complete>
QList<Record> listRecords(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                          FromRow fromRow, Complete complete, QString *error)
{
    QList<Record> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, sql, values, error))
        return result;
    while (query.next()) {
        result.append(fromRow(query));
        if (!complete(&result.last(), error))
            return {};
    }
    return result;
}

// The one row a query selects, as a record built by fromRow(query); std::nullopt with *error
// set when the query fails or (to `notFound`) when it selects no row.
template<typename Record, typename FromRow>
std::optional<Record> oneRecord(const QSqlDatabase &db, const QString &sql,
                                const QVariantList &values, const QString &notFound,
                                FromRow fromRow, QString *error)
{
    QSqlQuery query(db);
    if (!run(query, sql, values, error))
        return std::nullopt;
    if (!query.next()) {
        fail(error, notFound);
        return std::nullopt;
    }
    return fromRow(query);
}

// Every row of a query as a record built by fromRow(query); empty with *error set when the
// query fails.
template<typename Record, typename FromRow>
QList<Record> listRecords(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                          FromRow fromRow, QString *error)
{
    return listRecords<Record>(
        db, sql, values, fromRow, [](Record *, QString *) { return true; }, error);
}

// The values of the first column of a query with one bound value, such as the link rows
// of one organisation.
QVariantList column(const QSqlDatabase &db, const QString &sql, const QVariant &key,
                    QString *error);

// True when table has a row whose column equals value.
bool rowExists(const QSqlDatabase &db, const QString &table, const QString &column,
               const QVariant &value);

// The values of one owner's link rows (valueColumn where ownerColumn = ownerId), in order.
QVariantList links(const QSqlDatabase &db, const QString &table, const QString &ownerColumn,
                   qint64 ownerId, const QString &valueColumn, QString *error);

// Deletes the row `id` of `table`; false with *error (`notFound` when no row had that id).
bool removeRow(const QSqlDatabase &db, const QString &table, qint64 id, const QString &notFound,
               QString *error);

// Replaces the link rows of one owner: DELETE then INSERT (ownerColumn, valueColumn).
bool replaceLinks(const QSqlDatabase &db, const QString &table, const QString &ownerColumn,
                  qint64 ownerId, const QString &valueColumn, const QVariantList &values,
                  QString *error);

// A new record's uuid (unless it has one) and its creation and update times: now.
template<typename Record> void stampNew(Record *record)
{
    if (record->uuid.isEmpty())
        record->uuid = newUuid();
    record->createdAt = record->updatedAt = currentTimestamp();
}

// What a record keeps in other tables (its links), written after its own row; false with
// *error.
using WriteLinks = std::function<bool(QString *error)>;

// Runs the INSERT `sql` of a record's own row with `values`, then `links` when given, as one
// savepoint: *id is the new row's id, and 0 again when the links failed.
bool insertRecord(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                  qint64 *id, QString *error, const WriteLinks &links = {});
// Runs the UPDATE `sql` of one record's own row with `values` (the id last), then `links` when
// given, as one savepoint; fails with `notFound` when no row has that id.
bool updateRecord(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                  const QString &notFound, QString *error, const WriteLinks &links = {});

// A SAVEPOINT: every multi-row write is atomic whether or not the caller (an undo command,
// an import) already holds a transaction. Rolled back unless release() succeeds.
class Savepoint
{
public:
    explicit Savepoint(const QSqlDatabase &db);
    ~Savepoint();
    Q_DISABLE_COPY(Savepoint)

    bool isActive() const { return m_active; }
    bool release(QString *error);

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
};

} // namespace kartoitus::repository
