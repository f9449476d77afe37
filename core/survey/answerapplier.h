#pragma once

#include "repositories/organisation.h"
#include "repositories/surveyrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kartoitus::survey {

// The organisation field a question's answers can update.
enum class AnswerTarget
{
    Members,
    Volunteers,
    PaidStaff,
    Sectors,              // the answer's sectors are added to the organisation's
    MunicipalitiesServed, // the answer's municipalities are added
};

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
    static QList<AnswerTarget> targets();
    static QString targetLabel(AnswerTarget target);
    // "members", "volunteers", "paid_staff", "sectors", "municipalities_served".
    static QString targetKey(AnswerTarget target);
    // Whether a question of this type can fill the field (numbers into counts, choices into
    // sectors and municipalities).
    static bool fits(const QString &questionType, AnswerTarget target);

    // One row per matched organisation that answered the question.
    static bool preview(const QSqlDatabase &db, const SurveyQuestion &question, AnswerTarget target,
                        QList<AnswerChange> *changes, QString *error);
    // Writes the changes of the organisations in `organisationIds` (those the user kept in
    // the preview) in one transaction; *written is how many organisations changed.
    static bool apply(const QSqlDatabase &db, const SurveyQuestion &question, AnswerTarget target,
                      const QList<qint64> &organisationIds, int *written, QString *error);

private:
    static bool plan(const QSqlDatabase &db, const SurveyQuestion &question, AnswerTarget target,
                     QList<AnswerChange> *changes, QList<Organisation> *updated, QString *error);
};

} // namespace kartoitus::survey
