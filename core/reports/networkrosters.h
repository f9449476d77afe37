#pragma once

#include "reports/report.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kartoitus::reports {

// The choices of a roster or of the partnership table.
struct RosterOptions
{
    QList<int> sectors; // the networks of these sectors; empty: every network
    QDate on;           // the day the network stood as; invalid: today
    QString language = QStringLiteral("fi");

    QDate day() const { return on.isValid() ? on : QDate::currentDate(); }
};

// The lists of the sector networks, all carrying personal data for internal use (their page
// footer says so):
// - the roster (toimialaverkoston jäsenluettelo) of one network or of several, each from a new
//   page: coordinator, representatives at the partnership table with their terms, then the
//   member organisations by name (Finnish order) with municipality, contact person, email
//   and phone, and their count;
// - the partnership table (kumppanuuspöytä) on a day: the representatives serving then, per
//   network, terms ending within 90 days marked;
// - the liaison persons of the home region's municipalities, those without one marked.
class NetworkRosters
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::reports::NetworkRosters)

public:
    static constexpr int EndingSoonDays = 90;

    static bool roster(const QSqlDatabase &db, const RosterOptions &options, const QString &source,
                       Report *report, QString *error);
    static bool partnershipTable(const QSqlDatabase &db, const RosterOptions &options,
                                 const QString &source, Report *report, QString *error);
    static bool liaisonPersons(const QSqlDatabase &db, const QString &language,
                               const QString &source, Report *report, QString *error);
};

} // namespace kartoitus::reports
