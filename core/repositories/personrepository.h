#pragma once

#include "repositories/person.h"
#include "repositories/recordcolumns.h"
#include "repositories/recordfilter.h"
#include "repositories/recordstore.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace kartoitus {

// Reads and writes contact and liaison persons (RecordStore: create, update, remove, get,
// list, count). remove() deletes the row; organisations and activities that named the person
// keep no link. A list's filter is read as RecordFilter::personConditions (its search is not
// read).
class PersonRepository : public repository::RecordTable<Person, PersonRepository>,
                         public repository::RecordStore<Person, PersonRepository>
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::PersonRepository)

public:
    explicit PersonRepository(const QSqlDatabase &db)
        : RecordStore(db)
    {}

    bool validate(Person *person, QString *error) const;

    // Erases the person completely (the right to be forgotten): the row, their
    // representative terms, and their name, email and phone wherever a survey response's
    // raw row or respondent field holds them. Freed pages are overwritten, so the bytes
    // do not linger in the file; the connection keeps overwriting from then on (PRAGMA
    // secure_delete), so that an undo and redo of the forget leave nothing either.
    bool forget(qint64 id, QString *error);
    // What forget(id) erases besides the person's own row, for the question before it.
    struct ForgetScope
    {
        int surveyResponses = 0;     // responses whose raw row, respondent or answers name them
        int surveyAnswers = 0;       // answers (free text, a cell copied) that name them
        int representativeTerms = 0; // terms as a network's representative
        int activities = 0;          // activities that name them as contact (left without)
        int organisations = 0;       // organisations that name them as contact (left without)
    };
    bool forgetScope(qint64 id, ForgetScope *scope, QString *error) const;

    // Its table of columns (RecordTable: selectedColumns(), fromRow(), columnOf(), ...).
    static const repository::RecordColumns<Person> &recordColumns();

private:
    friend class repository::RecordStore<Person, PersonRepository>;
    static constexpr const char *table = "persons";
    static constexpr const char *alias = "p";
    static constexpr repository::RecordWords words = {
        QT_TRANSLATE_NOOP("kartoitus::PersonRepository", "The person has not been saved yet."),
        QT_TRANSLATE_NOOP("kartoitus::PersonRepository", "No such person."),
        QT_TRANSLATE_NOOP("kartoitus::PersonRepository", "No person has the id %1.")};
    static constexpr auto conditions = &RecordFilter::personConditions;

    bool scrubSurveyResponses(const Person &person, QString *error);
};

} // namespace kartoitus
