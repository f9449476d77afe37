// Survey import: every layout of a survey export (one-cell multiple choice with ", " or ";",
// one column per option, a Windows-1252 file from Excel, an XLSX workbook) gives the same
// questions, types and counts; respondents are matched to organisations by business ID,
// email or normalised name, and a merely similar name is only a candidate; forgetting a
// person leaves nothing of them in the survey's raw rows or answers.
#include "surveyfixture.h"

#include "repositories/surveyrepository.h"
#include "survey/respondentmatcher.h"
#include "survey/surveyimport.h"
#include "survey/surveyresults.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kartoitus;
using namespace kartoitus::survey;

class TestSurvey : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void layoutsImportAlike_data();
    void layoutsImportAlike();
    void typesCanBeChanged();
    void respondentsMatch();
    void nameVariantsMatch_data();
    void nameVariantsMatch();
    void unmatchedCanBeMatchedLater();
    void sameSurveyTwiceIsRefused();
    void badFilesAreNamed();
    void forgettingScrubsRawRowsAndAnswers();

private:
    QString writeLayout(const QString &layout);
    bool importFile(const QString &path, const QString &name, int year, SurveyImportResult *result,
                    SurveyPlan *plan = nullptr);

    QTemporaryDir m_dir;
    Register m_register;
    QSqlDatabase m_db;
    surveytest::Organisations m_orgs;
    int m_fileNumber = 0;
};

void TestSurvey::init()
{
    const OpenResult opened =
        m_register.create(m_dir.filePath(QStringLiteral("r%1.kartoitus").arg(++m_fileNumber)));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    m_db = m_register.database();
    m_orgs = surveytest::addOrganisations(m_db);
    QVERIFY(m_orgs.toivakkaB > 0);
}

void TestSurvey::cleanup()
{
    m_db = QSqlDatabase();
    m_register.close();
}

QString TestSurvey::writeLayout(const QString &layout)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_fileNumber).arg(layout));
    bool ok = false;
    if (layout == QLatin1String("comma.csv")) {
        // Google Forms: UTF-8, ",", the choices joined by ", " in one quoted cell.
        ok = surveytest::writeBytes(
            path, surveytest::csvText(surveytest::oneCellRows(QStringLiteral(", "), false), u',')
                      .toUtf8());
    } else if (layout == QLatin1String("semicolon.csv")) {
        // Microsoft Forms: the choices joined by ";" with one after the last.
        ok = surveytest::writeBytes(
            path,
            surveytest::csvText(surveytest::oneCellRows(QStringLiteral(";"), true), u',').toUtf8());
    } else if (layout == QLatin1String("columns.csv")) {
        // Webropol: one column per option, "X" where chosen; UTF-8 with BOM and ";".
        ok = surveytest::writeBytes(
            path, "\xEF\xBB\xBF" +
                      surveytest::csvText(surveytest::optionColumnRows(QStringLiteral("X")), u';')
                          .toUtf8());
    } else if (layout == QLatin1String("excel1252.csv")) {
        // Excel in a Finnish locale: Windows-1252, ";".
        QStringEncoder encoder("windows-1252");
        ok = surveytest::writeBytes(
            path, encoder(surveytest::csvText(surveytest::oneCellRows(QStringLiteral(", "), false),
                                              u';')));
    } else if (layout == QLatin1String("workbook.xlsx")) {
        ok = surveytest::writeXlsx(path, surveytest::optionColumnRows(QStringLiteral("1")));
    }
    return ok ? path : QString();
}

bool TestSurvey::importFile(const QString &path, const QString &name, int year,
                            SurveyImportResult *result, SurveyPlan *planOut)
{
    SurveyPlan plan;
    QString error;
    if (!SurveyImport::read(path, spreadsheet::SourceOptions(), &plan, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    Survey survey;
    survey.name = name;
    survey.year = year;
    if (!SurveyImport::write(m_db, plan, survey, {}, result, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    if (planOut)
        *planOut = plan;
    return true;
}

void TestSurvey::layoutsImportAlike_data()
{
    QTest::addColumn<QString>("layout");
    QTest::newRow("one cell, \", \"") << "comma.csv";
    QTest::newRow("one cell, \";\"") << "semicolon.csv";
    QTest::newRow("one column per option, X") << "columns.csv";
    QTest::newRow("Windows-1252, \";\"") << "excel1252.csv";
    QTest::newRow("XLSX, one column per option, 1") << "workbook.xlsx";
}

void TestSurvey::layoutsImportAlike()
{
    QFETCH(QString, layout);
    const QString path = writeLayout(layout);
    QVERIFY(!path.isEmpty());
    SurveyImportResult result;
    SurveyPlan plan;
    QVERIFY(importFile(path, QStringLiteral("Järjestökysely"), 2025, &result, &plan));
    QCOMPARE(result.responses, 6);
    QCOMPARE(result.questions, 6);
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    if (layout == QLatin1String("excel1252.csv"))
        QCOMPARE(plan.encoding, QStringLiteral("windows-1252"));

    SurveyRepository surveys(m_db);
    const QList<SurveyQuestion> questions = surveys.questions(result.surveyId);
    QCOMPARE(questions.size(), 6);
    QStringList types;
    for (const SurveyQuestion &q : questions)
        types.append(q.type);
    QCOMPARE(types,
             (QStringList{"single_choice", "multiple_choice", "number", "scale", "date", "text"}));
    // Finnish letters intact whatever the encoding.
    QCOMPARE(questions.at(0).text, QStringLiteral("1. Millä alueella järjestönne toimii?"));
    QCOMPARE(questions.at(1).options, surveytest::multiOptions());
    QCOMPARE(questions.at(3).options,
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("4"), QStringLiteral("5")}));

    QList<QuestionResult> results;
    QString error;
    QVERIFY2(SurveyResults::survey(m_db, result.surveyId, &results, &error), qPrintable(error));
    const auto count = [&](int question, const QString &option) {
        return SurveyResults::countOf(results.at(question), option).count;
    };
    QCOMPARE(results.at(0).answered, 6);
    QCOMPARE(count(0, QStringLiteral("Yhdessä kunnassa")), 3);
    QCOMPARE(count(0, QStringLiteral("Useammassa kunnassa")), 2);
    QCOMPARE(count(0, QStringLiteral("Koko maakunnassa")), 1);
    // Each option of a multiple choice counted; five of six chose something.
    QCOMPARE(results.at(1).answered, 5);
    QCOMPARE(count(1, QStringLiteral("Liikunta")), 4);
    QCOMPARE(count(1, QStringLiteral("Vertaistuki")), 3);
    QCOMPARE(count(1, QStringLiteral("Yksinäisyyden ehkäisy ja osallisuus")), 2);
    QCOMPARE(results.at(1).counts.size(), 3);
    QCOMPARE(SurveyResults::countOf(results.at(1), QStringLiteral("Liikunta")).percent, 80.0);
    // "1 240" is a number as Finnish files write it.
    QVERIFY(results.at(2).stats);
    QCOMPARE(results.at(2).stats->count, 6);
    QCOMPARE(results.at(2).stats->max, 1240.0);
    QCOMPARE(results.at(2).stats->min, 0.0);
    QCOMPARE(results.at(2).stats->median, 46.5);
    QCOMPARE(count(3, QStringLiteral("4")), 2);
    QCOMPARE(count(3, QStringLiteral("1")), 0);
    QCOMPARE(results.at(4).answered, 5);
    QCOMPARE(results.at(4).counts.first().option, QStringLiteral("1952-05-12"));
    QCOMPARE(results.at(5).answered, 4);

    // The raw rows are kept exactly as they came.
    const QList<SurveyResponse> responses = surveys.responses(result.surveyId);
    QCOMPARE(responses.size(), 6);
    QCOMPARE(responses.at(1).raw.value(QStringLiteral("Järjestön nimi")).toString(),
             QStringLiteral("LAUKAAN LATU R.Y."));
    QCOMPARE(responses.at(0).submittedAt, QStringLiteral("3.3.2025 10:15"));
}

void TestSurvey::typesCanBeChanged()
{
    SurveyPlan plan;
    QString error;
    QVERIFY2(SurveyImport::read(writeLayout(QStringLiteral("comma.csv")),
                                spreadsheet::SourceOptions(), &plan, &error),
             qPrintable(error));
    QCOMPARE(plan.questions.size(), 6);
    // The user says the scale is a plain number and leaves the greeting out.
    SurveyPlanner::setType(&plan, 3, QuestionType::Number);
    plan.questions[5].include = false;
    // And that the single choice is free text after all.
    SurveyPlanner::setType(&plan, 0, QuestionType::Text);
    Survey survey;
    survey.name = QStringLiteral("Muutettu");
    survey.year = 2024;
    SurveyImportResult result;
    QVERIFY2(SurveyImport::write(m_db, plan, survey, {}, &result, &error), qPrintable(error));
    QCOMPARE(result.questions, 5);
    const QList<SurveyQuestion> questions = SurveyRepository(m_db).questions(result.surveyId);
    QCOMPARE(questions.size(), 5);
    QCOMPARE(questions.at(0).type, QStringLiteral("text"));
    QVERIFY(questions.at(0).options.isEmpty());
    QCOMPARE(questions.at(3).type, QStringLiteral("number"));
    QVERIFY(questions.at(3).options.isEmpty());
    // The left-out question's cells stay in the raw rows.
    const SurveyResponse first = SurveyRepository(m_db).responses(result.surveyId).first();
    QCOMPARE(first.raw.value(QStringLiteral("6. Terveiset kumppanuuspöydälle")).toString(),
             QStringLiteral("Kiitos yhteistyöstä!"));
}

void TestSurvey::respondentsMatch()
{
    SurveyImportResult result;
    QVERIFY(
        importFile(writeLayout(QStringLiteral("comma.csv")), QStringLiteral("K"), 2025, &result));
    QCOMPARE(result.matched, 4);
    QCOMPARE(result.unmatched, 2);
    const QList<SurveyResponse> responses = SurveyRepository(m_db).responses(result.surveyId);
    QCOMPARE(responses.at(0).organisationId, std::optional<qint64>(m_orgs.laukaanLatu));
    QCOMPARE(responses.at(0).matchedBy, QStringLiteral("name"));
    QCOMPARE(responses.at(1).organisationId, std::optional<qint64>(m_orgs.laukaanLatu));
    QCOMPARE(responses.at(2).organisationId, std::optional<qint64>(m_orgs.jamsa));
    QCOMPARE(responses.at(2).matchedBy, QStringLiteral("business_id"));
    QCOMPARE(responses.at(3).organisationId, std::optional<qint64>(m_orgs.muurame));
    QCOMPARE(responses.at(3).matchedBy, QStringLiteral("email"));
    // "Laukaan Ladut" only looks like Laukaan Latu; two Toivakka associations share a name.
    QVERIFY(!responses.at(4).organisationId);
    QVERIFY(!responses.at(5).organisationId);
}

void TestSurvey::nameVariantsMatch_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("municipality");
    QTest::addColumn<QString>("expected");  // organisation, or "" for no match
    QTest::addColumn<QString>("candidate"); // the best candidate when not matched
    QTest::newRow("as registered") << "Laukaan Latu ry"
                                   << ""
                                   << "laukaanLatu"
                                   << "";
    QTest::newRow("capitals, r.y.") << "LAUKAAN LATU R.Y."
                                    << ""
                                    << "laukaanLatu"
                                    << "";
    QTest::newRow("no suffix, lower case") << "Laukaan latu"
                                           << ""
                                           << "laukaanLatu"
                                           << "";
    QTest::newRow("spaces and punctuation") << "  Laukaan  Latu, ry. "
                                            << ""
                                            << "laukaanLatu"
                                            << "";
    QTest::newRow("similar, another one") << "Laukaan Latu-Polku"
                                          << ""
                                          << ""
                                          << "laukaanLatuPolku";
    QTest::newRow("typo") << "Laukaan Ladut ry"
                          << ""
                          << ""
                          << "laukaanLatu";
    QTest::newRow("shared name") << "Toivakan Kyläyhdistys"
                                 << ""
                                 << ""
                                 << "";
    QTest::newRow("shared name, municipality") << "toivakan kyläyhdistys ry"
                                               << "Toivakka"
                                               << "toivakkaA"
                                               << "";
    QTest::newRow("shared name, code") << "Toivakan Kyläyhdistys"
                                       << "179"
                                       << "toivakkaB"
                                       << "";
}

void TestSurvey::nameVariantsMatch()
{
    QFETCH(QString, name);
    QFETCH(QString, municipality);
    QFETCH(QString, expected);
    QFETCH(QString, candidate);
    const QHash<QString, qint64> ids{{QStringLiteral("laukaanLatu"), m_orgs.laukaanLatu},
                                     {QStringLiteral("laukaanLatuPolku"), m_orgs.laukaanLatuPolku},
                                     {QStringLiteral("toivakkaA"), m_orgs.toivakkaA},
                                     {QStringLiteral("toivakkaB"), m_orgs.toivakkaB}};
    RespondentMatcher matcher;
    QString error;
    QVERIFY2(matcher.load(m_db, &error), qPrintable(error));
    const RespondentMatch match = matcher.match({name, QString(), QString(), municipality});
    if (expected.isEmpty()) {
        QVERIFY(!match.organisationId);
        QVERIFY(!match.candidates.isEmpty());
        if (!candidate.isEmpty())
            QCOMPARE(match.candidates.first().organisationId, ids.value(candidate));
        for (const MatchCandidate &c : match.candidates)
            QVERIFY(c.similarity > 0 && c.similarity <= 1);
    } else {
        QCOMPARE(match.organisationId, std::optional<qint64>(ids.value(expected)));
        QCOMPARE(match.matchedBy, QStringLiteral("name"));
    }
}

void TestSurvey::unmatchedCanBeMatchedLater()
{
    SurveyImportResult result;
    QVERIFY(
        importFile(writeLayout(QStringLiteral("comma.csv")), QStringLiteral("K"), 2025, &result));
    SurveyRepository surveys(m_db);
    QList<SurveyResponse> unmatched = surveys.unmatchedResponses(result.surveyId);
    QCOMPARE(unmatched.size(), 2);
    QString error;
    QVERIFY2(surveys.linkResponse(unmatched.first().id, m_orgs.laukaanLatu,
                                  QStringLiteral("manual"), &error),
             qPrintable(error));
    unmatched = surveys.unmatchedResponses(result.surveyId);
    QCOMPARE(unmatched.size(), 1);
    QCOMPARE(unmatched.first().raw.value(QStringLiteral("Järjestön nimi")).toString(),
             QStringLiteral("Toivakan Kyläyhdistys"));
}

void TestSurvey::sameSurveyTwiceIsRefused()
{
    SurveyImportResult result;
    const QString path = writeLayout(QStringLiteral("comma.csv"));
    QVERIFY(importFile(path, QStringLiteral("Järjestökysely"), 2025, &result));
    SurveyPlan plan;
    QString error;
    QVERIFY(SurveyImport::read(path, spreadsheet::SourceOptions(), &plan, &error));
    Survey again;
    again.name = QStringLiteral("Järjestökysely");
    again.year = 2025;
    QVERIFY(!SurveyImport::write(m_db, plan, again, {}, &result, &error));
    QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM survey_responses")) && q.next());
    QCOMPARE(q.value(0).toInt(), 6);
    // A cancelled import writes nothing.
    again.year = 2026;
    QVERIFY(!SurveyImport::write(m_db, plan, again, {}, &result, &error,
                                 [](int done) { return done < 3; }));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM surveys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM survey_responses")) && q.next());
    QCOMPARE(q.value(0).toInt(), 6);
}

void TestSurvey::badFilesAreNamed()
{
    const QString empty = m_dir.filePath(QStringLiteral("tyhjä.csv"));
    QVERIFY(surveytest::writeBytes(empty, QByteArray()));
    const QString headerOnly = m_dir.filePath(QStringLiteral("otsikot.csv"));
    QVERIFY(surveytest::writeBytes(headerOnly, "Järjestön nimi;Jäsenmäärä\r\n"));
    const QString unterminated = m_dir.filePath(QStringLiteral("lainaus.csv"));
    QVERIFY(surveytest::writeBytes(unterminated, "Nimi;Kysymys\r\nA;\"kesken\r\n"));
    for (const QString &path : {empty, headerOnly, unterminated}) {
        SurveyPlan plan;
        QString error;
        QVERIFY(!SurveyImport::read(path, spreadsheet::SourceOptions(), &plan, &error));
        QVERIFY2(error.startsWith(QFileInfo(path).fileName()), qPrintable(error));
    }
}

void TestSurvey::forgettingScrubsRawRowsAndAnswers()
{
    // A form that asked for the contact person in a question of its own.
    const QString path = m_dir.filePath(QStringLiteral("yhteyshenkilot.csv"));
    QVERIFY(surveytest::writeBytes(
        path, "Järjestön nimi;Vastaajan nimi;Sähköposti;Yhteyshenkilö ja puhelin;Jäsenmäärä\r\n"
              "Laukaan Latu ry;Riitta Järvinen;riitta.jarvinen@example.org;"
              "Riitta Järvinen 040 123 9876;120\r\n"
              "Jämsän Kävelijät ry;Timo Salo;timo.salo@example.org;Timo Salo;35\r\n"));
    SurveyImportResult result;
    QVERIFY(importFile(path, QStringLiteral("Yhteyshenkilöt"), 2025, &result));
    QCOMPARE(result.questions, 2);
    Person person;
    person.name = QStringLiteral("Riitta Järvinen");
    person.email = QStringLiteral("riitta.jarvinen@example.org");
    person.phone = QStringLiteral("0401239876");
    person.organisationId = m_orgs.laukaanLatu;
    PersonRepository persons(m_db);
    QString error;
    QVERIFY2(persons.create(&person, &error), qPrintable(error));
    // The confirmation counts what goes: her response, and her free-text answer in it.
    PersonRepository::ForgetScope scope;
    QVERIFY2(persons.forgetScope(person.id, &scope, &error), qPrintable(error));
    QCOMPARE(scope.surveyResponses, 1);
    QCOMPARE(scope.surveyAnswers, 1);
    QVERIFY2(persons.forget(person.id, &error), qPrintable(error));

    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT raw || ' ' || coalesce(respondent, '') FROM"
                                  " survey_responses UNION ALL SELECT value FROM survey_answers")));
    QStringList texts;
    while (q.next())
        texts.append(q.value(0).toString());
    const QString all = texts.join(u'\n');
    QVERIFY2(!all.contains(QStringLiteral("Järvinen")), qPrintable(all));
    QVERIFY(!all.contains(QLatin1String("riitta.jarvinen@example.org")));
    QVERIFY(!all.contains(QLatin1String("123 9876")));
    // What was not hers stays.
    QVERIFY(all.contains(QLatin1String("Timo Salo")));
    QVERIFY(all.contains(QLatin1String("timo.salo@example.org")));
    QVERIFY(all.contains(QLatin1String("Laukaan Latu ry")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM survey_answers WHERE value = '120'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSurvey)
#include "tst_survey.moc"
