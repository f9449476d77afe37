#pragma once

#include "survey/respondentmatcher.h"
#include "survey/surveyplan.h"

#include <QPointer>
#include <QWizard>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace kartoitus {

class FileChooser;
class OpenRegister;
class RespondentTable;

// File › Import Survey…: the export file and the survey's name and year; the questions with
// the types inferred, each adjustable or left out; every response's organisation for review
// (accept the match, choose another candidate, create the organisation or leave it
// unmatched); then the import, written in one transaction as one undo step.
class SurveyImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        FilePage,
        QuestionsPage,
        MatchingPage,
        ConfirmPage
    };

    // What a response's row in the review chooses.
    enum class Choice
    {
        Organisation, // an existing organisation (the match or a candidate)
        Create,       // a new organisation named as the response names it
        Unmatched
    };

    SurveyImportWizard(OpenRegister *reg, QWidget *parent = nullptr);

    // For tests and scripts of the wizard.
    void setFile(const QString &path);
    void setSurvey(const QString &name, int year, const QString &tool = QString());
    const survey::SurveyPlan &plan() const { return m_plan; }
    QList<survey::RespondentMatch> matches() const { return m_matches; }
    // The review table's combo box of a response.
    QComboBox *choiceBox(int row) const;
    void setQuestionType(int question, survey::QuestionType type);
    void setQuestionIncluded(int question, bool include);
    // Writes the survey; false and *error when it could not be written.
    bool importNow(QString *error);

signals:
    void imported(qint64 surveyId, const QString &message);

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void accept() override;

private:
    // A page of the wizard with its title, the words under it and `parts` top to bottom
    // (without them, the page has no layout yet).
    QWizardPage *newPage(const QString &title, const QString &subTitle,
                         const QList<QWidget *> &parts = {});
    QWizardPage *createFilePage();
    QWizardPage *createQuestionsPage();
    QWizardPage *createMatchingPage();
    QWizardPage *createConfirmPage();
    bool readFile(QString *error);
    void fillQuestions();
    void fillMatches();
    void updateConfirmation();

    QPointer<OpenRegister> m_register;
    survey::SurveyPlan m_plan;
    survey::RespondentMatcher m_matcher;
    QList<survey::RespondentMatch> m_matches;
    QString m_readPath;
    FileChooser *m_path;
    QLineEdit *m_name;
    QSpinBox *m_year;
    QLineEdit *m_tool;
    QLabel *m_fileStatus;
    QTableWidget *m_questions;
    RespondentTable *m_review;
    QCheckBox *m_onlyOpen;
    QLabel *m_confirmation;
};

} // namespace kartoitus
