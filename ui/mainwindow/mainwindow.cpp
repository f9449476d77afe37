#include "mainwindow/mainwindow.h"

#include "activities/activitylistwidget.h"
#include "common/infobanner.h"
#include "common/referencenames.h"
#include "common/registerbeacon.h"
#include "common/viewpage.h"
#include "common/viewswitcher.h"
#include "importing/importactions.h"
#include "mainwindow/startpage.h"
#include "models/organisationtablemodel.h"
#include "models/recordlistmodel.h"
#include "organisations/organisationlistwidget.h"
#include "persons/personlistwidget.h"
#include "settings/appsettings.h"
#include "storage/register.h"

#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kartoitus {

namespace {

bool isRegisterFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String(Register::FileSuffix),
                                            Qt::CaseInsensitive) == 0;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_list(new OrganisationListWidget(this))
    , m_activities(new ActivityListWidget(this))
    , m_persons(new PersonListWidget(this))
    , m_views(new ViewSwitcher(this))
    , m_pages(new QStackedWidget(this))
    , m_viewsPage(new QWidget(this))
    , m_startPage(new StartPage(this))
    , m_pathLabel(new QLabel(this))
    , m_banner(new InfoBanner(this))
    , m_readOnlyBanner(new InfoBanner(this))
    , m_countLabel(new QLabel(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_banner);
    auto *viewsLayout = new QVBoxLayout(m_viewsPage);
    viewsLayout->setContentsMargins(0, 0, 0, 0);
    viewsLayout->addWidget(m_views);
    m_pages->addWidget(m_viewsPage);
    m_pages->addWidget(m_startPage);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_banner->hide();
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->hide();
    // The title bar cannot carry a tooltip on every desktop: the status bar names the file,
    // and its tooltip (and File › Properties) gives where it lives.
    m_pathLabel->setObjectName(QStringLiteral("registerPathLabel"));
    statusBar()->addPermanentWidget(m_pathLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newRegisterDialog);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openRegisterDialog);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemoRegister);
    connect(m_startPage, &StartPage::recentRequested, this,
            [this](const QString &path) { openRegister(path); });

    createActions();
    createViews();
    createMenus();

    setUpLists();
    connect(m_views, &ViewSwitcher::currentCountTextChanged, this, &MainWindow::updateStatus);
    connect(m_views, &ViewSwitcher::currentViewChanged, this, &MainWindow::showOpenState);
    connect(m_undoGroup, &QUndoGroup::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });

    restoreLayout();
    showOpenState();
    updateTitle();
    updateStatus();
}

void MainWindow::setUpLists()
{
    // The lists read reference names in Finnish; these show them in the window's language.
    const std::pair<QAbstractItemView *, int> lists[] = {
        {m_list->view(), OrganisationTableModel::ColumnKeyRole},
        {m_activities->view(), RecordListModel::ColumnKeyRole},
        {m_persons->view(), RecordListModel::ColumnKeyRole}};
    for (const auto &[view, keyRole] : lists) {
        auto *delegate = new ReferenceNameDelegate(keyRole, view);
        view->setItemDelegate(delegate);
        m_nameDelegates.append(delegate);
    }

    for (const QString &id : m_views->ids()) {
        auto *page = qobject_cast<ViewPage *>(m_views->view(id));
        if (!page || !page->searchField())
            continue;
        QLineEdit *search = page->searchField();
        search->installEventFilter(this);
        // In a narrow window the drop-downs beside it give way first: a search box keeps
        // room for what a user types.
        search->setMinimumWidth(
            qMax(search->minimumWidth(), fontMetrics().averageCharWidth() * 20));
    }
}

MainWindow::~MainWindow()
{
    // The lists' models hold the connection; release it before the register closes it.
    setListDatabase(QSqlDatabase());
    delete m_open;
}

Register *MainWindow::currentRegister() const
{
    return m_open ? &m_open->reg() : nullptr;
}

QUndoStack *MainWindow::undoStack() const
{
    return m_open ? m_open->undoStack() : nullptr;
}

bool MainWindow::openRegister(const QString &path, OpenMode mode)
{
    if (mode == OpenMode::ReadWrite) {
        // Open here already: nothing to do (opening it again would lose its undo steps).
        if (m_open && !m_open->isReadOnly() &&
            RegisterBeacon::socketName(m_open->path()) == RegisterBeacon::socketName(path))
            return true;
        if (RegisterBeacon::isOpenElsewhere(path)) {
            alreadyOpenElsewhere(path);
            return false;
        }
    }
    auto reg = std::make_unique<Register>();
    const OpenResult result = reg->open(path, mode);
    if (!result.ok()) {
        showError(tr("Cannot open the register"), result.message, path);
        return false;
    }
    adopt(std::move(reg));
    return true;
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
}

bool MainWindow::createRegister(const QString &path)
{
    auto reg = std::make_unique<Register>();
    const OpenResult result = reg->create(path);
    if (!result.ok()) {
        showError(tr("Cannot create the register"), result.message, path);
        return false;
    }
    adopt(std::move(reg));
    return true;
}

void MainWindow::adopt(std::unique_ptr<Register> reg)
{
    m_lastError.clear();
    m_banner->hide();
    m_readOnlyBanner->hide();
    // The old register's edits cannot be undone in another file: its stack goes with it,
    // once the list reads the new one.
    auto *open = new OpenRegister(std::move(reg), this);
    setListDatabase(open->database());
    setOpenedRegister(open);
    const QString path = m_open->path();
    AppSettings::setLastRegister(path);
    AppSettings::addRecentFile(path);
    // Open Recent has an entry now, also after the very first open.
    rebuildRecentMenu();
    m_openedBesideWriter = false;
    if (m_open->isReadOnly())
        showReadOnlyBanner();
    showOpenState();
    updateTitle();
    updateStatus();
    emit registerOpened(path);
}

void MainWindow::closeRegister()
{
    if (!m_open)
        return;
    setListDatabase(QSqlDatabase());
    setOpenedRegister(nullptr);
    m_readOnlyBanner->hide();
    m_banner->hide();
    showOpenState();
    m_startPage->setFocus(Qt::OtherFocusReason);
    updateTitle();
    updateStatus();
    emit registerClosed();
}

void MainWindow::setListDatabase(const QSqlDatabase &db)
{
    for (ReferenceNameDelegate *delegate : std::as_const(m_nameDelegates))
        delegate->setDatabase(db);
    m_list->setDatabase(db);
    m_activities->setDatabase(db);
    m_persons->setDatabase(db);
}

void MainWindow::setOpenedRegister(OpenRegister *reg)
{
    delete m_open;
    m_open = reg;
    if (m_open) {
        m_undoGroup->addStack(m_open->undoStack());
        m_undoGroup->setActiveStack(m_open->undoStack());
        connect(m_open, &OpenRegister::changed, this, &MainWindow::registerChanged);
        connect(m_open, &OpenRegister::stepFailed, this, [this](const QString &message) {
            QMessageBox::warning(this, tr("Undo"), message);
        });
        connect(m_open, &OpenRegister::replayStarted, this, &MainWindow::showReplayProgress);
        connect(m_open, &OpenRegister::replayProgress, this, [this](qint64 done, qint64 total) {
            if (m_replayProgress && total > 0)
                m_replayProgress->setValue(int(done * 1000 / total));
        });
        connect(m_open, &OpenRegister::replayFinished, this, &MainWindow::replayEnded);
        connect(m_open, &OpenRegister::raiseRequested, this, &MainWindow::bringToFront);
    }
    setWindowModified(false);
    m_closeAction->setEnabled(m_open != nullptr);
    m_saveCopyAction->setEnabled(m_open != nullptr);
    m_propertiesAction->setEnabled(m_open != nullptr);
    emit openedRegisterChanged(m_open);
}

void MainWindow::showReplayProgress(const QString &label)
{
    // Window-modal: the window keeps painting and stays responsive, but nothing else can
    // write to the register until the step is done or cancelled.
    m_replayProgress = new QProgressDialog(label, tr("Cancel"), 0, 1000, this);
    m_replayProgress->setObjectName(QStringLiteral("replayProgress"));
    m_replayProgress->setWindowTitle(QStringLiteral("Kartoitus"));
    m_replayProgress->setWindowModality(Qt::WindowModal);
    m_replayProgress->setMinimumDuration(0);
    m_replayProgress->setAutoClose(false);
    m_replayProgress->setAutoReset(false);
    m_replayProgress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_replayProgress, &QProgressDialog::canceled, m_open, &OpenRegister::cancelReplay);
    m_replayProgress->show();
}

void MainWindow::replayEnded(bool done)
{
    if (m_replayProgress)
        m_replayProgress->close();
    m_replayProgress = nullptr;
    if (!done)
        statusBar()->showMessage(tr("Not done: the register is as it was."), 8000);
}

void MainWindow::registerChanged(ChangeSet what)
{
    // An import, an undo or a redo changed the register behind the list's back.
    if (what & (RecordKind::Organisations | RecordKind::ReferenceData))
        m_list->refresh();
    // An activity shows its organisation's name; a person too.
    if (what & (RecordKind::Activities | RecordKind::Organisations | RecordKind::ReferenceData))
        m_activities->refresh();
    if (what & (RecordKind::Persons | RecordKind::Organisations | RecordKind::ReferenceData))
        m_persons->refresh();
}

void MainWindow::showError(const QString &title, const QString &message, const QString &path)
{
    m_lastError = message;
    // Window-modal and not blocking: the register that is open stays usable behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setInformativeText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::updateTitle()
{
    const QString file = m_open ? QFileInfo(m_open->path()).fileName() : QString();
    if (file.isEmpty())
        setWindowTitle(QStringLiteral("Kartoitus"));
    else if (m_open->isReadOnly())
        setWindowTitle(tr("%1[*] (read only) — Kartoitus").arg(file));
    else
        setWindowTitle(tr("%1[*] — Kartoitus").arg(file));
    setWindowFilePath(m_open ? m_open->path() : QString());
    const QString native = m_open ? QDir::toNativeSeparators(m_open->path()) : QString();
    m_pathLabel->setText(file);
    m_pathLabel->setToolTip(native);
    m_pathLabel->setVisible(m_open != nullptr);
}

void MainWindow::showOpenState()
{
    const bool open = m_open != nullptr;
    if (!open)
        m_startPage->refresh();
    m_pages->setCurrentWidget(open ? m_viewsPage : m_startPage);
    // What needs a register: the views, Find, the record menus.
    m_views->menu()->setEnabled(open);
    if (m_findAction)
        m_findAction->setEnabled(open);
    const QString view = m_views->currentId();
    for (QMenu *menu : std::as_const(m_recordMenus))
        menu->menuAction()->setVisible(open && menu->property("view").toString() == view);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        auto *search = qobject_cast<QLineEdit *>(watched);
        if (search && !search->text().isEmpty()) {
            search->clear();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QString path = ImportActions::draggedFile(event->mimeData());
    if (isRegisterFile(path) || ImportActions::isImportableFile(path))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = ImportActions::draggedFile(event->mimeData());
    if (!isRegisterFile(path) && !ImportActions::isImportableFile(path))
        return;
    event->acceptProposedAction();
    // After the drop has ended: opening may ask questions, which a drag must not wait for.
    QMetaObject::invokeMethod(
        this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

void MainWindow::updateStatus()
{
    if (!m_open) {
        m_countLabel->setText(tr("No register open"));
        return;
    }
    // The count of what the current view lists.
    m_countLabel->setText(m_views->currentCountText());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // An undo or redo still running is cancelled: the register stays as it was.
    if (m_open && m_open->isReplaying()) {
        m_open->cancelReplay();
        m_open->waitForReplay();
    }
    saveLayout();
    event->accept();
}

QList<QSplitter *> MainWindow::viewSplitters(QStringList *keys) const
{
    // By view and place: a splitter keeps its key as long as its view is built the same way.
    QList<QSplitter *> splitters;
    for (const QString &id : m_views->ids()) {
        const QList<QSplitter *> inView = m_views->view(id)->findChildren<QSplitter *>();
        for (int i = 0; i < inView.size(); ++i) {
            splitters.append(inView.at(i));
            keys->append(QStringLiteral("mainWindow/splitters/%1/%2").arg(id).arg(i));
        }
    }
    return splitters;
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    resize(1200, 760);
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    QStringList keys;
    const QList<QSplitter *> splitters = viewSplitters(&keys);
    m_defaultSplitterStates.clear();
    for (int i = 0; i < splitters.size(); ++i) {
        m_defaultSplitterStates.append(splitters.at(i)->saveState());
        splitters.at(i)->restoreState(settings.value(keys.at(i)).toByteArray());
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QStringList keys;
    const QList<QSplitter *> splitters = viewSplitters(&keys);
    for (int i = 0; i < splitters.size(); ++i)
        settings.setValue(keys.at(i), splitters.at(i)->saveState());
}

void MainWindow::resetLayout()
{
    AppSettings::forgetWindowLayout();
    if (isMaximized() || isFullScreen())
        showNormal();
    resize(1200, 760);
    QStringList keys;
    const QList<QSplitter *> splitters = viewSplitters(&keys);
    for (int i = 0; i < splitters.size() && i < m_defaultSplitterStates.size(); ++i)
        splitters.at(i)->restoreState(m_defaultSplitterStates.at(i));
    m_views->setCurrentView(m_views->ids().value(0));
}

} // namespace kartoitus
