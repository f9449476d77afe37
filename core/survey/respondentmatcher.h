#pragma once

#include "reference/referencedata.h"
#include "repositories/surveyrepository.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kartoitus::survey {

// Who a response says it comes from: the columns of the file that identify a respondent.
struct Respondent
{
    QString organisationName;
    QString businessId;
    QString email;
    QString municipality; // name or code as written
};

// An organisation a response may come from, with how alike the names are (0…1).
struct MatchCandidate
{
    qint64 organisationId = 0;
    QString name;
    QString municipality; // name
    double similarity = 0;
};

// The outcome for one response: an organisation when the business ID, an email address or
// the normalised name (with the municipality where several share it) identifies exactly
// one, and otherwise the organisations with the most similar names, for a person to decide.
// A similar name is never a match on its own.
struct RespondentMatch
{
    std::optional<qint64> organisationId;
    // The organisation field's key (the business ID's, the email's, the name's); manual when
    // a person chose.
    QString matchedBy;
    QList<MatchCandidate> candidates;
};

class RespondentMatcher
{
public:
    // Reads the organisations once; false with *error when the register cannot be read.
    bool load(const QSqlDatabase &db, QString *error);
    RespondentMatch match(const Respondent &respondent) const;
    QString organisationName(qint64 id) const;

    // The key names are compared by: FinnishText::matchingName() (case, whitespace, a
    // trailing ry/r.y.) without punctuation.
    static QString nameKey(const QString &name);
    // Dice coefficient of the keys' letter pairs: 1 for the same key, 0 for nothing shared.
    static double similarity(const QString &keyA, const QString &keyB);

private:
    QList<MatchCandidate> candidatesFor(const QString &key, const QString &municipality) const;

    QList<MatchableOrganisation> m_organisations;
    MunicipalityDirectory m_municipalities;
    QHash<QString, QList<int>> m_byBusinessId; // index into m_organisations
    QHash<QString, QList<int>> m_byEmail;      // case-folded
    QHash<QString, QList<int>> m_byName;       // nameKey()
    QHash<QString, QList<int>> m_byWord;       // words of three letters or more of nameKey()
    QStringList m_words;                       // m_byWord's keys, sorted
    QList<QString> m_keys;                     // nameKey() per organisation
};

} // namespace kartoitus::survey
