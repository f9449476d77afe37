#pragma once

#include "repositories/activity.h"
#include "repositories/recordfilter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <utility>

namespace kartoitus {

// One activity with what a public list prints beside it: its organisation's general contact
// and its contact person. The person's fields are already cleared where the field catalogue
// says they are personal and the person has not consented to publication.
struct ActivityListRow
{
    Activity activity; // with its themes, target groups and municipalities
    QString organisationName;
    QString organisationEmail;
    QString organisationPhone;
    QString organisationWebsite;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
};

// Reads the activities a public list shows, in Finnish alphabetical order of their names,
// one row at a time.
class ActivityListing
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::ActivityListing)

public:
    explicit ActivityListing(const QSqlDatabase &db);

    // The activities `filter` selects: its search words and statuses narrow by the
    // organisation, as in the organisation list; the rest as
    // RecordFilter::activityConditions.
    qint64 count(const RecordFilter &filter, QString *error = nullptr) const;
    // Starts reading; then next() until it returns false, and error() to tell the end from a
    // failure.
    bool exec(const RecordFilter &filter, QString *error = nullptr);
    bool next(ActivityListRow *row);
    QString error() const { return m_error; }

    // A reference list (themes, target_groups, sectors) as (id, name) in its own order, with
    // names in `language` ("fi", "sv" or "en"; Finnish where a translation is missing).
    static QList<std::pair<int, QString>> referenceNames(const QSqlDatabase &db,
                                                         const QString &table,
                                                         const QString &language,
                                                         QString *error = nullptr);
    // Municipality code → name in `language` (Swedish where it has one, Finnish otherwise).
    static QHash<QString, QString>
    municipalityNames(const QSqlDatabase &db, const QString &language, QString *error = nullptr);

    // The language codes activities name ("fi", "sv", ...), most common first.
    static QStringList languageCodes(const QSqlDatabase &db, QString *error = nullptr);

private:
    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_error;
    // Whether the contact person's name, email and phone may be published, without [0] and
    // with [1] the person's consent.
    bool m_publish[3][2] = {};
};

} // namespace kartoitus
