// A register the window may not change: why it is read-only (the banner), the register that
// another window has open, and File › Save a Copy As…, the way from a read-only register to
// one that can be changed.
#include "mainwindow/mainwindow.h"

#include "common/infobanner.h"
#include "common/registerbeacon.h"
#include "common/registertask.h"
#include "storage/register.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>

namespace kartoitus {

namespace {

struct CopyOutcome
{
    bool ok = false;
    QString error;
};

} // namespace

void MainWindow::alreadyOpenElsewhere(const QString &path)
{
    m_lastError =
        tr("%1 is already open in another Kartoitus window.").arg(QFileInfo(path).fileName());
    auto *box = new QMessageBox(QMessageBox::Information, tr("Register Already Open"), m_lastError,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("alreadyOpenBox"));
    box->setInformativeText(
        tr("Two windows changing one register would each keep their own undo steps and show "
           "each other's changes late. Go to the window that has it, or open it here read-only "
           "to search, list, export and print."));
    QPushButton *goThere = box->addButton(tr("&Go to That Window"), QMessageBox::AcceptRole);
    goThere->setObjectName(QStringLiteral("goToWindowButton"));
    QPushButton *readOnly = box->addButton(tr("Open &Read-Only"), QMessageBox::ActionRole);
    readOnly->setObjectName(QStringLiteral("openReadOnlyButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(goThere);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, path, goThere, readOnly](QAbstractButton *button) {
                if (button == goThere) {
                    RegisterBeacon::raiseOtherWindow(path);
                } else if (button == readOnly && openRegister(path, OpenMode::ReadOnly)) {
                    m_openedBesideWriter = true;
                    showReadOnlyBanner();
                }
            });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

QString MainWindow::readOnlyExplanation() const
{
    const QString name = QFileInfo(m_open->path()).fileName();
    switch (m_open->readOnlyCause()) {
    case ReadOnlyCause::Requested:
        if (m_openedBesideWriter)
            return tr("%1 is open for writing in another Kartoitus window, so here it is "
                      "read-only: search, list, export and print it here, and change it in "
                      "that window. Changes made there show here when you open it again.")
                .arg(name);
        return tr("You opened %1 read-only: it can be searched, listed, exported and printed, "
                  "but not changed. To change it, open it again with File › Open.")
            .arg(name);
    case ReadOnlyCause::Folder:
        return tr("%1 is read-only here: the folder it is in cannot be written to, and a "
                  "register needs to write beside itself while it changes. It can be searched, "
                  "listed, exported and printed. To change it, save a copy in a folder where "
                  "you can write and work on the copy.")
            .arg(name);
    case ReadOnlyCause::Medium:
        return tr("%1 is read-only here: the disk it is on cannot be written to. It can be "
                  "searched, listed, exported and printed. To change it, save a copy on "
                  "another disk and work on the copy.")
            .arg(name);
    case ReadOnlyCause::File:
    case ReadOnlyCause::None:
        break;
    }
    return tr("%1 is read-only: the file is marked read-only, or you may not change it. It "
              "can be searched, listed, exported and printed. To change it, save a copy and "
              "work on the copy.")
        .arg(name);
}

void MainWindow::showReadOnlyBanner()
{
    // Built once: the button stays, the text follows the register.
    if (!m_readOnlyBanner->property("built").toBool()) {
        m_readOnlyBanner->setProperty("built", true);
        QPushButton *copy = m_readOnlyBanner->addButton(tr("Save a Copy As…"));
        copy->setObjectName(QStringLiteral("saveCopyButton"));
        connect(copy, &QPushButton::clicked, this, &MainWindow::saveCopyDialog);
    }
    m_readOnlyBanner->setText(readOnlyExplanation());
    m_readOnlyBanner->show();
}

void MainWindow::saveCopyAs(const QString &path)
{
    if (!m_open || m_copyProgress)
        return;
    const QString target = QFileInfo(path).absoluteFilePath();
    // Renaming the copy over a register another window has open would leave that window
    // writing to a file nobody can find.
    if (RegisterBeacon::isOpenElsewhere(target)) {
        const QString message =
            tr("%1 is open in another Kartoitus window. Choose another name for the copy.")
                .arg(QFileInfo(target).fileName());
        showError(tr("Cannot save the copy"), message, target);
        emit copySaved(false, target, message);
        return;
    }
    // VACUUM INTO has no progress to report: the dialog says that work goes on, and keeps
    // the window from closing the register meanwhile.
    m_copyProgress = new QProgressDialog(
        tr("Saving a copy as %1…").arg(QFileInfo(target).fileName()), QString(), 0, 0, this);
    m_copyProgress->setObjectName(QStringLiteral("copyProgress"));
    m_copyProgress->setWindowTitle(QStringLiteral("Kartoitus"));
    m_copyProgress->setWindowModality(Qt::WindowModal);
    m_copyProgress->setMinimumDuration(300);
    m_copyProgress->setAttribute(Qt::WA_DeleteOnClose);

    auto *watcher = new QFutureWatcher<CopyOutcome>(this);
    connect(watcher, &QFutureWatcher<CopyOutcome>::finished, this, [this, watcher, target] {
        const CopyOutcome outcome = watcher->result();
        watcher->deleteLater();
        copyWritten(outcome.ok, target, outcome.error);
    });
    auto work = [target](Register &reg) {
        CopyOutcome outcome;
        outcome.ok = reg.saveCopyAs(target, &outcome.error);
        return outcome;
    };
    auto failed = [](const QString &message) { return CopyOutcome{false, message}; };
    watcher->setFuture(runOnRegister(m_open->path(), m_open->openMode(), work, failed));
}

void MainWindow::copyWritten(bool ok, const QString &path, const QString &error)
{
    if (m_copyProgress)
        m_copyProgress->close();
    m_copyProgress = nullptr;
    emit copySaved(ok, path, error);
    if (!ok) {
        showError(tr("Cannot save the copy"), error, path);
        return;
    }
    const QString name = QFileInfo(path).fileName();
    statusBar()->showMessage(tr("Saved a copy as %1.").arg(name), 8000);
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Copy Saved"),
                        tr("The copy %1 was saved.").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("copySavedBox"));
    box->setInformativeText(tr("Open the copy in this window to work on it?"));
    QPushButton *open = box->addButton(tr("&Open the Copy"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openCopyButton"));
    box->addButton(tr("&Not Now"), QMessageBox::RejectRole);
    box->setDefaultButton(open);
    connect(box, &QMessageBox::buttonClicked, this, [this, open, path](QAbstractButton *button) {
        if (button == open)
            openRegister(path);
    });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace kartoitus
