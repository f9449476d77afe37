#pragma once

#include "common/recordlistpage.h"
#include "repositories/activityquery.h"

class QCheckBox;
class QComboBox;

namespace kartoitus {

class ActivityTableModel;

// The Activities view: search as you type (the activity's or its organisation's
// name), drop-downs for a municipality, a theme and a target group, and check
// boxes for free, health-promoting (HYTE) and open-for-referral activities,
// over the lazy activity list.
class ActivityListWidget : public RecordListPage
{
    Q_OBJECT

public:
    explicit ActivityListWidget(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db) override;
    ActivityTableModel *model() const { return m_model; }
    RecordFilter filter() const override;
    // "12 of 715 activities", or all of them.
    QString countText() const override;

    QComboBox *municipalityBox() const { return m_municipality; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *targetGroupBox() const { return m_targetGroup; }
    QCheckBox *freeBox() const { return m_free; }
    QCheckBox *hyteBox() const { return m_hyte; }
    QCheckBox *referralBox() const { return m_referral; }
    // Chooses the item whose data is `value` in `box` (a municipality code, a
    // theme id).
    static bool choose(QComboBox *box, const QVariant &value);

private:
    void fillFacets(const QSqlDatabase &db);

    ActivityTableModel *m_model;
    QComboBox *m_municipality;
    QComboBox *m_theme;
    QComboBox *m_targetGroup;
    QCheckBox *m_free;
    QCheckBox *m_hyte;
    QCheckBox *m_referral;
};

} // namespace kartoitus
