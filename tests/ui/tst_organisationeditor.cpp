// The organisation editor and the list's actions, driven through the window as a user
// would: fields edited, saved, undone and redone with the register read back each time;
// an invalid business ID keeps Save disabled; new, delete (with what goes with it) and
// "verified today" as single undo steps; Enter on a search hit opens the editor.
#include "common/openregister.h"
#include "fields/fieldcatalogue.h"
#include "mainwindow/mainwindow.h"
#include "models/organisationtablemodel.h"
#include "organisations/organisationactions.h"
#include "organisations/organisationeditor.h"
#include "organisations/organisationform.h"
#include "organisations/organisationlinkspage.h"
#include "organisations/organisationlistwidget.h"
#include "organisations/organisationrecord.h"
#include "storage/register.h"
#include "windowtestsetup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
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

// Everything an organisation owns, as text: its row, facets, activities, memberships and
// which persons point at it. Equal before a delete and after its undo.
QString ownedBy(const QSqlDatabase &db, qint64 id)
{
    const QStringList parts = {
        QStringLiteral("SELECT name || email || ifnull(verified_at, '') FROM organisations "
                       "WHERE id = ?"),
        QStringLiteral("SELECT count(*) || group_concat(municipality_code) FROM "
                       "organisation_municipalities WHERE organisation_id = ?"),
        QStringLiteral("SELECT count(*) || group_concat(sector_id) FROM organisation_sectors "
                       "WHERE organisation_id = ?"),
        QStringLiteral("SELECT count(*) || group_concat(name) FROM activities WHERE "
                       "organisation_id = ?"),
        QStringLiteral("SELECT count(*) FROM activity_themes WHERE activity_id IN (SELECT id "
                       "FROM activities WHERE organisation_id = ?)"),
        QStringLiteral("SELECT count(*) || group_concat(network_id) FROM network_members "
                       "WHERE organisation_id = ?"),
        QStringLiteral("SELECT count(*) || group_concat(name) FROM persons WHERE "
                       "organisation_id = ?"),
        QStringLiteral("SELECT count(*) FROM organisation_search WHERE rowid = ?"),
    };
    QStringList values;
    for (const QString &sql : parts)
        values.append(queryValue(db, sql, {id}).toString());
    return values.join(QLatin1Char('#'));
}

} // namespace

class TestOrganisationEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyCatalogueFieldHasAnEditor();
    void editEmailSaveUndoRedo();
    void severalFieldsAndFacets();
    void invalidBusinessIdKeepsSaveDisabled();
    void escapeCloses();
    void newAndDeleteWithUndo();
    void deleteSaysWhatGoesAndUndoBringsItBack();
    void deleteSeveralInOneStep();
    void deleteLargeSelectionOnWorker();
    void verifySelection();
    void enterOnSearchHitOpensEditor();
    void contactsAndActivitiesListed();
    void readOnlyRegister();

private:
    QString copyOfDemo(const QString &name);
    OrganisationEditor *openEditorOnRow(int row);
    QSqlDatabase db() const { return m_window->openedRegister()->database(); }
    QAction *windowAction(const char *name) const;
    void selectRows(const QList<int> &rows);
    OrganisationListWidget *list() const { return m_window->organisationList(); }

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<MainWindow> m_window;
    int m_number = 0;
};

void TestOrganisationEditor::initTestCase()
{
    windowtest::isolateSettings(QStringLiteral("tst_organisationeditor"));
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(QStringLiteral("demo.kartoitus"));
    QString error;
    QVERIFY2(windowtest::writeDemoFile(m_demoPath, &error), qPrintable(error));
}

QString TestOrganisationEditor::copyOfDemo(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_demoPath, path) ? path : QString();
}

void TestOrganisationEditor::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openRegister(copyOfDemo(QStringLiteral("e%1.kartoitus").arg(++m_number))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(list()->shownCount() > 10);
}

void TestOrganisationEditor::cleanup()
{
    m_window.reset();
}

QAction *TestOrganisationEditor::windowAction(const char *name) const
{
    return m_window->findChild<QAction *>(QLatin1String(name));
}

void TestOrganisationEditor::selectRows(const QList<int> &rows)
{
    QTableView *view = list()->view();
    // A closed editor leaves no window active offscreen: the list's shortcuts need one.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view->setFocus();
    view->setCurrentIndex(list()->model()->index(rows.first(), 0));
    view->selectionModel()->clearSelection();
    for (int row : rows)
        view->selectionModel()->select(list()->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

OrganisationEditor *TestOrganisationEditor::openEditorOnRow(int row)
{
    selectRows({row});
    // F2 on the list, as a user would.
    QTest::keyClick(list()->view(), Qt::Key_F2);
    return m_window->findChild<OrganisationEditor *>();
}

void TestOrganisationEditor::everyCatalogueFieldHasAnEditor()
{
    OrganisationEditor *editor = openEditorOnRow(0);
    QVERIFY(editor);
    for (const fields::Field &field :
         fields::FieldCatalogue::fields(fields::Entity::Organisations)) {
        QWidget *widget = editor->form()->editor(field.key);
        QVERIFY2(widget, qPrintable(field.key));
        QCOMPARE(widget->accessibleName(), field.label);
        // Only the record's id is shown without being edited.
        if (field.key != QLatin1String("id"))
            QVERIFY2(!qobject_cast<QLabel *>(widget), qPrintable(field.key));
    }
    QAbstractItemModelTester tester(list()->model());
}

void TestOrganisationEditor::editEmailSaveUndoRedo()
{
    const qint64 id = list()->model()->organisationId(3);
    const QString name =
        queryValue(db(), QStringLiteral("SELECT name FROM organisations WHERE id = ?"), {id})
            .toString();
    const QVariant oldEmail =
        queryValue(db(), QStringLiteral("SELECT email FROM organisations WHERE id = ?"), {id});
    OrganisationEditor *editor = openEditorOnRow(3);
    QVERIFY(editor);
    QCOMPARE(editor->recordId(), id);
    QVERIFY(editor->isVisible());
    auto *email = qobject_cast<QLineEdit *>(editor->form()->editor(QStringLiteral("email")));
    QVERIFY(email);
    QCOMPARE(email->text(), oldEmail.toString());
    QVERIFY(!editor->saveButton()->isEnabled()); // nothing changed yet
    email->clear();
    QTest::keyClicks(email, QStringLiteral("toimisto@Esimerkki.FI"));
    QVERIFY(editor->saveButton()->isEnabled());
    QCOMPARE(editor->changedKeys(), QStringList{QStringLiteral("email")});
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<OrganisationEditor *>());

    // Written as the validators normalise it, as one named step.
    const QString emailSql = QStringLiteral("SELECT email FROM organisations WHERE id = ?");
    QCOMPARE(queryValue(db(), emailSql, {id}).toString(), QStringLiteral("toimisto@esimerkki.fi"));
    QUndoStack *stack = m_window->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->text(0), QStringLiteral("Edit: %1, email").arg(name));
    QVERIFY(m_window->isWindowModified());
    const int emailColumn = list()->model()->sectionOf(OrganisationColumn::Email);
    QVERIFY(emailColumn >= 0);
    QCOMPARE(list()->model()->index(3, emailColumn).data().toString(),
             QStringLiteral("toimisto@esimerkki.fi"));
    // The list read the register again and kept its row: Enter opens it again.
    QCOMPARE(list()->currentId(), id);

    windowAction("undoAction")->trigger();
    QCOMPARE(queryValue(db(), emailSql, {id}), oldEmail);
    QCOMPARE(list()->model()->index(3, emailColumn).data().toString(), oldEmail.toString());
    windowAction("redoAction")->trigger();
    QCOMPARE(queryValue(db(), emailSql, {id}).toString(), QStringLiteral("toimisto@esimerkki.fi"));
    QCOMPARE(list()->model()->index(3, emailColumn).data().toString(),
             QStringLiteral("toimisto@esimerkki.fi"));
}

void TestOrganisationEditor::severalFieldsAndFacets()
{
    const qint64 id = list()->model()->organisationId(5);
    OrganisationEditor *editor = openEditorOnRow(5);
    QVERIFY(editor);
    const QString name = editor->form()->record().name;
    auto *served = qobject_cast<QListWidget *>(
        editor->form()->editor(QStringLiteral("municipalities_served")));
    QVERIFY(served);
    // Find Muurame with the filter box, tick it.
    auto *filter = editor->findChild<QLineEdit *>(QStringLiteral("municipalityFilter"));
    QTest::keyClicks(filter, QStringLiteral("muura"));
    QListWidgetItem *muurame = nullptr;
    for (int row = 0; row < served->count(); ++row) {
        if (!served->item(row)->isHidden()) {
            QVERIFY(!muurame);
            muurame = served->item(row);
        }
    }
    QVERIFY(muurame);
    QCOMPARE(muurame->text(), QStringLiteral("Muurame"));
    const bool wasServed = muurame->checkState() == Qt::Checked;
    muurame->setCheckState(wasServed ? Qt::Unchecked : Qt::Checked);
    auto *members = qobject_cast<QLineEdit *>(editor->form()->editor(QStringLiteral("members")));
    members->setText(QStringLiteral("1 240"));
    QCOMPARE(editor->changedKeys(),
             (QStringList{QStringLiteral("municipalities_served"), QStringLiteral("members")}));
    QVERIFY(editor->save());
    QCOMPARE(m_window->undoStack()->text(0),
             QStringLiteral("Edit: %1, municipalities served, members").arg(name));
    QCOMPARE(
        queryValue(db(), QStringLiteral("SELECT members FROM organisations WHERE id = ?"), {id})
            .toInt(),
        1240);
    QCOMPARE(queryValue(db(),
                        QStringLiteral("SELECT count(*) FROM organisation_municipalities WHERE "
                                       "organisation_id = ? AND municipality_code = '500'"),
                        {id})
                 .toInt(),
             wasServed ? 0 : 1);

    // Four fields and more are counted.
    editor = openEditorOnRow(5);
    for (const char *key : {"short_name", "languages", "tags", "notes"}) {
        QWidget *widget = editor->form()->editor(QLatin1String(key));
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setText(line->text() + QStringLiteral(" x"));
        else
            QTest::keyClicks(widget, QStringLiteral("x"));
    }
    QCOMPARE(editor->changedKeys().size(), 4);
    QVERIFY(editor->save());
    QCOMPARE(m_window->undoStack()->text(1), QStringLiteral("Edit: %1, 4 fields").arg(name));
}

void TestOrganisationEditor::invalidBusinessIdKeepsSaveDisabled()
{
    const qint64 id = list()->model()->organisationId(2);
    const QString sql = QStringLiteral("SELECT business_id FROM organisations WHERE id = ?");
    const QVariant stored = queryValue(db(), sql, {id});
    OrganisationEditor *editor = openEditorOnRow(2);
    auto *businessId =
        qobject_cast<QLineEdit *>(editor->form()->editor(QStringLiteral("business_id")));
    auto *error = editor->findChild<QLabel *>(QStringLiteral("error_business_id"));
    QVERIFY(businessId && error);
    QVERIFY(!error->isVisible());
    businessId->clear();
    QTest::keyClicks(businessId, QStringLiteral("2077474-1"));
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("Business ID")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("check digit should be 0")),
             qPrintable(error->text()));
    QVERIFY(editor->problemLabel()->text().contains(QLatin1String("Business ID")));
    QVERIFY(!editor->save());
    QCOMPARE(queryValue(db(), sql, {id}), stored);
    QCOMPARE(m_window->undoStack()->count(), 0);

    // An invalid email as well: both are named.
    auto *email = qobject_cast<QLineEdit *>(editor->form()->editor(QStringLiteral("email")));
    email->setText(QStringLiteral("nimi@"));
    QCOMPARE(editor->form()->errors().size(), 2);
    QVERIFY(editor->problemLabel()->text().contains(QLatin1String("Email")));
    email->setText(QStringLiteral("nimi@example.fi"));

    // Corrected, it saves.
    businessId->setText(QStringLiteral("2077474-0"));
    QVERIFY(!error->isVisible());
    QVERIFY(editor->saveButton()->isEnabled());
    QVERIFY(editor->save());
    QCOMPARE(queryValue(db(), sql, {id}).toString(), QStringLiteral("2077474-0"));

    // An emptied name is refused the same way.
    editor = openEditorOnRow(2);
    qobject_cast<QLineEdit *>(editor->form()->editor(QStringLiteral("name")))->clear();
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("error_name"))
                ->text()
                .startsWith(QLatin1String("Name:")));
}

void TestOrganisationEditor::escapeCloses()
{
    OrganisationEditor *editor = openEditorOnRow(1);
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<OrganisationEditor *>());

    // With a change, Esc asks first; Cancel keeps the editor, Discard closes it.
    editor = openEditorOnRow(1);
    qobject_cast<QLineEdit *>(editor->form()->editor(QStringLiteral("tags")))->setText("uusi");
    QTest::keyClick(editor, Qt::Key_Escape);
    auto *box = editor->findChild<QMessageBox *>(QStringLiteral("discardChangesBox"));
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(editor->isVisible());
    QTest::keyClick(editor, Qt::Key_Escape);
    box = editor->findChild<QMessageBox *>(QStringLiteral("discardChangesBox"));
    QVERIFY(box);
    box->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(!m_window->findChild<OrganisationEditor *>());
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestOrganisationEditor::newAndDeleteWithUndo()
{
    const QString countSql = QStringLiteral("SELECT count(*) FROM organisations");
    const int before = queryValue(db(), countSql).toInt();
    QAction *newAction = windowAction("newOrganisationAction");
    QVERIFY(newAction->isEnabled());
    QCOMPARE(newAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newAction->trigger();
    auto *editor = m_window->findChild<OrganisationEditor *>();
    QVERIFY(editor && editor->isNew());
    QVERIFY(!editor->saveButton()->isEnabled()); // a new organisation needs a name
    // QTest types ASCII only: the name goes in as a paste would.
    qobject_cast<QLineEdit *>(editor->form()->editor(QStringLiteral("name")))
        ->insert(QStringLiteral("Äänekosken Öljymäen kyläyhdistys ry"));
    auto *home = qobject_cast<QComboBox *>(editor->form()->editor(QStringLiteral("municipality")));
    home->setCurrentIndex(home->findData(QStringLiteral("992")));
    auto *sectors = qobject_cast<QListWidget *>(editor->form()->editor(QStringLiteral("sectors")));
    sectors->item(2)->setCheckState(Qt::Checked);
    // The only sector ticked becomes the primary one.
    auto *primary =
        qobject_cast<QComboBox *>(editor->form()->editor(QStringLiteral("primary_sector")));
    QCOMPARE(primary->currentText(), sectors->item(2)->text());
    QVERIFY(editor->save());
    QCOMPARE(queryValue(db(), countSql).toInt(), before + 1);
    QCOMPARE(m_window->undoStack()->text(0),
             QStringLiteral("New organisation: Äänekosken Öljymäen kyläyhdistys ry"));
    const qint64 id = queryValue(db(), QStringLiteral("SELECT id FROM organisations WHERE name = "
                                                      "'Äänekosken Öljymäen kyläyhdistys ry'"))
                          .toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(queryValue(db(),
                        QStringLiteral("SELECT is_primary || ':' || home_municipality FROM "
                                       "organisation_sectors JOIN organisations o ON o.id = "
                                       "organisation_id WHERE o.id = ?"),
                        {id})
                 .toString(),
             QStringLiteral("1:992"));

    // Found by the search box, with Finnish letters; deleted with Del after the question.
    list()->searchField()->setText(QStringLiteral("öljymäen"));
    QCOMPARE(list()->shownCount(), 1);
    selectRows({0});
    QTest::keyClick(list()->view(), Qt::Key_Delete);
    QMessageBox *question = m_window->organisationActions()->deleteQuestion();
    QVERIFY(question);
    QVERIFY2(question->text().contains(QStringLiteral("Öljymäen")), qPrintable(question->text()));
    QVERIFY2(question->informativeText().contains(QLatin1String("no activities")),
             qPrintable(question->informativeText()));
    question->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    QCOMPARE(queryValue(db(), countSql).toInt(), before);
    QCOMPARE(list()->shownCount(), 0);
    QCOMPARE(m_window->undoStack()->text(1),
             QStringLiteral("Delete: Äänekosken Öljymäen kyläyhdistys ry"));

    windowAction("undoAction")->trigger();
    QCOMPARE(queryValue(db(), countSql).toInt(), before + 1);
    QCOMPARE(list()->shownCount(), 1);
    windowAction("undoAction")->trigger();
    QCOMPARE(queryValue(db(), countSql).toInt(), before);
    windowAction("redoAction")->trigger();
    QCOMPARE(queryValue(db(), countSql).toInt(), before + 1);
}

void TestOrganisationEditor::deleteSaysWhatGoesAndUndoBringsItBack()
{
    // An organisation with activities and network memberships.
    const qint64 id =
        queryValue(db(), QStringLiteral("SELECT o.id FROM organisations o WHERE (SELECT count(*) "
                                        "FROM activities a WHERE a.organisation_id = o.id) > 1 "
                                        "AND (SELECT count(*) FROM network_members n WHERE "
                                        "n.organisation_id = o.id) > 0 ORDER BY o.name_sort "
                                        "LIMIT 1"))
            .toLongLong();
    QVERIFY(id > 0);
    const int activities =
        queryValue(
            db(), QStringLiteral("SELECT count(*) FROM activities WHERE organisation_id = ?"), {id})
            .toInt();
    const int memberships =
        queryValue(db(),
                   QStringLiteral("SELECT count(*) FROM network_members WHERE organisation_id = ?"),
                   {id})
            .toInt();
    int row = -1;
    for (int r = 0; r < list()->shownCount() && row < 0; ++r)
        row = list()->model()->organisationId(r) == id ? r : -1;
    QVERIFY(row >= 0);
    const QString owned = ownedBy(db(), id);
    selectRows({row});
    windowAction("deleteOrganisationAction")->trigger();
    QMessageBox *question = m_window->organisationActions()->deleteQuestion();
    QVERIFY(question);
    // (The English texts have no singular forms: "1 network memberships".)
    const QString expected = QStringLiteral("Its %1 activities and %2 network membership")
                                 .arg(activities)
                                 .arg(memberships);
    QVERIFY2(question->informativeText().contains(expected),
             qPrintable(question->informativeText()));
    question->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    QCOMPARE(queryValue(db(),
                        QStringLiteral("SELECT count(*) FROM activities WHERE "
                                       "organisation_id = ?"),
                        {id})
                 .toInt(),
             0);
    QVERIFY(ownedBy(db(), id) != owned);
    windowAction("undoAction")->trigger();
    QCOMPARE(ownedBy(db(), id), owned);
    windowAction("redoAction")->trigger();
    QCOMPARE(
        queryValue(db(), QStringLiteral("SELECT count(*) FROM organisations WHERE id = ?"), {id})
            .toInt(),
        0);
}

void TestOrganisationEditor::deleteSeveralInOneStep()
{
    const QString countSql = QStringLiteral("SELECT count(*) FROM organisations");
    const int before = queryValue(db(), countSql).toInt();
    QList<qint64> ids;
    for (int row : {1, 4, 7})
        ids.append(list()->model()->organisationId(row));
    QStringList owned;
    for (qint64 id : ids)
        owned.append(ownedBy(db(), id));
    selectRows({1, 4, 7});
    QCOMPARE(list()->selectedIds().size(), 3);
    windowAction("deleteOrganisationAction")->trigger();
    QMessageBox *question = m_window->organisationActions()->deleteQuestion();
    QVERIFY(question);
    QVERIFY2(question->text().startsWith(QLatin1String("Delete 3 organisations?")),
             qPrintable(question->text()));
    question->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    QCOMPARE(queryValue(db(), countSql).toInt(), before - 3);
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->text(0), QStringLiteral("Delete 3 organisations"));
    windowAction("undoAction")->trigger();
    QCOMPARE(queryValue(db(), countSql).toInt(), before);
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(ownedBy(db(), ids.at(i)), owned.at(i));
}

void TestOrganisationEditor::deleteLargeSelectionOnWorker()
{
    // More rows than the actions write on the GUI thread: the question names five and
    // counts the rest, and the step is written on a worker, then undone and redone.
    OrganisationActions *actions = m_window->organisationActions();
    actions->setLargeSelection(4);
    const QString countSql = QStringLiteral("SELECT count(*) FROM organisations");
    const int before = queryValue(db(), countSql).toInt();
    const QList<int> rows = {0, 1, 2, 3, 5, 8, 13};
    QList<qint64> ids;
    QStringList owned;
    for (int row : rows) {
        ids.append(list()->model()->organisationId(row));
        owned.append(ownedBy(db(), ids.last()));
    }
    selectRows(rows);
    windowAction("deleteOrganisationAction")->trigger();
    QMessageBox *question = actions->deleteQuestion();
    QVERIFY(question);
    QVERIFY2(question->text().startsWith(QLatin1String("Delete 7 organisations?")),
             qPrintable(question->text()));
    QVERIFY2(question->text().endsWith(QLatin1String("and 2 more")), qPrintable(question->text()));
    question->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    // Nothing else writes until the worker's step is on the stack.
    QVERIFY(actions->isWriting());
    QVERIFY(!windowAction("deleteOrganisationAction")->isEnabled());
    QVERIFY(!windowAction("newOrganisationAction")->isEnabled());
    actions->waitForWrite();
    QVERIFY(!actions->isWriting());
    QCOMPARE(queryValue(db(), countSql).toInt(), before - 7);
    for (qint64 id : ids)
        QCOMPARE(queryValue(db(), QStringLiteral("SELECT count(*) FROM organisations WHERE id = ?"),
                            {id})
                     .toInt(),
                 0);
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->text(0), QStringLiteral("Delete 7 organisations"));
    QCOMPARE(list()->shownCount(), before - 7);
    windowAction("undoAction")->trigger();
    QCOMPARE(queryValue(db(), countSql).toInt(), before);
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(ownedBy(db(), ids.at(i)), owned.at(i));
    windowAction("redoAction")->trigger();
    QCOMPARE(queryValue(db(), countSql).toInt(), before - 7);

    // Mark as verified over a large selection goes the same way.
    const QString today = currentTimestamp().left(10);
    const QString verifiedSql =
        QStringLiteral("SELECT count(*) FROM organisations WHERE substr(verified_at, 1, 10) = ?");
    const int verifiedBefore = queryValue(db(), verifiedSql, {today}).toInt();
    QList<qint64> unverified;
    QList<int> unverifiedRows;
    for (int row = 0; row < list()->shownCount() && unverified.size() < 6; ++row) {
        const qint64 id = list()->model()->organisationId(row);
        if (queryValue(db(),
                       QStringLiteral("SELECT ifnull(substr(verified_at, 1, 10), '') FROM "
                                      "organisations WHERE id = ?"),
                       {id})
                .toString() != today) {
            unverified.append(id);
            unverifiedRows.append(row);
        }
    }
    QCOMPARE(unverified.size(), 6);
    selectRows(unverifiedRows);
    windowAction("verifyOrganisationAction")->trigger();
    QVERIFY(actions->isWriting());
    actions->waitForWrite();
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Mark 6 organisations as verified"));
    QCOMPARE(queryValue(db(), verifiedSql, {today}).toInt(), verifiedBefore + 6);
    windowAction("undoAction")->trigger();
    QCOMPARE(queryValue(db(), verifiedSql, {today}).toInt(), verifiedBefore);
}

void TestOrganisationEditor::verifySelection()
{
    const QList<int> rows = {0, 2, 3, 9};
    QList<qint64> ids;
    QStringList before;
    const QString sql =
        QStringLiteral("SELECT ifnull(verified_at, '-') FROM organisations WHERE id = ?");
    for (int row : rows) {
        ids.append(list()->model()->organisationId(row));
        before.append(queryValue(db(), sql, {ids.last()}).toString());
    }
    selectRows(rows);
    QAction *verify = windowAction("verifyOrganisationAction");
    QVERIFY(verify->isEnabled());
    const QString today = currentTimestamp().left(10);
    verify->trigger();
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->text(0), QStringLiteral("Mark 4 organisations as verified"));
    for (qint64 id : ids)
        QCOMPARE(queryValue(db(), sql, {id}).toString().left(10), today);
    // One not selected is left alone.
    const qint64 other = list()->model()->organisationId(1);
    QVERIFY(queryValue(db(), sql, {other}).toString().left(10) != today);
    windowAction("undoAction")->trigger();
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(queryValue(db(), sql, {ids.at(i)}).toString(), before.at(i));

    // The editor's own button sets the day too, saved as an edit of that field.
    OrganisationEditor *editor = openEditorOnRow(0);
    editor->findChild<QPushButton *>(QStringLiteral("verifyTodayButton"))->click();
    QCOMPARE(editor->changedKeys(), QStringList{QStringLiteral("verified_at")});
    QVERIFY(editor->save());
    QCOMPARE(queryValue(db(), sql, {ids.first()}).toString().left(10), today);
}

void TestOrganisationEditor::enterOnSearchHitOpensEditor()
{
    // A name with Finnish letters the demo register holds.
    const QString name = queryValue(db(), QStringLiteral("SELECT name FROM organisations WHERE "
                                                         "name LIKE 'Jyväskylän%' ORDER BY "
                                                         "name_sort LIMIT 1"))
                             .toString();
    QVERIFY2(name.startsWith(QStringLiteral("Jyväskylän")), qPrintable(name));
    QLineEdit *search = list()->searchField();
    search->setFocus();
    // QTest types ASCII only: the words go in as a paste would.
    search->insert(QStringLiteral("JYVÄSKYLÄN ") + name.section(QLatin1Char(' '), 1, 1));
    QVERIFY(list()->shownCount() >= 1);
    const qint64 first = list()->model()->organisationId(0);
    QTest::keyClick(search, Qt::Key_Return);
    auto *editor = m_window->findChild<OrganisationEditor *>();
    QVERIFY(editor);
    QCOMPARE(editor->recordId(), first);
    QVERIFY(editor->windowTitle().startsWith(QStringLiteral("Jyväskylän")));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<OrganisationEditor *>());

    // Down moves into the list; Enter there opens the row with the focus.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(list()->view()->hasFocus());
    if (list()->shownCount() > 1) {
        QTest::keyClick(list()->view(), Qt::Key_Down);
        QTest::keyClick(list()->view(), Qt::Key_Return);
        editor = m_window->findChild<OrganisationEditor *>();
        QVERIFY(editor);
        QCOMPARE(editor->recordId(), list()->model()->organisationId(1));
    }
}

void TestOrganisationEditor::contactsAndActivitiesListed()
{
    const qint64 id =
        queryValue(db(), QStringLiteral("SELECT organisation_id FROM activities GROUP BY "
                                        "organisation_id HAVING count(*) > 2 LIMIT 1"))
            .toLongLong();
    QVERIFY(id > 0);
    auto *editor = m_window->organisationActions()->openEditor(id);
    QVERIFY(editor);
    QCOMPARE(editor->linksPage()->activities()->topLevelItemCount(),
             queryValue(db(),
                        QStringLiteral("SELECT count(*) FROM activities WHERE "
                                       "organisation_id = ?"),
                        {id})
                 .toInt());
    QCOMPARE(editor->linksPage()->persons()->topLevelItemCount(),
             queryValue(db(),
                        QStringLiteral("SELECT count(*) FROM persons WHERE "
                                       "organisation_id = ?"),
                        {id})
                 .toInt());
    const QString firstActivity =
        queryValue(db(),
                   QStringLiteral("SELECT name FROM activities WHERE organisation_id = ? "
                                  "ORDER BY name_sort LIMIT 1"),
                   {id})
            .toString();
    QCOMPARE(editor->linksPage()->activities()->topLevelItem(0)->text(0), firstActivity);
}

void TestOrganisationEditor::readOnlyRegister()
{
    m_window.reset();
    const QString path = copyOfDemo(QStringLiteral("readonly.kartoitus"));
    auto reg = std::make_unique<Register>();
    QVERIFY(reg->open(path, OpenMode::ReadOnly).ok());
    QWidget window;
    auto *list = new OrganisationListWidget(&window);
    auto *actions = new OrganisationActions(list, &window);
    OpenRegister open(std::move(reg));
    QVERIFY(open.isReadOnly());
    list->setDatabase(open.database());
    actions->setRegister(&open);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    list->view()->setFocus();
    list->view()->setCurrentIndex(list->model()->index(0, 0));
    QVERIFY(actions->openAction()->isEnabled());
    QVERIFY(!actions->newAction()->isEnabled());
    QVERIFY(!actions->deleteAction()->isEnabled());
    QVERIFY(!actions->verifyAction()->isEnabled());
    QTest::keyClick(list->view(), Qt::Key_Return);
    auto *editor = window.findChild<OrganisationEditor *>();
    QVERIFY(editor);
    QVERIFY(editor->isReadOnly());
    QVERIFY(!editor->saveButton());
    QVERIFY(editor->windowTitle().endsWith(QLatin1String("(read-only)")));
    auto *email = qobject_cast<QLineEdit *>(editor->form()->editor(QStringLiteral("email")));
    QVERIFY(email->isReadOnly());
    QVERIFY(!editor->form()->editor(QStringLiteral("sectors"))->isEnabled());
    QVERIFY(!editor->save());
    QString error;
    QVERIFY(!actions->markVerified({list->model()->organisationId(0)}, &error));
    QCOMPARE(open.undoStack()->count(), 0);
    editor->close();
    list->setDatabase(QSqlDatabase());
}

QTEST_MAIN(TestOrganisationEditor)
#include "tst_organisationeditor.moc"
