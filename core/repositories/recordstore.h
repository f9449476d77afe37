#pragma once

#include "repositories/recordfilter.h"
#include "repositories/repositoryutil.h"
#include "storage/register.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kartoitus::repository {

// What a repository's messages call its kind of record, as source texts in the repository's
// translation context (QT_TRANSLATE_NOOP("kartoitus::ActivityRepository", ...)).
struct RecordWords
{
    const char *notSaved; // "The activity has not been saved yet."
    const char *noSuch;   // "No such activity."
    const char *noSuchId; // "No activity has the id %1."
};

// The single-record reads and writes that organisations, activities and persons share,
// written once: create, update, remove, get by id or uuid, list and count. Writes validate
// first (the message names the field), fill uuid, timestamps and the Finnish sort key, are
// atomic with the record's links, and return false with *error, never throw.
//
// `Repository` (which derives from RecordStore<Record, Repository>) says what differs:
//   static constexpr const char *table, *alias;   its table, and the table's alias in lists
//   static constexpr RecordWords words;
//   static QString selectedColumns();  static Record fromRow(const QSqlQuery &row);
//   static QStringList writtenColumns();  static QVariantList writtenValues(const Record &);
//   static constexpr auto conditions = &RecordFilter::activityConditions;  (its filter's SQL)
//   bool validate(Record *record, QString *error) const;
// and, for a record that keeps links in other tables (its themes, sectors, ...),
// hasLinks = true with its own writeLinks() and readLinks().
template<typename Record, typename Repository> class RecordStore
{
public:
    // Inserts; sets id, uuid (unless given), created/updated time and nameSort.
    bool create(Record *record, QString *error)
    {
        if (!self().validate(record, error))
            return false;
        stampNew(record);
        return insertRecord(m_db, insertSql(table(), Repository::writtenColumns()),
                            Repository::writtenValues(*record), &record->id, error,
                            linkWriter(*record));
    }

    // Writes every field and link of record->id; sets updatedAt and nameSort.
    bool update(Record *record, QString *error)
    {
        if (record->id <= 0)
            return fail(error, Repository::tr(Repository::words.notSaved));
        if (!self().validate(record, error))
            return false;
        record->updatedAt = currentTimestamp();
        return updateRecord(m_db, updateSql(table(), Repository::writtenColumns()),
                            Repository::writtenValues(*record) << record->id, noSuchId(record->id),
                            error, linkWriter(*record));
    }

    // Deletes the row (what the schema cascades to goes with it).
    bool remove(qint64 id, QString *error)
    {
        return removeRow(m_db, table(), id, noSuchId(id), error);
    }

    std::optional<Record> get(qint64 id, QString *error = nullptr) const
    {
        return getWhere("id", id, error);
    }
    std::optional<Record> getByUuid(const QString &uuid, QString *error = nullptr) const
    {
        return getWhere("uuid", uuid, error);
    }

    // The records `filter` selects (read by the repository's RecordFilter conditions), in
    // Finnish alphabetical order of their names; a page of `limit` rows from `offset` when
    // limit > 0.
    QList<Record> list(const RecordFilter &filter = {}, int limit = 0, int offset = 0,
                       QString *error = nullptr) const
    {
        QVariantList values;
        const QString sql = QStringLiteral("SELECT %1 FROM %2 %3%4 ORDER BY %3.name_sort, %3.id")
                                .arg(Repository::selectedColumns(), table(), alias(),
                                     where((filter.*Repository::conditions)(&values)));
        return listRecords<Record>(
            m_db, withPage(sql, limit, offset), values, &Repository::fromRow,
            [this](Record *r, QString *e) { return self().readLinks(r, e); }, error);
    }

    qint64 count(const RecordFilter &filter = {}, QString *error = nullptr) const
    {
        QVariantList values;
        const QString conditions = (filter.*Repository::conditions)(&values);
        return countRows(m_db,
                         QStringLiteral("SELECT count(*) FROM %1 %2").arg(table(), alias()) +
                             where(conditions),
                         values, error);
    }

protected:
    explicit RecordStore(const QSqlDatabase &db)
        : m_db(db)
    {}

    // No links unless the repository says so and hides these with its own.
    static constexpr bool hasLinks = false;
    bool writeLinks(const Record &, QString *) { return true; }
    bool readLinks(Record *, QString *) const { return true; }

    QSqlDatabase m_db;

private:
    Repository &self() { return static_cast<Repository &>(*this); }
    const Repository &self() const { return static_cast<const Repository &>(*this); }
    static QString table() { return QString::fromLatin1(Repository::table); }
    static QString alias() { return QString::fromLatin1(Repository::alias); }
    static QString noSuchId(qint64 id)
    {
        return Repository::tr(Repository::words.noSuchId).arg(id);
    }

    // The writes of the record's links after its own row, in the same savepoint.
    WriteLinks linkWriter(const Record &record)
    {
        if (!Repository::hasLinks)
            return {};
        return [this, &record](QString *e) { return self().writeLinks(record, e); };
    }

    std::optional<Record> getWhere(const char *column, const QVariant &key, QString *error) const
    {
        std::optional<Record> record = oneRecord<Record>(
            m_db,
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                .arg(Repository::selectedColumns(), table(), QLatin1String(column)),
            {key}, Repository::tr(Repository::words.noSuch), &Repository::fromRow, error);
        if (record && !self().readLinks(&*record, error))
            return std::nullopt;
        return record;
    }
};

} // namespace kartoitus::repository
