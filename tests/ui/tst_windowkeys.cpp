// The window from the keyboard, in every list view: Ctrl+F goes to the search box, Esc
// clears it, Down moves into the list and Enter opens the record; the search box keeps a
// usable width in a narrow window; numbers have a space between thousands in the Finnish
// UI, in the lists and in the status bar.
#include "activities/activitylistwidget.h"
#include "common/referencenames.h"
#include "common/viewpage.h"
#include "common/viewswitcher.h"
#include "mainwindow/mainwindow.h"
#include "models/organisationtablemodel.h"
#include "organisations/organisationlistwidget.h"
#include "repositories/organisationquery.h"
#include "settings/appsettings.h"
#include "storage/register.h"
#include "widgetpart.h"
#include "windowtestsetup.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kartoitus;

namespace {

QString statusText(MainWindow &window)
{
    QString text;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        text += label->text() + QLatin1Char('\n');
    return text;
}

// The editor dialog the window shows now, if any.
QDialog *openDialog(QWidget *window)
{
    for (QDialog *dialog : window->findChildren<QDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

class TestWindowKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void searchFromTheKeyboard_data();
    void searchFromTheKeyboard();
    void searchKeepsItsWidthInANarrowWindow();
    void thousandsSeparatedInFinnish();
    void referenceNamesInSwedish();

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
    int m_number = 0;
};

void TestWindowKeys::initTestCase()
{
    windowtest::isolateSettings(QStringLiteral("tst_windowkeys"), m_dir.filePath("settings"));
    m_demoPath = m_dir.filePath(QStringLiteral("demo.kartoitus"));
    QString error;
    QVERIFY2(windowtest::writeDemoFile(m_demoPath, &error), qPrintable(error));
}

void TestWindowKeys::init()
{
    QSettings().clear();
}

void TestWindowKeys::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestWindowKeys::searchFromTheKeyboard_data()
{
    QTest::addColumn<QString>("view");
    QTest::newRow("organisations") << QStringLiteral("organisations");
    QTest::newRow("activities") << QStringLiteral("activities");
    QTest::newRow("persons") << QStringLiteral("persons");
}

void TestWindowKeys::searchFromTheKeyboard()
{
    QFETCH(QString, view);
    const QString path = m_dir.filePath(QStringLiteral("k%1.kartoitus").arg(++m_number));
    QVERIFY(QFile::copy(m_demoPath, path));
    MainWindow window;
    QVERIFY(window.openRegister(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.views()->setCurrentView(view));
    auto *page = qobject_cast<ViewPage *>(window.views()->currentView());
    QVERIFY(page);
    QLineEdit *search = page->searchField();
    QVERIFY(search);
    auto *table = page->findChild<QTableView *>();
    QVERIFY(table);
    table->setFocus();
    QVERIFY(!search->hasFocus());

    // Ctrl+F from anywhere in the window.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    const int all = table->model()->rowCount();
    QVERIFY(all > 10);
    // The first word of a name from the middle of the list, as a user remembers it.
    // (keyClicks types ASCII only: the word up to its first Finnish letter.)
    QString typed;
    for (const QChar c : table->model()->index(all / 2, 0).data().toString().left(5).toLower()) {
        if (c.unicode() >= 128 || !c.isLetter())
            break;
        typed += c;
    }
    QVERIFY(typed.size() >= 2);
    QTest::keyClicks(search, typed);
    QCOMPARE(search->text(), typed);
    QTRY_VERIFY(table->model()->rowCount() < all);
    const int hits = table->model()->rowCount();
    QVERIFY2(hits > 0, qPrintable(typed));

    // Esc clears the search, and the whole list is back.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QTRY_COMPARE(table->model()->rowCount(), all);

    // Down moves into the list, on its first row; Enter opens that record.
    QTest::keyClicks(search, typed);
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 0);
    QVERIFY(!openDialog(&window));
    QTest::keyClick(table, Qt::Key_Return);
    QDialog *editor = openDialog(&window);
    QVERIFY2(editor, qPrintable(view));
    editor->reject();
}

void TestWindowKeys::searchKeepsItsWidthInANarrowWindow()
{
    const QString path = m_dir.filePath(QStringLiteral("n%1.kartoitus").arg(++m_number));
    QVERIFY(QFile::copy(m_demoPath, path));
    MainWindow window;
    QVERIFY(window.openRegister(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resize(300, 500); // narrower than any layout wants
    const int usable = window.fontMetrics().averageCharWidth() * 16;
    for (const QString &id : window.views()->ids()) {
        QVERIFY(window.views()->setCurrentView(id));
        auto *page = qobject_cast<ViewPage *>(window.views()->currentView());
        if (!page || !page->searchField())
            continue;
        QApplication::processEvents();
        QVERIFY2(page->searchField()->width() >= usable,
                 qPrintable(QStringLiteral("%1: %2 < %3")
                                .arg(id)
                                .arg(page->searchField()->width())
                                .arg(usable)));
    }
}

void TestWindowKeys::thousandsSeparatedInFinnish()
{
    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    // A register of more than a thousand organisations, one of them with 12,500 members.
    const QString path = m_dir.filePath(QStringLiteral("big.kartoitus"));
    {
        QString error;
        Register reg;
        QVERIFY(reg.create(path).ok());
        DemoOptions options;
        options.organisations = 1250;
        QVERIFY2(writeDemoRegister(reg.database(), options, &error), qPrintable(error));
        QSqlQuery query(reg.database());
        QVERIFY(query.exec(QStringLiteral("UPDATE organisations SET members = 12500 WHERE id = "
                                          "(SELECT min(id) FROM organisations)")));
    }
    AppSettings::setOrganisationColumns({OrganisationColumns::key(OrganisationColumn::Name),
                                         OrganisationColumns::key(OrganisationColumn::Members)});
    MainWindow window;
    QVERIFY(window.openRegister(path));
    window.show();
    QVERIFY(window.views()->setCurrentView(QStringLiteral("organisations")));

    // The status bar: "1 250 organisations", with the locale's (non-breaking) space.
    const QChar space = QLocale().groupSeparator().at(0);
    QCOMPARE(space.isSpace(), true);
    QVERIFY2(statusText(window).contains(QStringLiteral("1") + space + QStringLiteral("250")),
             qPrintable(statusText(window)));

    // The list: the members column as a Finnish reader writes it.
    QTableView *table = window.organisationList()->view();
    const int column =
        window.organisationList()->model()->columns().indexOf(OrganisationColumn::Members);
    QVERIFY(column > 0);
    QSqlQuery query(window.currentRegister()->database());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM organisations WHERE members = 12500")));
    QVERIFY(query.next());
    window.organisationList()->searchField()->setText(query.value(0).toString());
    QTRY_VERIFY(table->model()->rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, column);
        const auto *delegate =
            qobject_cast<QStyledItemDelegate *>(table->itemDelegateForIndex(index));
        QVERIFY(delegate);
        if (delegate->displayText(index.data(), table->locale()) ==
            QStringLiteral("12") + space + QStringLiteral("500"))
            found = true;
    }
    QVERIFY(found);
}

void TestWindowKeys::referenceNamesInSwedish()
{
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Finland));
    const QString path = m_dir.filePath(QStringLiteral("sv%1.kartoitus").arg(++m_number));
    QVERIFY(QFile::copy(m_demoPath, path));
    AppSettings::setOrganisationColumns({OrganisationColumns::key(OrganisationColumn::Name),
                                         OrganisationColumns::key(OrganisationColumn::Sectors)});
    MainWindow window;
    QVERIFY(window.openRegister(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSqlQuery query(window.currentRegister()->database());
    QVERIFY(query.exec(QStringLiteral("SELECT name_fi, name_sv FROM sectors ORDER BY sort_order "
                                      "LIMIT 1")));
    QVERIFY(query.next());
    const QString sectorFi = query.value(0).toString();
    const QString sectorSv = query.value(1).toString();
    QVERIFY(!sectorSv.isEmpty() && sectorSv != sectorFi);

    // The sector drop-down of the organisations.
    bool inFilter = false;
    for (QComboBox *box : window.organisationList()->findChildren<QComboBox *>())
        inFilter = inFilter || box->findText(sectorSv) >= 0;
    QVERIFY(inFilter);

    // The list's sectors column: found by its Finnish name, shown in Swedish.
    QTableView *table = window.organisationList()->view();
    const int column =
        window.organisationList()->model()->columns().indexOf(OrganisationColumn::Sectors);
    QVERIFY(column > 0);
    auto *delegate = qobject_cast<ReferenceNameDelegate *>(table->itemDelegate());
    QVERIFY(delegate);
    bool shown = false;
    for (int row = 0; row < qMin(200, table->model()->rowCount()) && !shown; ++row) {
        const QModelIndex index = table->model()->index(row, column);
        if (!index.data().toString().split(QStringLiteral(", ")).contains(sectorFi))
            continue;
        const QString text = delegate->shownText(index);
        QVERIFY2(text.split(QStringLiteral(", ")).contains(sectorSv), qPrintable(text));
        QVERIFY2(!text.contains(sectorFi), qPrintable(text));
        shown = true;
    }
    QVERIFY(shown);

    // The activities' theme drop-down, and the activity editor's themes.
    QVERIFY(query.exec(QStringLiteral("SELECT name_sv FROM themes WHERE name_fi = "
                                      "'Mielen hyvinvointi'")));
    QVERIFY(query.next());
    const QString themeSv = query.value(0).toString();
    QVERIFY(!themeSv.isEmpty());
    QVERIFY(window.views()->setCurrentView(QStringLiteral("activities")));
    auto *activities = qobject_cast<ActivityListWidget *>(window.views()->currentView());
    QVERIFY(activities);
    auto *themeBox = widgetPart<QComboBox>(activities, "activityTheme");
    QVERIFY(themeBox);
    QVERIFY(themeBox->findText(themeSv) >= 0);
    QVERIFY(themeBox->findText(QStringLiteral("Mielen hyvinvointi")) < 0);
    activities->view()->setFocus();
    activities->view()->setCurrentIndex(activities->view()->model()->index(0, 0));
    QTest::keyClick(activities->view(), Qt::Key_Return);
    QDialog *editor = openDialog(&window);
    QVERIFY(editor);
    bool inEditor = false;
    for (QListWidget *list : editor->findChildren<QListWidget *>())
        inEditor = inEditor || !list->findItems(themeSv, Qt::MatchExactly).isEmpty();
    QVERIFY(inEditor);
    editor->reject();
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestWindowKeys)
#include "tst_windowkeys.moc"
