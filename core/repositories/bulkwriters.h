#pragma once

#include "storage/statement.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

namespace kartoitus {

// A record found by its name: the caller decides which of several is the same name.
struct NamedId
{
    qint64 id = 0;
    QString name;
};

// The import's reads and writes of organisations besides their own row (ImportRows),
// each one prepared statement, inside the caller's transaction. A lookup returns the id
// of the first record found, 0 when none; false and *error only on a database failure.
class OrganisationBulkWriter
{
public:
    bool prepare(const QSqlDatabase &db, QString *error);

    bool findByUuid(const QString &uuid, qint64 *id, QString *error);
    // By the catalogue's identifier `index` (FieldCatalogue::identifiers(), first is 0).
    bool findByIdentifier(int index, const QString &value, qint64 *id, QString *error);
    // Organisations whose sort key starts with `stem`, in `municipality`, whose first
    // identifier (the business ID) is `identifier` or blank (any, when `identifier` is blank).
    bool findByNameStem(const QString &stem, const QString &municipality, const QString &identifier,
                        QList<NamedId> *found, QString *error);
    // The organisation's contact person, 0 when it has none.
    bool contactPerson(qint64 id, qint64 *person, QString *error);
    bool setContactPerson(qint64 id, qint64 person, const QString &now, QString *error);

private:
    storage::Statement m_byUuid;
    std::vector<std::unique_ptr<storage::Statement>> m_byIdentifier;
    storage::Statement m_byName;
    storage::Statement m_contact;
    storage::Statement m_setContact;
};

// The organisation a cell of another record's row names. Each returns the id, 0 when no
// organisation has the value and -1 when several do.
class OrganisationLookup
{
public:
    bool prepare(const QSqlDatabase &db, QString *error);

    qint64 byUuid(const QString &uuid);
    qint64 byBusinessId(const QString &businessId);
    // The organisations whose name has the sort key `sortKey`.
    bool byNameSort(const QString &sortKey, QList<NamedId> *found, QString *error);

private:
    storage::Statement m_byUuid;
    storage::Statement m_byBusinessId;
    storage::Statement m_byName;
};

// The import's reads and writes of activities besides their own row (ImportRows).
class ActivityBulkWriter
{
public:
    bool prepare(const QSqlDatabase &db, QString *error);

    bool findByUuid(const QString &uuid, qint64 *id, QString *error);
    // The organisation's activities whose name has the sort key `sortKey`.
    bool findByName(qint64 organisationId, const QString &sortKey, QList<NamedId> *found,
                    QString *error);
    // Whether the activity has a contact person.
    bool hasContactPerson(qint64 id);
    // *changed says whether the activity had another contact person.
    bool setContactPerson(qint64 id, qint64 person, const QString &now, bool *changed,
                          QString *error);

private:
    storage::Statement m_byUuid;
    storage::Statement m_byName;
    storage::Statement m_contact;
    storage::Statement m_setContact;
};

// The import's reads and writes of persons besides their own row (ImportRows): matching
// an imported person, and the contact persons an organisation's or an activity's row names
// (created without publish consent, design §7).
class PersonBulkWriter
{
public:
    bool prepare(const QSqlDatabase &db, QString *error);

    bool findByUuid(const QString &uuid, qint64 *id, QString *error);
    // Persons whose name has the sort key `sortKey`, of the organisation (none: 0) and the
    // municipality (none: blank).
    bool findByName(const QString &sortKey, qint64 organisationId, const QString &municipality,
                    QList<NamedId> *found, QString *error);

    // The organisation's persons (none: 0) whose name has the sort key `sortKey`.
    bool findContact(const QString &sortKey, qint64 organisationId, QList<NamedId> *found,
                     QString *error);
    bool insertContact(const QString &uuid, const QString &name, const QString &sortKey,
                       const QString &email, const QString &phone, qint64 organisationId,
                       const QString &now, qint64 *id, QString *error);
    // Gives the person the email and phone where it has none.
    bool fillContact(qint64 id, const QString &email, const QString &phone, const QString &now,
                     QString *error);
    QString name(qint64 id, QString *error);

private:
    storage::Statement m_byUuid;
    storage::Statement m_byName;
    storage::Statement m_find;
    storage::Statement m_insert;
    storage::Statement m_fill;
    storage::Statement m_name;
};

} // namespace kartoitus
