// The Persons view driven through the window as a user would: the facets narrow the list,
// ticking the publish consent dates it today (and unticking clears the date), and Forget
// This Person erases a person everywhere — survey raw rows included — as one undo step that
// stops being undoable when the register closes: after close and reopen nothing of the
// person is left in any table, and the undo store is gone.
#include "common/openregister.h"
#include "common/viewswitcher.h"
#include "mainwindow/mainwindow.h"
#include "models/persontablemodel.h"
#include "persons/personactions.h"
#include "persons/personeditor.h"
#include "persons/personlistwidget.h"
#include "storage/register.h"
#include "widgetpart.h"
#include "windowtestsetup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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

// Every place in the register's tables where one of `needles` appears, as "table: value".
QStringList tracesOf(const QSqlDatabase &db, const QStringList &needles)
{
    QStringList traces;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            continue; // an FTS5 shadow table that cannot be read on its own
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant value = rows.value(i);
                const QString text = value.typeId() == QMetaType::QByteArray
                                         ? QString::fromUtf8(value.toByteArray())
                                         : value.toString();
                for (const QString &needle : needles) {
                    if (text.contains(needle, Qt::CaseInsensitive))
                        traces.append(QStringLiteral("%1: %2").arg(table, text.left(120)));
                }
            }
        }
    }
    return traces;
}

} // namespace

class TestPersonsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void facetsNarrowTheList();
    void consentIsDatedToday();
    void invalidEmailNamesTheField();
    void newDeleteAndVerifyWithUndo();
    void forgetErasesEverywhere();
    void editorMarksVerifiedToday();
    void deleteSeveralOnWorker();

private:
    PersonListWidget *list() const
    {
        return qobject_cast<PersonListWidget *>(m_window->views()->view(QStringLiteral("persons")));
    }
    PersonActions *actions() const { return m_window->findChild<PersonActions *>(); }
    QSqlDatabase db() const { return m_window->openedRegister()->database(); }
    void makeCurrent(qint64 id);
    void undo() { m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger(); }
    void redo() { m_window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger(); }

    QTemporaryDir m_dir;
    QString m_demoPath;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    int m_number = 0;
};

void TestPersonsView::initTestCase()
{
    windowtest::isolateSettings(QStringLiteral("tst_personsview"));
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(QStringLiteral("demo.kartoitus"));
    QString error;
    QVERIFY2(windowtest::writeDemoFile(m_demoPath, &error), qPrintable(error));
}

void TestPersonsView::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("p%1.kartoitus").arg(++m_number));
    QVERIFY(QFile::copy(m_demoPath, m_path));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openRegister(m_path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(list());
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->views()->currentView(), list());
}

void TestPersonsView::cleanup()
{
    m_window.reset();
}

// Finds the person by name in the list (search as a user would) and makes it current.
void TestPersonsView::makeCurrent(qint64 id)
{
    const QString name =
        queryValue(db(), QStringLiteral("SELECT name FROM persons WHERE id = ?"), {id}).toString();
    list()->searchField()->setText(name);
    QVERIFY(list()->shownCount() >= 1);
    // A closed editor leaves no window active offscreen: the list's shortcuts need one.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    for (int row = 0; row < list()->shownCount(); ++row) {
        if (list()->model()->recordId(row) == id) {
            list()->view()->setFocus();
            list()->view()->setCurrentIndex(list()->model()->index(row, 0));
            break;
        }
    }
    QCOMPARE(list()->currentId(), id);
}

void TestPersonsView::facetsNarrowTheList()
{
    QAbstractItemModelTester tester(list()->model());
    const int all = queryValue(db(), QStringLiteral("SELECT count(*) FROM persons")).toInt();
    QCOMPARE(list()->shownCount(), all);
    const int liaison =
        queryValue(db(), QStringLiteral("SELECT count(*) FROM persons WHERE organisation_id IS "
                                        "NULL AND municipality_code IS NOT NULL"))
            .toInt();
    QVERIFY(liaison > 0);
    auto *kind = widgetPart<QComboBox>(list(), "personKind");
    auto *consent = widgetPart<QComboBox>(list(), "personConsent");
    QVERIFY(kind && consent);
    kind->setCurrentIndex(kind->findData(int(RecordFilter::PersonKind::Liaison)));
    QCOMPARE(list()->shownCount(), liaison);
    kind->setCurrentIndex(kind->findData(int(RecordFilter::PersonKind::Contact)));
    QCOMPARE(list()->shownCount(), all - liaison);
    kind->setCurrentIndex(0);

    const int consenting = queryValue(db(), QStringLiteral("SELECT count(*) FROM persons WHERE "
                                                           "publish_consent = 1"))
                               .toInt();
    consent->setCurrentIndex(consent->findData(1));
    QCOMPARE(list()->shownCount(), consenting);
    consent->setCurrentIndex(0);

    const qint64 organisation =
        queryValue(db(), QStringLiteral("SELECT organisation_id FROM persons WHERE organisation_id"
                                        " IS NOT NULL GROUP BY organisation_id ORDER BY count(*)"
                                        " DESC LIMIT 1"))
            .toLongLong();
    const int ofOrganisation =
        queryValue(db(), QStringLiteral("SELECT count(*) FROM persons WHERE organisation_id = ?"),
                   {organisation})
            .toInt();
    // The drop-down reads its organisations when the user turns to it, not when the
    // register opens (a national register has 100,000 of them).
    auto *box = widgetPart<QComboBox>(list(), "personOrganisation");
    QVERIFY(box);
    QCOMPARE(box->count(), 1);
    QTest::mouseClick(box, Qt::LeftButton);
    box->hidePopup();
    QVERIFY(box->count() > 1);
    box->setCurrentIndex(box->findData(organisation));
    QCOMPARE(list()->shownCount(), ofOrganisation);
}

void TestPersonsView::consentIsDatedToday()
{
    const qint64 id = queryValue(db(), QStringLiteral("SELECT id FROM persons WHERE "
                                                      "publish_consent = 0 ORDER BY id LIMIT 1"))
                          .toLongLong();
    QVERIFY(id > 0);
    makeCurrent(id);
    QTest::keyClick(list()->view(), Qt::Key_Return);
    auto *editor = m_window->findChild<PersonEditor *>();
    QVERIFY(editor);
    QCOMPARE(editor->recordId(), id);
    auto *consentDate = widgetPart<QLabel>(editor, "consentDate");
    auto *consentBox = widgetPart<QCheckBox>(editor, "consentBox");
    QVERIFY(consentDate && consentBox);
    QVERIFY(consentDate->text().isEmpty());
    consentBox->click();
    const QString today = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
    QVERIFY2(consentDate->text().contains(today), qPrintable(consentDate->text()));
    QVERIFY(editor->save());
    QCOMPARE(queryValue(db(),
                        QStringLiteral("SELECT publish_consent || ' ' || consent_date FROM "
                                       "persons WHERE id = ?"),
                        {id})
                 .toString(),
             QStringLiteral("1 ") + QDate::currentDate().toString(Qt::ISODate));
    // The list shows the date too.
    const int consent = list()->model()->sectionOf(QStringLiteral("publish_consent"));
    QVERIFY(consent >= 0);
    QCOMPARE(
        list()->model()->index(list()->view()->currentIndex().row(), consent).data().toString(),
        today);

    // Unticked, the consent has no date.
    QVERIFY(actions()->openEditor(id));
    editor = m_window->findChild<PersonEditor *>();
    consentDate = widgetPart<QLabel>(editor, "consentDate");
    consentBox = widgetPart<QCheckBox>(editor, "consentBox");
    QVERIFY(consentDate && consentBox);
    QVERIFY(consentDate->text().contains(today));
    consentBox->click();
    QVERIFY(consentDate->text().isEmpty());
    QVERIFY(editor->save());
    QCOMPARE(queryValue(db(),
                        QStringLiteral("SELECT publish_consent || '/' || ifnull(consent_date,"
                                       " 'null') FROM persons WHERE id = ?"),
                        {id})
                 .toString(),
             QStringLiteral("0/null"));
    undo();
    QCOMPARE(queryValue(db(), QStringLiteral("SELECT consent_date FROM persons WHERE id = ?"), {id})
                 .toString(),
             QDate::currentDate().toString(Qt::ISODate));
}

void TestPersonsView::invalidEmailNamesTheField()
{
    const qint64 id =
        queryValue(db(), QStringLiteral("SELECT id FROM persons ORDER BY id LIMIT 1")).toLongLong();
    auto *editor = actions()->openEditor(id);
    QVERIFY(editor);
    auto *email = widgetPart<QLineEdit>(editor, "email");
    QVERIFY(email);
    email->setText(QStringLiteral("maija.meikalainen@"));
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY2(editor->problemLabel()->text().contains(QLatin1String("mail")),
             qPrintable(editor->problemLabel()->text()));
    email->setText(QStringLiteral("maija@example.fi"));
    QVERIFY(editor->saveButton()->isEnabled());
    QVERIFY(editor->problemLabel()->text().isEmpty());
}

void TestPersonsView::newDeleteAndVerifyWithUndo()
{
    QAbstractItemModelTester tester(list()->model());
    const QString countSql = QStringLiteral("SELECT count(*) FROM persons");
    const int before = queryValue(db(), countSql).toInt();
    actions()->newAction()->trigger();
    auto *editor = m_window->findChild<PersonEditor *>();
    QVERIFY(editor);
    auto *name = widgetPart<QLineEdit>(editor, "name");
    auto *phone = widgetPart<QLineEdit>(editor, "phone");
    QVERIFY(name && phone);
    name->setText(QStringLiteral("Öljy Äänekoski"));
    QTest::keyClicks(phone, QStringLiteral("040 123 4567"));
    QVERIFY(editor->save());
    QCOMPARE(queryValue(db(), countSql).toInt(), before + 1);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("New person: Öljy Äänekoski"));
    const qint64 id =
        queryValue(db(), QStringLiteral("SELECT id FROM persons WHERE name = 'Öljy Äänekoski'"))
            .toLongLong();
    QCOMPARE(list()->currentId(), id);

    actions()->verifyAction()->trigger();
    QVERIFY(!queryValue(db(), QStringLiteral("SELECT verified_at FROM persons WHERE id = ?"), {id})
                 .isNull());
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Mark as verified: Öljy Äänekoski"));
    undo();
    QVERIFY(queryValue(db(), QStringLiteral("SELECT verified_at FROM persons WHERE id = ?"), {id})
                .isNull());

    makeCurrent(id);
    QTest::keyClick(list()->view(), Qt::Key_Delete);
    QMessageBox *question = actions()->question();
    QVERIFY(question);
    question->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    QCOMPARE(queryValue(db(), countSql).toInt(), before);
    undo();
    QCOMPARE(queryValue(db(), countSql).toInt(), before + 1);
    redo();
    QCOMPARE(queryValue(db(), countSql).toInt(), before);
}

void TestPersonsView::forgetErasesEverywhere()
{
    // A contact person whose name is theirs alone and whose details are in survey raw rows.
    const qint64 id =
        queryValue(db(),
                   QStringLiteral("SELECT p.id FROM persons p WHERE p.email IS NOT NULL AND "
                                  "(SELECT count(*) FROM persons q WHERE q.name = p.name) = 1 AND "
                                  "EXISTS (SELECT 1 FROM survey_responses r WHERE instr(r.raw, "
                                  "p.email) > 0) ORDER BY p.id LIMIT 1"))
            .toLongLong();
    QVERIFY(id > 0);
    QSqlQuery person(db());
    QVERIFY(person.exec(
        QStringLiteral("SELECT name, email, phone FROM persons WHERE id = %1").arg(id)));
    QVERIFY(person.next());
    QStringList needles = {person.value(0).toString(), person.value(1).toString()};
    if (!person.value(2).toString().isEmpty())
        needles.append(person.value(2).toString());
    person.finish();
    QVERIFY(!tracesOf(db(), needles).isEmpty());
    const int responses =
        queryValue(db(),
                   QStringLiteral("SELECT count(*) FROM survey_responses WHERE instr(raw, ?) "
                                  "> 0"),
                   {needles.at(1)})
            .toInt();
    QVERIFY(responses > 0);

    makeCurrent(id);
    QVERIFY(actions()->forgetAction()->isEnabled());
    actions()->forgetAction()->trigger();
    QMessageBox *question = actions()->question();
    QVERIFY(question);
    // The question names the person, what goes and that the forgetting becomes final.
    QVERIFY(question->text().contains(needles.at(0)));
    const QString consequences = question->informativeText();
    QVERIFY2(consequences.contains(needles.at(1)), qPrintable(consequences));
    QVERIFY2(consequences.contains(QStringLiteral("%1 survey responses").arg(responses)),
             qPrintable(consequences));
    QVERIFY(consequences.contains(QLatin1String("final")));
    question->findChild<QPushButton *>(QStringLiteral("forgetButton"))->click();

    QCOMPARE(
        queryValue(db(), QStringLiteral("SELECT count(*) FROM persons WHERE id = ?"), {id}).toInt(),
        0);
    QCOMPARE(tracesOf(db(), needles), QStringList());
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Forget: %1").arg(needles.at(0)));
    // Undo brings the person back while the register is open; redo forgets again.
    undo();
    QCOMPARE(
        queryValue(db(), QStringLiteral("SELECT count(*) FROM persons WHERE id = ?"), {id}).toInt(),
        1);
    QCOMPARE(queryValue(db(),
                        QStringLiteral("SELECT count(*) FROM survey_responses WHERE "
                                       "instr(raw, ?) > 0"),
                        {needles.at(1)})
                 .toInt(),
             responses);
    redo();
    QCOMPARE(tracesOf(db(), needles), QStringList());

    // Closed, the undo store goes; reopened, nothing of the person is anywhere.
    const QString store = m_window->openedRegister()->undoStorePath();
    QVERIFY(QFile::exists(store));
    m_window->closeRegister();
    QVERIFY(!QFile::exists(store));
    m_window.reset();
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(needles.at(1).toUtf8()), "the email is still in the file's bytes");
    }
    Register reopened;
    QVERIFY(reopened.open(m_path).ok());
    QCOMPARE(tracesOf(reopened.database(), needles), QStringList());
}

void TestPersonsView::editorMarksVerifiedToday()
{
    const QString today = currentTimestamp().left(10);
    const qint64 id = queryValue(db(),
                                 QStringLiteral("SELECT id FROM persons WHERE "
                                                "ifnull(substr(verified_at, 1, 10), '') "
                                                "<> ? ORDER BY id LIMIT 1"),
                                 {today})
                          .toLongLong();
    QVERIFY(id > 0);
    const QString sql = QStringLiteral("SELECT ifnull(verified_at, '-') FROM persons WHERE id = ?");
    const QString before = queryValue(db(), sql, {id}).toString();
    const QString name =
        queryValue(db(), QStringLiteral("SELECT name FROM persons WHERE id = ?"), {id}).toString();
    PersonEditor *editor = actions()->openEditor(id);
    QVERIFY(editor);
    auto *day = editor->findChild<QLabel *>(QStringLiteral("verifiedDay"));
    QVERIFY(day);
    const QString shownToday = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
    QVERIFY(day->text() != shownToday);
    editor->findChild<QPushButton *>(QStringLiteral("verifyTodayButton"))->click();
    QCOMPARE(day->text(), shownToday);
    QVERIFY(editor->save());
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Edit: %1, verified").arg(name));
    QCOMPARE(queryValue(db(), sql, {id}).toString().left(10), today);
    undo();
    QCOMPARE(queryValue(db(), sql, {id}).toString(), before);
    redo();
    QCOMPARE(queryValue(db(), sql, {id}).toString().left(10), today);
}

void TestPersonsView::deleteSeveralOnWorker()
{
    // A selection past the actions' limit is deleted on a worker, as one step.
    actions()->setLargeSelection(2);
    const QString countSql = QStringLiteral("SELECT count(*) FROM persons");
    const int before = queryValue(db(), countSql).toInt();
    QTableView *view = list()->view();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view->setFocus();
    view->setCurrentIndex(list()->model()->index(0, 0));
    for (int row : {0, 2, 4, 6})
        view->selectionModel()->select(list()->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<qint64> ids = list()->selectedIds();
    QCOMPARE(ids.size(), 4);
    QTest::keyClick(view, Qt::Key_Delete);
    QMessageBox *question = actions()->question();
    QVERIFY(question);
    QVERIFY2(question->text().startsWith(QLatin1String("Delete 4 persons?")),
             qPrintable(question->text()));
    question->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    QVERIFY(actions()->isWriting());
    actions()->waitForWrite();
    QCOMPARE(queryValue(db(), countSql).toInt(), before - 4);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Delete 4 persons"));
    undo();
    QCOMPARE(queryValue(db(), countSql).toInt(), before);
    for (qint64 id : ids)
        QCOMPARE(queryValue(db(), QStringLiteral("SELECT count(*) FROM persons WHERE id = ?"), {id})
                     .toInt(),
                 1);
    redo();
    QCOMPARE(queryValue(db(), countSql).toInt(), before - 4);
}

QTEST_MAIN(TestPersonsView)

#include "tst_personsview.moc"
