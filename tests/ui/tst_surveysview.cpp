// File › Surveys… driven as a new user would, on the demo register's survey: the results of
// a question as a table and a bar chart, two sectors side by side, two years compared, the
// summary previewed and saved, member counts taken from the answers as one undo step, and a
// survey export imported through the wizard with its matches reviewed.
#include "../core/survey/surveyfixture.h"
#include "commands/journaledcommand.h"
#include "common/openregister.h"
#include "common/viewswitcher.h"
#include "mainwindow/mainwindow.h"
#include "repositories/organisationrepository.h"
#include "repositories/surveyrepository.h"
#include "survey/surveyresults.h"
#include "surveys/applyanswersdialog.h"
#include "surveys/matchresponsesdialog.h"
#include "surveys/surveyactions.h"
#include "surveys/surveychart.h"
#include "surveys/surveyimportwizard.h"
#include "surveys/surveysview.h"
#include "widgetpart.h"
#include "windowtestsetup.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <memory>

using namespace kartoitus;
using namespace kartoitus::survey;

class TestSurveysView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstQuestionChartedWhenTheViewOpens();
    void resultsAsTableAndChart();
    void twoSectorsSideBySide();
    void previewAndSave();
    void memberCountsFromAnswersAreOneUndoStep();
    void wizardImportsWithReviewedMatches();
    void unmatchedResponsesMatchedLater();
    void screenshot();

private:
    OpenRegister *openRegister() const;
    // The view's results table's model and its chart.
    SurveyResultModel *resultModel() const
    {
        return widgetPart<SurveyResultModel>(m_view, "resultModel");
    }
    SurveyChart *chart() const { return widgetPart<SurveyChart>(m_view, "resultChart"); }

    qint64 importFixture(); // the fixture's six responses, none matched in the demo

    QTemporaryDir m_dir;
    QString m_demoPath;
    QTranslator m_finnish;
    std::unique_ptr<MainWindow> m_window;
    SurveysView *m_view = nullptr;
};

void TestSurveysView::initTestCase()
{
    windowtest::isolateSettings(QStringLiteral("tst_surveysview"));
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(QStringLiteral("demo.kartoitus"));
    QString error;
    QVERIFY2(windowtest::writeDemoFile(m_demoPath, &error), qPrintable(error));
    // Screenshots show the Finnish window, as the users see it.
    if (!qEnvironmentVariableIsEmpty("KARTOITUS_SCREENSHOTS")) {
        QVERIFY(m_finnish.load(QStringLiteral(":/i18n/kartoitus_fi.qm")));
        QCoreApplication::installTranslator(&m_finnish);
        QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    }
}

void TestSurveysView::init()
{
    // Each test starts from the demo register as written.
    const QString path = m_dir.filePath(QStringLiteral("work.kartoitus"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demoPath, path));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openRegister(path));
    m_window->show();
    // View › Surveys, as the user picks it.
    QAction *show = nullptr;
    for (QAction *action : m_window->views()->menu()->actions()) {
        if (action->objectName() == QLatin1String("surveysViewAction"))
            show = action;
    }
    QVERIFY(show);
    show->trigger();
    QCOMPARE(m_window->views()->currentId(), QStringLiteral("surveys"));
    m_view = qobject_cast<SurveysView *>(m_window->views()->currentView());
    QVERIFY(m_view);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_view->isVisible());
}

void TestSurveysView::cleanup()
{
    m_view = nullptr;
    m_window.reset();
}

OpenRegister *TestSurveysView::openRegister() const
{
    return m_window->openedRegister();
}

void TestSurveysView::firstQuestionChartedWhenTheViewOpens()
{
    // The register was opened while the Organisations view was shown. Turning to the Surveys
    // view shows the first question with its bars, without a click.
    const QSqlDatabase db = openRegister()->database();
    const QList<Survey> surveys = SurveyRepository(db).surveys();
    QCOMPARE(surveys.size(), 1);
    const QList<SurveyQuestion> questions = SurveyRepository(db).questions(surveys.first().id);
    auto *list = m_view->findChild<QListWidget *>(QStringLiteral("questionList"));
    QCOMPARE(list->currentRow(), 0);
    const QuestionResult expected =
        SurveyResults::compute(questions.at(0), SurveyRepository(db).answersTo(questions.at(0).id));
    QVERIFY(expected.counts.size() > 1);
    QVERIFY(chart()->isVisible());
    const QList<QList<qreal>> bars = chart()->barValues();
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars.first().size(), expected.counts.size());
    for (int i = 0; i < expected.counts.size(); ++i)
        QCOMPARE(bars.first().at(i), qreal(expected.counts.at(i).count));
}

void TestSurveysView::resultsAsTableAndChart()
{
    QAbstractItemModelTester tester(resultModel());
    const QSqlDatabase db = openRegister()->database();
    const QList<Survey> surveys = SurveyRepository(db).surveys();
    QCOMPARE(surveys.size(), 1);
    QCOMPARE(m_view->currentSurveyId(), surveys.first().id);
    const QList<SurveyQuestion> questions = SurveyRepository(db).questions(surveys.first().id);
    auto *list = m_view->findChild<QListWidget *>(QStringLiteral("questionList"));
    QCOMPARE(list->count(), questions.size());

    // The multiple choice: a row and a bar per option with the register's counts.
    m_view->selectQuestion(1);
    const QuestionResult expected =
        SurveyResults::compute(questions.at(1), SurveyRepository(db).answersTo(questions.at(1).id));
    SurveyResultModel *model = resultModel();
    QCOMPARE(model->rowCount(), expected.counts.size());
    QCOMPARE(model->columnCount(), 3);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, 0).data().toString(), expected.counts.at(row).option);
        QCOMPARE(model->index(row, 1).data().toInt(), expected.counts.at(row).count);
    }
    const QList<QList<qreal>> bars = chart()->barValues();
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars.first().size(), expected.counts.size());
    for (int i = 0; i < expected.counts.size(); ++i)
        QCOMPARE(bars.first().at(i), qreal(expected.counts.at(i).count));
    QCOMPARE(chart()->categories().first(), expected.counts.first().option);
    QVERIFY(chart()->isVisible());

    // A number question: its statistics, no bars.
    m_view->selectQuestion(2);
    QVERIFY(model->showsStatistics());
    QCOMPARE(model->index(0, 1).data().toInt(),
             SurveyRepository(db).responseCount(surveys.first().id));
    QVERIFY(!chart()->isVisible());
}

void TestSurveysView::twoSectorsSideBySide()
{
    m_view->selectQuestion(0);
    m_view->setBreakdown(QStringLiteral("sectors"));
    const QStringList groups = m_view->groups();
    QVERIFY(groups.size() > 2);
    const QStringList two = {groups.at(0), groups.at(1)};
    m_view->setGroups(two);
    SurveyResultModel *model = resultModel();
    QCOMPARE(model->series().size(), 2);
    QCOMPARE(model->series().at(0).name, two.at(0));
    QCOMPARE(model->columnCount(), 5);
    // Each group's counts as the core computes them; the chart shows percentages.
    CrossTab table;
    QString error;
    const SurveyQuestion question =
        SurveyRepository(openRegister()->database()).questions(m_view->currentSurveyId()).first();
    QVERIFY(SurveyResults::crossTab(openRegister()->database(), question, QStringLiteral("sectors"),
                                    &table, &error));
    const QuestionResult &first = table.results.at(table.groups.indexOf(two.at(0)));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString option = model->index(row, 0).data().toString();
        QCOMPARE(model->index(row, 1).data().toInt(), SurveyResults::countOf(first, option).count);
    }
    const QList<QList<qreal>> bars = chart()->barValues();
    QCOMPARE(bars.size(), 2);
    QCOMPARE(bars.at(0).at(0),
             SurveyResults::countOf(first, model->index(0, 0).data().toString()).percent);
}

void TestSurveysView::previewAndSave()
{
    QPrintPreviewDialog *preview = m_view->printPreview();
    QVERIFY(preview);
    QVERIFY(QTest::qWaitForWindowExposed(preview));
    preview->close();
    QSignalSpy saved(m_view, &SurveysView::savingFinished);
    const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
    m_view->saveSummary(pdf, QStringLiteral("pdf"));
    QVERIFY(saved.wait(30000));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(2).toString()));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QStringLiteral("Järjestökysely 2025")), qPrintable(text));
    }
    const QString xlsx = m_dir.filePath(QStringLiteral("summary.xlsx"));
    m_view->saveSummary(xlsx, QStringLiteral("xlsx"));
    QVERIFY(saved.wait(30000));
    QVERIFY(saved.last().at(0).toBool());
    QVERIFY(QFileInfo(xlsx).size() > 0);
}

void TestSurveysView::memberCountsFromAnswersAreOneUndoStep()
{
    // The demo asks for volunteers; they fill the organisations' volunteer counts.
    auto *dialog = new ApplyAnswersDialog(openRegister(), m_view->currentSurveyId(), m_view);
    dialog->choose(2, QStringLiteral("volunteers"));
    const QList<AnswerChange> changes = dialog->changes();
    QVERIFY(!changes.isEmpty());
    QTableWidget *preview = widgetPart<QTableWidget>(dialog, "answerPreview");
    QVERIFY(preview);
    QCOMPARE(preview->rowCount(), changes.size());
    int changing = 0;
    for (const AnswerChange &c : changes)
        changing += c.changes() ? 1 : 0;
    QVERIFY(changing > 0);
    // The user unticks the first organisation that would change.
    int untouched = -1;
    for (int row = 0; row < changes.size() && untouched < 0; ++row) {
        if (changes.at(row).changes()) {
            preview->item(row, 0)->setCheckState(Qt::Unchecked);
            untouched = row;
        }
    }
    QUndoStack *stack = openRegister()->undoStack();
    const int steps = stack->count();
    QString error;
    int written = 0;
    QVERIFY2(dialog->run(&error, &written), qPrintable(error));
    QCOMPARE(written, changing - 1);
    QCOMPARE(stack->count(), steps + 1);
    OrganisationRepository organisations(openRegister()->database());
    const AnswerChange kept = changes.at(untouched);
    QCOMPARE(organisations.get(kept.organisationId)->volunteers.value_or(-1),
             kept.before.isEmpty() ? -1 : kept.before.toInt());
    const AnswerChange *applied = nullptr;
    for (const AnswerChange &c : changes) {
        if (c.changes() && c.organisationId != kept.organisationId) {
            applied = &c;
            break;
        }
    }
    QVERIFY(applied);
    QCOMPARE(organisations.get(applied->organisationId)->volunteers, applied->after.toInt());
    stack->undo();
    openRegister()->waitForReplay();
    const std::optional<int> before = organisations.get(applied->organisationId)->volunteers;
    QCOMPARE(before ? QString::number(*before) : QString(), applied->before);
    delete dialog;
}

void TestSurveysView::wizardImportsWithReviewedMatches()
{
    const QString path = m_dir.filePath(QStringLiteral("kysely.csv"));
    QVERIFY(surveytest::writeBytes(
        path,
        surveytest::csvText(surveytest::oneCellRows(QStringLiteral(", "), false), u';').toUtf8()));
    m_view->importSurvey();
    auto *wizard = m_view->findChild<SurveyImportWizard *>();
    QVERIFY(wizard);
    wizard->setFile(path);
    wizard->setSurvey(QStringLiteral("Kevätkysely"), 2026, QStringLiteral("Webropol"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SurveyImportWizard::QuestionsPage));
    QCOMPARE(wizard->plan().questions.size(), 6);
    wizard->setQuestionIncluded(5, false);
    wizard->setQuestionType(0, QuestionType::Text);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SurveyImportWizard::MatchingPage));
    // None of the fixture's organisations is in the demo: each row offers leave or create.
    QComboBox *first = wizard->choiceBox(0);
    QVERIFY(first);
    QCOMPARE(first->currentData().toLongLong(), qint64(0));
    first->setCurrentIndex(first->count() - 1); // create "Laukaan Latu ry"
    QVERIFY(first->currentText().contains(QStringLiteral("Laukaan Latu ry")));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SurveyImportWizard::ConfirmPage));
    QSignalSpy imported(wizard, &SurveyImportWizard::imported);
    QUndoStack *stack = openRegister()->undoStack();
    const int steps = stack->count();
    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(imported.count(), 1);
    QCOMPARE(stack->count(), steps + 1);
    const qint64 id = imported.first().at(0).toLongLong();
    SurveyRepository surveys(openRegister()->database());
    const QList<SurveyQuestion> questions = surveys.questions(id);
    QCOMPARE(questions.size(), 5);
    QCOMPARE(questions.first().type, QStringLiteral("text"));
    const QList<SurveyResponse> responses = surveys.responses(id);
    QCOMPARE(responses.size(), 6);
    QVERIFY(responses.first().organisationId);
    QCOMPARE(responses.first().matchedBy, QStringLiteral("manual"));
    QCOMPARE(OrganisationRepository(openRegister()->database())
                 .get(*responses.first().organisationId)
                 ->name,
             QStringLiteral("Laukaan Latu ry"));
    // The view shows the new survey; one undo removes it and the organisation made for it.
    QCOMPARE(m_view->currentSurveyId(), id);
    stack->undo();
    openRegister()->waitForReplay();
    QVERIFY(!surveys.survey(id));
}

qint64 TestSurveysView::importFixture()
{
    const QString path = m_dir.filePath(QStringLiteral("myohemmin.csv"));
    if (!surveytest::writeBytes(
            path, surveytest::csvText(surveytest::oneCellRows(QStringLiteral(", "), false), u';')
                      .toUtf8()))
        return 0;
    m_view->importSurvey();
    auto *wizard = m_view->findChild<SurveyImportWizard *>();
    if (!wizard)
        return 0;
    wizard->setFile(path);
    wizard->setSurvey(QStringLiteral("Syyskysely"), 2026);
    QSignalSpy imported(wizard, &SurveyImportWizard::imported);
    QString error;
    if (!wizard->importNow(&error)) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    wizard->close();
    wizard->deleteLater();
    return imported.value(0).value(0).toLongLong();
}

void TestSurveysView::unmatchedResponsesMatchedLater()
{
    const qint64 id = importFixture();
    QVERIFY(id > 0);
    OpenRegister *reg = openRegister();
    SurveyRepository surveys(reg->database());
    QCOMPARE(surveys.unmatchedResponses(id).size(), 6);
    // After the import the user adds Laukaan Latu to the register.
    Organisation latu;
    latu.name = QStringLiteral("Laukaan Latu ry");
    QString error;
    QVERIFY2(
        runJournaled(
            reg, QStringLiteral("New organisation"),
            [&](QString *e) { return OrganisationRepository(reg->database()).create(&latu, e); },
            &error),
        qPrintable(error));

    QVERIFY(m_view->selectSurvey(id));
    auto *button = m_view->findChild<QPushButton *>(QStringLiteral("matchResponsesButton"));
    QVERIFY(button && button->isEnabled());
    button->click();
    auto *dialog = m_view->findChild<MatchResponsesDialog *>();
    QVERIFY(dialog);
    QTableWidget *table = widgetPart<QTableWidget>(dialog, "unmatchedTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 6);
    const auto rowOf = [&](const QString &written) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 1)->text().startsWith(written))
                return row;
        }
        return -1;
    };
    // Both spellings of its name now match it; a merely similar name is only offered.
    QCOMPARE(
        dialog->choiceBox(rowOf(QStringLiteral("Laukaan Latu ry")))->currentData().toLongLong(),
        latu.id);
    QCOMPARE(
        dialog->choiceBox(rowOf(QStringLiteral("LAUKAAN LATU R.Y.")))->currentData().toLongLong(),
        latu.id);
    QComboBox *ladut = dialog->choiceBox(rowOf(QStringLiteral("Laukaan Ladut")));
    QCOMPARE(ladut->currentData().toLongLong(), qint64(0));
    QVERIFY(ladut->findData(latu.id) >= 0);
    // An organisation of the demo, looked up by name for Jämsän Kävelijät.
    const QString lookedUp = dialog->findChild<QLineEdit *>(QStringLiteral("findOrganisation"))
                                 ->completer()
                                 ->model()
                                 ->index(0, 0)
                                 .data()
                                 .toString();
    QVERIFY(!lookedUp.isEmpty());
    table->selectRow(rowOf(QStringLiteral("Jämsän Kävelijät")));
    QVERIFY(!dialog->chooseByName(QStringLiteral("Ei tällaista yhdistystä")));
    QVERIFY(dialog->chooseByName(lookedUp));
    const qint64 chosen =
        dialog->choiceBox(rowOf(QStringLiteral("Jämsän Kävelijät")))->currentData().toLongLong();
    QVERIFY(chosen > 0);
    QVERIFY(lookedUp.startsWith(OrganisationRepository(reg->database()).get(chosen)->name));
    // Toivakan Kyläyhdistys is created from the response.
    QComboBox *toivakka = dialog->choiceBox(rowOf(QStringLiteral("Toivakan Kyläyhdistys")));
    toivakka->setCurrentIndex(toivakka->count() - 1);

    QUndoStack *stack = reg->undoStack();
    const int steps = stack->count();
    int linked = 0;
    QVERIFY2(dialog->run(&error, &linked), qPrintable(error));
    QCOMPARE(linked, 4);
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY(stack->undoText().contains(QStringLiteral("Syyskysely")));
    const auto linkedTo = [&](const QString &respondent) {
        for (const SurveyResponse &r : surveys.responses(id)) {
            if (r.raw.value(QStringLiteral("Järjestön nimi")).toString() == respondent)
                return std::make_pair(r.organisationId.value_or(0), r.matchedBy);
        }
        return std::make_pair(qint64(-1), QString());
    };
    QCOMPARE(linkedTo(QStringLiteral("LAUKAAN LATU R.Y.")),
             std::make_pair(latu.id, QStringLiteral("name")));
    QCOMPARE(linkedTo(QStringLiteral("Jämsän Kävelijät")),
             std::make_pair(chosen, QStringLiteral("manual")));
    const qint64 created = linkedTo(QStringLiteral("Toivakan Kyläyhdistys")).first;
    QCOMPARE(OrganisationRepository(reg->database()).get(created)->name,
             QStringLiteral("Toivakan Kyläyhdistys"));
    QCOMPARE(surveys.unmatchedResponses(id).size(), 2);

    // One undo takes the matches and the new organisation back; redo brings them again.
    stack->undo();
    reg->waitForReplay();
    QCOMPARE(surveys.unmatchedResponses(id).size(), 6);
    QVERIFY(!OrganisationRepository(reg->database()).get(created));
    stack->redo();
    reg->waitForReplay();
    QCOMPARE(surveys.unmatchedResponses(id).size(), 2);
    delete dialog;
}

void TestSurveysView::screenshot()
{
    // docs/screenshots/surveys.png: taken with KARTOITUS_SCREENSHOTS=<folder>.
    const QString folder = qEnvironmentVariable("KARTOITUS_SCREENSHOTS");
    m_view->selectQuestion(1);
    m_view->setBreakdown(QStringLiteral("sectors"));
    QWidget *window = m_view->window();
    window->resize(1280, 860);
    QTest::qWait(50);
    const QPixmap shot = window->grab();
    QVERIFY(!shot.isNull());
    if (!folder.isEmpty())
        QVERIFY(shot.save(folder + QStringLiteral("/surveys.png")));
}

QTEST_MAIN(TestSurveysView)
#include "tst_surveysview.moc"
