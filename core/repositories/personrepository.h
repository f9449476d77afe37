#pragma once

#include "repositories/person.h"
#include "repositories/recordcolumns.h"
#include "repositories/recordfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace kartoitus {

// Reads and writes contact and liaison persons. Writes validate first (the message names
// the field), fill uuid, timestamps and the Finnish sort key, and return false with
// *error, never throw.
class PersonRepository : public repository::RecordTable<Person, PersonRepository>
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::PersonRepository)

public:
    explicit PersonRepository(const QSqlDatabase &db);

    bool validate(Person *person, QString *error) const;
    bool create(Person *person, QString *error);
    bool update(Person *person, QString *error);
    // Deletes the row; organisations and activities that named the person keep no link.
    bool remove(qint64 id, QString *error);

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

    std::optional<Person> get(qint64 id, QString *error = nullptr) const;
    std::optional<Person> getByUuid(const QString &uuid, QString *error = nullptr) const;
    // The persons `filter` selects (RecordFilter::personConditions: its search is not
    // read), in Finnish alphabetical order; a page of `limit` rows from `offset` when
    // limit > 0.
    QList<Person> list(const RecordFilter &filter = {}, int limit = 0, int offset = 0,
                       QString *error = nullptr) const;
    qint64 count(const RecordFilter &filter = {}, QString *error = nullptr) const;

    // Its table of columns (RecordTable: selectedColumns(), fromRow(), columnOf(), ...).
    static const repository::RecordColumns<Person> &recordColumns();

private:
    std::optional<Person> getWhere(const QString &where, const QVariant &key, QString *error) const;
    bool scrubSurveyResponses(const Person &person, QString *error);

    QSqlDatabase m_db;
};

} // namespace kartoitus
