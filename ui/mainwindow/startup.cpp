// What the window opens at start, and the demo register it offers on a first start.
#include "mainwindow/mainwindow.h"

#include "common/infobanner.h"
#include "demo/demoregister.h"
#include "repositories/organisationquery.h"
#include "settings/appsettings.h"
#include "storage/register.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPushButton>

namespace kartoitus {

namespace {

// Writes the demo register at path unless a file is already there; false and *error when
// the file cannot be written (then nothing is left behind).
bool ensureDemoRegister(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    bool written = false;
    {
        Register demo;
        const OpenResult created = demo.create(path);
        if (!created.ok()) {
            *error = created.message;
            return false;
        }
        written = writeDemoRegister(demo.database(), DemoOptions{}, error);
    }
    if (!written)
        QFile::remove(path);
    return written;
}

bool isEmpty(const Register &reg)
{
    return OrganisationQuery().count(reg.database()) == 0;
}

} // namespace

void MainWindow::startUp(const QString &file)
{
    if (!file.isEmpty()) {
        openRegister(file);
        return;
    }
    const QString last = AppSettings::lastRegister();
    QString path = AppSettings::defaultRegisterPath();
    // A register made by an earlier version in the data folder stays the user's register
    // until there is one in the new place.
    const QString legacy = AppSettings::legacyDefaultRegisterPath();
    if (!QFileInfo::exists(path) && QFileInfo::exists(legacy))
        path = legacy;
    if (last.isEmpty() || !QFileInfo::exists(last) || !openRegister(last)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto reg = std::make_unique<Register>();
        const OpenResult result = reg->openOrCreate(path);
        if (!result.ok()) {
            showError(tr("Cannot open the register"), result.message, path);
            return;
        }
        adopt(std::move(reg));
    }
    // Until the default register holds something, the demo is the quickest way to look.
    if (m_open && m_open->path() == QFileInfo(path).absoluteFilePath() && isEmpty(m_open->reg()))
        offerDemoRegister();
}

void MainWindow::offerDemoRegister()
{
    // Built once: the buttons stay, only the banner is shown again.
    if (!m_banner->property("demoOffer").toBool()) {
        m_banner->setProperty("demoOffer", true);
        m_banner->setText(tr("This register is empty. Open the demo register with fictional "
                             "organisations of Central Finland?"));
        QPushButton *yes = m_banner->addButton(tr("Open Demo Register"));
        yes->setObjectName(QStringLiteral("openDemoButton"));
        connect(yes, &QPushButton::clicked, this, &MainWindow::openDemoRegister);
        QPushButton *no = m_banner->addButton(tr("Not Now"));
        connect(no, &QPushButton::clicked, m_banner, &QWidget::hide);
    }
    m_banner->show();
}

void MainWindow::openDemoRegister()
{
    QString path = AppSettings::demoRegisterPath();
    // A demo register an earlier version wrote (perhaps changed since, as a demo invites)
    // stays the demo register until there is one in the new place.
    const QString legacy = AppSettings::legacyDemoRegisterPath();
    if (!QFileInfo::exists(path) && QFileInfo::exists(legacy))
        path = legacy;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ready = ensureDemoRegister(path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ready) {
        showError(tr("Cannot write the demo register"), error, path);
        return;
    }
    openRegister(path);
}

} // namespace kartoitus
