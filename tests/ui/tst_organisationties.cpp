// The organisation editor's Networks and Survey answers tabs, on the demo register: every
// membership and every linked response is listed; a membership opens the Networks view on
// its network, a response shows each question with the organisation's answer.
#include "common/openregister.h"
#include "common/viewswitcher.h"
#include "finnishui.h"
#include "mainwindow/mainwindow.h"
#include "networks/networksview.h"
#include "organisations/organisationactions.h"
#include "organisations/organisationeditor.h"
#include "organisations/organisationtiespages.h"
#include "windowtestsetup.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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

} // namespace

class TestOrganisationTies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void membershipOpensTheNetworksView();
    void responseShowsTheAnswers();
    void newOrganisationHasNone();
    void screenshots();

private:
    QSqlDatabase db() const { return m_window->openedRegister()->database(); }

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<MainWindow> m_window;
};

void TestOrganisationTies::initTestCase()
{
    windowtest::isolateSettings(QStringLiteral("tst_organisationties"));
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(QStringLiteral("demo.kartoitus"));
    QString error;
    QVERIFY2(windowtest::writeDemoFile(m_demoPath, &error), qPrintable(error));
}

void TestOrganisationTies::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openRegister(m_demoPath));
    m_window->show();
}

void TestOrganisationTies::cleanup()
{
    m_window.reset();
}

void TestOrganisationTies::membershipOpensTheNetworksView()
{
    const qint64 id = queryValue(db(), QStringLiteral("SELECT organisation_id FROM network_members "
                                                      "GROUP BY organisation_id ORDER BY "
                                                      "count(*) DESC, organisation_id LIMIT 1"))
                          .toLongLong();
    QVERIFY(id > 0);
    OrganisationEditor *editor = m_window->organisationActions()->openEditor(id);
    QVERIFY(editor);
    QTreeWidget *list = editor->networksPage()->list();
    QCOMPARE(list->topLevelItemCount(),
             queryValue(db(),
                        QStringLiteral("SELECT count(*) FROM network_members WHERE "
                                       "organisation_id = ?"),
                        {id})
                 .toInt());
    const QString firstNetwork =
        queryValue(db(),
                   QStringLiteral("SELECT n.name FROM network_members m JOIN networks n ON n.id = "
                                  "m.network_id JOIN sectors s ON s.id = n.sector_id WHERE "
                                  "m.organisation_id = ? ORDER BY s.sort_order, s.id LIMIT 1"),
                   {id})
            .toString();
    QCOMPARE(list->topLevelItem(0)->text(0), firstNetwork);
    editor->tabs()->setCurrentWidget(editor->networksPage());

    // Enter on the membership: the editor gives way to the Networks view on that network.
    QPointer<OrganisationEditor> guard(editor);
    list->setCurrentItem(list->topLevelItem(0));
    emit list->itemActivated(list->topLevelItem(0), 0);
    QTRY_VERIFY(!guard || !guard->isVisible());
    auto *views = m_window->findChild<ViewSwitcher *>();
    QVERIFY(views);
    QCOMPARE(views->currentId(), QStringLiteral("networks"));
    auto *networks = m_window->findChild<NetworksView *>();
    QVERIFY(networks);
    QCOMPARE(networks->currentNetworkName(), firstNetwork);
}

void TestOrganisationTies::responseShowsTheAnswers()
{
    const qint64 response =
        queryValue(db(), QStringLiteral("SELECT r.id FROM survey_responses r WHERE "
                                        "r.organisation_id IS NOT NULL AND EXISTS (SELECT 1 FROM "
                                        "survey_answers a WHERE a.response_id = r.id) ORDER BY "
                                        "r.id LIMIT 1"))
            .toLongLong();
    QVERIFY(response > 0);
    const qint64 id = queryValue(db(),
                                 QStringLiteral("SELECT organisation_id FROM survey_responses "
                                                "WHERE id = ?"),
                                 {response})
                          .toLongLong();
    OrganisationEditor *editor = m_window->organisationActions()->openEditor(id);
    QVERIFY(editor);
    QTreeWidget *list = editor->surveysPage()->list();
    QCOMPARE(list->topLevelItemCount(),
             queryValue(db(),
                        QStringLiteral("SELECT count(*) FROM survey_responses WHERE "
                                       "organisation_id = ?"),
                        {id})
                 .toInt());
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == response)
            item = list->topLevelItem(i);
    }
    QVERIFY(item);
    QCOMPARE(item->text(0), queryValue(db(),
                                       QStringLiteral("SELECT s.name FROM surveys s JOIN "
                                                      "survey_responses r ON r.survey_id = s.id "
                                                      "WHERE r.id = ?"),
                                       {response})
                                .toString());
    emit list->itemActivated(item, 0);
    auto *dialog = editor->findChild<SurveyResponseDialog *>();
    QVERIFY(dialog);
    QTreeWidget *answers = dialog->answers();
    // Every question of the survey, each with the organisation's answer where it gave one.
    QCOMPARE(answers->topLevelItemCount(),
             queryValue(db(),
                        QStringLiteral("SELECT count(*) FROM survey_questions q JOIN "
                                       "survey_responses r ON r.survey_id = q.survey_id WHERE "
                                       "r.id = ?"),
                        {response})
                 .toInt());
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT q.text, a.value FROM survey_answers a JOIN "
                                 "survey_questions q ON q.id = a.question_id WHERE "
                                 "a.response_id = ? ORDER BY q.position"));
    query.addBindValue(response);
    QVERIFY(query.exec());
    int checked = 0;
    while (query.next()) {
        const QString question = query.value(0).toString();
        const QString answer =
            query.value(1).toString().replace(QLatin1Char('\n'), QStringLiteral(", "));
        const QList<QTreeWidgetItem *> rows = answers->findItems(question, Qt::MatchExactly, 0);
        QVERIFY2(!rows.isEmpty(), qPrintable(question));
        QCOMPARE(rows.first()->text(1), answer);
        ++checked;
    }
    QVERIFY(checked > 0);
    dialog->close();
}

void TestOrganisationTies::newOrganisationHasNone()
{
    OrganisationEditor *editor = m_window->organisationActions()->openEditor(0);
    QVERIFY(editor);
    QCOMPARE(editor->networksPage()->list()->topLevelItemCount(), 0);
    QCOMPARE(editor->surveysPage()->list()->topLevelItemCount(), 0);
    QCOMPARE(editor->tabs()->count(), 5);
    editor->close();
}

// docs/screenshots/organisation-editor-networks.png, -surveys.png and survey-response.png,
// in Finnish on the demo register: taken with KARTOITUS_SCREENSHOTS=<folder>.
void TestOrganisationTies::screenshots()
{
    m_window.reset();
    windowtest::FinnishUi finnish;
    QVERIFY(finnish.isLoaded());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openRegister(m_demoPath));
    m_window->show();
    // An organisation with memberships and answers.
    const qint64 id =
        queryValue(db(), QStringLiteral("SELECT m.organisation_id FROM network_members m JOIN "
                                        "survey_responses r ON r.organisation_id = "
                                        "m.organisation_id GROUP BY m.organisation_id ORDER BY "
                                        "count(DISTINCT m.id) DESC, m.organisation_id LIMIT 1"))
            .toLongLong();
    QVERIFY(id > 0);
    OrganisationEditor *editor = m_window->organisationActions()->openEditor(id);
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    const QString folder = qEnvironmentVariable("KARTOITUS_SCREENSHOTS");
    const auto take = [&](QWidget *widget, const QString &name) {
        QTest::qWait(50);
        const QPixmap shot = widget->grab();
        QVERIFY(!shot.isNull());
        if (!folder.isEmpty())
            QVERIFY(shot.save(folder + u'/' + name));
    };
    editor->tabs()->setCurrentWidget(editor->networksPage());
    take(editor, QStringLiteral("organisation-editor-networks.png"));
    editor->tabs()->setCurrentWidget(editor->surveysPage());
    take(editor, QStringLiteral("organisation-editor-surveys.png"));
    QTreeWidget *list = editor->surveysPage()->list();
    QVERIFY(list->topLevelItemCount() > 0);
    QDialog *response = editor->surveysPage()->showResponse(
        list->topLevelItem(0)->data(0, Qt::UserRole).toLongLong());
    QVERIFY(response);
    QVERIFY(QTest::qWaitForWindowExposed(response));
    take(response, QStringLiteral("survey-response.png"));
    response->close();
    editor->close();
}

QTEST_MAIN(TestOrganisationTies)
#include "tst_organisationties.moc"
