// The Activities view driven through the window as a user would: the facets narrow the list
// to what the register holds ("Mielen hyvinvointi" in Muurame), an activity is created,
// edited and deleted with each step undone and redone and the register read back, and an
// activity opens from the organisation editor's list of its activities.
#include "activities/activityactions.h"
#include "activities/activityeditor.h"
#include "activities/activitylistwidget.h"
#include "common/openregister.h"
#include "common/viewswitcher.h"
#include "mainwindow/mainwindow.h"
#include "models/activitytablemodel.h"
#include "organisations/organisationactions.h"
#include "organisations/organisationeditor.h"
#include "organisations/organisationlinkspage.h"
#include "storage/register.h"
#include "widgetpart.h"
#include "windowtestsetup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace kartoitus;

namespace {

QVariant queryValue(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return QStringLiteral("<%1: %2>").arg(sql, query.lastError().text());
    return query.value(0);
}

QString statusText(MainWindow *window)
{
    QString text;
    for (QLabel *label : window->statusBar()->findChildren<QLabel *>())
        text += label->text();
    return text;
}

} // namespace

class TestActivitiesView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filterByThemeAndMunicipality();
    void searchWithFinnishLettersAndWildcards();
    void createEditDeleteWithUndo();
    void openFromOrganisationEditor();
    void editorMarksVerifiedToday();

private:
    ActivityListWidget *list() const
    {
        return qobject_cast<ActivityListWidget *>(
            m_window->views()->view(QStringLiteral("activities")));
    }
    ActivityActions *actions() const { return m_window->findChild<ActivityActions *>(); }
    QSqlDatabase db() const { return m_window->openedRegister()->database(); }
    void undo();
    void redo();

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<MainWindow> m_window;
    int m_number = 0;
};

void TestActivitiesView::initTestCase()
{
    windowtest::isolateSettings(QStringLiteral("tst_activitiesview"));
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(QStringLiteral("demo.kartoitus"));
    QString error;
    QVERIFY2(windowtest::writeDemoFile(m_demoPath, &error), qPrintable(error));
}

void TestActivitiesView::init()
{
    QSettings().clear();
    const QString path = m_dir.filePath(QStringLiteral("a%1.kartoitus").arg(++m_number));
    QVERIFY(QFile::copy(m_demoPath, path));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openRegister(path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(list());
    // Ctrl+2, as a user switches to the second view.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->views()->currentView(), list());
}

void TestActivitiesView::cleanup()
{
    m_window.reset();
}

void TestActivitiesView::undo()
{
    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
}

void TestActivitiesView::redo()
{
    m_window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
}

void TestActivitiesView::filterByThemeAndMunicipality()
{
    QAbstractItemModelTester tester(list()->model());
    const int all = queryValue(db(), QStringLiteral("SELECT count(*) FROM activities")).toInt();
    QVERIFY(all > 100);
    QCOMPARE(list()->shownCount(), all);
    QVERIFY(statusText(m_window.get()).contains(QStringLiteral("%1 activities").arg(all)));

    const QVariant theme = queryValue(
        db(), QStringLiteral("SELECT id FROM themes WHERE name_fi = 'Mielen hyvinvointi'"));
    const QVariant muurame = queryValue(
        db(), QStringLiteral("SELECT code FROM municipalities WHERE name_fi = 'Muurame'"));
    auto *themeBox = widgetPart<QComboBox>(list(), "activityTheme");
    auto *municipalityBox = widgetPart<QComboBox>(list(), "activityMunicipality");
    auto *freeBox = widgetPart<QCheckBox>(list(), "activityFree");
    QVERIFY(themeBox && municipalityBox && freeBox);
    QVERIFY(ActivityListWidget::choose(themeBox, theme.toInt()));
    QVERIFY(ActivityListWidget::choose(municipalityBox, muurame.toString()));
    const int expected =
        queryValue(db(),
                   QStringLiteral("SELECT count(*) FROM activities a WHERE a.id IN (SELECT "
                                  "activity_id FROM activity_themes WHERE theme_id = ?) AND a.id IN"
                                  " (SELECT activity_id FROM activity_municipalities WHERE "
                                  "municipality_code = ?)"),
                   {theme, muurame})
            .toInt();
    QVERIFY(expected > 0);
    QCOMPARE(list()->shownCount(), expected);
    QVERIFY(statusText(m_window.get()).contains(QStringLiteral("%1 of %2").arg(expected).arg(all)));
    // What the rows show says why they are there.
    const ActivityTableModel *model = list()->model();
    const int themes = model->sectionOf(QStringLiteral("themes"));
    const int municipalities = model->sectionOf(QStringLiteral("municipalities"));
    QVERIFY(themes >= 0 && municipalities >= 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row, themes)
                    .data()
                    .toString()
                    .contains(QLatin1String("Mielen hyvinvointi")));
        QVERIFY(
            model->index(row, municipalities).data().toString().contains(QLatin1String("Muurame")));
    }

    // Free activities only: a part of them, as the register counts.
    freeBox->setChecked(true);
    const int free =
        queryValue(db(),
                   QStringLiteral("SELECT count(*) FROM activities a WHERE a.cost = 'free' AND a.id"
                                  " IN (SELECT activity_id FROM activity_themes WHERE theme_id = ?)"
                                  " AND a.id IN (SELECT activity_id FROM activity_municipalities"
                                  " WHERE municipality_code = ?)"),
                   {theme, muurame})
            .toInt();
    QCOMPARE(list()->shownCount(), free);
    freeBox->setChecked(false);
    themeBox->setCurrentIndex(0);
    municipalityBox->setCurrentIndex(0);
    QCOMPARE(list()->shownCount(), all);
}

void TestActivitiesView::searchWithFinnishLettersAndWildcards()
{
    QAbstractItemModelTester tester(list()->model());
    // A word with an ä from an activity name, typed in capitals.
    const QString name = queryValue(db(), QStringLiteral("SELECT name FROM activities WHERE name "
                                                         "LIKE '%ä%' ORDER BY id LIMIT 1"))
                             .toString();
    QVERIFY2(name.contains(QChar(u'ä')), qPrintable(name));
    QString word;
    for (const QString &w : name.split(QLatin1Char(' '))) {
        if (w.contains(QChar(u'ä')))
            word = w;
    }
    list()->searchField()->setText(word.toUpper());
    const int hits = list()->shownCount();
    QVERIFY(hits > 0);
    QVERIFY(hits < list()->totalCount());
    const int nameColumn = list()->model()->sectionOf(QStringLiteral("name"));
    const int organisationColumn = list()->model()->sectionOf(QStringLiteral("organisation"));
    for (int row = 0; row < hits; ++row) {
        const QString shown = list()->model()->index(row, nameColumn).data().toString() + u' ' +
                              list()->model()->index(row, organisationColumn).data().toString();
        QVERIFY2(shown.contains(word, Qt::CaseInsensitive), qPrintable(shown));
    }
    // Wildcards and quotes typed are just characters: nothing has them.
    for (const QString &typed :
         {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("'\""), QStringLiteral("\\")}) {
        list()->searchField()->setText(typed);
        QCOMPARE(list()->shownCount(), 0);
    }
    list()->searchField()->clear();
    QCOMPARE(list()->shownCount(), list()->totalCount());
}

void TestActivitiesView::createEditDeleteWithUndo()
{
    const QString countSql = QStringLiteral("SELECT count(*) FROM activities");
    const int before = queryValue(db(), countSql).toInt();
    actions()->newAction()->trigger();
    auto *editor = m_window->findChild<ActivityEditor *>();
    QVERIFY(editor);
    QVERIFY(editor->isNew());
    QVERIFY(!editor->saveButton()->isEnabled());
    auto *name = widgetPart<QLineEdit>(editor, "name");
    auto *organisationBox = widgetPart<QComboBox>(editor, "organisation");
    auto *schedule = widgetPart<QLineEdit>(editor, "schedule");
    auto *themes = widgetPart<QListWidget>(editor, "themeList");
    QVERIFY(name && organisationBox && schedule && themes);
    name->setText(QStringLiteral("Äijäkerho"));
    // No organisation yet: the line under the form says which field and why.
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY(editor->problemLabel()->text().startsWith(QLatin1String("Organisation")));
    const qint64 organisation =
        queryValue(db(), QStringLiteral("SELECT id FROM organisations ORDER BY name_sort LIMIT 1"))
            .toLongLong();
    organisationBox->setCurrentIndex(organisationBox->findData(organisation));
    schedule->setText(QStringLiteral("ti klo 17–19"));
    themes->item(0)->setCheckState(Qt::Checked);
    QVERIFY2(editor->saveButton()->isEnabled(), qPrintable(editor->problemLabel()->text()));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ActivityEditor *>());

    QCOMPARE(queryValue(db(), countSql).toInt(), before + 1);
    const qint64 id =
        queryValue(db(), QStringLiteral("SELECT id FROM activities WHERE name = 'Äijäkerho'"))
            .toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(queryValue(db(), QStringLiteral("SELECT schedule FROM activities WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("ti klo 17–19"));
    QCOMPARE(queryValue(db(),
                        QStringLiteral("SELECT count(*) FROM activity_themes WHERE "
                                       "activity_id = ?"),
                        {id})
                 .toInt(),
             1);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("New activity: Äijäkerho"));
    QCOMPARE(list()->shownCount(), before + 1);
    QCOMPARE(list()->currentId(), id); // the list shows the new activity

    undo();
    QCOMPARE(queryValue(db(), countSql).toInt(), before);
    QCOMPARE(list()->shownCount(), before);
    redo();
    QCOMPARE(queryValue(db(), countSql).toInt(), before + 1);

    // Edit the schedule: one step named after the activity and the field.
    QVERIFY(actions()->openEditor(id));
    editor = m_window->findChild<ActivityEditor *>();
    QVERIFY(editor);
    QCOMPARE(editor->recordId(), id);
    schedule = widgetPart<QLineEdit>(editor, "schedule");
    QVERIFY(schedule);
    schedule->setText(QStringLiteral("ke klo 10–12"));
    QCOMPARE(editor->changedKeys(), QStringList{QStringLiteral("schedule")});
    QVERIFY(editor->save());
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Edit: Äijäkerho, schedule"));
    undo();
    QCOMPARE(queryValue(db(), QStringLiteral("SELECT schedule FROM activities WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("ti klo 17–19"));
    redo();

    // Delete asks, names the activity, and is one step.
    list()->searchField()->setText(QStringLiteral("Äijäkerho"));
    QCOMPARE(list()->shownCount(), 1);
    // A closed editor leaves no window active offscreen: the list's shortcuts need one.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    list()->view()->setFocus();
    list()->view()->setCurrentIndex(list()->model()->index(0, 0));
    QCOMPARE(list()->currentId(), id);
    QTest::keyClick(list()->view(), Qt::Key_Delete);
    QMessageBox *question = actions()->deleteQuestion();
    QVERIFY(question);
    QVERIFY2(question->text().contains(QStringLiteral("Äijäkerho")), qPrintable(question->text()));
    question->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    QCOMPARE(queryValue(db(), countSql).toInt(), before);
    QCOMPARE(queryValue(db(),
                        QStringLiteral("SELECT count(*) FROM activity_themes WHERE "
                                       "activity_id = ?"),
                        {id})
                 .toInt(),
             0);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Delete: Äijäkerho"));
    QCOMPARE(list()->shownCount(), 0);
    undo();
    QCOMPARE(queryValue(db(), countSql).toInt(), before + 1);
    QCOMPARE(queryValue(db(), QStringLiteral("SELECT schedule FROM activities WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("ke klo 10–12"));
    QCOMPARE(list()->shownCount(), 1);
}

void TestActivitiesView::openFromOrganisationEditor()
{
    const qint64 organisation =
        queryValue(db(), QStringLiteral("SELECT organisation_id FROM activities GROUP BY "
                                        "organisation_id HAVING count(*) >= 2 LIMIT 1"))
            .toLongLong();
    QVERIFY(organisation > 0);
    OrganisationEditor *orgEditor = m_window->organisationActions()->openEditor(organisation);
    QVERIFY(orgEditor);
    QTreeWidget *activities = orgEditor->linksPage()->activities();
    QVERIFY(activities->topLevelItemCount() >= 2);
    QTreeWidgetItem *item = activities->topLevelItem(1);
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    emit activities->itemActivated(item, 0);
    auto *editor = orgEditor->findChild<ActivityEditor *>();
    QVERIFY(editor);
    QCOMPARE(editor->recordId(), id);
    // Saved there, the organisation's list shows the new name.
    auto *name = widgetPart<QLineEdit>(editor, "name");
    QVERIFY(name);
    name->setText(QStringLiteral("Uusi nimi toiminnalle"));
    QVERIFY(editor->save());
    QTRY_VERIFY(!orgEditor->findChild<ActivityEditor *>());
    bool found = false;
    for (int i = 0; i < activities->topLevelItemCount(); ++i)
        found |= activities->topLevelItem(i)->text(0) == QLatin1String("Uusi nimi toiminnalle");
    QVERIFY(found);

    // New Activity there is an activity of that organisation.
    auto *newButton =
        orgEditor->linksPage()->findChild<QPushButton *>(QStringLiteral("newActivityButton"));
    QVERIFY(newButton);
    newButton->click();
    editor = orgEditor->findChild<ActivityEditor *>();
    QVERIFY(editor);
    QVERIFY(editor->isNew());
    auto *organisationBox = widgetPart<QComboBox>(editor, "organisation");
    QVERIFY(organisationBox);
    QCOMPARE(organisationBox->currentData().toLongLong(), organisation);
    editor->reject();
}

void TestActivitiesView::editorMarksVerifiedToday()
{
    const QString today = currentTimestamp().left(10);
    const qint64 id = queryValue(db(),
                                 QStringLiteral("SELECT id FROM activities WHERE "
                                                "ifnull(substr(verified_at, 1, 10), '') "
                                                "<> ? ORDER BY id LIMIT 1"),
                                 {today})
                          .toLongLong();
    QVERIFY(id > 0);
    const QString sql =
        QStringLiteral("SELECT ifnull(verified_at, '-') FROM activities WHERE id = ?");
    const QString before = queryValue(db(), sql, {id}).toString();
    const QString name =
        queryValue(db(), QStringLiteral("SELECT name FROM activities WHERE id = ?"), {id})
            .toString();
    ActivityEditor *editor = actions()->openEditor(id);
    QVERIFY(editor);
    auto *day = editor->findChild<QLabel *>(QStringLiteral("verifiedDay"));
    QVERIFY(day);
    const QString shownToday = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
    QVERIFY(day->text() != shownToday);
    // The day shows at once; Save writes it as one step named after the activity.
    editor->findChild<QPushButton *>(QStringLiteral("verifyTodayButton"))->click();
    QCOMPARE(day->text(), shownToday);
    QVERIFY(editor->saveButton()->isEnabled());
    QVERIFY(editor->save());
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Edit: %1, verified").arg(name));
    QCOMPARE(queryValue(db(), sql, {id}).toString().left(10), today);
    undo();
    QCOMPARE(queryValue(db(), sql, {id}).toString(), before);
    redo();
    QCOMPARE(queryValue(db(), sql, {id}).toString().left(10), today);
}

QTEST_MAIN(TestActivitiesView)

#include "tst_activitiesview.moc"
