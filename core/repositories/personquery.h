#pragma once

#include "repositories/listquery.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <utility>

namespace kartoitus {

// What the window's person list selects. Every part narrows; empty parts do not filter.
struct PersonQueryFilter
{
    enum class Kind
    {
        Any,
        Contact, // a contact person (of an organisation, or of none)
        Liaison, // a municipality's liaison person
    };

    QString search; // every word in the name, the organisation's name or the email
    std::optional<qint64> organisationId;
    std::optional<bool> publishConsent;
    Kind kind = Kind::Any;

    bool isEmpty() const;
    bool operator==(const PersonQueryFilter &other) const;
    bool operator!=(const PersonQueryFilter &other) const { return !(*this == other); }
};

// The person list's columns and its statements: the one place where the window's list of
// contact and liaison persons becomes SQL. The "kind" column holds "liaison" or "contact";
// "publish_consent" the consent's date, "yes" when consent has no date, or NULL.
class PersonQuery
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::PersonQuery)

public:
    static const QList<ListColumn> &columns();
    static QString label(const ListColumn &column);

    static ListQuery filtered(const PersonQueryFilter &filter, const QString &order);
    static ListQuery all();

    // The organisations that have persons, as (id, name) in Finnish alphabetical order (the
    // list's organisation drop-down).
    static QList<std::pair<qint64, QString>> organisationsWithPersons(const QSqlDatabase &db,
                                                                      QString *error = nullptr);
};

} // namespace kartoitus
