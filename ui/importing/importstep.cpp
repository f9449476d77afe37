#include "importing/importstep.h"

#include "common/workertask.h"
#include "importing/importwizard.h"

#include <QLabel>
#include <QProgressBar>

namespace kartoitus {

ImportStep::ImportStep(ImportWizard *wizard, const QString &title, const QString &subTitle)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(title);
    setSubTitle(subTitle);
}

ImportSession &ImportStep::session() const
{
    return m_wizard->session();
}

QLabel *ImportStep::wrappedLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QProgressBar *ImportStep::progressBar(WorkerTaskBase *task)
{
    auto *bar = new QProgressBar(this);
    bar->setObjectName(QStringLiteral("progress"));
    followProgress(task, bar);
    return bar;
}

} // namespace kartoitus
