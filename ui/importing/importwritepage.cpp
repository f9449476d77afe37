#include "importing/importwritepage.h"

#include "common/openregister.h"
#include "importing/importwizard.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace kartoitus {

ImportWritePage::ImportWritePage(ImportWizard *wizard)
    : ImportStep(wizard, tr("Importing"),
                 tr("The import is written in one go: if it is cancelled, nothing of it "
                    "is kept."))
    , m_runner(new ImportRunner(this))
{
    m_heading = wrappedLabel(QStringLiteral("heading"));
    m_progress = progressBar(m_runner);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_summary = wrappedLabel(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_progress);
    layout->addSpacing(12);
    layout->addWidget(m_summary);
    layout->addStretch(1);

    connect(m_runner, &ImportRunner::finished, this, &ImportWritePage::written);
}

void ImportWritePage::initializePage()
{
    const ImportSession &s = session();
    m_done = false;
    m_result = {};
    m_heading->setText(tr("Importing %1…").arg(QFileInfo(s.filePath).fileName()));
    m_summary->clear();
    m_progress->setValue(0);
    m_progress->show();
    m_runner->start(s, s.options, true);
    emit completeChanged();
}

void ImportWritePage::cancel()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_heading->setText(tr("Cancelling…"));
}

void ImportWritePage::written(const ImportOutcome &outcome)
{
    m_result = outcome.result;
    m_done = true;
    m_progress->hide();
    const QString file = QFileInfo(session().filePath).fileName();
    if (outcome.result.cancelled) {
        m_heading->setText(tr("The import of %1 was cancelled.").arg(file));
        m_summary->setText(tr("Nothing was written: the register is exactly as it was."));
    } else if (!outcome.result.ok) {
        m_heading->setText(tr("%1 could not be imported.").arg(file));
        m_summary->setText(tr("%1<br>Nothing was written: the register is exactly as it was.")
                               .arg(outcome.result.error.toHtmlEscaped()));
    } else {
        m_heading->setText(tr("%1 was imported.").arg(file));
        m_summary->setText(summary(outcome.result));
        pushUndoStep(outcome);
        emit importWizard()->imported(outcome.result);
    }
    // Only Finish is left: the import is over, whatever its end.
    importWizard()->button(QWizard::CancelButton)->setEnabled(false);
    emit completeChanged();
}

void ImportWritePage::pushUndoStep(const ImportOutcome &outcome)
{
    if (OpenRegister *reg = importWizard()->openRegister())
        reg->pushWrittenStep(ImportWizard::undoText(session().filePath), outcome.undoRange,
                             outcome.undoTables);
}

QString ImportWritePage::summary(const importing::ImportResult &r) const
{
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 new records, %2 updated, %3 unchanged, %4 left as they were.")
                 .arg(locale.toString(r.created), locale.toString(r.updated),
                      locale.toString(r.unchanged), locale.toString(r.skipped));
    if (r.rejected > 0)
        lines << tr("%1 rows were rejected and not imported.").arg(locale.toString(r.rejected));
    lines << tr("Edit › Undo takes the whole import back.");
    return lines.join(QStringLiteral("<br>"));
}

bool ImportWritePage::isComplete() const
{
    return m_done;
}

} // namespace kartoitus
