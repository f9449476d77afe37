#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace kartoitus {

struct Municipality
{
    QString code; // "077"
    QString nameFi;
    QString nameSv;
    QString region;
    bool homeRegion = false;
    QString businessId; // the municipality's own, as the reference file has it
    QString language;   // "fi", "sv", "fi, sv"
};

// A code that a merger took away, and the municipality it went into.
struct MunicipalityAlias
{
    QString code;
    QString nameFi;
    QString mergedInto;
    int year = 0;
};

// An item of a reference list (sectors, themes, target groups, legal forms). Only legal
// forms have a code ("ry").
struct ReferenceItem
{
    int id = 0;
    QString code;
    QString nameFi;
    QString nameSv;
    QString nameEn;
};

// Reads and writes the reference lists of a register: municipalities and their merged-away
// codes, sectors, themes, target groups, legal forms and settings. `table` is one of
// "sectors", "themes", "target_groups", "legal_forms". Returns false with *error (which may
// be null) when the register cannot be read or written.
class ReferenceRepository
{
public:
    explicit ReferenceRepository(const QSqlDatabase &db);

    // Seeding a new register (inside the migration's transaction).
    bool addMunicipalities(const QList<Municipality> &municipalities, QString *error);
    bool addMunicipalityAliases(const QList<MunicipalityAlias> &aliases, QString *error);
    // Items in this order (their sort order); ids are the register's.
    bool addItems(const QString &table, const QList<ReferenceItem> &items, QString *error);
    // Sets each municipality's Swedish name, by code; an unknown code is an error.
    bool setSwedishNames(const QList<std::pair<QString, QString>> &codeAndName, QString *error);
    bool addSetting(const QString &key, const QString &value, QString *error);

    bool municipalities(QList<Municipality> *result, QString *error) const;
    bool municipalityAliases(QList<MunicipalityAlias> *result, QString *error) const;
    // In the list's sort order.
    bool items(const QString &table, QList<ReferenceItem> *result, QString *error) const;
    // The legal forms' codes and ids.
    bool legalFormCodes(QHash<QString, int> *codes, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace kartoitus
