#pragma once

#include "common/openregister.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressDialog;
class QSplitter;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;

namespace kartoitus {

class ActivityActions;
class ActivityListWidget;
class ExportActions;
struct ExportScope;
class ReportActions;
class SurveyActions;
class ImportActions;
class InfoBanner;
class OpenRegister;
class OrganisationActions;
class OrganisationListWidget;
class PersonActions;
class PersonListWidget;
class ReferenceNameDelegate;
class Register;
class StartPage;
class ViewSwitcher;

// The main window: owns the open register (with its undo stack) and the organisation list,
// and hands the register to its features. Opening another register replaces it; a file
// that cannot be opened leaves the current register open and says why.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an existing register; on failure shows the reason and returns false. A register
    // open for writing in another window is not opened again: a message here says so and
    // offers to bring that window to the front or to open the register here read-only.
    // With OpenMode::ReadOnly (or a file that cannot be written) the window shows the
    // register read-only: a banner says why and offers to save a copy, nothing writes.
    bool openRegister(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    // Creates a new, empty register at path and opens it.
    bool createRegister(const QString &path);
    // Closes the register; the start page shows instead of the views.
    void closeRegister();
    // What File › Open and a dropped file do: a register opens; a table (CSV, XLSX, ODS)
    // offers to be imported into the open register, or into a new one when none is open or
    // the open one is read-only. False when nothing was opened or started.
    bool openFile(const QString &path);
    // Writes a copy of the open register to `path` on a worker (a snapshot, also of a
    // read-only register), then offers to open the copy. copySaved() tells the end.
    void saveCopyAs(const QString &path);

    // What opens at start: `file` from the command line, else the register opened last,
    // else the default register in the data folder (offering the demo when it is empty).
    void startUp(const QString &file);
    // Offers the demo register in a banner above the list.
    void offerDemoRegister();

    // The open register as the features get it (null when none is open).
    OpenRegister *openedRegister() const { return m_open; }
    Register *currentRegister() const;
    // The undo stack of the open register (null when none is open). Every edit of the
    // register goes through it; the window's modified marker follows its clean state.
    QUndoStack *undoStack() const;
    OrganisationListWidget *organisationList() const { return m_list; }
    // The views beside each other (organisations first, the home view); a feature adds its
    // own with one ViewSwitcher::addView() call here.
    ViewSwitcher *views() const { return m_views; }
    InfoBanner *banner() const { return m_banner; }
    // File › Properties (window-modal; deleted when closed).
    void showProperties();
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *recentFilesMenu() const { return m_recentMenu; }
    OrganisationActions *organisationActions() const { return m_organisationActions; }
    // The message of the last refused file (also shown to the user); empty after success.
    QString lastError() const { return m_lastError; }

signals:
    void registerOpened(const QString &path);
    void registerClosed();
    // The register the features work on: another one, or none (null).
    void openedRegisterChanged(kartoitus::OpenRegister *reg);
    // File › Save a Copy As… ended: the copy at `path` was written, or `error` says why not.
    void copySaved(bool ok, const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    // Esc in a view's search box clears it (the views' own filters do Down and Enter).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createViews();
    // What File › Export… writes in the current view: its list, or the organisations.
    ExportScope exportScope() const;
    // The lists' reference names in the window's language, Esc and room in the search boxes.
    void setUpLists();
    // Every list reads the register (or none).
    void setListDatabase(const QSqlDatabase &db);
    void rebuildRecentMenu();
    // Asks for a new register's file and creates it; false when cancelled or refused.
    bool newRegisterDialog();
    // Offers to import the table at `path`; see openFile().
    bool offerImport(const QString &path);
    // The start page or the views, and what needs a register, after an open or a close.
    void showOpenState();
    void showHelp();
    void showSettings();
    // The window's layout: geometry and the views' splitters, remembered in QSettings under
    // "mainWindow/" (the current view is the ViewSwitcher's); reset to a first start's.
    void restoreLayout();
    void saveLayout() const;
    void resetLayout();
    QList<QSplitter *> viewSplitters(QStringList *keys) const;
    void openRegisterDialog();
    void openReadOnlyDialog();
    void saveCopyDialog();
    void copyWritten(bool ok, const QString &path, const QString &error);
    void showReadOnlyBanner();
    QString readOnlyExplanation() const;
    void openDemoRegister();
    void about();
    void alreadyOpenElsewhere(const QString &path);
    void bringToFront();
    void adopt(std::unique_ptr<Register> reg);
    void setOpenedRegister(OpenRegister *reg);
    void registerChanged(kartoitus::ChangeSet what);
    void showReplayProgress(const QString &label);
    void replayEnded(bool done);
    void showError(const QString &title, const QString &message, const QString &path);
    void updateTitle();
    void updateStatus();

    OpenRegister *m_open = nullptr; // a child; replaced when another register opens
    QUndoGroup *m_undoGroup;
    OrganisationListWidget *m_list;
    ActivityListWidget *m_activities;
    PersonListWidget *m_persons;
    ViewSwitcher *m_views;
    QStackedWidget *m_pages; // the views, or the start page while no register is open
    QWidget *m_viewsPage;
    StartPage *m_startPage; // shown while no register is open
    QLabel *m_pathLabel;    // the register's file name; its tooltip the whole path
    InfoBanner *m_banner;
    InfoBanner *m_readOnlyBanner; // shown while the open register is read-only
    QLabel *m_countLabel;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_propertiesAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QList<QMenu *> m_recordMenus; // Organisation, Activity, Person: shown in their view only
    QList<QByteArray> m_defaultSplitterStates;      // as built, for Reset Window Layout
    QList<ReferenceNameDelegate *> m_nameDelegates; // the lists' sectors, themes, ... in Swedish
    QPointer<QProgressDialog> m_copyProgress;       // while a copy is written
    bool m_openedBesideWriter = false;              // read-only because another window writes it
    ImportActions *m_importActions = nullptr;
    QProgressDialog *m_replayProgress = nullptr;
    ExportActions *m_exportActions = nullptr;
    ReportActions *m_reportActions = nullptr;
    SurveyActions *m_surveyActions = nullptr;
    OrganisationActions *m_organisationActions = nullptr;
    ActivityActions *m_activityActions = nullptr;
    PersonActions *m_personActions = nullptr;
    QString m_lastError;
};

} // namespace kartoitus
