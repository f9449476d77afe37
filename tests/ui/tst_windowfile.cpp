// The window's File menu and what surrounds it, driven as a user would: Close leaves a start
// page, a register dropped on the window opens, Open on a CSV file offers to import it,
// File › Properties says where the register lives, F1 answers, the settings keep the
// language, the first-run register lives where a user finds it, and the record menus
// follow the view.
#include "common/infobanner.h"
#include "common/viewswitcher.h"
#include "importing/importwizard.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/registerproperties.h"
#include "mainwindow/startpage.h"
#include "organisations/organisationlistwidget.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "storage/register.h"
#include "widgetpart.h"
#include "windowtestsetup.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

#include <functional>
#include <memory>

using namespace kartoitus;

namespace {

// Runs `answer` on the modal dialog that `open` shows, once it is up.
void answerModal(const std::function<void(QWidget *)> &answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        QWidget *modal = QApplication::activeModalWidget();
        QVERIFY(modal);
        answer(modal);
    });
}

QMenu *menuTitled(QMainWindow &window, const QString &title)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text() == title)
            return action->menu();
    }
    return nullptr;
}

int organisationCount(const QSqlDatabase &db)
{
    QSqlQuery query(QStringLiteral("SELECT count(*) FROM organisations"), db);
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestWindowFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void closeShowsTheStartPage();
    void openRecentIsEnabledAfterTheFirstOpen();
    void droppedRegisterOpens();
    void openOnCsvOffersImport();
    void propertiesShowThePath();
    void f1OpensHelp();
    void settingsKeepTheLanguage();
    void firstRunRegisterIsFoundAgain();
    void earlierFirstRunRegisterStillOpens();
    void recordMenusFollowTheView();
    void screenshotsInFinnish();

private:
    QString copyOfDemo();

    QTemporaryDir m_dir;
    QString m_demoPath;
    int m_number = 0;
};

void TestWindowFile::initTestCase()
{
    windowtest::isolateSettings(QStringLiteral("tst_windowfile"), m_dir.filePath("settings"));
    m_demoPath = m_dir.filePath(QStringLiteral("demo.kartoitus"));
    QString error;
    QVERIFY2(windowtest::writeDemoFile(m_demoPath, &error), qPrintable(error));
}

void TestWindowFile::init()
{
    QSettings().clear();
    QDir(QFileInfo(AppSettings::defaultRegisterPath()).absolutePath()).removeRecursively();
    QFile::remove(AppSettings::legacyDefaultRegisterPath());
}

QString TestWindowFile::copyOfDemo()
{
    const QString path = m_dir.filePath(QStringLiteral("r%1.kartoitus").arg(++m_number));
    return QFile::copy(m_demoPath, path) ? path : QString();
}

void TestWindowFile::closeShowsTheStartPage()
{
    const QString path = copyOfDemo();
    MainWindow window;
    window.show();
    QVERIFY(window.openRegister(path));
    QVERIFY(window.views()->isVisible());
    QVERIFY(!widgetPart<StartPage>(&window, "startPage")->isVisible());

    QAction *close = nullptr;
    for (QAction *action : window.fileMenu()->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Close))
            close = action;
    }
    QVERIFY(close && close->isEnabled());
    close->trigger();

    QVERIFY(!window.currentRegister());
    QVERIFY(widgetPart<StartPage>(&window, "startPage")->isVisible());
    // No search box over nothing, and nothing that needs a register.
    QVERIFY(!window.views()->isVisible());
    QVERIFY(!window.organisationList()->searchField()->isVisible());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("findAction"))->isEnabled());
    QVERIFY(!widgetPart<QAction>(&window, "propertiesAction")->isEnabled());
    QVERIFY(!widgetPart<QAction>(&window, "saveCopyAction")->isEnabled());
    QVERIFY(!window.views()->menu()->isEnabled());
    QVERIFY(!menuTitled(window, QStringLiteral("&Organisation"))->menuAction()->isVisible());
    QVERIFY(
        window.statusBar()->findChild<QLabel *>(QStringLiteral("registerPathLabel"))->isHidden());

    // The register just closed is first among the recent ones; Enter opens it again.
    QListWidget *recent = widgetPart<QListWidget>(&window, "startRecentList");
    QVERIFY(recent->count() >= 1);
    QCOMPARE(recent->currentItem()->data(Qt::UserRole).toString(),
             QFileInfo(path).absoluteFilePath());
    for (const char *name : {"startNewButton", "startOpenButton", "startDemoButton"})
        QVERIFY(widgetPart<StartPage>(&window, "startPage")
                    ->findChild<QPushButton *>(QLatin1String(name))
                    ->isVisible());
    recent->setFocus();
    QTest::keyClick(recent, Qt::Key_Return);
    QVERIFY(window.currentRegister());
    QCOMPARE(window.currentRegister()->path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.views()->isVisible());
    QVERIFY(!widgetPart<StartPage>(&window, "startPage")->isVisible());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("findAction"))->isEnabled());
}

void TestWindowFile::openRecentIsEnabledAfterTheFirstOpen()
{
    MainWindow window;
    window.show();
    QVERIFY(!window.recentFilesMenu()->isEnabled());
    QVERIFY(widgetPart<StartPage>(&window, "startPage")->isVisible()); // nothing open yet
    QVERIFY(window.openRegister(copyOfDemo()));
    // Enabled without reopening the menu: a disabled menu never shows to be rebuilt.
    QVERIFY(window.recentFilesMenu()->isEnabled());
}

void TestWindowFile::droppedRegisterOpens()
{
    const QString first = copyOfDemo();
    const QString second = copyOfDemo();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openRegister(first));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(second)});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(window.currentRegister()->path(), QFileInfo(second).absoluteFilePath());

    // Something that is neither a register nor a table is not taken.
    QFile other(m_dir.filePath(QStringLiteral("notes.pdf")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    QMimeData pdf;
    pdf.setUrls({QUrl::fromLocalFile(other.fileName())});
    QDragEnterEvent refused(at, Qt::CopyAction, &pdf, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestWindowFile::openOnCsvOffersImport()
{
    const QString csv = m_dir.filePath(QStringLiteral("uudet.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Nimi;Kunta\nTestin Latu ry;Laukaa\n");
    file.close();

    MainWindow window;
    window.show();
    QVERIFY(window.openRegister(copyOfDemo()));

    // Cancel: nothing starts, the register stays.
    QString question;
    answerModal([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        box->reject();
    });
    QVERIFY(!window.openFile(csv));
    QVERIFY(question.contains(QLatin1String("uudet.csv")));
    QVERIFY(question.contains(QFileInfo(window.currentRegister()->path()).fileName()));
    QVERIFY(!window.findChild<ImportWizard *>());

    // Import: the wizard opens on that file, over the open register.
    answerModal([](QWidget *modal) {
        auto *yes = modal->findChild<QPushButton *>(QStringLiteral("offerImportYes"));
        QVERIFY(yes);
        yes->click();
    });
    QVERIFY(window.openFile(csv));
    auto *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QVERIFY(window.currentRegister()); // still the register, not the CSV
    wizard->reject();
}

void TestWindowFile::propertiesShowThePath()
{
    const QString path = copyOfDemo();
    MainWindow window;
    window.show();
    QVERIFY(window.openRegister(path));
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    // The path is also in the status bar's tooltip.
    auto *pathLabel = window.statusBar()->findChild<QLabel *>(QStringLiteral("registerPathLabel"));
    QCOMPARE(pathLabel->text(), QFileInfo(path).fileName());
    QCOMPARE(pathLabel->toolTip(), native);

    QVERIFY(widgetPart<QAction>(&window, "propertiesAction")->isEnabled());
    widgetPart<QAction>(&window, "propertiesAction")->trigger();
    auto *dialog = window.findChild<RegisterPropertiesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->pathField()->text(), native);
    QVERIFY(dialog->pathField()->isReadOnly());
    dialog->pathField()->selectAll();
    QCOMPARE(dialog->pathField()->selectedText(), native);

    QMap<QString, QString> rows;
    for (const auto &[label, value] : dialog->rows())
        rows.insert(label, value);
    QCOMPARE(rows.value(QStringLiteral("Schema version:")),
             QString::number(Register::currentSchemaVersion()));
    QCOMPARE(rows.value(QStringLiteral("Organisations:")),
             QLocale().toString(organisationCount(window.currentRegister()->database())));
    QVERIFY(
        rows.value(QStringLiteral("Size:")).contains(QLocale().toString(QFileInfo(path).size())));
    QVERIFY(!rows.value(QStringLiteral("Modified:")).isEmpty());
    dialog->close();
}

void TestWindowFile::f1OpensHelp()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QString title;
    answerModal([&title](QWidget *modal) {
        title = modal->windowTitle();
        modal->close();
    });
    QTest::keyClick(&window, Qt::Key_F1);
    // No user guide yet: the About box.
    QCOMPARE(title, QStringLiteral("About Kartoitus"));
}

void TestWindowFile::settingsKeepTheLanguage()
{
    MainWindow window;
    window.show();
    widgetPart<QAction>(&window, "settingsAction")->trigger();
    auto *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->languageCombo()->currentData().toString(), QString()); // the system's
    dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findText("Svenska"));
    dialog->accept();
    QCOMPARE(AppSettings::language(), QStringLiteral("sv"));
    QCOMPARE(AppSettings::chosenLocale().language(), QLocale::Swedish);

    // Opened again, it shows the choice; Cancel keeps it.
    widgetPart<QAction>(&window, "settingsAction")->trigger();
    QTRY_VERIFY(window.findChildren<SettingsDialog *>().size() == 1);
    dialog = window.findChild<SettingsDialog *>();
    QCOMPARE(dialog->languageCombo()->currentText(), QStringLiteral("Svenska"));
    dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findText("English"));
    dialog->reject();
    QCOMPARE(AppSettings::language(), QStringLiteral("sv"));

    // Reset Window Layout: the home view and a first start's size.
    window.views()->setCurrentView(QStringLiteral("persons"));
    window.resize(500, 400);
    widgetPart<QAction>(&window, "settingsAction")->trigger();
    QTRY_VERIFY(window.findChildren<SettingsDialog *>().size() == 1);
    dialog = window.findChild<SettingsDialog *>();
    dialog->resetLayoutButton()->click();
    QCOMPARE(window.views()->currentId(), QStringLiteral("organisations"));
    QCOMPARE(window.size(), QSize(1200, 760));
    dialog->reject();
}

void TestWindowFile::firstRunRegisterIsFoundAgain()
{
    const QString path = AppSettings::defaultRegisterPath();
    // Not the data folder's doubled Kartoitus/Kartoitus/kartoitus.kartoitus.
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("rekisteri.kartoitus"));
    QCOMPARE(QFileInfo(path).dir().dirName(), QStringLiteral("Kartoitus"));
    QVERIFY(!path.contains(QLatin1String("Kartoitus/Kartoitus")));
    QVERIFY(!QFile::exists(path));

    MainWindow window;
    window.show();
    window.startUp(QString());
    QVERIFY(window.currentRegister());
    QCOMPARE(window.currentRegister()->path(), path);
    QVERIFY(QFile::exists(path));
    auto *pathLabel = window.statusBar()->findChild<QLabel *>(QStringLiteral("registerPathLabel"));
    QCOMPARE(pathLabel->toolTip(), QDir::toNativeSeparators(path));
}

void TestWindowFile::earlierFirstRunRegisterStillOpens()
{
    // An earlier version's first start left its register in the data folder.
    const QString legacy = AppSettings::legacyDefaultRegisterPath();
    QVERIFY(QDir().mkpath(QFileInfo(legacy).absolutePath()));
    QVERIFY(QFile::copy(m_demoPath, legacy));

    MainWindow window;
    window.show();
    window.startUp(QString());
    QVERIFY(window.currentRegister());
    QCOMPARE(window.currentRegister()->path(), QFileInfo(legacy).absoluteFilePath());
    QVERIFY(organisationCount(window.currentRegister()->database()) > 100);
    QVERIFY(!QFile::exists(AppSettings::defaultRegisterPath())); // no second, empty one
    QVERIFY(!window.banner()->isVisible());
    window.closeRegister();
    QVERIFY(QFile::remove(legacy));
}

void TestWindowFile::recordMenusFollowTheView()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openRegister(copyOfDemo()));
    const std::pair<QString, QString> menus[] = {{QStringLiteral("organisations"), "&Organisation"},
                                                 {QStringLiteral("activities"), "&Activity"},
                                                 {QStringLiteral("persons"), "&Person"}};
    for (const auto &[view, title] : menus) {
        QVERIFY(window.views()->setCurrentView(view));
        for (const auto &[other, otherTitle] : menus) {
            QMenu *menu = menuTitled(window, otherTitle);
            QVERIFY2(menu, qPrintable(otherTitle));
            QCOMPARE(menu->menuAction()->isVisible(), other == view);
        }
    }
    QVERIFY(window.views()->setCurrentView(QStringLiteral("networks")));
    for (const auto &[other, otherTitle] : menus)
        QVERIFY(!menuTitled(window, otherTitle)->menuAction()->isVisible());
}

void TestWindowFile::screenshotsInFinnish()
{
    // docs/screenshots/start-page.png, register-properties.png and settings.png: saved with
    // KARTOITUS_SCREENSHOTS=<folder>; the Finnish texts are checked either way.
    const QString folder = qEnvironmentVariable("KARTOITUS_SCREENSHOTS");
    QTranslator finnish;
    QVERIFY(finnish.load(QStringLiteral(":/i18n/kartoitus_fi.qm")));
    QCoreApplication::installTranslator(&finnish);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&finnish);
        QLocale::setDefault(before);
    });
    const auto save = [&folder](QWidget *widget, const QString &name) {
        QTest::qWait(50);
        const QPixmap shot = widget->grab();
        QVERIFY(!shot.isNull());
        if (!folder.isEmpty())
            QVERIFY(shot.save(QDir(folder).filePath(name)));
    };

    // The registers live in a home folder of the test's own, where a user keeps them: the
    // start page names their folder as the user knows it, ~/Documents/Kartoitus.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    const auto restoreHome = qScopeGuard([&] { qputenv("HOME", oldHome); });
    const QDir documents(home.filePath(QStringLiteral("Documents/Kartoitus")));
    QVERIFY(documents.mkpath(QStringLiteral(".")));
    const QString first = documents.filePath(QStringLiteral("rekisteri.kartoitus"));
    const QString path = documents.filePath(QStringLiteral("Keski-Suomen järjestöt.kartoitus"));
    QVERIFY(QFile::copy(m_demoPath, first));
    QVERIFY(QFile::copy(m_demoPath, path));
    AppSettings::clearRecentFiles();
    MainWindow window;
    window.resize(1100, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openRegister(first));
    QVERIFY(window.openRegister(path));
    window.showProperties();
    auto *properties = window.findChild<RegisterPropertiesDialog *>();
    QVERIFY(properties);
    QCOMPARE(properties->windowTitle(),
             QStringLiteral("Rekisterin %1 ominaisuudet").arg(QFileInfo(path).fileName()));
    save(properties, QStringLiteral("register-properties.png"));
    properties->close();

    widgetPart<QAction>(&window, "settingsAction")->trigger();
    auto *settings = window.findChild<SettingsDialog *>();
    QVERIFY(settings);
    QCOMPARE(settings->windowTitle(), QStringLiteral("Asetukset"));
    save(settings, QStringLiteral("settings.png"));
    settings->reject();

    window.closeRegister();
    QVERIFY(widgetPart<StartPage>(&window, "startPage")->isVisible());
    QVERIFY(widgetPart<StartPage>(&window, "startPage")
                ->findChild<QPushButton *>(QStringLiteral("startNewButton"))
                ->text() == QStringLiteral("&Uusi rekisteri…"));
    auto *recent = widgetPart<StartPage>(&window, "startPage")
                       ->findChild<QListWidget *>(QStringLiteral("startRecentList"));
    QVERIFY(recent);
    QCOMPARE(recent->count(), 2);
    QCOMPARE(recent->item(0)->text(),
             QStringLiteral("Keski-Suomen järjestöt.kartoitus — ~/Documents/Kartoitus"));
    QCOMPARE(recent->item(1)->text(),
             QStringLiteral("rekisteri.kartoitus — ~/Documents/Kartoitus"));
    QCOMPARE(recent->item(0)->toolTip(), QDir::toNativeSeparators(path));
    save(&window, QStringLiteral("start-page.png"));
}

QTEST_MAIN(TestWindowFile)
#include "tst_windowfile.moc"
