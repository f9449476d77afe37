#pragma once

#include "reports/healthstationlist.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QListWidget;

namespace kartoitus {

// The choices of a health-station list: municipalities, themes, target groups and languages
// to tick, free / accessible / open for referral / health-promoting only, and the grouping.
// Says changed() whenever the user changes any of them.
class HealthStationFilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HealthStationFilterPanel(QWidget *parent = nullptr);

    // Fills the lists from the register, in `language` ("fi", "sv", "en"); keeps what was
    // ticked where it still exists.
    void load(const QSqlDatabase &db, const QString &language);

    reports::HealthStationOptions options() const;
    // Ticks what `options` chooses and unticks the rest; no changed() for it.
    void setOptions(const reports::HealthStationOptions &options);

signals:
    void changed();

private:
    QListWidget *addList(const QString &title, const QString &objectName);
    QCheckBox *addCheck(const QString &text, const QString &objectName);

    QListWidget *m_municipalities;
    QListWidget *m_themes;
    QListWidget *m_targetGroups;
    QListWidget *m_languages;
    QCheckBox *m_free;
    QCheckBox *m_accessible;
    QCheckBox *m_referral;
    QCheckBox *m_hyte;
    QComboBox *m_grouping;
    // What a saved list chooses that the panel has no place for (sectors, search words, a
    // "no" for free, HYTE or referral): kept as it was set.
    RecordFilter m_unshown;
    bool m_setting = false;
};

} // namespace kartoitus
