#include "mainwindow/mainwindow.h"

#include "activities/activitylistwidget.h"
#include "common/infobanner.h"
#include "common/registerbeacon.h"
#include "common/viewswitcher.h"
#include "models/organisationtablemodel.h"
#include "organisations/organisationlistwidget.h"
#include "persons/personlistwidget.h"
#include "settings/appsettings.h"
#include "storage/register.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kartoitus {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_list(new OrganisationListWidget(this))
    , m_activities(new ActivityListWidget(this))
    , m_persons(new PersonListWidget(this))
    , m_views(new ViewSwitcher(this))
    , m_banner(new InfoBanner(this))
    , m_readOnlyBanner(new InfoBanner(this))
    , m_countLabel(new QLabel(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);
    m_banner->hide();
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->hide();
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    createViews();
    createMenus();

    connect(m_views, &ViewSwitcher::currentCountTextChanged, this, &MainWindow::updateStatus);
    connect(m_undoGroup, &QUndoGroup::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });

    resize(1200, 760);
    restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
    updateTitle();
    updateStatus();
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
    m_openedBesideWriter = false;
    if (m_open->isReadOnly())
        showReadOnlyBanner();
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
    updateTitle();
    updateStatus();
    emit registerClosed();
}

void MainWindow::setListDatabase(const QSqlDatabase &db)
{
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
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace kartoitus
