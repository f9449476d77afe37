#pragma once

#include "common/recordlistpage.h"
#include "models/activitytablemodel.h"
#include "repositories/activityquery.h"

class QCheckBox;
class QComboBox;

namespace kartoitus {

// The Activities view: search as you type (the activity's or its organisation's
// name), drop-downs for a municipality, a theme and a target group, and check
// boxes for free, health-promoting (HYTE) and open-for-referral activities,
// over the lazy activity list.
class ActivityListWidget : public RecordListPageOf<ActivityTableModel>
{
    Q_OBJECT

public:
    explicit ActivityListWidget(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db) override;
    RecordFilter filter() const override;
    // "12 of 715 activities", or all of them.
    QString countText() const override;

    // Chooses the item whose data is `value` in `box` (a municipality code, a
    // theme id).
    static bool choose(QComboBox *box, const QVariant &value);

private:
    void fillFacets(const QSqlDatabase &db);

    QComboBox *m_municipality;
    QComboBox *m_theme;
    QComboBox *m_targetGroup;
    QCheckBox *m_free;
    QCheckBox *m_hyte;
    QCheckBox *m_referral;
};

} // namespace kartoitus
