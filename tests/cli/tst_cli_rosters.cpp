// `kartoitus-cli export --preset roster|partnership-table|liaison-persons`, run as a user runs
// it: the roster's PDF text (current members only, representatives with their terms, page
// numbers, the internal-use footer), every network from a new page, the network as it stood
// on a day, the refusal without --include-personal-data, and CSV and PDF listing the same
// organisations.
#include "clitestutil.h"
#include "networkregister.h"

#include "reports/reportlanguage.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using clitest::Run;
using clitest::runCli;

class TestCliRosters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rosterOfOneNetwork();
    void everyNetworkFromANewPage();
    void formerMemberOnADayBeforeLeaving();
    void refusedWithoutPersonalData();
    void csvAndPdfListTheSameOrganisations();
    void partnershipTableMarksTermsEndingSoon();
    void liaisonPersonsMarkMunicipalitiesWithout();
    void badChoicesAreUsageErrors();

private:
    // pdftotext of the whole file, or of page `page` alone (1-based).
    QString pdfText(const QString &pdf, int page = 0) const;
    QString out(const QString &name) const { return m_dir.filePath(name); }
    Run exportRoster(const QString &file, const QStringList &more) const;
    QString date(const QDate &day) const { return day.toString(QStringLiteral("d.M.yyyy")); }

    QTemporaryDir m_dir;
    QString m_register;
    networks::Expected m_expected;
};

QString TestCliRosters::pdfText(const QString &pdf, int page) const
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

Run TestCliRosters::exportRoster(const QString &file, const QStringList &more) const
{
    return runCli(QStringList{QStringLiteral("export"), m_register, file,
                              QStringLiteral("--include-personal-data")} +
                  more);
}

void TestCliRosters::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (scripts/setup.sh installs it)");
    QVERIFY(m_dir.isValid());
    m_register = m_dir.filePath(QStringLiteral("verkostot.kartoitus"));
    kartoitus::Register reg;
    QVERIFY(reg.create(m_register).ok());
    m_expected = networks::fill(reg.database());
}

void TestCliRosters::rosterOfOneNetwork()
{
    const QString pdf = out(QStringLiteral("liikunta.pdf"));
    const Run run = exportRoster(
        pdf, {QStringLiteral("--preset"), QStringLiteral("roster"), QStringLiteral("--sector"),
              QStringLiteral("liikunta ja URHEILU"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QJsonObject json = clitest::parseJsonObject(run.out);
    QCOMPARE(json.value(QStringLiteral("personal_data")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("entries")).toInt(), m_expected.sportsMembers.size());
    QVERIFY(run.errText().contains(QStringLiteral("personal data")));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Toimialaverkoston jäsenluettelo")), qPrintable(text));
    QVERIFY(text.contains(m_expected.sportsNetwork));
    // Exactly the current members, in Finnish order, and their count.
    qsizetype at = 0;
    for (const QString &member : std::as_const(m_expected.sportsMembers)) {
        const qsizetype found = text.indexOf(member, at);
        QVERIFY2(found > at, qPrintable(member));
        at = found;
    }
    QVERIFY(!text.contains(m_expected.formerMember));
    QVERIFY(!text.contains(m_expected.futureMember));
    QVERIFY(!text.contains(m_expected.cultureNetwork));
    QVERIFY(text.contains(QStringLiteral("3 jäsenjärjestöä.")));
    // Coordinator, the representatives serving today with their terms; not the past one.
    QVERIFY(text.contains(QStringLiteral("Koordinaattori: ") + m_expected.coordinator));
    QVERIFY2(text.contains(QStringLiteral("puheenjohtaja: ") + m_expected.chair), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("–") + date(m_expected.chairTermEnd)));
    QVERIFY(text.contains(QStringLiteral("varajäsen: ") + m_expected.deputy));
    QVERIFY(!text.contains(m_expected.pastRepresentative));
    // Page numbers and the internal-use footer on the page.
    QVERIFY(text.contains(QStringLiteral("sivu 1 / 1")));
    QVERIFY(text.contains(QStringLiteral("Sisältää henkilötietoja: vain sisäiseen käyttöön")));
    // Once on the page: the page note, not a closing line as well.
    QCOMPARE(text.count(QStringLiteral("Sisältää henkilötietoja")), 1);
}

void TestCliRosters::everyNetworkFromANewPage()
{
    const QString pdf = out(QStringLiteral("kaikki.pdf"));
    const Run run = exportRoster(
        pdf, {QStringLiteral("--preset"), QStringLiteral("roster"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QJsonObject json = clitest::parseJsonObject(run.out);
    QCOMPARE(json.value(QStringLiteral("groups")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("pages")).toInt(), 2);
    // The networks in the sectors' order, each on its page with its own members only.
    const QString first = pdfText(pdf, 1);
    const QString second = pdfText(pdf, 2);
    QVERIFY2(first.contains(m_expected.sportsNetwork), qPrintable(first));
    QVERIFY(!first.contains(m_expected.cultureNetwork));
    QVERIFY(first.contains(m_expected.sportsMembers.first()));
    QVERIFY(!first.contains(m_expected.cultureMembers.first()));
    QVERIFY(first.contains(QStringLiteral("sivu 1 / 2")));
    QVERIFY2(second.contains(m_expected.cultureNetwork), qPrintable(second));
    for (const QString &member : std::as_const(m_expected.cultureMembers))
        QVERIFY(second.contains(member));
    QVERIFY(!second.contains(m_expected.sportsMembers.first()));
    QVERIFY(second.contains(QStringLiteral("Ei edustajaa kumppanuuspöydässä tänä päivänä.")));
    QVERIFY(second.contains(QStringLiteral("sivu 2 / 2")));
    QVERIFY(second.contains(QStringLiteral("vain sisäiseen käyttöön")));
}

void TestCliRosters::formerMemberOnADayBeforeLeaving()
{
    const QString csv = out(QStringLiteral("history.csv"));
    const QDate before = m_expected.formerLeft.addDays(-1);
    const Run then =
        exportRoster(csv, {QStringLiteral("--preset"), QStringLiteral("roster"),
                           QStringLiteral("--sector"), QStringLiteral("Liikunta ja urheilu"),
                           QStringLiteral("--on"), before.toString(Qt::ISODate)});
    QVERIFY2(then.exitCode == 0, qPrintable(then.errText()));
    const QString past = QString::fromUtf8(clitest::fileBytes(csv));
    QVERIFY2(past.contains(m_expected.formerMember), qPrintable(past));
    QVERIFY(!past.contains(m_expected.futureMember));
    // On the day they left, and today, they are no longer a member.
    const Run onTheDay =
        exportRoster(csv, {QStringLiteral("--preset"), QStringLiteral("roster"),
                           QStringLiteral("--sector"), QStringLiteral("Liikunta ja urheilu"),
                           QStringLiteral("--on"), m_expected.formerLeft.toString(Qt::ISODate)});
    QCOMPARE(onTheDay.exitCode, 0);
    QVERIFY(!QString::fromUtf8(clitest::fileBytes(csv)).contains(m_expected.formerMember));
    const Run today =
        exportRoster(csv, {QStringLiteral("--preset"), QStringLiteral("roster"),
                           QStringLiteral("--sector"), QStringLiteral("Liikunta ja urheilu")});
    QCOMPARE(today.exitCode, 0);
    QVERIFY(!QString::fromUtf8(clitest::fileBytes(csv)).contains(m_expected.formerMember));
    // The past representative's term is shown on a day inside it.
    const QString pdf = out(QStringLiteral("2020.pdf"));
    const Run old =
        exportRoster(pdf, {QStringLiteral("--preset"), QStringLiteral("roster"),
                           QStringLiteral("--sector"), QStringLiteral("Liikunta ja urheilu"),
                           QStringLiteral("--on"), QStringLiteral("2020-06-01")});
    QCOMPARE(old.exitCode, 0);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Tilanne 1.6.2020")));
    QVERIFY2(text.contains(m_expected.pastRepresentative + QStringLiteral(" (") +
                           m_expected.formerMember),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("1.1.2019–31.12.2020")));
    // The chair's term had not begun (they are listed as their organisation's contact).
    QVERIFY(!text.contains(QStringLiteral("puheenjohtaja: ") + m_expected.chair));
}

void TestCliRosters::refusedWithoutPersonalData()
{
    for (const QString &preset : {QStringLiteral("roster"), QStringLiteral("partnership-table"),
                                  QStringLiteral("liaison-persons")}) {
        const QString pdf = out(preset + QStringLiteral("-refused.pdf"));
        const Run run =
            runCli({QStringLiteral("export"), m_register, pdf, QStringLiteral("--preset"), preset,
                    QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("personal data")),
                 qPrintable(run.errText()));
        QVERIFY(run.errText().contains(QStringLiteral("--include-personal-data")));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(pdf));
    }
}

void TestCliRosters::csvAndPdfListTheSameOrganisations()
{
    const QString pdf = out(QStringLiteral("same.pdf"));
    const QString csv = out(QStringLiteral("same.csv"));
    QCOMPARE(exportRoster(pdf, {QStringLiteral("--preset"), QStringLiteral("roster")}).exitCode, 0);
    QCOMPARE(exportRoster(csv, {QStringLiteral("--preset"), QStringLiteral("roster"),
                                QStringLiteral("--headers"), QStringLiteral("keys")})
                 .exitCode,
             0);
    const QStringList lines = QString::fromUtf8(clitest::fileBytes(csv))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY2(lines.value(0).startsWith(QStringLiteral("network,organisation,municipality,role,")),
             qPrintable(lines.value(0)));
    QStringList fromCsv;
    for (const QString &line : lines.mid(1))
        fromCsv.append(line.section(QLatin1Char(','), 1, 1));
    const QStringList expected = m_expected.sportsMembers + m_expected.cultureMembers;
    QCOMPARE(fromCsv, expected);
    const QString text = pdfText(pdf);
    for (const QString &organisation : expected)
        QVERIFY2(text.contains(organisation), qPrintable(organisation));
    QVERIFY(text.contains(QStringLiteral("3 jäsenjärjestöä.")));
    QVERIFY(text.contains(QStringLiteral("2 jäsenjärjestöä.")));
    // Every organisation the PDF names as a member is in the CSV: the register's others are
    // the former and the future member, which neither lists.
    for (const QString &other : {m_expected.formerMember, m_expected.futureMember}) {
        QVERIFY(!text.contains(other));
        QVERIFY(!fromCsv.contains(other));
    }
}

void TestCliRosters::partnershipTableMarksTermsEndingSoon()
{
    const QString pdf = out(QStringLiteral("poyta.pdf"));
    const Run run =
        exportRoster(pdf, {QStringLiteral("--preset"), QStringLiteral("partnership-table")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Kumppanuuspöytä")), qPrintable(text));
    QVERIFY(text.contains(m_expected.chair));
    QVERIFY(text.contains(m_expected.deputy));
    QVERIFY(!text.contains(m_expected.pastRepresentative));
    QVERIFY(text.contains(QStringLiteral("Kausi päättyy 30 päivän kuluttua")));
    QVERIFY(text.contains(QStringLiteral("vain sisäiseen käyttöön")));

    const QString csv = out(QStringLiteral("poyta.csv"));
    QCOMPARE(exportRoster(csv, {QStringLiteral("--preset"), QStringLiteral("partnership-table"),
                                QStringLiteral("--headers"), QStringLiteral("keys")})
                 .exitCode,
             0);
    const QString table = QString::fromUtf8(clitest::fileBytes(csv));
    QVERIFY(table.startsWith(QStringLiteral("network,representative,organisation,role,term_start,"
                                            "term_end,email,phone,note\r\n")));
    // The deputy's term goes on for two years: not marked.
    const QString deputyLine =
        table.section(m_expected.deputy, 1).section(QStringLiteral("\r\n"), 0, 0);
    QVERIFY2(deputyLine.endsWith(QLatin1Char(',')), qPrintable(deputyLine));
    // On a day in 2020 the past representative sits at the table, and no one else.
    QCOMPARE(exportRoster(csv, {QStringLiteral("--preset"), QStringLiteral("partnership-table"),
                                QStringLiteral("--on"), QStringLiteral("2020-06-01")})
                 .exitCode,
             0);
    const QString then = QString::fromUtf8(clitest::fileBytes(csv));
    QVERIFY(then.contains(m_expected.pastRepresentative));
    QVERIFY(!then.contains(m_expected.chair));
}

void TestCliRosters::liaisonPersonsMarkMunicipalitiesWithout()
{
    const QString csv = out(QStringLiteral("yhdyshenkilot.csv"));
    const Run run =
        exportRoster(csv, {QStringLiteral("--preset"), QStringLiteral("liaison-persons"),
                           QStringLiteral("--headers"), QStringLiteral("keys")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QStringList lines = QString::fromUtf8(clitest::fileBytes(csv))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0),
             QStringLiteral("municipality,name,role,email,phone,last_checked,note"));
    // The 22 municipalities of Central Finland, one line each here, in Finnish order.
    QCOMPARE(lines.size(), 1 + 22);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Hankasalmi,,")));
    QVERIFY(lines.last().startsWith(QStringLiteral("Äänekoski,,")));
    int without = 0;
    for (const QString &line : lines.mid(1)) {
        const QString municipality = line.section(QLatin1Char(','), 0, 0);
        if (m_expected.liaisonMunicipalities.contains(municipality)) {
            QVERIFY2(!line.endsWith(QStringLiteral("Ei yhdyshenkilöä")), qPrintable(line));
        } else {
            QVERIFY2(line.endsWith(QStringLiteral(",Ei yhdyshenkilöä")), qPrintable(line));
            ++without;
        }
    }
    QCOMPARE(without, 22 - 3);
    QVERIFY(lines.join(u'\n').contains(QStringLiteral("Jyväskylä,") + m_expected.liaison +
                                       QStringLiteral(",järjestöyhdyshenkilö,")));

    const QString pdf = out(QStringLiteral("yhdyshenkilot.pdf"));
    QCOMPARE(
        exportRoster(pdf, {QStringLiteral("--preset"), QStringLiteral("liaison-persons")}).exitCode,
        0);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("19 kunnalla ei ole yhdyshenkilöä")), qPrintable(text));
    QVERIFY(text.contains(m_expected.liaison));
    QVERIFY(text.contains(QStringLiteral("1.3.2025")));
}

void TestCliRosters::badChoicesAreUsageErrors()
{
    const QString pdf = out(QStringLiteral("bad.pdf"));
    const Run sector = exportRoster(pdf, {QStringLiteral("--preset"), QStringLiteral("roster"),
                                          QStringLiteral("--sector"), QStringLiteral("Nuoriso")});
    QCOMPARE(sector.exitCode, 1);
    QVERIFY(sector.errText().contains(QStringLiteral("Nuoriso")));
    QVERIFY(sector.errText().contains(QStringLiteral("Kulttuuri")));
    const Run day = exportRoster(pdf, {QStringLiteral("--preset"), QStringLiteral("roster"),
                                       QStringLiteral("--on"), QStringLiteral("30.6.2025")});
    QCOMPARE(day.exitCode, 1);
    QVERIFY(day.errText().contains(QStringLiteral("30.6.2025")));
    const Run liaison =
        exportRoster(pdf, {QStringLiteral("--preset"), QStringLiteral("liaison-persons"),
                           QStringLiteral("--on"), QStringLiteral("2025-01-01")});
    QCOMPARE(liaison.exitCode, 1);
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(TestCliRosters)
#include "tst_cli_rosters.moc"
