#pragma once

#include "common/reviewdialog.h"
#include "repositories/surveyrepository.h"
#include "survey/respondentmatcher.h"

#include <QPointer>

class QComboBox;
class QLineEdit;

namespace kartoitus {

class OpenRegister;
class RespondentTable;

// Survey › Match Responses…: the responses an import left unmatched, matched later — once the
// organisation has been added to the register, or its business ID or email fixed. Each is
// matched again as the import matched it (business ID, email, name); the user keeps the
// match, picks a similar name, looks up any organisation by name, creates the organisation,
// or leaves the response for another time. The choices are saved in one undo step.
class MatchResponsesDialog : public ReviewDialog
{
    Q_OBJECT

public:
    MatchResponsesDialog(OpenRegister *reg, qint64 surveyId, QWidget *parent = nullptr);

    // For tests: a row's choice (the table "unmatchedTable" has a row per response).
    QComboBox *choiceBox(int row) const;
    // Looks up an organisation by its name as typed and chooses it for the current row.
    bool chooseByName(const QString &name);
    // Saves every row not left unmatched.
    bool run(QString *error, int *linked = nullptr) override;

private:
    bool load(QString *error);
    void fillRows();
    void updateStatus();

    QPointer<OpenRegister> m_register;
    qint64 m_surveyId = 0;
    survey::RespondentMatcher m_matcher;
    QList<SurveyResponse> m_responses;
    QList<survey::Respondent> m_respondents;
    QList<survey::RespondentMatch> m_matches;
    QHash<QString, qint64> m_organisationsByName; // "Laukaan Latu ry (Laukaa)" -> id
    RespondentTable *m_review;
    QLineEdit *m_find;
};

} // namespace kartoitus
