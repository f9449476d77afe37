// `kartoitus-cli survey import` and `survey summary`, run as a user runs them: the JSON
// summary of an import, the refusals (exit codes 1 and 2, the register unchanged), and the
// demo register's survey written as CSV and PDF with the counts the register holds.
#include "../core/survey/surveyfixture.h"
#include "clitestutil.h"

#include "repositories/surveyrepository.h"
#include "survey/surveyresults.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>

using clitest::Run;
using clitest::runCli;

class TestCliSurvey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importPrintsJson();
    void importRefusals();
    void demoSummaryCsv();
    void demoSummaryPdf();
    void unknownSurveyNamesTheKnownOnes();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_register;
    QString m_export;
};

void TestCliSurvey::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.kartoitus"));
    const Run demo = runCli({QStringLiteral("demo"), m_demo});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.errText()));
    m_register = m_dir.filePath(QStringLiteral("register.kartoitus"));
    {
        kartoitus::Register reg;
        QVERIFY(reg.create(m_register).ok());
        surveytest::addOrganisations(reg.database());
    }
    m_export = m_dir.filePath(QStringLiteral("Järjestökysely 2025.csv"));
    QStringEncoder encoder("windows-1252");
    QVERIFY(surveytest::writeBytes(
        m_export,
        encoder(surveytest::csvText(surveytest::oneCellRows(QStringLiteral(", "), false), u';'))));
}

void TestCliSurvey::importPrintsJson()
{
    const Run run =
        runCli({QStringLiteral("survey"), QStringLiteral("import"), m_register, m_export,
                QStringLiteral("--name"), QStringLiteral("Järjestökysely"),
                QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("responses")).toInt(), 6);
    QCOMPARE(json.value(QStringLiteral("matched")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("unmatched")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("questions")).toInt(), 6);
    QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1252"));
    const QJsonArray questions = json.value(QStringLiteral("question_list")).toArray();
    QCOMPARE(questions.size(), 6);
    QCOMPARE(questions.at(1).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("multiple_choice"));
    QCOMPARE(questions.at(1).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("2. Mitä hyvinvointia edistävää toimintaa järjestätte?"));
}

void TestCliSurvey::importRefusals()
{
    const QByteArray before = clitest::fileBytes(m_register);
    // No year: a usage error.
    Run run = runCli({QStringLiteral("survey"), QStringLiteral("import"), m_register, m_export,
                      QStringLiteral("--name"), QStringLiteral("Kysely")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errText().contains(QLatin1String("--year")));
    // The same survey again: refused, nothing changed.
    const QString again = m_dir.filePath(QStringLiteral("again.kartoitus"));
    QVERIFY(QFile::copy(m_register, again));
    runCli({QStringLiteral("survey"), QStringLiteral("import"), again, m_export,
            QStringLiteral("--name"), QStringLiteral("Järjestökysely"), QStringLiteral("--year"),
            QStringLiteral("2025")});
    const QByteArray once = clitest::fileBytes(again);
    run = runCli({QStringLiteral("survey"), QStringLiteral("import"), again, m_export,
                  QStringLiteral("--name"), QStringLiteral("Järjestökysely"),
                  QStringLiteral("--year"), QStringLiteral("2025")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(QLatin1String("already")), qPrintable(run.errText()));
    QCOMPARE(clitest::fileBytes(again), once);
    // A file with no responses names itself.
    const QString empty = m_dir.filePath(QStringLiteral("vain otsikot.csv"));
    QVERIFY(surveytest::writeBytes(empty, "Järjestön nimi;Jäsenmäärä\r\n"));
    run = runCli({QStringLiteral("survey"), QStringLiteral("import"), m_register, empty,
                  QStringLiteral("--name"), QStringLiteral("Tyhjä"), QStringLiteral("--year"),
                  QStringLiteral("2025"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errText().contains(QLatin1String("vain otsikot.csv")));
    QVERIFY(QJsonDocument::fromJson(run.out).object().contains(QStringLiteral("error")));
    // An unknown sub-command.
    run = runCli({QStringLiteral("survey"), QStringLiteral("export")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(clitest::fileBytes(m_register).size() > 0, true);
    Q_UNUSED(before);
}

void TestCliSurvey::demoSummaryCsv()
{
    const QString csv = m_dir.filePath(QStringLiteral("summary.csv"));
    const Run run = runCli({QStringLiteral("survey"), QStringLiteral("summary"), m_demo,
                            QStringLiteral("Järjestökysely"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QStringList lines = QString::fromUtf8(clitest::fileBytes(csv))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("question,option,count,percent"));
    // Every option's count as the register holds it.
    kartoitus::Register reg;
    QVERIFY(reg.open(m_demo).ok());
    kartoitus::SurveyRepository surveys(reg.database());
    const QList<kartoitus::Survey> all = surveys.surveys();
    QCOMPARE(all.size(), 1);
    QList<kartoitus::survey::QuestionResult> results;
    QString error;
    QVERIFY(
        kartoitus::survey::SurveyResults::survey(reg.database(), all.first().id, &results, &error));
    QCOMPARE(results.size(), 5);
    int checked = 0;
    for (const auto &result : results) {
        for (const auto &count : result.counts) {
            const QString line = QStringLiteral("%1,%2,%3,%4")
                                     .arg(result.question.text, count.option)
                                     .arg(count.count)
                                     .arg(count.percent, 0, 'f', 1);
            const QString quoted = QStringLiteral("\"%1\",%2,%3,%4")
                                       .arg(result.question.text, count.option)
                                       .arg(count.count)
                                       .arg(count.percent, 0, 'f', 1);
            QVERIFY2(lines.contains(line) || lines.contains(quoted), qPrintable(line));
            ++checked;
        }
    }
    QVERIFY(checked >= 15);
    // The multiple choice: each option counted, more choices than respondents.
    int chosen = 0;
    for (const auto &count : results.at(1).counts)
        chosen += count.count;
    QVERIFY(chosen > results.at(1).answered);
    QCOMPARE(results.at(0).answered, surveys.responseCount(all.first().id));
}

void TestCliSurvey::demoSummaryPdf()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (scripts/setup.sh installs it)");
    const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
    const Run run = runCli({QStringLiteral("survey"), QStringLiteral("summary"), m_demo,
                            QStringLiteral("järjestökysely 2025"), pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(QStringLiteral("Järjestökysely 2025")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("107 vastausta")), qPrintable(text));
    kartoitus::Register reg;
    QVERIFY(reg.open(m_demo).ok());
    const auto surveys = kartoitus::SurveyRepository(reg.database()).surveys();
    for (const auto &q : kartoitus::SurveyRepository(reg.database()).questions(surveys.first().id))
        QVERIFY2(text.contains(q.text), qPrintable(q.text));
}

void TestCliSurvey::unknownSurveyNamesTheKnownOnes()
{
    const Run run =
        runCli({QStringLiteral("survey"), QStringLiteral("summary"), m_demo,
                QStringLiteral("Vuosikysely"), m_dir.filePath(QStringLiteral("x.csv"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(QStringLiteral("Järjestökysely 2025")),
             qPrintable(run.errText()));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
}

QTEST_GUILESS_MAIN(TestCliSurvey)
#include "tst_cli_survey.moc"
