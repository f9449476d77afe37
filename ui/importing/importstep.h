#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace kartoitus {

class ImportWizard;
class WorkerTaskBase;
struct ImportSession;

// A step of the import wizard: its title and the sentence under it, and the wizard whose
// session the steps share — each writes its part, later steps read it.
class ImportStep : public QWizardPage
{
    Q_OBJECT

protected:
    ImportStep(ImportWizard *wizard, const QString &title, const QString &subTitle);

    ImportWizard *importWizard() const { return m_wizard; }
    ImportSession &session() const;

    // A label of the page whose text wraps, named `objectName`.
    QLabel *wrappedLabel(const QString &objectName);
    // A progress bar of the page, named "progress", showing how far `task` has come.
    QProgressBar *progressBar(WorkerTaskBase *task);

private:
    ImportWizard *m_wizard;
};

} // namespace kartoitus
