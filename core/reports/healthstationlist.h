#pragma once

#include "reports/report.h"
#include "repositories/activitylisting.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace kartoitus::reports {

enum class HealthStationGrouping
{
    Theme,       // under each of its themes (of those chosen, when themes are chosen)
    Municipality // under each municipality it runs in (of those chosen)
};

// What a health-station list shows: the choices a user makes, and what a saved list keeps.
struct HealthStationOptions
{
    RecordFilter filter; // as ActivityListing reads it
    HealthStationGrouping grouping = HealthStationGrouping::Theme;
    QString language = QStringLiteral("fi"); // of the printed words and the reference names
    QString name;                            // a saved list's name, printed under the title

    bool operator==(const HealthStationOptions &other) const;
    bool operator!=(const HealthStationOptions &other) const { return !(*this == other); }

    // The choices as a saved list keeps them (the language and the name are not part of it).
    QJsonObject toJson() const;
    // False and *error (naming the part) for a definition this version cannot read.
    static bool fromJson(const QJsonObject &json, HealthStationOptions *options, QString *error);
};

// The health-station list (terveysasemalista): the activities a nurse can refer a client to,
// grouped by theme or municipality and sorted by name, each with where, when, cost,
// accessibility, languages, how to join and a contact that may be published. A contact
// person appears only with publish consent (ActivityListing applies the field catalogue's
// rule); otherwise the organisation's own email, phone and website.
class HealthStationList
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::reports::HealthStationList)

public:
    // `source` is the register's name, printed on every page.
    static bool build(const QSqlDatabase &db, const HealthStationOptions &options,
                      const QString &source, Report *report, QString *error);
    // The choices in words, one line each, in the options' language ("Municipalities:
    // Jyväskylä, Laukaa").
    static QStringList describe(const QSqlDatabase &db, const HealthStationOptions &options);
    // A language code as the list prints it ("fi" → "suomi" in Finnish).
    static QString languageName(const QString &code, const QString &inLanguage);
    // The language codes activities in the register use, most common first.
    static QStringList languageCodes(const QSqlDatabase &db);
};

} // namespace kartoitus::reports
