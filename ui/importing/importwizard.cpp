#include "importing/importwizard.h"

#include "common/openregister.h"
#include "importing/importfilepage.h"
#include "importing/importmappingpage.h"
#include "importing/importpreviewpage.h"
#include "importing/importvaluespage.h"
#include "importing/importwritepage.h"

#include <QFileInfo>

namespace kartoitus {

ImportWizard::ImportWizard(OpenRegister *reg, const QString &filePath, QWidget *parent)
    : QWizard(parent)
    , m_register(reg)
{
    m_session.registerPath = reg->path();
    m_session.undoStorePath = reg->undoStorePath();
    m_session.connectionName = reg->database().connectionName();
    m_session.filePath = filePath;

    setWindowTitle(tr("Import CSV"));
    // The classic style everywhere: the same look in tests, screenshots and desktops.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_filePage = new ImportFilePage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_valuesPage = new ImportValuesPage(this);
    m_previewPage = new ImportPreviewPage(this);
    m_writePage = new ImportWritePage(this);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(ValuesPage, m_valuesPage);
    setPage(PreviewPage, m_previewPage);
    setPage(WritePage, m_writePage);
    setStartId(FilePage);

    resize(920, 700);
}

ImportWizard::~ImportWizard()
{
    // The session dies with this object's members, before QWidget deletes the pages; a
    // field that loses focus then (the file path emits editingFinished) must not reach
    // a page slot that reads the session.
    for (QWidget *child : findChildren<QWidget *>())
        child->blockSignals(true);
}

QString ImportWizard::undoText(const QString &filePath)
{
    return tr("Import of %1").arg(QFileInfo(filePath).fileName());
}

void ImportWizard::reject()
{
    // While the write runs, Cancel stops it; the page says when the register is back
    // as it was, and the wizard stays open to show that.
    if (m_writePage->isRunning()) {
        m_writePage->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace kartoitus
