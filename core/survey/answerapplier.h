#pragma once

#include "repositories/organisation.h"
#include "repositories/surveyrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kartoitus::survey {

// What applying one organisation's answer would change: the value before and after, in
// words, or why the answer cannot be used ("Sector “Nuorisotyö” is not in the register").
struct AnswerChange
{
    qint64 organisationId = 0;
    QString organisation;
    QString answer;
    QString before;
    QString after;
    QString problem;
    bool changes() const { return problem.isEmpty() && before != after; }
};

// Puts survey answers into the register: a question's answer of each matched response goes
// to one field of its organisation (the latest response of an organisation wins). Numbers
// replace the field's value; sectors and municipalities are added to those the organisation
// already has, so nothing the register knew is lost.
class AnswerApplier
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::survey::AnswerApplier)

public:
    // The organisation fields a question's answers can fill, by catalogue key: every count
    // of the field catalogue, in its order (a count added to the catalogue is offered without
    // code here), then the sectors and the municipalities served (the catalogue's sector
    // list and municipality list), to which the answer's sectors and municipalities are added.
    static QStringList targets();
    static QString targetLabel(const QString &target); // the catalogue's label
    // Whether a question of this type can fill the field (numbers into counts, choices into
    // sectors and municipalities); false for a key that is no target.
    static bool fits(const QString &questionType, const QString &target);

    // One row per matched organisation that answered the question.
    static bool preview(const QSqlDatabase &db, const SurveyQuestion &question,
                        const QString &target, QList<AnswerChange> *changes, QString *error);
    // Writes the changes of the organisations in `organisationIds` (those the user kept in
    // the preview) in one transaction; *written is how many organisations changed.
    static bool apply(const QSqlDatabase &db, const SurveyQuestion &question, const QString &target,
                      const QList<qint64> &organisationIds, int *written, QString *error);

private:
    static bool plan(const QSqlDatabase &db, const SurveyQuestion &question, const QString &target,
                     QList<AnswerChange> *changes, QList<Organisation> *updated, QString *error);
};

} // namespace kartoitus::survey
