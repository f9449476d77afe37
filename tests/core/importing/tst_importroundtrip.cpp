// What the program exports, it imports back exactly: a register whose text holds
// everything a CSV round trip can get wrong is exported with each preset and header
// style, imported into an empty register and exported again, and the two files are the
// same bytes, for organisations, their activities and the persons.
#include "importtestutil.h"
#include "trickyregister.h"

#include "exporting/exporter.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace importtest;
using exporting::Exporter;
using exporting::ExportRequest;
using exporting::ExportResult;
using exporting::Format;
using exporting::HeaderStyle;

Q_DECLARE_METATYPE(Format)
Q_DECLARE_METATYPE(HeaderStyle)

class TestImportRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everythingRoundTrips_data();
    void everythingRoundTrips();
    void ownExportChangesNothing_data();
    void ownExportChangesNothing();
    void excelPresetWritesWhatTheWindowShows();

private:
    static QByteArray exportBytes(const QSqlDatabase &db, ExportRequest request,
                                  fields::Entity entity, ExportResult *result = nullptr);

    Workspace m_source;
};

void TestImportRoundTrip::initTestCase()
{
    QVERIFY(m_source.create(QStringLiteral("source.kartoitus")));
    QString error;
    QVERIFY2(roundtrip::fillTrickyRegister(m_source.db(), &error), qPrintable(error));
}

QByteArray TestImportRoundTrip::exportBytes(const QSqlDatabase &db, ExportRequest request,
                                            fields::Entity entity, ExportResult *result)
{
    switch (entity) {
    case fields::Entity::Organisations:
        request.what = exporting::Entity::Organisations;
        break;
    case fields::Entity::Activities:
        request.what = exporting::Entity::Activities;
        break;
    case fields::Entity::Persons:
        request.what = exporting::Entity::Persons;
        break;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ExportResult exported = Exporter(db).exportToDevice(request, &buffer);
    if (!exported.ok)
        qWarning("%s", qPrintable(exported.error));
    if (result)
        *result = exported;
    return buffer.data();
}

void TestImportRoundTrip::everythingRoundTrips_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<HeaderStyle>("headers");
    QTest::addColumn<QString>("language"); // of the program, "" for English
    QTest::newRow("excel (finnish), labels") << Format::CsvExcel << HeaderStyle::Labels << "";
    QTest::newRow("excel (finnish), keys") << Format::CsvExcel << HeaderStyle::Keys << "";
    QTest::newRow("standard csv, labels") << Format::Csv << HeaderStyle::Labels << "";
    QTest::newRow("standard csv, keys") << Format::Csv << HeaderStyle::Keys << "";
    // The Excel preset writes display values and headers in the program's language.
    QTest::newRow("excel (finnish), labels, Finnish UI")
        << Format::CsvExcel << HeaderStyle::Labels << "fi";
    QTest::newRow("excel (finnish), labels, Swedish UI")
        << Format::CsvExcel << HeaderStyle::Labels << "sv";
}

namespace {

// The program's translation for `language` ("fi", "sv"), installed until the result goes;
// nothing for "".
std::shared_ptr<QTranslator> speak(const QString &language)
{
    if (language.isEmpty())
        return {};
    auto translator = std::shared_ptr<QTranslator>(new QTranslator, [](QTranslator *t) {
        QCoreApplication::removeTranslator(t);
        delete t;
    });
    if (!translator->load(QStringLiteral(":/i18n/kartoitus_%1.qm").arg(language)))
        return {};
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace

// Organisations first (their contact persons come along), then the activities, then
// the persons, as someone moving a register over by CSV would do.
void TestImportRoundTrip::everythingRoundTrips()
{
    QFETCH(Format, format);
    QFETCH(HeaderStyle, headers);
    QFETCH(QString, language);
    const auto translator = speak(language);
    QVERIFY(language.isEmpty() || translator);
    Workspace target;
    QVERIFY(target.create(QStringLiteral("target.kartoitus")));
    ExportRequest request;
    request.format = format;
    request.headers = headers;
    request.includePersonalData = true;
    const QList<std::pair<fields::Entity, int>> entities{{fields::Entity::Organisations, 6},
                                                         {fields::Entity::Activities, 4},
                                                         {fields::Entity::Persons, 5}};
    for (const auto &[entity, rows] : entities) {
        const QString name = fields::FieldCatalogue::entityKey(entity);
        ExportResult exported;
        const QByteArray first = exportBytes(m_source.db(), request, entity, &exported);
        QCOMPARE(exported.rows, rows);
        QVERIFY(exported.columns.contains(QStringLiteral("id")));
        if (entity == fields::Entity::Organisations) {
            // The Excel preset guards formulas; the standard one writes them as they are.
            const QByteArray formula =
                format == Format::CsvExcel ? ";'=SUM(A1:A9);" : ",=SUM(A1:A9),";
            QVERIFY2(first.contains(formula), first.constData());
        }
        const QString file = target.write(name + QStringLiteral(".csv"), first);

        ImportOptions options;
        options.entity = entity;
        const ImportResult imported = target.run(file, options);
        QVERIFY2(imported.ok && imported.rejected == 0,
                 qPrintable(name + u' ' + describe(imported)));
        QCOMPARE(imported.created + imported.updated, rows);
        QVERIFY2(imported.mapping.keys() == exported.columns, qPrintable(name));

        const QByteArray second = exportBytes(target.db(), request, entity);
        if (second != first) {
            qWarning("%s first:\n%s\nsecond:\n%s", qPrintable(name), first.constData(),
                     second.constData());
        }
        QVERIFY2(second == first, qPrintable(name));
    }
}

void TestImportRoundTrip::ownExportChangesNothing_data()
{
    everythingRoundTrips_data();
}

// Importing a register's own export back into it finds every record by its id and
// leaves the file exactly as it was.
void TestImportRoundTrip::ownExportChangesNothing()
{
    QFETCH(Format, format);
    QFETCH(HeaderStyle, headers);
    QFETCH(QString, language);
    const auto translator = speak(language);
    QVERIFY(language.isEmpty() || translator);
    ExportRequest request;
    request.format = format;
    request.headers = headers;
    request.includePersonalData = true;
    QList<QString> files;
    for (const fields::Entity entity :
         {fields::Entity::Organisations, fields::Entity::Activities, fields::Entity::Persons})
        files.append(
            m_source.write(fields::FieldCatalogue::entityKey(entity) + QStringLiteral(".csv"),
                           exportBytes(m_source.db(), request, entity)));
    const QByteArray before = m_source.closedBytes();
    int index = 0;
    for (const fields::Entity entity :
         {fields::Entity::Organisations, fields::Entity::Activities, fields::Entity::Persons}) {
        ImportOptions options;
        options.entity = entity;
        const ImportResult result = m_source.run(files[index++], options);
        QVERIFY2(result.ok, qPrintable(describe(result)));
        for (const RowOutcome &outcome : result.outcomes) {
            QCOMPARE(outcome.matchedBy, QStringLiteral("uuid"));
            QVERIFY2(outcome.action == RowAction::Unchanged,
                     qPrintable(QStringLiteral("line %1: %2 %3")
                                    .arg(outcome.line)
                                    .arg(outcome.name, rowActionKey(outcome.action))));
        }
    }
    QCOMPARE(m_source.closedBytes(), before);
}

// Someone who opens the Excel preset's file sees the values as the window shows them, in
// Finnish: statuses, places and costs by their names, yes/no as words, days as 15.1.2026.
// The standard preset keeps the stored keys and ISO days that scripts read.
void TestImportRoundTrip::excelPresetWritesWhatTheWindowShows()
{
    const auto translator = speak(QStringLiteral("fi"));
    QVERIFY(translator);
    ExportRequest request;
    request.format = Format::CsvExcel;
    request.includePersonalData = true;
    const QString organisations =
        QString::fromUtf8(exportBytes(m_source.db(), request, fields::Entity::Organisations));
    const QString activities =
        QString::fromUtf8(exportBytes(m_source.db(), request, fields::Entity::Activities));
    const QString persons =
        QString::fromUtf8(exportBytes(m_source.db(), request, fields::Entity::Persons));
    for (const QString &shown : {QStringLiteral(";Lepäävä;"), QStringLiteral(";Purettu;"),
                                 QStringLiteral(";Toimiva;"), QStringLiteral(";31.5.2024")})
        QVERIFY2(organisations.contains(shown), qPrintable(shown + u'\n' + organisations));
    for (const QString &shown :
         {QStringLiteral(";Paikan päällä;"), QStringLiteral(";Verkossa;"),
          QStringLiteral(";Paikan päällä ja verkossa;"), QStringLiteral(";Maksuton;"),
          QStringLiteral(";Maksullinen;"), QStringLiteral(";kyllä;")})
        QVERIFY2(activities.contains(shown), qPrintable(shown + u'\n' + activities));
    QVERIFY2(!organisations.contains(QStringLiteral(";dormant;")), qPrintable(organisations));
    QVERIFY2(!activities.contains(QStringLiteral(";free;")), qPrintable(activities));
    QVERIFY2(!organisations.contains(QStringLiteral("2024-05-31")), qPrintable(organisations));
    const QRegularExpression finnishDay(QStringLiteral(";\\d{1,2}\\.\\d{1,2}\\.\\d{4}"));
    QVERIFY2(persons.contains(finnishDay), qPrintable(persons));

    request.format = Format::Csv;
    const QString standard =
        QString::fromUtf8(exportBytes(m_source.db(), request, fields::Entity::Organisations));
    QVERIFY2(standard.contains(QStringLiteral(",dormant,")), qPrintable(standard));
    QVERIFY2(standard.contains(QStringLiteral("2024-05-31")), qPrintable(standard));
}

QTEST_GUILESS_MAIN(TestImportRoundTrip)
#include "tst_importroundtrip.moc"
