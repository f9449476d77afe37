#pragma once

#include "repositories/surveyrepository.h"
#include "survey/respondentmatcher.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kartoitus {

class OpenRegister;

// Survey › Match Responses…: the responses an import left unmatched, matched later — once the
// organisation has been added to the register, or its business ID or email fixed. Each is
// matched again as the import matched it (business ID, email, name); the user keeps the
// match, picks a similar name, looks up any organisation by name, creates the organisation,
// or leaves the response for another time. The choices are saved in one undo step.
class MatchResponsesDialog : public QDialog
{
    Q_OBJECT

public:
    MatchResponsesDialog(OpenRegister *reg, qint64 surveyId, QWidget *parent = nullptr);

    // For tests: the review table (one row per unmatched response) and a row's choice.
    QTableWidget *reviewTable() const { return m_review; }
    QComboBox *choiceBox(int row) const;
    // Looks up an organisation by its name as typed and chooses it for the current row.
    bool chooseByName(const QString &name);
    // Saves every row not left unmatched; false and *error when nothing could be written.
    bool saveNow(QString *error, int *linked = nullptr);

signals:
    void saved(const QString &message);

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
    QTableWidget *m_review;
    QLineEdit *m_find;
    QLabel *m_status;
    QPushButton *m_save;
};

} // namespace kartoitus
