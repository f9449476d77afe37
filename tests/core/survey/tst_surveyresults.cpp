// Survey results: frequencies and statistics per question, cross-tabulation by sector and
// municipality, the same question compared between two years, answers applied to the
// organisations (preview, then one transaction), and the printed summary read back with
// pdftotext.
#include "surveyfixture.h"

#include "fields/fieldcatalogue.h"
#include "reports/reportrenderer.h"
#include "reports/reporttable.h"
#include "repositories/surveyrepository.h"
#include "survey/answerapplier.h"
#include "survey/surveyimport.h"
#include "survey/surveyresults.h"
#include "survey/surveysummary.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace kartoitus;
using namespace kartoitus::survey;

class TestSurveyResults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void frequenciesAndStatistics();
    void crossTabBySectorAndMunicipality();
    void compareTwoYears();
    void answersFillTheCataloguesCounts();
    void applyMemberCounts();
    void applySectors();
    void summaryTable();
    void summaryPdf();

private:
    qint64 importCsv(const QList<QStringList> &table, const QString &name, int year);
    SurveyQuestion question(qint64 surveyId, int index);

    QTemporaryDir m_dir;
    Register m_register;
    QSqlDatabase m_db;
    surveytest::Organisations m_orgs;
    qint64 m_survey = 0;
    int m_fileNumber = 0;
};

void TestSurveyResults::init()
{
    const OpenResult opened =
        m_register.create(m_dir.filePath(QStringLiteral("r%1.kartoitus").arg(++m_fileNumber)));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    m_db = m_register.database();
    m_orgs = surveytest::addOrganisations(m_db);
    m_survey = importCsv(surveytest::oneCellRows(QStringLiteral(", "), false),
                         QStringLiteral("Järjestökysely"), 2025);
    QVERIFY(m_survey > 0);
}

void TestSurveyResults::cleanup()
{
    m_db = QSqlDatabase();
    m_register.close();
}

qint64 TestSurveyResults::importCsv(const QList<QStringList> &table, const QString &name, int year)
{
    const QString path = m_dir.filePath(QStringLiteral("s%1.csv").arg(++m_fileNumber));
    if (!surveytest::writeBytes(path, surveytest::csvText(table, u';').toUtf8()))
        return 0;
    SurveyPlan plan;
    QString error;
    Survey survey;
    survey.name = name;
    survey.year = year;
    survey.source = QStringLiteral("Webropol");
    SurveyImportResult result;
    if (!SurveyImport::read(path, spreadsheet::SourceOptions(), &plan, &error) ||
        !SurveyImport::write(m_db, plan, survey, {}, &result, &error)) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    return result.surveyId;
}

SurveyQuestion TestSurveyResults::question(qint64 surveyId, int index)
{
    return SurveyRepository(m_db).questions(surveyId).value(index);
}

void TestSurveyResults::frequenciesAndStatistics()
{
    QList<QuestionResult> results;
    QString error;
    QVERIFY2(SurveyResults::survey(m_db, m_survey, &results, &error), qPrintable(error));
    QCOMPARE(results.size(), 6);
    // Every option of the single choice, in the question's order, and percentages of those
    // who answered.
    QCOMPARE(results.at(0).counts.size(), 3);
    QCOMPARE(results.at(0).counts.at(0).option, QStringLiteral("Yhdessä kunnassa"));
    QCOMPARE(results.at(0).counts.at(0).count, 3);
    QCOMPARE(results.at(0).counts.at(0).percent, 50.0);
    int total = 0;
    for (const OptionCount &c : results.at(0).counts)
        total += c.count;
    QCOMPARE(total, results.at(0).answered);
    // A multiple choice adds up to more than its respondents.
    total = 0;
    for (const OptionCount &c : results.at(1).counts)
        total += c.count;
    QCOMPARE(total, 9);
    QCOMPARE(results.at(1).answered, 5);
    // Numbers: count, mean, median, min, max.
    const NumberStats stats = *results.at(2).stats;
    QCOMPARE(stats.count, 6);
    QCOMPARE(stats.mean, (120.0 + 1240 + 35 + 0 + 12 + 58) / 6);
    QCOMPARE(stats.median, (35.0 + 58) / 2);
    QCOMPARE(stats.min, 0.0);
    QCOMPARE(stats.max, 1240.0);
    QVERIFY(results.at(2).counts.isEmpty());
    // A scale has its statistics and every point of the scale.
    QCOMPARE(results.at(3).counts.size(), 5);
    QCOMPARE(results.at(3).stats->mean, (4.0 + 5 + 3 + 2 + 4) / 5);
}

void TestSurveyResults::crossTabBySectorAndMunicipality()
{
    CrossTab table;
    QString error;
    QVERIFY2(SurveyResults::crossTab(m_db, question(m_survey, 1), QStringLiteral("sectors"), &table,
                                     &error),
             qPrintable(error));
    // Two Laukaa rows and Jämsä are sports; Muurame is mental health; two are not matched.
    QCOMPARE(table.groups, (QStringList{QStringLiteral("Liikunta ja urheilu"),
                                        QStringLiteral("Mielenterveys ja päihteet"),
                                        SurveyResults::notMatchedGroup()}));
    const QuestionResult &sports = table.results.at(0);
    QCOMPARE(sports.answered, 3);
    QCOMPARE(SurveyResults::countOf(sports, QStringLiteral("Liikunta")).count, 2);
    QCOMPARE(SurveyResults::countOf(sports, QStringLiteral("Vertaistuki")).count, 2);
    QCOMPARE(SurveyResults::countOf(table.results.at(1), QStringLiteral("Vertaistuki")).count, 1);
    // The unmatched "Laukaan Ladut" chose Liikunta; Toivakka chose nothing.
    QCOMPARE(table.results.at(2).answered, 1);

    QVERIFY2(SurveyResults::crossTab(m_db, question(m_survey, 0), QStringLiteral("municipality"),
                                     &table, &error),
             qPrintable(error));
    QCOMPARE(table.groups,
             (QStringList{QStringLiteral("Jämsä"), QStringLiteral("Laukaa"),
                          QStringLiteral("Muurame"), SurveyResults::notMatchedGroup()}));
    QCOMPARE(SurveyResults::countOf(table.results.at(1), QStringLiteral("Yhdessä kunnassa")).count,
             2);
}

void TestSurveyResults::compareTwoYears()
{
    // Next year's file: the same questions, Muurame now works in one municipality only.
    QList<QStringList> next = surveytest::oneCellRows(QStringLiteral(", "), false);
    next[4][5] = QStringLiteral("Yhdessä kunnassa");
    next[4][6] = QStringLiteral("Liikunta");
    const qint64 later = importCsv(next, QStringLiteral("Järjestökysely"), 2026);
    QVERIFY(later > 0);
    const SurveyQuestion area = question(m_survey, 0);
    const auto other = SurveyResults::counterpart(area, SurveyRepository(m_db).questions(later));
    QVERIFY(other);
    QVERIFY(other->surveyId == later);
    QCOMPARE(other->text, area.text);
    Comparison comparison;
    QString error;
    QVERIFY2(SurveyResults::compare(m_db, area, *other, &comparison, &error), qPrintable(error));
    QCOMPARE(comparison.options.size(), 3);
    QCOMPARE(SurveyResults::countOf(comparison.first, QStringLiteral("Yhdessä kunnassa")).count, 3);
    QCOMPARE(SurveyResults::countOf(comparison.second, QStringLiteral("Yhdessä kunnassa")).count,
             4);
    QCOMPARE(SurveyResults::countOf(comparison.second, QStringLiteral("Koko maakunnassa")).count,
             0);
    // A question whose text changed is still found by its code.
    SurveyQuestion renamed = area;
    renamed.text = QStringLiteral("1. Toiminta-alue");
    QCOMPARE(SurveyResults::counterpart(renamed, SurveyRepository(m_db).questions(later))->id,
             other->id);
}

void TestSurveyResults::applyMemberCounts()
{
    OrganisationRepository organisations(m_db);
    Organisation jamsa = *organisations.get(m_orgs.jamsa);
    jamsa.members = 20;
    QString error;
    QVERIFY2(organisations.update(&jamsa, &error), qPrintable(error));

    const SurveyQuestion members = question(m_survey, 2);
    QList<AnswerChange> changes;
    QVERIFY2(AnswerApplier::preview(m_db, members, QStringLiteral("members"), &changes, &error),
             qPrintable(error));
    // Laukaan Latu answered twice (120, then 1 240): the later answer counts.
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).organisationId, m_orgs.laukaanLatu);
    QCOMPARE(changes.at(0).before, QString());
    QCOMPARE(changes.at(0).after, QStringLiteral("1240"));
    QCOMPARE(changes.at(1).organisationId, m_orgs.jamsa);
    QCOMPARE(changes.at(1).before, QStringLiteral("20"));
    QCOMPARE(changes.at(1).after, QStringLiteral("35"));
    QVERIFY(changes.at(1).changes());
    // The preview wrote nothing.
    QCOMPARE(organisations.get(m_orgs.jamsa)->members, std::optional<int>(20));

    // The user leaves Muurame out.
    int written = 0;
    QVERIFY2(AnswerApplier::apply(m_db, members, QStringLiteral("members"),
                                  {m_orgs.laukaanLatu, m_orgs.jamsa}, &written, &error),
             qPrintable(error));
    QCOMPARE(written, 2);
    QCOMPARE(organisations.get(m_orgs.laukaanLatu)->members, std::optional<int>(1240));
    QCOMPARE(organisations.get(m_orgs.jamsa)->members, std::optional<int>(35));
    QCOMPARE(organisations.get(m_orgs.muurame)->members, std::nullopt);

    // A text question cannot fill a count.
    QVERIFY(!AnswerApplier::preview(m_db, question(m_survey, 5), QStringLiteral("volunteers"),
                                    &changes, &error));
    QVERIFY(!error.isEmpty());
}

void TestSurveyResults::answersFillTheCataloguesCounts()
{
    // The fields offered are the catalogue's counts, then sectors and municipalities served:
    // a count added to the catalogue is offered without code of its own.
    QStringList counts;
    for (const fields::Field &field :
         fields::FieldCatalogue::fields(fields::Entity::Organisations)) {
        if (field.isWholeNumber())
            counts.append(field.key);
    }
    QVERIFY(counts.contains(QStringLiteral("volunteers")));
    const QStringList targets = AnswerApplier::targets();
    QCOMPARE(targets.mid(0, counts.size()), counts);
    QCOMPARE(targets.mid(counts.size()),
             (QStringList{QStringLiteral("sectors"), QStringLiteral("municipalities_served")}));
    for (const QString &count : std::as_const(counts)) {
        QVERIFY(AnswerApplier::fits(QStringLiteral("number"), count));
        QVERIFY(!AnswerApplier::fits(QStringLiteral("single_choice"), count));
        QCOMPARE(AnswerApplier::targetLabel(count),
                 fields::FieldCatalogue::label(fields::Entity::Organisations, count));
    }
    QVERIFY(AnswerApplier::fits(QStringLiteral("multiple_choice"), QStringLiteral("sectors")));
    QVERIFY(!AnswerApplier::fits(QStringLiteral("number"), QStringLiteral("sectors")));
    // A field that is no count cannot be filled, from any question.
    QVERIFY(!AnswerApplier::fits(QStringLiteral("number"), QStringLiteral("founded_year")));
    QVERIFY(!AnswerApplier::fits(QStringLiteral("text"), QStringLiteral("name")));
}

void TestSurveyResults::applySectors()
{
    // A survey that asks the organisation's sectors.
    const qint64 survey = importCsv(
        {{QStringLiteral("Järjestön nimi"), QStringLiteral("Toimialat")},
         {QStringLiteral("Laukaan Latu ry"), QStringLiteral("Nuoriso, Kulttuuri")},
         {QStringLiteral("Jämsän Kävelijät ry"), QStringLiteral("Nuoriso")},
         {QStringLiteral("Muuramen Mielenterveysyhdistys ry"), QStringLiteral("Taikuus, Nuoriso")},
         {QStringLiteral("Toivakan Kyläyhdistys ry"), QStringLiteral("Nuoriso, Kulttuuri")},
         {QStringLiteral("Laukaan Ladut"), QStringLiteral("Kulttuuri")},
         {QStringLiteral("Uusi yhdistys"), QStringLiteral("Nuoriso, Kulttuuri")}},
        QStringLiteral("Toimialat"), 2025);
    QVERIFY(survey > 0);
    const SurveyQuestion sectors = question(survey, 0);
    QCOMPARE(sectors.type, QStringLiteral("multiple_choice"));
    QList<AnswerChange> changes;
    QString error;
    QVERIFY2(AnswerApplier::preview(m_db, sectors, QStringLiteral("sectors"), &changes, &error),
             qPrintable(error));
    // Only matched responses count: Toivakka's name is shared, the last two are not known.
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).before, QStringLiteral("Liikunta ja urheilu"));
    QCOMPARE(changes.at(0).after, QStringLiteral("Liikunta ja urheilu, Nuoriso, Kulttuuri"));
    QVERIFY2(changes.at(2).problem.contains(QLatin1String("Taikuus")),
             qPrintable(changes.at(2).problem));
    QVERIFY(!changes.at(2).changes());
    int written = 0;
    QList<qint64> all;
    for (const AnswerChange &change : changes)
        all.append(change.organisationId);
    QVERIFY2(AnswerApplier::apply(m_db, sectors, QStringLiteral("sectors"), all, &written, &error),
             qPrintable(error));
    QCOMPARE(written, 2);
    QCOMPARE(OrganisationRepository(m_db).get(m_orgs.jamsa)->sectorIds.size(), 2);
    QCOMPARE(OrganisationRepository(m_db).get(m_orgs.muurame)->sectorIds.size(), 1);
}

void TestSurveyResults::summaryTable()
{
    reports::Report report;
    QString error;
    QVERIFY2(SurveySummary::build(m_db, m_survey, QStringLiteral("fi"), &report, &error),
             qPrintable(error));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY2(reports::ReportTable::writeCsv(report, exporting::Format::Csv,
                                            exporting::HeaderStyle::Keys, &buffer, &error),
             qPrintable(error));
    const QStringList lines =
        QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("question,option,count,percent"));
    QVERIFY(lines.contains(
        QStringLiteral("2. Mitä hyvinvointia edistävää toimintaa järjestätte?,Liikunta,4,80.0")));
    QVERIFY(lines.contains(QStringLiteral("1. Millä alueella järjestönne toimii?,Koko "
                                          "maakunnassa,1,16.7")));
    QVERIFY(lines.contains(QStringLiteral("3. Jäsenmäärä,Mediaani,46.5,")));
    // Excel set up for Finland reads numbers with a decimal comma; a point would make text.
    QBuffer excel;
    QVERIFY(excel.open(QIODevice::WriteOnly));
    QVERIFY2(reports::ReportTable::writeCsv(report, exporting::Format::CsvExcel,
                                            exporting::HeaderStyle::Keys, &excel, &error),
             qPrintable(error));
    const QString excelText = QString::fromUtf8(excel.data());
    QVERIFY2(excelText.contains(QStringLiteral(";Liikunta;4;80,0\r\n")), qPrintable(excelText));
    QVERIFY2(excelText.contains(QStringLiteral(";Mediaani;46,5;\r\n")), qPrintable(excelText));
    // Every question has its lines.
    for (const reports::ReportGroup &group : report.groups) {
        const bool found = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return line.startsWith(group.heading + u',') ||
                   line.startsWith(u'"' + group.heading + u'"');
        });
        QVERIFY2(found, qPrintable(group.heading));
    }
}

void TestSurveyResults::summaryPdf()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (scripts/setup.sh installs it)");
    reports::Report report;
    QString error;
    QVERIFY2(SurveySummary::build(m_db, m_survey, QStringLiteral("fi"), &report, &error),
             qPrintable(error));
    const QString pdf = m_dir.filePath(QStringLiteral("yhteenveto.pdf"));
    int pages = 0;
    QVERIFY2(reports::ReportRenderer::writePdf(report, pdf, &error, &pages), qPrintable(error));
    QVERIFY(pages >= 1);
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    const QString flat = text.simplified();
    QVERIFY2(flat.contains(QStringLiteral("Järjestökysely 2025")), qPrintable(text));
    QVERIFY2(flat.contains(QLatin1String("6 vastausta")), qPrintable(text));
    QVERIFY(flat.contains(QStringLiteral("Tuotettu %1")
                              .arg(QDate::currentDate().toString(QStringLiteral("d.M.yyyy")))));
    for (const SurveyQuestion &q : SurveyRepository(m_db).questions(m_survey))
        QVERIFY2(flat.contains(q.text), qPrintable(q.text));
    const auto row = [&](const QString &option, int count, const QString &percent) {
        const QRegularExpression pattern(QRegularExpression::escape(option) +
                                         QStringLiteral("\\s+%1\\s+%2 %").arg(count).arg(percent));
        return pattern.match(text).hasMatch();
    };
    // Numbers as Finnish writes them: a decimal comma, a space between thousands.
    QVERIFY2(row(QStringLiteral("Liikunta"), 4, QStringLiteral("80,0")), qPrintable(text));
    QVERIFY2(row(QStringLiteral("Vertaistuki"), 3, QStringLiteral("60,0")), qPrintable(text));
    QVERIFY2(row(QStringLiteral("Yhdessä kunnassa"), 3, QStringLiteral("50,0")), qPrintable(text));
    QVERIFY2(row(QStringLiteral("Useammassa kunnassa"), 2, QStringLiteral("33,3")),
             qPrintable(text));
    QVERIFY2(QRegularExpression(QStringLiteral("Suurin[\\s\\x{00a0}]+1[\\s\\x{00a0}]240"))
                 .match(text)
                 .hasMatch(),
             qPrintable(text));
    QVERIFY2(
        QRegularExpression(QStringLiteral("Mediaani[\\s\\x{00a0}]+46,5")).match(text).hasMatch(),
        qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("80.0")), qPrintable(text));
    QVERIFY2(flat.contains(QLatin1String("Vastanneita: 5 / 6")), qPrintable(text));
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the PDF lays out text: fonts need a GUI app
    QGuiApplication app(argc, argv);
    TestSurveyResults test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_surveyresults.moc"
