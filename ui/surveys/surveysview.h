#pragma once

#include "common/registerpage.h"
#include "reports/report.h"
#include "repositories/surveyrepository.h"
#include "surveys/surveyresultmodel.h"

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPrintPreviewDialog;
class QPushButton;
class QTableView;

namespace kartoitus {

class MatchResponsesDialog;
class ReportOutput;
class SurveyChart;

// The register's surveys: pick a survey and a question to see its results as a table and a
// bar chart; break them down by sector or municipality (the groups to compare are ticked),
// or compare them with the same question of another survey. One of the window's views. From here a
// survey is imported, its answers are applied to the organisations, and its summary is printed or
// saved.
class SurveysView : public RegisterPage
{
    Q_OBJECT

public:
    explicit SurveysView(QWidget *parent = nullptr);
    ~SurveysView() override;

    // Reads the surveys again (after an import, an undo).
    void reload();

    // For the window's menu and tests.
    bool selectSurvey(qint64 surveyId);
    void selectQuestion(int index);
    // "" (all responses), "sectors" or "municipality".
    void setBreakdown(const QString &by);
    // Ticks exactly these groups of the breakdown.
    void setGroups(const QStringList &groups);
    QStringList groups() const;
    // Compares with the same question of another survey (0: none).
    void setComparison(qint64 otherSurveyId);

    qint64 currentSurveyId() const;
    QString countText() const override;

    void importSurvey();
    void applyAnswers();
    // The responses an import left unmatched, for matching now (the dialog is opened).
    MatchResponsesDialog *matchResponses();
    QPrintPreviewDialog *printPreview();
    // Writes the summary: pdf, csv-excel or xlsx (on a worker; savingFinished tells).
    void saveSummary(const QString &path, const QString &format);

signals:
    void savingFinished(bool ok, const QString &path, const QString &error);

protected:
    void registerChanged(ChangeSet what) override;
    void registerSet() override;

private:
    void buildLayout();
    QWidget *buildOutputButtons();
    void loadQuestions();
    void showQuestion();
    void loadGroups();
    QList<ResultSeries> breakdownSeries(const SurveyQuestion &question, QString *error);
    void askAndSave(const QString &format);
    std::optional<reports::Report> summaryReport();

    QComboBox *m_surveys;
    QLabel *m_surveyInfo;
    QListWidget *m_questions;
    QComboBox *m_breakdown;
    QListWidget *m_groups;
    QComboBox *m_compare;
    QTableView *m_table;
    SurveyResultModel *m_model;
    SurveyChart *m_chart;
    QLabel *m_status;
    QPushButton *m_importButton;
    QPushButton *m_applyButton;
    QPushButton *m_matchButton;
    QList<QPushButton *> m_outputButtons;
    QList<SurveyQuestion> m_questionList;
    ReportOutput *m_output;
};

} // namespace kartoitus
