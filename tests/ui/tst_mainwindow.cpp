// The main window driven as a user would: first start, search as you type, refused files,
// the recent files list and the modified marker.
#include "common/infobanner.h"
#include "common/viewpage.h"
#include "common/viewswitcher.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/startpage.h"
#include "models/organisationtablemodel.h"
#include "organisations/organisationfilterbar.h"
#include "organisations/organisationlistwidget.h"
#include "settings/appsettings.h"
#include "storage/register.h"
#include "widgetpart.h"
#include "windowtestsetup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kartoitus;

namespace {

// A view as another feature would add it: a count for the status bar and a search box.
class CountingView : public ViewPage
{
public:
    explicit CountingView(QWidget *parent = nullptr)
        : ViewPage(parent)
        , m_search(new QLineEdit(this))
    {
        setFocusProxy(m_search);
    }
    QString countText() const override { return QStringLiteral("%1 things").arg(m_count); }
    QLineEdit *searchField() const override { return m_search; }
    void setCount(int count)
    {
        m_count = count;
        emit countTextChanged();
    }

private:
    QLineEdit *m_search;
    int m_count = 7;
};

// QTest::keyClicks handles ASCII only; Finnish letters go as key events with their text,
// as a keyboard sends them.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClicks(widget, QString(c));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c),
                                Qt::NoModifier);
    }
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstStartOffersTheDemo();
    void demoRegisterBesideTheFirstOne();
    void startUpOpensTheFileGiven();
    void searchAsYouType();
    void dropDownsNarrowTheList();
    void foundInSaysWhyARowIsListed();
    void refusedFileKeepsTheRegister_data();
    void refusedFileKeepsTheRegister();
    void recentFiles();
    void titleAndModifiedMarker();
    void viewsSwitchAndAreRemembered();

private:
    QString makeRegister(const QString &name);
    static QStringList recentMenuTexts(MainWindow &window);
    static QString statusText(MainWindow &window);

    QTemporaryDir m_dir;
    QString m_demoPath;
};

QString TestMainWindow::makeRegister(const QString &name)
{
    const QString path = m_dir.filePath(name);
    Register reg;
    return reg.create(path).ok() ? path : QString();
}

QStringList TestMainWindow::recentMenuTexts(MainWindow &window)
{
    emit window.recentFilesMenu()->aboutToShow();
    QStringList texts;
    for (QAction *action : window.recentFilesMenu()->actions()) {
        if (!action->toolTip().isEmpty() && action->toolTip().endsWith(QLatin1String(".kartoitus")))
            texts.append(QFileInfo(action->toolTip()).fileName());
    }
    return texts;
}

QString TestMainWindow::statusText(MainWindow &window)
{
    QString text;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        text += label->text();
    return text;
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Kartoitus"));
    QCoreApplication::setApplicationName(QStringLiteral("Kartoitus"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));

    m_demoPath = m_dir.filePath(QStringLiteral("demo.kartoitus"));
    QString error;
    QVERIFY2(windowtest::writeDemoFile(m_demoPath, &error), qPrintable(error));
}

void TestMainWindow::init()
{
    QSettings().clear();
    // The data folder of test mode is shared between runs: start every test without it.
    QDir(QFileInfo(AppSettings::defaultRegisterPath()).absolutePath()).removeRecursively();
    // Where earlier versions put it: a file there would be opened as the user's register.
    QFile::remove(AppSettings::legacyDefaultRegisterPath());
    QFile::remove(AppSettings::legacyDemoRegisterPath());
}

// Open Demo Register writes the demo beside the first start's register, where the user finds
// it again; a demo an earlier version left in the data folder opens while there is none there.
void TestMainWindow::demoRegisterBesideTheFirstOne()
{
    const QString demo = AppSettings::demoRegisterPath();
    QCOMPARE(QFileInfo(demo).fileName(), QStringLiteral("esimerkkirekisteri.kartoitus"));
    QCOMPARE(QFileInfo(demo).absolutePath(),
             QFileInfo(AppSettings::defaultRegisterPath()).absolutePath());
    const QString legacy = AppSettings::legacyDemoRegisterPath();
    {
        MainWindow window;
        window.show();
        QVERIFY(widgetPart<StartPage>(&window, "startPage")->isVisible());
        auto *button = widgetPart<StartPage>(&window, "startPage")
                           ->findChild<QPushButton *>(QStringLiteral("startDemoButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(window.currentRegister());
        QCOMPARE(window.currentRegister()->path(), demo);
        QVERIFY(window.organisationList()->shownCount() > 100);
        QVERIFY(!QFile::exists(legacy));
        window.closeRegister();
    }

    // An earlier version's demo (its user may have changed it): that one opens, and no
    // second is written.
    QVERIFY(QDir().mkpath(QFileInfo(legacy).absolutePath()));
    QVERIFY(QFile::rename(demo, legacy));
    {
        MainWindow window;
        window.show();
        QTest::mouseClick(widgetPart<StartPage>(&window, "startPage")
                              ->findChild<QPushButton *>(QStringLiteral("startDemoButton")),
                          Qt::LeftButton);
        QVERIFY(window.currentRegister());
        QCOMPARE(window.currentRegister()->path(), QFileInfo(legacy).absoluteFilePath());
        QVERIFY(window.organisationList()->shownCount() > 100);
        QVERIFY(!QFile::exists(demo));
        window.closeRegister();
    }
    QVERIFY(QFile::remove(legacy));
}

void TestMainWindow::firstStartOffersTheDemo()
{
    {
        MainWindow window;
        window.show();
        window.startUp(QString());
        QVERIFY(window.currentRegister());
        QCOMPARE(window.currentRegister()->path(), AppSettings::defaultRegisterPath());
        QVERIFY(QFile::exists(AppSettings::defaultRegisterPath()));
        QCOMPARE(window.organisationList()->shownCount(), 0);
        QVERIFY(window.banner()->isVisible());
        QVERIFY(window.banner()->text().contains(QLatin1String("demo register")));

        auto *yes = window.banner()->findChild<QPushButton *>(QStringLiteral("openDemoButton"));
        QVERIFY(yes);
        QTest::mouseClick(yes, Qt::LeftButton);
        QCOMPARE(window.currentRegister()->path(), AppSettings::demoRegisterPath());
        QVERIFY(window.organisationList()->shownCount() > 100);
        QVERIFY(!window.banner()->isVisible());
        QCOMPARE(AppSettings::lastRegister(), AppSettings::demoRegisterPath());
    } // closed, as a program that ends: a running one would keep the demo to itself

    // The next start opens the register used last and offers nothing.
    MainWindow again;
    again.show();
    again.startUp(QString());
    QCOMPARE(again.currentRegister()->path(), AppSettings::demoRegisterPath());
    QVERIFY(!again.banner()->isVisible());

    // Back on the still empty default register, the offer stands.
    AppSettings::setLastRegister(AppSettings::defaultRegisterPath());
    MainWindow third;
    third.show();
    third.startUp(QString());
    QCOMPARE(third.currentRegister()->path(), AppSettings::defaultRegisterPath());
    QVERIFY(third.banner()->isVisible());
}

void TestMainWindow::startUpOpensTheFileGiven()
{
    MainWindow window;
    window.startUp(m_demoPath);
    QVERIFY(window.currentRegister());
    QCOMPARE(window.currentRegister()->path(), m_demoPath);
    QVERIFY(!QFile::exists(AppSettings::defaultRegisterPath()));
}

void TestMainWindow::searchAsYouType()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openRegister(m_demoPath));
    QTableView *view = window.organisationList()->view();
    const int all = view->model()->rowCount();
    QVERIFY(all > OrganisationTableModel::PageSize);
    QVERIFY(statusText(window).contains(QString::number(all)));

    QLineEdit *search = window.organisationList()->searchField();
    QTest::keyClicks(search, QStringLiteral("jyv"));
    const int afterJyv = view->model()->rowCount();
    QVERIFY(afterJyv > 0);
    QVERIFY(afterJyv < all);
    typeText(search, QStringLiteral("äskylä"));
    const int afterWord = view->model()->rowCount();
    QVERIFY(afterWord > 0);
    QVERIFY(afterWord <= afterJyv);
    QVERIFY(statusText(window).contains(QStringLiteral("%1 of %2").arg(afterWord).arg(all)));
    // Every row shown really is about Jyväskylä somewhere: spot-check the first one.
    const QModelIndex first = view->model()->index(0, 0);
    QVERIFY(first.data().isValid());

    QTest::keyClicks(search, QStringLiteral(" qqqxyz"));
    QCOMPARE(view->model()->rowCount(), 0);
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE(view->model()->rowCount(), 0);

    search->clear();
    QCOMPARE(view->model()->rowCount(), all);
    QVERIFY(!statusText(window).contains(QLatin1String(" of ")));
}

// How many organisations of the demo register the drop-downs should leave, counted in
// SQL written here rather than by the list's own query.
static int countInRegister(const QString &path, const QString &where)
{
    Register reg;
    if (!reg.open(path).ok())
        return -1;
    QSqlQuery q(reg.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM organisations o WHERE ") + where) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestMainWindow::dropDownsNarrowTheList()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openRegister(m_demoPath));
    OrganisationListWidget *list = window.organisationList();
    QAbstractItemModel *model = list->view()->model();
    const int all = model->rowCount();
    OrganisationFilterBar *bar = list->filterBar();

    // Central Finland's municipalities come first, Finnish order: Hankasalmi before Äänekoski.
    auto *municipality = widgetPart<QComboBox>(bar, "organisationMunicipality");
    QVERIFY(municipality);
    QVERIFY(municipality->findText(QStringLiteral("Hankasalmi")) <
            municipality->findText(QStringLiteral("Äänekoski")));
    QVERIFY(municipality->findText(QStringLiteral("Äänekoski")) <
            municipality->findText(QStringLiteral("Helsinki")));

    municipality->setCurrentIndex(municipality->findText(QStringLiteral("Toivakka")));
    const int inToivakka = countInRegister(
        m_demoPath, QStringLiteral("o.home_municipality = '850' OR o.id IN (SELECT "
                                   "organisation_id FROM organisation_municipalities WHERE "
                                   "municipality_code = '850')"));
    QVERIFY(inToivakka > 0);
    QCOMPARE(model->rowCount(), inToivakka);
    QVERIFY(statusText(window).contains(QStringLiteral("%1 of %2").arg(inToivakka).arg(all)));

    // The status drop-down on top of it: only dissolved ones, and the table says so.
    municipality->setCurrentIndex(0);
    auto *status = widgetPart<QComboBox>(bar, "organisationStatus");
    QVERIFY(status);
    status->setCurrentIndex(status->findData(QStringLiteral("dissolved")));
    const int dissolved = countInRegister(m_demoPath, QStringLiteral("o.status = 'dissolved'"));
    QVERIFY(dissolved > 0);
    QCOMPARE(model->rowCount(), dissolved);
    const int statusColumn = [&] {
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->headerData(c, Qt::Horizontal).toString() == QLatin1String("Status"))
                return c;
        }
        return -1;
    }();
    QVERIFY(statusColumn >= 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, statusColumn).data().toString(), QStringLiteral("Dissolved"));

    // A sector and a search narrow it further; "All" everywhere gives the whole list back.
    auto *sector = widgetPart<QComboBox>(bar, "organisationSector");
    QVERIFY(sector);
    sector->setCurrentIndex(1);
    QVERIFY(model->rowCount() <= dissolved);
    QTest::keyClicks(list->searchField(), QStringLiteral("qqqxyz"));
    QCOMPARE(model->rowCount(), 0);
    list->searchField()->clear();
    bar->clear();
    QCOMPARE(model->rowCount(), all);
    QVERIFY(!bar->isActive());
}

// Names of the demo register's organisations that `sql` selects (a list of names, by SQL
// written here rather than by the list's own query).
static QStringList namesInRegister(const QString &path, const QString &sql)
{
    Register reg;
    QStringList names;
    if (!reg.open(path).ok())
        return names;
    QSqlQuery q(reg.database());
    if (q.exec(sql)) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    names.sort();
    return names;
}

void TestMainWindow::foundInSaysWhyARowIsListed()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openRegister(m_demoPath));
    OrganisationListWidget *list = window.organisationList();
    OrganisationTableModel *model = list->model();
    QAbstractItemModelTester tester(model);
    const QList<OrganisationColumn> columns = list->visibleColumns();
    QCOMPARE(model->hitSection(), -1);

    // "kuntosali" is in no organisation's name, only in its activities' names.
    const QStringList expected = namesInRegister(
        m_demoPath, QStringLiteral("SELECT DISTINCT o.name FROM organisations o JOIN activities "
                                   "a ON a.organisation_id = o.id WHERE a.name LIKE "
                                   "'%kuntosali%'"));
    QVERIFY(!expected.isEmpty());
    QTest::keyClicks(list->searchField(), QStringLiteral("kuntosali"));
    const int hits = model->hitSection();
    QCOMPARE(hits, columns.size());
    QCOMPARE(model->headerData(hits, Qt::Horizontal).toString(), QStringLiteral("Found in"));
    // Beside the name, and no column of an export "as in the list".
    QCOMPARE(list->view()->horizontalHeader()->visualIndex(hits), 1);
    QCOMPARE(list->visibleColumns(), columns);
    QStringList listed;
    for (int row = 0; row < model->rowCount(); ++row) {
        listed.append(model->index(row, 0).data().toString());
        const QString note = model->index(row, hits).data().toString();
        QVERIFY2(note.startsWith(QLatin1String("Activities: ")), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("kuntosali"), Qt::CaseInsensitive), qPrintable(note));
    }
    listed.sort();
    QCOMPARE(listed, expected);

    // A word of the name needs no note: the name on screen says it.
    list->searchField()->clear();
    QTest::keyClicks(list->searchField(), QStringLiteral("latu"));
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString().contains(QLatin1String("Latu")))
            QCOMPARE(model->index(row, model->hitSection()).data().toString(), QString());
    }

    // Listed under Toivakka: those at home elsewhere say that they operate there too.
    list->searchField()->clear();
    QCOMPARE(model->hitSection(), -1);
    auto *municipality = widgetPart<QComboBox>(list, "organisationMunicipality");
    QVERIFY(municipality);
    municipality->setCurrentIndex(municipality->findText(QStringLiteral("Toivakka")));
    const QStringList servedOnly = namesInRegister(
        m_demoPath, QStringLiteral("SELECT o.name FROM organisations o JOIN "
                                   "organisation_municipalities om ON om.organisation_id = o.id "
                                   "WHERE om.municipality_code = '850' AND o.home_municipality "
                                   "IS NOT '850'"));
    QVERIFY(!servedOnly.isEmpty());
    const int section = model->hitSection();
    QVERIFY(section >= 0);
    QStringList noted;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString note = model->index(row, section).data().toString();
        if (note.isEmpty())
            continue;
        QCOMPARE(note, QStringLiteral("Also operates in: Toivakka"));
        noted.append(model->index(row, 0).data().toString());
    }
    noted.sort();
    QCOMPARE(noted, servedOnly);
    municipality->setCurrentIndex(0);
    QCOMPARE(model->hitSection(), -1);
    QCOMPARE(model->columnCount(), columns.size());
}

void TestMainWindow::refusedFileKeepsTheRegister_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << "notes.txt" << QByteArray("Yhdistykset 2024\nNimi;Kunta\n");
    QTest::newRow("empty") << "empty.kartoitus" << QByteArray();
    QTest::newRow("missing") << "missing.kartoitus" << QByteArray("-");
}

void TestMainWindow::refusedFileKeepsTheRegister()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(fileName);
    if (content != "-") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openRegister(m_demoPath));
    const int rows = window.organisationList()->shownCount();

    QVERIFY(!window.openRegister(path));
    auto *box = window.findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY2(box->text().contains(fileName), qPrintable(box->text()));
    QCOMPARE(window.lastError(), box->text());
    box->close();
    QCOMPARE(window.currentRegister()->path(), m_demoPath);
    QCOMPARE(window.organisationList()->shownCount(), rows);
    QVERIFY(!recentMenuTexts(window).contains(fileName));
    if (content != "-") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content); // refused files are left as they were
    }
}

void TestMainWindow::recentFiles()
{
    MainWindow window;
    QStringList created;
    for (int i = 0; i < AppSettings::MaxRecentFiles + 2; ++i) {
        created.append(makeRegister(QStringLiteral("recent%1.kartoitus").arg(i)));
        QVERIFY(window.openRegister(created.last()));
    }
    QStringList texts = recentMenuTexts(window);
    QCOMPARE(texts.size(), AppSettings::MaxRecentFiles);
    QCOMPARE(texts.first(), QStringLiteral("recent9.kartoitus")); // newest first
    QVERIFY(!texts.contains(QStringLiteral("recent0.kartoitus")));

    QVERIFY(QFile::remove(created.at(8)));
    texts = recentMenuTexts(window);
    QVERIFY(!texts.contains(QStringLiteral("recent8.kartoitus")));
    QCOMPARE(texts.size(), AppSettings::MaxRecentFiles - 1);

    // Opening a listed file moves it to the top instead of listing it twice.
    QVERIFY(window.openRegister(created.at(5)));
    texts = recentMenuTexts(window);
    QCOMPARE(texts.first(), QStringLiteral("recent5.kartoitus"));
    QCOMPARE(texts.count(QStringLiteral("recent5.kartoitus")), 1);
    for (const QString &path : created)
        QFile::remove(path);
}

void TestMainWindow::titleAndModifiedMarker()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openRegister(m_demoPath));
    QCOMPARE(window.windowTitle(), QStringLiteral("demo.kartoitus[*] — Kartoitus"));
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.undoStack());
    window.undoStack()->push(new QUndoCommand(QStringLiteral("Edit")));
    QVERIFY(window.isWindowModified());
    window.undoStack()->undo();
    QVERIFY(!window.isWindowModified());
    window.closeRegister();
    QVERIFY(!window.currentRegister());
    QVERIFY(!window.undoStack());
    QCOMPARE(window.windowTitle(), QStringLiteral("Kartoitus"));
}

void TestMainWindow::viewsSwitchAndAreRemembered()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openRegister(m_demoPath));
        ViewSwitcher *views = window.views();
        // The organisation list is the home view.
        QCOMPARE(views->ids().first(), QStringLiteral("organisations"));
        QCOMPARE(views->currentView(), window.organisationList());
        const QString organisations = statusText(window);
        QVERIFY(organisations.contains(QLatin1String("organisations")));
        // Each view of the side bar has an icon of its own, the same on every desktop.
        QList<QImage> icons;
        for (int row = 0; row < views->sideBar()->count(); ++row) {
            const QImage image =
                views->sideBar()->item(row)->icon().pixmap(QSize(24, 24)).toImage();
            QVERIFY2(!image.isNull(), qPrintable(views->ids().at(row)));
            QVERIFY2(!icons.contains(image), qPrintable(views->ids().at(row)));
            icons.append(image);
        }

        // Another feature adds its view with one call; it gets the next Ctrl+number.
        auto *things = new CountingView;
        const int index =
            views->addView(QStringLiteral("things"), QStringLiteral("Things"), QIcon(), things);
        QCOMPARE(index, views->count() - 1);
        QCOMPARE(views->sideBar()->count(), views->count());
        QCOMPARE(views->currentId(), QStringLiteral("organisations")); // not taken over

        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        QCOMPARE(views->currentId(), QStringLiteral("things"));
        QVERIFY(things->isVisible());
        QVERIFY(!window.organisationList()->isVisible());
        // The status bar counts what the current view lists, and follows its count.
        QVERIFY(statusText(window).contains(QLatin1String("7 things")));
        things->setCount(12);
        QVERIFY(statusText(window).contains(QLatin1String("12 things")));
        // Edit › Find goes to the current view's search box.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), things->searchField());

        // The side bar switches as well (a click on its first row).
        QListWidget *bar = views->sideBar();
        const QRect first = bar->visualItemRect(bar->item(0));
        QTest::mouseClick(bar->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(views->currentView(), window.organisationList());
        QCOMPARE(statusText(window), organisations);
        // A count that changes in a view behind does not reach the status bar.
        things->setCount(13);
        QCOMPARE(statusText(window), organisations);

        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        QCOMPARE(views->currentId(), QStringLiteral("things"));
    }
    // The next window comes back to the view chosen last, once that view is added again.
    MainWindow again;
    again.show();
    QVERIFY(again.openRegister(m_demoPath));
    QCOMPARE(again.views()->currentId(), QStringLiteral("organisations"));
    again.views()->addView(QStringLiteral("things"), QStringLiteral("Things"), QIcon(),
                           new CountingView);
    QCOMPARE(again.views()->currentId(), QStringLiteral("things"));
    QVERIFY(statusText(again).contains(QLatin1String("7 things")));
    // Views can be reached from the menu bar too, with their shortcuts shown.
    QMenu *viewMenu = again.views()->menu();
    QVERIFY(again.menuBar()->actions().contains(viewMenu->menuAction()));
    QCOMPARE(viewMenu->actions().first()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    viewMenu->actions().first()->trigger();
    QCOMPARE(again.views()->currentView(), again.organisationList());
}

QTEST_MAIN(TestMainWindow)

#include "tst_mainwindow.moc"
