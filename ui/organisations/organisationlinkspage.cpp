#include "organisations/organisationlinkspage.h"

#include "organisations/organisationtrees.h"

#include "reference/referencedata.h"
#include "repositories/activityrepository.h"
#include "repositories/personrepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kartoitus {

namespace {

QString yesNo(bool value)
{
    return value ? OrganisationLinksPage::tr("yes") : OrganisationLinksPage::tr("no");
}

// The records `Repository` holds of organisation `id` (none of a new one, id 0).
template<typename Repository> auto ofOrganisation(const QSqlDatabase &db, qint64 id, QString *error)
{
    if (id <= 0)
        return decltype(Repository(db).list()){};
    RecordFilter filter;
    filter.organisationId = id;
    return Repository(db).list(filter, 0, 0, error);
}

} // namespace

OrganisationLinksPage::OrganisationLinksPage(QWidget *parent)
    : QWidget(parent)
    , m_activitiesTitle(new QLabel(this))
    , m_activities(makeList(
          {tr("Activity"), tr("Municipalities"), tr("Health promotion"), tr("Open for referral")},
          this))
    , m_personsTitle(new QLabel(this))
    , m_persons(
          makeList({tr("Name"), tr("Role"), tr("Email"), tr("Phone"), tr("Publish consent")}, this))
    , m_newActivity(new QPushButton(tr("New &Activity…"), this))
    , m_newPerson(new QPushButton(tr("New &Contact Person…"), this))
{
    m_newActivity->setObjectName(QStringLiteral("newActivityButton"));
    m_newPerson->setObjectName(QStringLiteral("newPersonButton"));
    connect(m_newActivity, &QPushButton::clicked, this, [this] { emit activityRequested(0); });
    connect(m_newPerson, &QPushButton::clicked, this, [this] { emit personRequested(0); });
    // Enter or a double click opens the row in its editor.
    connect(m_activities, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit activityRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_persons, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit personRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    m_activities->setObjectName(QStringLiteral("activityList"));
    m_persons->setObjectName(QStringLiteral("personList"));
    m_activitiesTitle->setBuddy(m_activities);
    m_personsTitle->setBuddy(m_persons);
    auto *layout = new QVBoxLayout(this);
    const auto titled = [layout](QLabel *title, QPushButton *button) {
        auto *row = new QHBoxLayout;
        row->addWidget(title, 1);
        row->addWidget(button);
        layout->addLayout(row);
    };
    titled(m_activitiesTitle, m_newActivity);
    layout->addWidget(m_activities, 3);
    titled(m_personsTitle, m_newPerson);
    layout->addWidget(m_persons, 2);
}

void OrganisationLinksPage::setCanAdd(bool canAdd)
{
    m_newActivity->setEnabled(canAdd);
    m_newPerson->setEnabled(canAdd);
}

void OrganisationLinksPage::load(const QSqlDatabase &db, qint64 id)
{
    loadActivities(db, id);
    loadPersons(db, id);
}

void OrganisationLinksPage::loadActivities(const QSqlDatabase &db, qint64 id)
{
    m_activities->clear();
    QString error;
    const QList<Activity> activities = ofOrganisation<ActivityRepository>(db, id, &error);
    MunicipalityDirectory municipalities;
    municipalities.load(db);
    for (const Activity &activity : std::as_const(activities)) {
        QStringList names;
        for (const QString &code : activity.municipalityCodes)
            names.append(municipalities.name(code));
        auto *item = new QTreeWidgetItem(m_activities,
                                         {activity.name, names.join(QStringLiteral(", ")),
                                          yesNo(activity.hyte), yesNo(activity.openForReferral)});
        item->setData(0, Qt::UserRole, activity.id);
    }
    fitColumns(m_activities);
    m_activitiesTitle->setText(
        error.isEmpty() ? tr("Activities (%n):", nullptr, int(activities.size())) : error);
}

void OrganisationLinksPage::loadPersons(const QSqlDatabase &db, qint64 id)
{
    m_persons->clear();
    QString error;
    const QList<Person> persons = ofOrganisation<PersonRepository>(db, id, &error);
    for (const Person &person : std::as_const(persons)) {
        auto *item = new QTreeWidgetItem(m_persons, {person.name, person.role, person.email,
                                                     person.phone, yesNo(person.publishConsent)});
        item->setData(0, Qt::UserRole, person.id);
    }
    fitColumns(m_persons);
    m_personsTitle->setText(
        error.isEmpty() ? tr("Contact persons (%n):", nullptr, int(persons.size())) : error);
}

} // namespace kartoitus
