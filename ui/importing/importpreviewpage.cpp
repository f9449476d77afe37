#include "importing/importpreviewpage.h"

#include "common/pagelayout.h"
#include "importing/importlabels.h"
#include "importing/importplanmodel.h"
#include "importing/importwizard.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace kartoitus {

using importing::MatchPolicy;

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : ImportStep(wizard, tr("Check what will happen"),
                 tr("Nothing has been written yet. Rows are matched to the register by ID, "
                    "business ID, register number, then name and municipality."))
    , m_runner(new ImportRunner(this))
    , m_plan(new ImportPlanModel(this))
{
    setCommitPage(true);

    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("policy"));
    for (const auto &[policy, words] : ImportLabels::policies())
        m_policy->addItem(words, int(policy));
    m_policyHelp = wrappedLabel(QStringLiteral("policyHelp"));
    m_policyHelp->setEnabled(false);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *policyLabel = new QLabel(tr("Rows that match a &record:"), this);
    policyLabel->setBuddy(m_policy);
    form->addRow(policyLabel, m_policy);
    form->addRow(QString(), m_policyHelp);

    m_progress = progressBar(m_runner);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setTextFormat(Qt::RichText);
    m_status = wrappedLabel(QStringLiteral("status"));

    buildPlanView();
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("show"));
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillShowCombo();
    auto *showLabel = new QLabel(tr("Sh&ow:"), this);
    showLabel->setBuddy(m_show);
    m_saveRejects = new QPushButton(tr("Save Re&jected Rows…"), this);
    m_saveRejects->setObjectName(QStringLiteral("saveRejects"));
    m_saveRejects->setToolTip(tr("Writes the rejected rows, with a column giving the reason, "
                                 "as a CSV file to correct and import again."));
    auto *tools = new QHBoxLayout;
    tools->addWidget(showLabel);
    tools->addWidget(m_show);
    tools->addStretch(1);
    tools->addWidget(m_saveRejects);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_status);
    layout->addLayout(tools);
    layout->addWidget(m_planView, 1);

    connect(m_policy, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::plan);
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_plan->setShown(ImportPlanModel::Show(m_show->currentData().toInt())); });
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportPreviewPage::askAndSaveRejects);
    connect(m_runner, &ImportRunner::finished, this, &ImportPreviewPage::planned);
}

void ImportPreviewPage::buildPlanView()
{
    m_planView = previewTable(m_plan, this);
    m_planView->setObjectName(QStringLiteral("planTable"));
    m_plan->setObjectName(QStringLiteral("plan"));
    m_planView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_planView->verticalHeader()->hide();
    m_planView->horizontalHeader()->setStretchLastSection(true);
    m_planView->setColumnWidth(ImportPlanModel::LineColumn, 60);
    m_planView->setColumnWidth(ImportPlanModel::NameColumn, 240);
    m_planView->setColumnWidth(ImportPlanModel::ActionColumn, 110);
    m_planView->setColumnWidth(ImportPlanModel::DetailsColumn, 260);
}

// Each choice with how many rows it shows; the choice itself stays as it was.
void ImportPreviewPage::fillShowCombo()
{
    using Show = ImportPlanModel::Show;
    const QLocale locale;
    const int current = m_show->count() > 0 ? m_show->currentData().toInt() : int(Show::All);
    const QSignalBlocker blocker(m_show);
    m_show->clear();
    const std::pair<Show, QString> choices[] = {{Show::All, tr("All rows (%1)")},
                                                {Show::New, tr("New (%1)")},
                                                {Show::Updated, tr("Updated (%1)")},
                                                {Show::Unchanged, tr("Unchanged (%1)")},
                                                {Show::Skipped, tr("Left as they are (%1)")},
                                                {Show::Rejected, tr("Rejected (%1)")}};
    for (const auto &[show, text] : choices)
        m_show->addItem(text.arg(locale.toString(m_plan->count(show))), int(show));
    m_show->setCurrentIndex(qMax(0, m_show->findData(current)));
}

void ImportPreviewPage::initializePage()
{
    plan();
}

void ImportPreviewPage::cleanupPage()
{
    // Back to the mapping: the plan being computed is of no use any more.
    m_runner->abandon();
    m_progress->hide();
}

void ImportPreviewPage::plan()
{
    ImportSession &s = session();
    const auto policy = MatchPolicy(m_policy->currentData().toInt());
    s.options.onMatch = policy;
    m_policyHelp->setText(ImportLabels::policyHelp(policy));
    if (m_runner->isRunning()) {
        // The new plan starts when the old one has stopped (planned() sees the change).
        m_runner->cancel();
        return;
    }
    s.preview = {};
    m_plan->setOutcomes({});
    fillShowCombo();
    m_counts->clear();
    m_status->setText(tr("Working out what the import will do…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_saveRejects->setEnabled(false);
    m_policy->setEnabled(true);
    importing::ImportOptions options = s.options;
    options.rejectsPath = m_rejectsTarget;
    options.describeChanges = true;
    m_plannedPolicy = policy;
    m_runner->start(s, options, false);
    emit completeChanged();
}

void ImportPreviewPage::planned(const ImportOutcome &outcome)
{
    ImportSession &s = session();
    m_progress->hide();
    const bool wroteRejects = !m_rejectsTarget.isEmpty();
    m_rejectsTarget.clear();
    // The policy changed while planning: plan again with the new one.
    if (outcome.result.cancelled || m_plannedPolicy != s.options.onMatch) {
        plan();
        return;
    }
    s.preview = outcome.result;
    m_plan->setOutcomes(outcome.result.outcomes, s.options.entity);
    fillShowCombo();
    if (!outcome.result.ok) {
        m_counts->clear();
        m_status->setText(tr("The file cannot be imported: %1").arg(outcome.result.error));
        m_status->setStyleSheet(QStringLiteral("color: #a40000"));
        emit completeChanged();
        return;
    }
    m_status->setStyleSheet(QString());
    showCounts(outcome.result);
    if (wroteRejects && !outcome.result.rejectsPath.isEmpty())
        m_status->setText(tr("The rejected rows were saved to %1.")
                              .arg(QFileInfo(outcome.result.rejectsPath).fileName()));
    m_saveRejects->setEnabled(outcome.result.rejected > 0);
    // Rejects come first when some rows are rejected: they need the user's hand.
    if (outcome.result.rejected > 0 && outcome.result.rejected < outcome.result.outcomes.size())
        m_show->setCurrentIndex(m_show->findData(int(ImportPlanModel::Show::Rejected)));
    emit completeChanged();
}

void ImportPreviewPage::showCounts(const importing::ImportResult &r)
{
    const QLocale locale;
    auto count = [&](qint64 n) { return QStringLiteral("<b>%1</b>").arg(locale.toString(n)); };
    m_counts->setText(tr("%1 new, %2 updated, %3 unchanged, %4 left as they are, %5 rejected")
                          .arg(count(r.created), count(r.updated), count(r.unchanged),
                               count(r.skipped), count(r.rejected)));
    const qint64 changes = r.created + r.updated;
    if (changes == 0)
        m_status->setText(tr("The file holds nothing the register does not already have."));
    else if (r.rejected > 0)
        m_status->setText(tr("Rejected rows are not imported; the rest is. Save them to "
                             "correct them and import them again."));
    else
        m_status->setText(tr("Press Import to write these changes. The import can be undone "
                             "with Edit › Undo."));
}

bool ImportPreviewPage::isComplete() const
{
    const importing::ImportResult &r = session().preview;
    return !m_runner->isRunning() && r.ok && r.created + r.updated > 0;
}

void ImportPreviewPage::askAndSaveRejects()
{
    const QFileInfo input(session().filePath);
    const QString suggested =
        input.dir().filePath(tr("%1-rejected.%2").arg(input.completeBaseName(), input.suffix()));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Rejected Rows"), suggested,
        tr("CSV files (*.csv *.txt *.tsv)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        saveRejects(path);
}

void ImportPreviewPage::saveRejects(const QString &path)
{
    if (m_runner->isRunning())
        return;
    // The plan is computed again with the rejects written as it goes: the file keeps the
    // rows' cells exactly as the input had them.
    m_rejectsTarget = path;
    plan();
}

} // namespace kartoitus
