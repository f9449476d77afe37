#pragma once

#include "repositories/organisation.h"
#include "repositories/recordfilter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace kartoitus {

// Reads and writes organisations with their municipalities, sectors and target groups.
// Writes validate first (the message names the field), fill uuid, timestamps and the
// Finnish sort key, and are atomic. They return false with *error, never throw.
class OrganisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::OrganisationRepository)

public:
    explicit OrganisationRepository(const QSqlDatabase &db);

    // Checks and normalises the fields as the register stores them (business ID form,
    // register number digits, ...); false with a message naming the first bad field.
    bool validate(Organisation *organisation, QString *error) const;

    // Inserts; sets id, uuid (unless given), created/updated time and nameSort.
    bool create(Organisation *organisation, QString *error);
    // Writes every field and facet of organisation->id; sets updatedAt and nameSort.
    bool update(Organisation *organisation, QString *error);
    // Deletes the organisation with its activities and memberships; persons stay
    // (without the organisation).
    bool remove(qint64 id, QString *error);

    std::optional<Organisation> get(qint64 id, QString *error = nullptr) const;
    std::optional<Organisation> getByUuid(const QString &uuid, QString *error = nullptr) const;
    // In Finnish alphabetical order; a page of `limit` rows from `offset` when limit > 0.
    QList<Organisation> list(const RecordFilter &filter = {}, int limit = 0, int offset = 0,
                             QString *error = nullptr) const;
    qint64 count(const RecordFilter &filter = {}, QString *error = nullptr) const;

    // The member that holds the catalogue field `key` as text (names, codes, the status,
    // the day of the last check) or as a number (counts, the founded year, the legal
    // form's id); null when `key` is not a field stored in a column of `organisations`.
    static QString *textMember(Organisation *organisation, const QString &key);
    static std::optional<int> *numberMember(Organisation *organisation, const QString &key);
    // The value of the catalogue field `key` as editors hold it: a text member's text, a
    // number member's number, an id (the contact person's, the primary sector's) or, for
    // the links (sectors, target groups, municipalities served), a QVariantList of ids or
    // codes; invalid when the record has none or `key` is no field of it.
    static QVariant value(const Organisation &organisation, const QString &key);
    // Sets it back (an invalid value clears a number or an id); false for an unknown key.
    static bool setValue(Organisation *organisation, const QString &key, const QVariant &value);
    // The columns of `organisations` a write gives (all but id; the catalogue's columns for
    // its fields), and a record's values in that order: create(), update() and the demo
    // register's bulk insert (BulkInserts) write through them.
    static QStringList writtenColumns();
    static QVariantList writtenValues(const Organisation &organisation);

private:
    std::optional<Organisation> getWhere(const QString &where, const QVariant &key,
                                         QString *error) const;
    bool writeFacets(const Organisation &organisation, QString *error);
    bool readFacets(Organisation *organisation, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace kartoitus
