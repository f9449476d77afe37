#pragma once

#include "survey/respondentmatcher.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QTableWidget>

#include <optional>

class QComboBox;

namespace kartoitus {

// What a person decides for one survey response, in the import wizard and when matching
// later: the organisation found (or one of the similar names), a new organisation named as
// the response names it, or none yet. A combo box holds the choices; its item data is an
// organisation id, Create or Unmatched.
class RespondentChoice
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::RespondentChoice)

public:
    static constexpr qint64 Create = -1;
    static constexpr qint64 Unmatched = 0;

    // The match first (when there is one), then the candidates with how alike they are,
    // "Leave unmatched" and, when the response names its organisation, "Create …". The match
    // is chosen, else "Leave unmatched": a similar name is never chosen for the user.
    static void fill(QComboBox *box, const survey::Respondent &who,
                     const survey::RespondentMatch &match,
                     const survey::RespondentMatcher &matcher);
    // Adds an organisation the user looked up and chooses it.
    static void choose(QComboBox *box, qint64 organisationId, const QString &name);
    // "Laukaan Latu ry · 1234567-1 · latu@example.org · Laukaa": who the response says it is.
    static QString writtenText(const survey::Respondent &who);

    // The organisation the box's choice names, creating it from the response (inside the
    // caller's transaction) when that was chosen; std::nullopt for "Leave unmatched".
    // `matchedBy` is the match's own reason when the user kept it, "manual" otherwise.
    static bool resolve(const QSqlDatabase &db, const QComboBox *box, const survey::Respondent &who,
                        const survey::RespondentMatch &match, survey::RespondentMatch *result,
                        QString *error);

private:
    static QString matchedByText(const QString &by);
};

// Survey responses for review, one row each: where the response stands (the file's line, the
// time it was submitted), who it says it is, and a box of RespondentChoice's choices for its
// organisation. The import wizard and the later matching show them so.
class RespondentTable : public QTableWidget
{
    Q_OBJECT

public:
    // `whereHeader` names the first column.
    RespondentTable(const QString &whereHeader, QWidget *parent);

    // Fills row `row` (the rows are there already) and returns its choice box.
    QComboBox *setResponse(int row, const QString &where, const survey::Respondent &who,
                           const survey::RespondentMatch &match,
                           const survey::RespondentMatcher &matcher);
    QComboBox *choiceBox(int row) const;
};

} // namespace kartoitus
