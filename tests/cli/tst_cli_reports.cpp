// `kartoitus-cli export --preset health-station`, run as a user runs it: the PDF's text, the
// consent rule whatever flag is given, names of themes and target groups in any language and
// case, refusals that list what is known, and saved lists by name.
#include "clitestutil.h"
#include "healthstationregister.h"

#include "reports/healthstationlist.h"
#include "repositories/savedlistrepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using clitest::Run;
using clitest::runCli;

class TestCliReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfOfOlderPeopleInJyvaskylaAndLaukaa();
    void namesInAnyLanguageAndCase();
    void unknownThemeIsRefusedWithTheKnownOnes();
    void savedListByName();
    void unknownSavedListNamesTheSavedOnes();
    void csvInSwedish();

private:
    QString pdfText(const QString &pdf) const;
    QString out(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_register;
    QList<healthstation::Expected> m_expected;
};

QString TestCliReports::pdfText(const QString &pdf) const
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

void TestCliReports::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (scripts/setup.sh installs it)");
    QVERIFY(m_dir.isValid());
    m_register = m_dir.filePath(QStringLiteral("lists.kartoitus"));
    kartoitus::Register reg;
    QVERIFY(reg.create(m_register).ok());
    m_expected = healthstation::fill(reg.database());
    kartoitus::reports::HealthStationOptions options;
    options.filter.municipalities = {QStringLiteral("179"), QStringLiteral("410")};
    options.filter.free = true;
    kartoitus::SavedList saved{0,
                               {},
                               QStringLiteral("health-station"),
                               QStringLiteral("Jyväskylän ja Laukaan terveysasemat"),
                               options.toJson(),
                               {},
                               {}};
    QString error;
    QVERIFY2(kartoitus::SavedListRepository(reg.database()).save(&saved, &error),
             qPrintable(error));
}

void TestCliReports::pdfOfOlderPeopleInJyvaskylaAndLaukaa()
{
    const QString pdf = out(QStringLiteral("older.pdf"));
    // Asking for personal data changes nothing in a public list.
    const Run run = runCli({QStringLiteral("export"), m_register, pdf, QStringLiteral("--preset"),
                            QStringLiteral("health-station"), QStringLiteral("--municipality"),
                            QStringLiteral("Jyväskylä"), QStringLiteral("--municipality"),
                            QStringLiteral("410"), QStringLiteral("--target-group"),
                            QStringLiteral("Ikäihmiset"), QStringLiteral("--free-only"),
                            QStringLiteral("--include-personal-data"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QJsonObject json = clitest::parseJsonObject(run.out);
    QCOMPARE(json.value(QStringLiteral("personal_data")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("entries")).toInt(), m_expected.size());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Järjestöjen toimintaa lähelläsi")));
    QVERIFY(text.contains(QStringLiteral("Kunnat: Jyväskylä, Laukaa")));
    QVERIFY(text.contains(QStringLiteral("Rajaukset: maksuton")));
    QVERIFY(text.contains(QStringLiteral("sivu 1 / 1")));
    for (const healthstation::Expected &entry : std::as_const(m_expected))
        QVERIFY2(text.contains(entry.activity + QStringLiteral(" – ") + entry.organisation),
                 qPrintable(entry.activity));
    const healthstation::Secret secret;
    for (const QString &hidden : {secret.name, secret.email, secret.phone})
        QVERIFY2(!text.contains(hidden), qPrintable(hidden));
    QVERIFY(text.contains(QStringLiteral("latu@example.org")));
    QVERIFY(text.contains(healthstation::MarkupName));
}

void TestCliReports::namesInAnyLanguageAndCase()
{
    const QString csv = out(QStringLiteral("names.csv"));
    // Swedish and English names, in any case, pick the same themes as the Finnish ones.
    const Run run =
        runCli({QStringLiteral("export"), m_register, csv, QStringLiteral("--preset"),
                QStringLiteral("health-station"), QStringLiteral("--theme"),
                QStringLiteral("MOTION"), QStringLiteral("--theme"),
                QStringLiteral("culture and hobbies"), QStringLiteral("--target-group"),
                QStringLiteral("äldre"), QStringLiteral("--headers"), QStringLiteral("keys")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QString text = QString::fromUtf8(clitest::fileBytes(csv));
    QVERIFY(text.startsWith(QStringLiteral("theme,activity,organisation,")));
    QVERIFY(text.contains(QStringLiteral("Liikunta,Kävelyryhmä,")));
    QVERIFY(text.contains(QStringLiteral("Kulttuuri ja harrastukset,Laulupiiri,")));
    QVERIFY(text.contains(QStringLiteral("Kyläkävely"))); // every municipality
    QVERIFY(!text.contains(QStringLiteral("Nuorten bändi")));
}

void TestCliReports::unknownThemeIsRefusedWithTheKnownOnes()
{
    const QString pdf = out(QStringLiteral("refused.pdf"));
    const Run run = runCli({QStringLiteral("export"), m_register, pdf, QStringLiteral("--preset"),
                            QStringLiteral("health-station"), QStringLiteral("--theme"),
                            QStringLiteral("Sulkapallo")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errText().contains(QStringLiteral("Sulkapallo")));
    QVERIFY(run.errText().contains(QStringLiteral("Liikunta")));
    QVERIFY(run.errText().contains(QStringLiteral("Vertaistuki")));
    QVERIFY(!QFile::exists(pdf));
}

void TestCliReports::savedListByName()
{
    const QString pdf = out(QStringLiteral("saved.pdf"));
    const Run run = runCli({QStringLiteral("export"), m_register, pdf, QStringLiteral("--preset"),
                            QStringLiteral("health-station"), QStringLiteral("--list"),
                            QStringLiteral("JYVÄSKYLÄN JA LAUKAAN TERVEYSASEMAT")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Jyväskylän ja Laukaan terveysasemat")));
    QVERIFY(text.contains(QStringLiteral("Laulupiiri")));
    QVERIFY(text.contains(QStringLiteral("Nuorten bändi"))); // no target group in that list
    QVERIFY(!text.contains(QStringLiteral("Maksullinen jumppa")));
    QVERIFY(!text.contains(QStringLiteral("Kyläkävely")));

    // The list's choices are its own: more on the command line are refused.
    const Run mixed = runCli({QStringLiteral("export"), m_register, pdf, QStringLiteral("--preset"),
                              QStringLiteral("health-station"), QStringLiteral("--list"),
                              QStringLiteral("Jyväskylän ja Laukaan terveysasemat"),
                              QStringLiteral("--theme"), QStringLiteral("Liikunta")});
    QCOMPARE(mixed.exitCode, 1);
    QVERIFY(mixed.errText().contains(QStringLiteral("--theme")));
}

void TestCliReports::unknownSavedListNamesTheSavedOnes()
{
    const Run run = runCli({QStringLiteral("export"), m_register, out(QStringLiteral("x.pdf")),
                            QStringLiteral("--preset"), QStringLiteral("health-station"),
                            QStringLiteral("--list"), QStringLiteral("Saarijärvi")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errText().contains(QStringLiteral("Saarijärvi")));
    QVERIFY(run.errText().contains(QStringLiteral("Jyväskylän ja Laukaan terveysasemat")));
}

void TestCliReports::csvInSwedish()
{
    const QString csv = out(QStringLiteral("sv.csv"));
    const Run run = runCli(
        {QStringLiteral("export"), m_register, csv, QStringLiteral("--preset"),
         QStringLiteral("health-station"), QStringLiteral("--format"), QStringLiteral("csv-excel"),
         QStringLiteral("--language"), QStringLiteral("sv"), QStringLiteral("--municipality"),
         QStringLiteral("Laukaa"), QStringLiteral("--group-by"), QStringLiteral("municipality")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QByteArray bytes = clitest::fileBytes(csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel (Finnish): UTF-8 with BOM, `;`
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.startsWith(QStringLiteral("Kommun;Verksamhet;Förening;")));
    QVERIFY(text.contains(QStringLiteral("Laukaa;Kävelyryhmä;Laukaan Latu ry;På plats")));
    const healthstation::Secret secret;
    QVERIFY(!text.contains(secret.name));

    const Run bad = runCli({QStringLiteral("export"), m_register, csv, QStringLiteral("--preset"),
                            QStringLiteral("health-station"), QStringLiteral("--language"),
                            QStringLiteral("de")});
    QCOMPARE(bad.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
