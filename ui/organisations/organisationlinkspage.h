#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidgetItem;
class QTreeWidget;

namespace kartoitus {

// The editor's page of what belongs to an organisation: its activities and its contact
// persons, read from their repositories. Enter or a double click on one asks to open it in
// its own editor; New Activity… and New Contact Person… ask for one of this organisation.
class OrganisationLinksPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrganisationLinksPage(QWidget *parent = nullptr);

    // Lists what organisation `id` has (nothing for 0, a record not saved yet).
    void load(const QSqlDatabase &db, qint64 id);

    QTreeWidget *activities() const { return m_activities; }
    QTreeWidget *persons() const { return m_persons; }
    // Off for a record not saved yet and in a read-only register.
    void setCanAdd(bool canAdd);

signals:
    // Open activity / person `id`; 0: a new one of this organisation.
    void activityRequested(qint64 id);
    void personRequested(qint64 id);

private:
    void loadActivities(const QSqlDatabase &db, qint64 id);
    void loadPersons(const QSqlDatabase &db, qint64 id);

    QLabel *m_activitiesTitle;
    QTreeWidget *m_activities;
    QLabel *m_personsTitle;
    QTreeWidget *m_persons;
    QPushButton *m_newActivity;
    QPushButton *m_newPerson;
};

} // namespace kartoitus
