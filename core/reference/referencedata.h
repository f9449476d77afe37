#pragma once

#include "repositories/referencerepository.h" // Municipality

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kartoitus {

// The region a new register serves; its municipalities are marked home_region = 1.
inline constexpr const char *DefaultHomeRegion = "Keski-Suomi";

// Writes the reference lists into a new register: all municipalities of Finland with
// codes and regions, merged-away codes, default sectors, themes, target groups and
// legal forms. Run inside the first migration's transaction.
bool seedReferenceData(const QSqlDatabase &db, QString *error);

// Writes the Swedish names of the bilingual municipalities (Jakobstad, Åbo, ...), so that
// files in Swedish resolve. Run by the second migration, for new and older registers.
bool seedSwedishMunicipalityNames(const QSqlDatabase &db, QString *error);

// The municipalities of a register in memory, for resolving what files contain:
// a name in any case, a code with or without leading zeros, or a code merged away.
class MunicipalityDirectory
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::MunicipalityDirectory)

public:
    bool load(const QSqlDatabase &db, QString *error = nullptr);

    // Today's code for text such as "Jyväskylä", "jyväskylä", "179", "77", "Korpilahti"
    // or "277"; empty when nothing matches.
    QString resolve(const QString &text) const;
    // The code of the one municipality an unresolved text most likely means, or empty:
    // "Jyväskylän kaupunki" (the town's own name for itself), "Jyvaskyla" (without the
    // letters ä ö å), "Muurme" (a letter off), "Jkl" (an abbreviation). When several fit,
    // the one in the home region; else none.
    QString suggest(const QString &text) const;
    QString name(const QString &code) const;
    const Municipality *find(const QString &code) const;
    QList<Municipality> all() const { return m_byCode.values(); }
    QList<Municipality> homeRegion() const;
    int size() const { return int(m_byCode.size()); }

private:
    QHash<QString, Municipality> m_byCode;
    QHash<QString, QString> m_byName;  // folded name -> code
    QHash<QString, QString> m_aliases; // old code or folded old name -> today's code
    mutable QList<std::pair<QString, QString>> m_plainNames; // for suggest(): name, code
};

// The legal forms' codes ("ry") and ids; false and *error when the register cannot be read.
bool loadLegalFormCodes(const QSqlDatabase &db, QHash<QString, int> *codes,
                        QString *error = nullptr);

// A reference list (sectors, themes, target groups, legal forms) in memory: name in any
// of the three languages (case-insensitive) to id, and id to the display name.
class ReferenceList
{
public:
    bool load(const QSqlDatabase &db, const QString &table, QString *error = nullptr);
    int resolve(const QString &text) const; // 0 when unknown
    // The one item a file's unknown word most likely means ("Liikunta" → "Liikunta ja
    // urheilu"), or empty when none or several would fit.
    QString suggest(const QString &text) const;
    QString name(int id) const { return m_names.value(id); }
    QList<int> ids() const { return m_order; }

private:
    QHash<QString, int> m_byName;
    QHash<int, QString> m_names;
    QList<int> m_order;
};

} // namespace kartoitus
