#pragma once

#include "activities/activityrecord.h"
#include "common/recordeditor.h"
#include "repositories/activityrepository.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace kartoitus {

class VerifiedField;

using ActivityEditorBase =
    RecordEditorOf<Activity, ActivityRepository, ActivityRecord, fields::Entity::Activities>;

// Edits one activity of the open register, or a new one (for a given
// organisation when opened from it): its organisation, name and description,
// health promotion (hyte), place type, address, schedule, cost and cost
// details, accessibility, languages, how to join, open for referral, contact
// person (one of the organisation's persons), themes, target groups and
// municipalities. Save writes through ActivityRepository as one undo step named
// after the activity and the fields changed ("Edit: Senioritanssi, schedule").
class ActivityEditor : public ActivityEditorBase
{
    Q_OBJECT

public:
    // `id` 0 edits a new activity of `organisationId` (0: chosen in the editor).
    ActivityEditor(OpenRegister *reg, qint64 id, qint64 organisationId = 0,
                   QWidget *parent = nullptr);

    Activity record() const override;
    QStringList changedKeys() const override;

protected:
    QString problem() const override;
    QString recordName() const override;

private:
    QWidget *buildDetails();
    QWidget *buildFacets();
    void load(qint64 id, qint64 organisationId);
    void fillContacts(qint64 organisationId, std::optional<qint64> current);
    void fillLists();
    void show(const Activity &a);

    QComboBox *m_organisation;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QCheckBox *m_hyte;
    QComboBox *m_placeType;
    QLineEdit *m_address;
    QLineEdit *m_schedule;
    QComboBox *m_cost;
    QLineEdit *m_costText;
    QPlainTextEdit *m_accessibility;
    QLineEdit *m_languages;
    QPlainTextEdit *m_howToJoin;
    QCheckBox *m_referral;
    QComboBox *m_contact;
    QListWidget *m_themes;
    QListWidget *m_targetGroups;
    QLineEdit *m_municipalityFilter;
    QListWidget *m_municipalities;
    VerifiedField *m_verified;
};

} // namespace kartoitus
