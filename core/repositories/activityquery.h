#pragma once

#include "repositories/listquery.h"
#include "repositories/recordfilter.h"

#include <QCoreApplication>

namespace kartoitus {

// The activity list's columns and its statements: the one place where the window's list of
// activities becomes SQL. Keys of stored values: place_type and cost hold the catalogue's
// keys ("place", "free"), hyte and open_for_referral 0 or 1.
class ActivityQuery
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::ActivityQuery)

public:
    static const QList<ListColumn> &columns();
    static QString label(const ListColumn &column);

    // The activities `filter` selects (its search: every word is found in the activity's or
    // its organisation's name, Finnish letters, any case; the rest as
    // RecordFilter::activityConditions), in `order` (an ORDER BY list over the columns'
    // expressions), ties broken by name and id.
    static ListQuery filtered(const RecordFilter &filter, const QString &order);
    static ListQuery all();
};

} // namespace kartoitus
