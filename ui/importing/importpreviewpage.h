#pragma once

#include "importing/importsession.h"
#include "importing/importstep.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace kartoitus {

class ImportPlanModel;
class ImportWizard;

// Step 3: what the import will do, computed by doing it on a worker thread and rolling it
// back: how many records are created, updated, left alone and rejected, each row's
// action (filtered by action), the rejected rows with their line, name and every reason
// (savable as a CSV to fix and import again), each update's fields as old → new, and the
// policy for rows that match a record of the register. Nothing is
// written until the user presses Import.
class ImportPreviewPage : public ImportStep
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isPlanning() const { return m_runner->isRunning(); }
    // Blocks until the plan being computed is shown (for tests).
    void waitForPlan() { m_runner->wait(); }
    // Writes the rejected rows, in the file's own dialect, to `path` (on the worker).
    void saveRejects(const QString &path);

private:
    void buildPlanView();
    void plan();
    void planned(const ImportOutcome &outcome);
    void askAndSaveRejects();
    void showCounts(const importing::ImportResult &result);
    void fillShowCombo();

    ImportRunner *m_runner;
    QComboBox *m_policy;
    QLabel *m_policyHelp;
    QProgressBar *m_progress;
    QLabel *m_counts;
    QLabel *m_status;
    QComboBox *m_show;
    QPushButton *m_saveRejects;
    QTableView *m_planView;
    ImportPlanModel *m_plan;
    QString m_rejectsTarget; // set while a run writes the rejects file
    importing::MatchPolicy m_plannedPolicy = importing::MatchPolicy::Update;
};

} // namespace kartoitus
