#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace kartoitus {

// The editor's page of what belongs to an organisation: its activities and its contact
// persons, read from their repositories. A list to look at for now; opening an activity or
// a person comes with their own editors.
class OrganisationLinksPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrganisationLinksPage(QWidget *parent = nullptr);

    // Lists what organisation `id` has (nothing for 0, a record not saved yet).
    void load(const QSqlDatabase &db, qint64 id);

    QTreeWidget *activities() const { return m_activities; }
    QTreeWidget *persons() const { return m_persons; }

private:
    void loadActivities(const QSqlDatabase &db, qint64 id);
    void loadPersons(const QSqlDatabase &db, qint64 id);

    QLabel *m_activitiesTitle;
    QTreeWidget *m_activities;
    QLabel *m_personsTitle;
    QTreeWidget *m_persons;
};

} // namespace kartoitus
