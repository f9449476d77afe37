#pragma once

#include "repositories/organisation.h"
#include "repositories/recordfilter.h"
#include "repositories/recordstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace kartoitus {

// Reads and writes organisations with their municipalities, sectors and target groups
// (RecordStore: create, update, remove, get, list, count). remove() deletes the organisation
// with its activities and memberships; persons stay (without the organisation).
class OrganisationRepository : public repository::RecordStore<Organisation, OrganisationRepository>
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::OrganisationRepository)

public:
    explicit OrganisationRepository(const QSqlDatabase &db)
        : RecordStore(db)
    {}

    // Checks and normalises the fields as the register stores them (business ID form,
    // register number digits, ...); false with a message naming the first bad field.
    bool validate(Organisation *organisation, QString *error) const;

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
    friend class repository::RecordStore<Organisation, OrganisationRepository>;
    static constexpr const char *table = "organisations";
    static constexpr const char *alias = "o";
    static constexpr repository::RecordWords words = {
        QT_TRANSLATE_NOOP("kartoitus::OrganisationRepository",
                          "The organisation has not been saved yet."),
        QT_TRANSLATE_NOOP("kartoitus::OrganisationRepository", "No such organisation."),
        QT_TRANSLATE_NOOP("kartoitus::OrganisationRepository", "No organisation has the id %1.")};
    static constexpr auto conditions = &RecordFilter::organisationConditions;
    // "id" and the written columns, in the order fromRow() reads them.
    static QString selectedColumns();
    static Organisation fromRow(const QSqlQuery &row);
    static constexpr bool hasLinks = true;
    bool writeLinks(const Organisation &organisation, QString *error);
    bool readLinks(Organisation *organisation, QString *error) const;
};

} // namespace kartoitus
