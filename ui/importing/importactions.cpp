#include "importing/importactions.h"

#include "importing/importwizard.h"
#include "spreadsheet/rowsource.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace kartoitus {

ImportActions::ImportActions(QWidget *window)
    : FeatureActions(window, tr("&Import…"), Needs::WritableRegister)
{
    action()->setObjectName(QStringLiteral("importAction"));
    action()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    action()->setStatusTip(tr("Add or update records from a CSV file or a spreadsheet"));
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

QString ImportActions::draggedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

bool ImportActions::isImportableFile(const QString &path)
{
    return spreadsheet::isImportableName(path);
}

ImportWizard *ImportActions::startImport(const QString &filePath)
{
    if (!action()->isEnabled())
        return nullptr;
    if (m_wizard && m_wizard->isVisible()) {
        // One import at a time: the open wizard takes the dropped file if it can.
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new ImportWizard(openRegister(), filePath, window());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ImportWizard::imported, this, [this](const importing::ImportResult &result) {
        emit statusMessage(
            tr("Imported: %1 new, %2 updated.")
                .arg(QLocale().toString(result.created), QLocale().toString(result.updated)));
    });
    m_wizard->open();
    return m_wizard;
}

bool ImportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != window())
        return false;
    if (event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (action()->isEnabled() && isImportableFile(draggedFile(drag->mimeData()))) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = draggedFile(drop->mimeData());
        if (action()->isEnabled() && isImportableFile(path)) {
            drop->acceptProposedAction();
            startImport(path);
            return true;
        }
    }
    return false;
}

} // namespace kartoitus
