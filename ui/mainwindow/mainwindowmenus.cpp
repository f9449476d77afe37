// The main window's menus and the dialogs they open.
#include "mainwindow/mainwindow.h"

#include "activities/activityactions.h"
#include "activities/activitylistwidget.h"
#include "common/viewswitcher.h"
#include "exporting/exportactions.h"
#include "importing/importactions.h"
#include "importing/importwizard.h"
#include "mainwindow/registerproperties.h"
#include "mainwindow/startpage.h"
#include "models/organisationtablemodel.h"
#include "networks/municipalitiesview.h"
#include "networks/networksview.h"
#include "organisations/organisationactions.h"
#include "organisations/organisationeditor.h"
#include "organisations/organisationlistwidget.h"
#include "persons/personactions.h"
#include "persons/personlistwidget.h"
#include "reports/reportactions.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "storage/register.h"
#include "surveys/surveyactions.h"
#include "surveys/surveysview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QUndoGroup>

namespace kartoitus {

namespace {

QString registerFileFilter()
{
    return MainWindow::tr("Kartoitus registers (*.kartoitus)") + QStringLiteral(";;") +
           MainWindow::tr("All files (*)");
}

// File › Open takes registers and the tables the import reads.
QString openFileFilter()
{
    return MainWindow::tr("Registers and tables (*.kartoitus *.csv *.tsv *.txt *.xlsx *.xlsm "
                          "*.ods *.xls)") +
           QStringLiteral(";;") + registerFileFilter();
}

QString dialogFolder(const Register *reg)
{
    if (reg)
        return QFileInfo(reg->path()).absolutePath();
    return QFileInfo(AppSettings::defaultRegisterPath()).absolutePath();
}

} // namespace

void MainWindow::createActions()
{
    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setEnabled(false);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeRegister);
    // Reads only: offered for a read-only register as much as for any.
    m_saveCopyAction = new QAction(tr("Save &a Copy As…"), this);
    m_saveCopyAction->setObjectName(QStringLiteral("saveCopyAction"));
    m_saveCopyAction->setStatusTip(tr("Write a copy of the register to another file"));
    m_saveCopyAction->setEnabled(false);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopyDialog);
    m_propertiesAction = new QAction(tr("Propert&ies"), this);
    m_propertiesAction->setObjectName(QStringLiteral("propertiesAction"));
    m_propertiesAction->setStatusTip(tr("Where the register lives, its size and what it holds"));
    m_propertiesAction->setEnabled(false);
    connect(m_propertiesAction, &QAction::triggered, this, &MainWindow::showProperties);
    m_helpAction = new QAction(tr("Kartoitus &Help"), this);
    m_helpAction->setObjectName(QStringLiteral("helpAction"));
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    connect(m_helpAction, &QAction::triggered, this, &MainWindow::showHelp);
    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    // The features get the open register, never the window.
    m_importActions = new ImportActions(this);
    m_exportActions = new ExportActions(this, [this] { return exportScope(); });
    connect(this, &MainWindow::openedRegisterChanged, m_importActions, &ImportActions::setRegister);
    connect(this, &MainWindow::openedRegisterChanged, m_exportActions, &ExportActions::setRegister);
    m_reportActions = new ReportActions(this);
    connect(this, &MainWindow::openedRegisterChanged, m_reportActions, &ReportActions::setRegister);
    m_surveyActions = new SurveyActions(this);
    connect(this, &MainWindow::openedRegisterChanged, m_surveyActions, &SurveyActions::setRegister);
    m_organisationActions = new OrganisationActions(m_list, this);
    connect(this, &MainWindow::openedRegisterChanged, m_organisationActions,
            &OrganisationActions::setRegister);
    m_activityActions = new ActivityActions(m_activities, this);
    connect(this, &MainWindow::openedRegisterChanged, m_activityActions,
            &ActivityActions::setRegister);
    m_personActions = new PersonActions(m_persons, this);
    connect(this, &MainWindow::openedRegisterChanged, m_personActions, &PersonActions::setRegister);
    // The organisation editor's lists open the activity and person editors over it.
    connect(m_organisationActions, &OrganisationActions::editorOpened, this,
            [this](OrganisationEditor *editor) {
                connect(editor, &OrganisationEditor::activityRequested, m_activityActions,
                        &ActivityActions::openEditor);
                connect(editor, &OrganisationEditor::personRequested, m_personActions,
                        &PersonActions::openEditor);
            });
    const auto showMessage = [this](const QString &text) { statusBar()->showMessage(text, 8000); };
    connect(m_activityActions, &ActivityActions::statusMessage, this, showMessage);
    connect(m_personActions, &PersonActions::statusMessage, this, showMessage);
    connect(m_importActions, &ImportActions::statusMessage, this, showMessage);
    connect(m_organisationActions, &OrganisationActions::statusMessage, this, showMessage);
    connect(m_exportActions, &ExportActions::statusMessage, this, showMessage);
    connect(m_surveyActions, &SurveyActions::statusMessage, this, showMessage);
    connect(m_surveyActions, &SurveyActions::showRequested, this,
            [this] { m_views->setCurrentView(QStringLiteral("surveys")); });
}

namespace {

// The view's own icon (resources/icons), the same on every desktop: a desktop theme's
// icons for "users" or "calendar" differ from one theme to the next and side by side did
// not look like one set.
QIcon viewIcon(const char *name)
{
    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/%1.png").arg(QLatin1String(name)), QSize(24, 24));
    icon.addFile(QStringLiteral(":/icons/%1@2x.png").arg(QLatin1String(name)), QSize(48, 48));
    return icon;
}

} // namespace

void MainWindow::createViews()
{
    // The organisation list is the home view. A feature with a view of its own adds it here
    // with one call: m_views->addView(id, title, icon, widget).
    m_views->addView(QStringLiteral("organisations"), tr("Organisations"),
                     viewIcon("organisations"), m_list);
    m_views->addView(QStringLiteral("activities"), tr("Activities"), viewIcon("activities"),
                     m_activities);
    m_views->addView(QStringLiteral("persons"), tr("Persons"), viewIcon("persons"), m_persons);
    // The sector networks and the municipalities' liaison persons (networks/).
    auto *networks = new NetworksView(this);
    m_views->addView(QStringLiteral("networks"), tr("Networks"), viewIcon("networks"), networks);
    connect(this, &MainWindow::openedRegisterChanged, networks, &NetworksView::setRegister);
    // The organisation editor's network memberships open here.
    connect(m_organisationActions, &OrganisationActions::editorOpened, networks,
            [this, networks](OrganisationEditor *editor) {
                connect(editor, &OrganisationEditor::networkRequested, networks,
                        [this, networks](int sectorId) {
                            m_views->setCurrentView(QStringLiteral("networks"));
                            networks->selectSector(sectorId);
                        });
            });
    auto *municipalities = new MunicipalitiesView(this);
    m_views->addView(QStringLiteral("municipalities"), tr("Municipalities"),
                     viewIcon("municipalities"), municipalities);
    connect(this, &MainWindow::openedRegisterChanged, municipalities,
            &MunicipalitiesView::setRegister);
    const auto showMessage = [this](const QString &text) { statusBar()->showMessage(text, 8000); };
    connect(networks, &NetworksView::statusMessage, this, showMessage);
    connect(municipalities, &MunicipalitiesView::statusMessage, this, showMessage);
    m_views->addView(QStringLiteral("surveys"), tr("Surveys"), viewIcon("surveys"),
                     m_surveyActions->view());
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction =
        m_fileMenu->addAction(tr("&New Register…"), this, &MainWindow::newRegisterDialog);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction =
        m_fileMenu->addAction(tr("&Open…"), this, &MainWindow::openRegisterDialog);
    openAction->setShortcut(QKeySequence::Open);
    QAction *openReadOnly =
        m_fileMenu->addAction(tr("Open Read-Onl&y…"), this, &MainWindow::openReadOnlyDialog);
    openReadOnly->setObjectName(QStringLiteral("openReadOnlyAction"));
    openReadOnly->setStatusTip(tr("Open a register to look at it without changing it"));
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    m_fileMenu->addAction(tr("Open &Demo Register"), this, &MainWindow::openDemoRegister);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveCopyAction);
    m_fileMenu->addAction(m_propertiesAction);
    m_fileMenu->addSeparator();
    // File › Import… and Export… (CSV files dropped on the window go to the import).
    m_fileMenu->addAction(m_importActions->importAction());
    m_fileMenu->addAction(m_surveyActions->importAction());
    m_fileMenu->addAction(m_exportActions->exportAction());
    m_fileMenu->addAction(m_reportActions->healthStationAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    QAction *quitAction = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    // The actions follow the stack's texts; the open register carries them out, so that a
    // large step replays on a worker with progress instead of freezing the window.
    const auto stepAction = [this](QAction *action, QKeySequence::StandardKey key, bool isUndo) {
        action->setShortcut(key);
        if (isUndo)
            disconnect(action, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
        else
            disconnect(action, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
        connect(action, &QAction::triggered, this, [this, isUndo] {
            if (m_open && isUndo)
                m_open->undo();
            else if (m_open)
                m_open->redo();
        });
        m_editMenu->addAction(action);
    };
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    stepAction(undo, QKeySequence::Undo, true);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    stepAction(redo, QKeySequence::Redo, false);
    m_editMenu->addSeparator();
    m_findAction = m_editMenu->addAction(tr("&Find…"), this, [this] {
        if (QLineEdit *search = m_views->currentSearchField()) {
            search->setFocus(Qt::ShortcutFocusReason);
            search->selectAll();
        }
    });
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);

    menuBar()->addMenu(m_views->menu());
    // A record menu shows while its view is current (showOpenState()).
    const std::pair<QMenu *, const char *> recordMenus[] = {
        {m_organisationActions->createMenu(this), "organisations"},
        {m_activityActions->createMenu(this), "activities"},
        {m_personActions->createMenu(this), "persons"}};
    for (const auto &[menu, view] : recordMenus) {
        menu->setProperty("view", QLatin1String(view));
        menuBar()->addMenu(menu);
        m_recordMenus.append(menu);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_helpAction);
    help->addSeparator();
    QAction *aboutAction = help->addAction(tr("&About Kartoitus"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    int number = 1;
    for (const QString &path : files) {
        // The number is the keyboard accelerator; the full path is in the tooltip.
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(number++).arg(QFileInfo(path).fileName()), this,
            [this, path] { openRegister(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    m_recentMenu->setToolTipsVisible(true);
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            AppSettings::clearRecentFiles();
            // Not inside the triggered action's own signal: the rebuild deletes it.
            QMetaObject::invokeMethod(this, &MainWindow::rebuildRecentMenu, Qt::QueuedConnection);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_startPage->refresh();
}

bool MainWindow::newRegisterDialog()
{
    // Register::create refuses an existing file, so the dialog need not ask to overwrite.
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Register"), dialogFolder(currentRegister()), registerFileFilter(), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(Register::FileSuffix);
    return createRegister(path);
}

void MainWindow::openRegisterDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open"), dialogFolder(currentRegister()), openFileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    if (ImportActions::isImportableFile(path))
        return offerImport(path);
    return openRegister(path);
}

bool MainWindow::offerImport(const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    QMessageBox box(QMessageBox::Question, tr("Import a Table"), QString(), QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("offerImportBox"));
    box.setInformativeText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    const bool intoOpen = m_open && !m_open->isReadOnly();
    QPushButton *yes = nullptr;
    if (intoOpen) {
        box.setText(tr("%1 is a table, not a register. Import its rows into %2?")
                        .arg(file, QFileInfo(m_open->path()).fileName()));
        yes = box.addButton(tr("&Import…"), QMessageBox::AcceptRole);
    } else {
        box.setText(m_open ? tr("%1 is a table, not a register, and the open register is read "
                                "only. Create a new register and import the rows into it?")
                                 .arg(file)
                           : tr("%1 is a table, not a register. Create a new register and "
                                "import the rows into it?")
                                 .arg(file));
        yes = box.addButton(tr("&New Register…"), QMessageBox::AcceptRole);
    }
    yes->setObjectName(QStringLiteral("offerImportYes"));
    box.setDefaultButton(yes);
    box.exec();
    if (box.clickedButton() != yes)
        return false;
    if (!intoOpen && !newRegisterDialog())
        return false;
    return m_importActions->startImport(path) != nullptr;
}

void MainWindow::showProperties()
{
    if (!m_open)
        return;
    auto *dialog = new RegisterPropertiesDialog(m_open->reg(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &SettingsDialog::layoutResetRequested, this, &MainWindow::resetLayout);
    dialog->open();
}

void MainWindow::showHelp()
{
    // There is no user guide yet: the About box says what the program is and its version.
    about();
}

void MainWindow::openReadOnlyDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Register Read-Only"), dialogFolder(currentRegister()), registerFileFilter());
    if (!path.isEmpty())
        openRegister(path, OpenMode::ReadOnly);
}

void MainWindow::saveCopyDialog()
{
    if (!m_open)
        return;
    // Beside the register, unless its folder cannot be written (a read-only share).
    const QFileInfo info(m_open->path());
    QString folder = info.absolutePath();
    if (!QFileInfo(folder).isWritable())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("%1 (copy)").arg(info.completeBaseName()) +
                                                    QLatin1Char('.') + info.suffix());
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save a Copy As"), suggested, registerFileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(Register::FileSuffix);
    saveCopyAs(path);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Kartoitus"),
                       tr("<h3>Kartoitus %1</h3>"
                          "<p>Keeps a region's register of civic organisations, their activities, "
                          "contact people and sector networks offline in one file.</p>"
                          "<p>Licence: GNU General Public License, version 3 or later "
                          "(GPL-3.0-or-later).</p>")
                           .arg(QStringLiteral(KARTOITUS_VERSION)));
}

} // namespace kartoitus
