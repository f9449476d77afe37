// The health-station list: what its PDF says (through pdftotext, as a reader finds it), that
// no person without publish consent reaches any of its outputs, that register text prints as
// text, and that CSV, XLSX and PDF hold the same entries.
#include "healthstationregister.h"

#include "common/finnishtext.h"
#include "reports/healthstationlist.h"
#include "reports/reportrenderer.h"
#include "reports/reporttable.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "csv/csvreader.h"

using namespace kartoitus;
using namespace kartoitus::reports;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

QList<QStringList> csvRows(const QString &path)
{
    QFile file(path);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    csv::Reader reader(&file);
    QStringList row;
    while (reader.readRow(&row))
        rows.append(row);
    return rows;
}

// The rows of the workbook's one sheet, each cell's text, through Debian's unzip.
QList<QStringList> xlsxRows(const QString &path)
{
    const QString sheet =
        run(QStringLiteral("unzip"),
            {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
    QList<QStringList> rows;
    QXmlStreamReader xml(sheet);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row"))
            rows.append(QStringList());
        else if (xml.isStartElement() && xml.name() == QLatin1String("c") && !rows.isEmpty())
            rows.last().append(QString());
        else if (xml.isStartElement() && xml.name() == QLatin1String("t") && !rows.isEmpty() &&
                 !rows.last().isEmpty())
            rows.last().last() += xml.readElementText();
    }
    return rows;
}

// "activity – organisation" per entry, in order, from table rows after the header: the
// group column first, then activity and organisation.
QStringList entriesOf(const QList<QStringList> &rows)
{
    QStringList entries;
    for (const QStringList &row : rows.mid(1)) {
        if (row.size() > 2)
            entries.append(row.at(1) + QStringLiteral(" – ") + row.at(2));
    }
    return entries;
}

} // namespace

class TestHealthStationList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfSaysWhatAReaderNeeds();
    void noPersonWithoutConsentInAnyOutput();
    void markupInTheRegisterPrintsAsText();
    void csvAndXlsxHoldThePdfEntries();
    void filtersNarrowTheList_data();
    void filtersNarrowTheList();
    void groupedByMunicipalityAnEntryIsUnderEachOfItsMunicipalities();
    void swedishAndEnglishLists();

private:
    HealthStationOptions olderPeopleInJyvaskylaAndLaukaa() const;
    Report build(const HealthStationOptions &options);

    QTemporaryDir m_dir;
    Register m_reg;
    QList<healthstation::Expected> m_expected;
    QString m_pdf;
    QString m_text;
};

HealthStationOptions TestHealthStationList::olderPeopleInJyvaskylaAndLaukaa() const
{
    HealthStationOptions options;
    options.filter.municipalities = {QStringLiteral("179"), QStringLiteral("410")};
    options.filter.targetGroups = {healthstation::referenceId(
        m_reg.database(), QStringLiteral("target_groups"), QStringLiteral("Ikäihmiset"))};
    options.filter.free = true;
    return options;
}

Report TestHealthStationList::build(const HealthStationOptions &options)
{
    Report report;
    QString error;
    if (!HealthStationList::build(m_reg.database(), options, QStringLiteral("Testirekisteri"),
                                  &report, &error))
        qWarning("%s", qPrintable(error));
    return report;
}

void TestHealthStationList::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("pdftotext or unzip is not installed (scripts/setup.sh installs them)");
    QVERIFY(m_dir.isValid());
    QVERIFY(m_reg.create(m_dir.filePath(QStringLiteral("test.kartoitus"))).ok());
    m_expected = healthstation::fill(m_reg.database(), 60);
    QCOMPARE(m_expected.size(), 62);
    m_pdf = m_dir.filePath(QStringLiteral("list.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(
        ReportRenderer::writePdf(build(olderPeopleInJyvaskylaAndLaukaa()), m_pdf, &error, &pages),
        qPrintable(error));
    QVERIFY(pages >= 2);
    m_text = pdfText(m_pdf);
    QVERIFY(!m_text.isEmpty());
}

void TestHealthStationList::pdfSaysWhatAReaderNeeds()
{
    const QString text = m_text.simplified();
    QVERIFY2(text.contains(QStringLiteral("Järjestöjen toimintaa lähelläsi")),
             qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("Kunnat: Jyväskylä, Laukaa")));
    QVERIFY(text.contains(QStringLiteral("Kohderyhmät: Ikäihmiset")));
    QVERIFY(text.contains(QStringLiteral("Rajaukset: maksuton")));
    QVERIFY(text.contains(QStringLiteral("Lähde: Testirekisteri")));
    for (const healthstation::Expected &entry : std::as_const(m_expected))
        QVERIFY2(text.contains(entry.activity + QStringLiteral(" – ") + entry.organisation),
                 qPrintable(entry.activity));
    for (const char *absent : {"Maksullinen jumppa", "Kyläkävely", "Nuorten bändi"})
        QVERIFY2(!text.contains(QString::fromUtf8(absent)), absent);
    // Every page says which it is of how many.
    const int pages = int(m_text.count(QRegularExpression(QStringLiteral("sivu \\d+ / \\d+"))));
    QVERIFY(pages >= 2);
    QVERIFY(text.contains(QStringLiteral("sivu 1 / %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("sivu %1 / %1").arg(pages)));
    // The oldest check among the listed entries: the song circle's, 15.9.2024.
    QVERIFY(text.contains(QStringLiteral("tarkistettu viimeksi 15.9.2024")));
}

void TestHealthStationList::noPersonWithoutConsentInAnyOutput()
{
    const healthstation::Secret secret;
    const Report report = build(olderPeopleInJyvaskylaAndLaukaa());
    const QString csv = m_dir.filePath(QStringLiteral("consent.csv"));
    const QString xlsx = m_dir.filePath(QStringLiteral("consent.xlsx"));
    QString error;
    QVERIFY(ReportTable::write(report, exporting::Format::CsvExcel, exporting::HeaderStyle::Labels,
                               csv, &error));
    QVERIFY(ReportTable::write(report, exporting::Format::Xlsx, exporting::HeaderStyle::Labels,
                               xlsx, &error));
    QStringList texts = {m_text};
    for (const QStringList &row : csvRows(csv))
        texts.append(row.join(QLatin1Char('\n')));
    for (const QStringList &row : xlsxRows(xlsx))
        texts.append(row.join(QLatin1Char('\n')));
    const QString all = texts.join(QLatin1Char('\n'));
    // The walking group's contact is the person without consent: neither their name, email
    // nor phone, but the organisation's own details instead.
    QVERIFY(all.contains(QStringLiteral("Kävelyryhmä")));
    for (const QString &hidden : {secret.name, secret.email, secret.phone})
        QVERIFY2(!all.contains(hidden), qPrintable(hidden));
    QVERIFY(all.contains(QStringLiteral("latu@example.org")));
    QVERIFY(all.contains(QStringLiteral("014 111 222")));
    // The person who consented is named, with their own details.
    QVERIFY(all.contains(QStringLiteral("Julkinen Jaana")));
    QVERIFY(all.contains(QStringLiteral("jaana@example.org")));
}

void TestHealthStationList::markupInTheRegisterPrintsAsText()
{
    const Report report = build(olderPeopleInJyvaskylaAndLaukaa());
    const QString html = ReportRenderer::html(report);
    QVERIFY(html.contains(
        QStringLiteral("&lt;b&gt;Kuoro&lt;/b&gt; &amp; &lt;img src=&quot;x&quot;&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>Kuoro")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    const auto doc = ReportRenderer::document(report);
    QVERIFY(doc->toPlainText().contains(healthstation::MarkupName));
    QCOMPARE(doc->resourceRequests(), 0);
    QVERIFY(m_text.contains(healthstation::MarkupName));
}

void TestHealthStationList::csvAndXlsxHoldThePdfEntries()
{
    const Report report = build(olderPeopleInJyvaskylaAndLaukaa());
    QString error;
    QStringList previous;
    for (const auto format :
         {exporting::Format::Csv, exporting::Format::CsvExcel, exporting::Format::Xlsx}) {
        const QString path = m_dir.filePath(format == exporting::Format::Xlsx
                                                ? QStringLiteral("same.xlsx")
                                                : QStringLiteral("same-%1.csv").arg(int(format)));
        QVERIFY2(ReportTable::write(report, format, exporting::HeaderStyle::Keys, path, &error),
                 qPrintable(error));
        const QList<QStringList> rows =
            format == exporting::Format::Xlsx ? xlsxRows(path) : csvRows(path);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().mid(0, 3),
                 (QStringList{QStringLiteral("theme"), QStringLiteral("activity"),
                              QStringLiteral("organisation")}));
        const QStringList entries = entriesOf(rows);
        QCOMPARE(entries.size(), qsizetype(report.entryCount()));
        // Each entry the table holds is printed in the PDF, in the same order.
        qsizetype at = 0;
        const QString text = m_text.simplified();
        for (const QString &entry : entries) {
            const qsizetype found = text.indexOf(entry, at);
            QVERIFY2(found >= 0, qPrintable(entry));
            at = found + entry.size();
        }
        if (!previous.isEmpty())
            QCOMPARE(entries, previous);
        previous = entries;
    }
    // Each listed activity is there, once per theme group it is in.
    QSet<QString> activities;
    for (const QString &entry : previous)
        activities.insert(entry.section(QStringLiteral(" – "), 0, 0));
    QCOMPARE(activities.size(), m_expected.size());
}

void TestHealthStationList::filtersNarrowTheList_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("accessible only") << "accessible" << QStringList{QStringLiteral("Laulupiiri")};
    QTest::newRow("Swedish-speaking only")
        << "swedish" << QStringList{QStringLiteral("Kävelyryhmä")};
    QTest::newRow("open for referral only")
        << "referral" << QStringList{QStringLiteral("Kävelyryhmä")};
    QTest::newRow("hyte only") << "hyte" << QStringList{QStringLiteral("Laulupiiri")};
    QTest::newRow("one theme") << "theme" << QStringList{QStringLiteral("Laulupiiri")};
}

void TestHealthStationList::filtersNarrowTheList()
{
    QFETCH(QString, change);
    QFETCH(QStringList, absent);
    const QSqlDatabase db = m_reg.database();
    QSqlQuery q(db);
    // One activity at a time loses the quality the filter asks for.
    QVERIFY(q.exec(QStringLiteral("UPDATE activities SET accessibility = 'Ei esteetön: portaat'"
                                  " WHERE name = 'Laulupiiri'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE activities SET languages = 'sv, fi' WHERE name <>"
                                  " 'Kävelyryhmä'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE activities SET open_for_referral = 0 WHERE name ="
                                  " 'Kävelyryhmä'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE activities SET hyte = 0 WHERE name = 'Laulupiiri'")));
    HealthStationOptions options = olderPeopleInJyvaskylaAndLaukaa();
    if (change == QLatin1String("accessible"))
        options.filter.accessibleOnly = true;
    else if (change == QLatin1String("swedish"))
        options.filter.languages = {QStringLiteral("sv")};
    else if (change == QLatin1String("referral"))
        options.filter.openForReferral = true;
    else if (change == QLatin1String("hyte"))
        options.filter.hyte = true;
    else
        options.filter.themes = {
            healthstation::referenceId(db, QStringLiteral("themes"), QStringLiteral("Liikunta"))};
    const Report report = build(options);
    QStringList names;
    for (const ReportGroup &group : report.groups) {
        for (const ReportEntry &entry : group.entries)
            names.append(entry.cells.first());
    }
    for (const QString &name : absent)
        QVERIFY2(!names.contains(name), qPrintable(name));
    QVERIFY(!names.isEmpty());
    QVERIFY(!HealthStationList::describe(db, options).isEmpty());
    // Undo the changes for the next row.
    QVERIFY(q.exec(QStringLiteral("UPDATE activities SET accessibility = 'Esteetön sisäänkäynti',"
                                  " languages = 'fi', open_for_referral = 1, hyte = 1")));
}

void TestHealthStationList::groupedByMunicipalityAnEntryIsUnderEachOfItsMunicipalities()
{
    HealthStationOptions options = olderPeopleInJyvaskylaAndLaukaa();
    options.grouping = HealthStationGrouping::Municipality;
    const Report report = build(options);
    QCOMPARE(report.groups.size(), 2);
    QCOMPARE(report.groups.at(0).heading, QStringLiteral("Jyväskylä"));
    QCOMPARE(report.groups.at(1).heading, QStringLiteral("Laukaa"));
    const auto names = [](const ReportGroup &group) {
        QStringList list;
        for (const ReportEntry &entry : group.entries)
            list.append(entry.cells.first());
        return list;
    };
    const QStringList jyvaskyla = names(report.groups.at(0));
    const QStringList laukaa = names(report.groups.at(1));
    QVERIFY(jyvaskyla.contains(QStringLiteral("Laulupiiri")));
    QCOMPARE(laukaa, (QStringList{QStringLiteral("Kävelyryhmä"), QStringLiteral("Laulupiiri")}));
    // By name within a group.
    QStringList sorted = jyvaskyla;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return FinnishText::sortKey(a) < FinnishText::sortKey(b);
    });
    QCOMPARE(jyvaskyla, sorted);
    QCOMPARE(report.groupColumn.key, QStringLiteral("municipality"));
}

void TestHealthStationList::swedishAndEnglishLists()
{
    for (const auto &[language, page, title] :
         {std::tuple{"sv", "sida 1 / ", "Föreningarnas verksamhet nära dig"},
          std::tuple{"en", "page 1 / ", "Activities near you"}}) {
        HealthStationOptions options = olderPeopleInJyvaskylaAndLaukaa();
        options.language = QString::fromLatin1(language);
        const QString pdf = m_dir.filePath(QStringLiteral("list-%1.pdf").arg(options.language));
        QString error;
        QVERIFY2(ReportRenderer::writePdf(build(options), pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(QString::fromUtf8(page)), language);
        QVERIFY2(text.contains(QString::fromUtf8(title)), language);
    }
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestHealthStationList test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_healthstationlist.moc"
