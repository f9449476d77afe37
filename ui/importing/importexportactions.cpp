#include "importing/importexportactions.h"

#include "exporting/exportdialog.h"
#include "importing/importwizard.h"
#include "mainwindow/mainwindow.h"
#include "models/organisationtablemodel.h"
#include "organisations/organisationlistwidget.h"
#include "storage/register.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>
#include <QUrl>

namespace kartoitus {

namespace {

// The one local file a drag carries, or empty.
QString draggedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

ImportExportActions *ImportExportActions::install(MainWindow *window, QMenu *menu)
{
    auto *actions = new ImportExportActions(window);
    menu->addAction(actions->m_import);
    menu->addAction(actions->m_export);
    return actions;
}

ImportExportActions::ImportExportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_import(new QAction(tr("&Import CSV…"), this))
    , m_export(new QAction(tr("&Export…"), this))
{
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setStatusTip(tr("Add or update records from a CSV file"));
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setStatusTip(tr("Save the organisations the list shows as CSV or XLSX"));
    connect(m_import, &QAction::triggered, this, [this] { startImport(); });
    connect(m_export, &QAction::triggered, this, [this] { startExport(); });
    connect(window, &MainWindow::registerOpened, this, &ImportExportActions::updateEnabled);
    connect(window, &MainWindow::registerClosed, this, &ImportExportActions::updateEnabled);

    window->setAcceptDrops(true);
    window->installEventFilter(this);
    updateEnabled();
}

void ImportExportActions::updateEnabled()
{
    const bool open = m_window->currentRegister() != nullptr;
    m_import->setEnabled(open);
    m_export->setEnabled(open);
}

bool ImportExportActions::isImportableFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("txt") ||
           suffix == QLatin1String("tsv");
}

ImportWizard *ImportExportActions::startImport(const QString &filePath)
{
    Register *reg = m_window->currentRegister();
    if (!reg)
        return nullptr;
    if (m_wizard && m_wizard->isVisible()) {
        // One import at a time: the open wizard takes the dropped file if it can.
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard =
        new ImportWizard(reg->path(), reg->database(), m_window->undoStack(), filePath, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ImportWizard::imported, this, [this](const importing::ImportResult &result) {
        m_window->organisationList()->refresh();
        m_window->statusBar()->showMessage(
            tr("Imported: %1 new, %2 updated.")
                .arg(QLocale().toString(result.created), QLocale().toString(result.updated)),
            8000);
    });
    m_wizard->open();
    return m_wizard;
}

ExportDialog *ImportExportActions::startExport()
{
    Register *reg = m_window->currentRegister();
    if (!reg)
        return nullptr;
    OrganisationListWidget *list = m_window->organisationList();
    auto *dialog = new ExportDialog(reg->path(), list->model()->query(), list->visibleColumns(),
                                    list->shownCount(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportFinished, this,
            [this](const exporting::ExportResult &result, const QString &path) {
                if (result.ok)
                    m_window->statusBar()->showMessage(
                        tr("Exported %1 rows to %2.")
                            .arg(QLocale().toString(result.rows), QFileInfo(path).fileName()),
                        8000);
            });
    dialog->open();
    return dialog;
}

bool ImportExportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (m_import->isEnabled() && isImportableFile(draggedFile(drag->mimeData()))) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = draggedFile(drop->mimeData());
        if (m_import->isEnabled() && isImportableFile(path)) {
            drop->acceptProposedAction();
            startImport(path);
            return true;
        }
    }
    return false;
}

} // namespace kartoitus
