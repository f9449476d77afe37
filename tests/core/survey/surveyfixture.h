#pragma once

// A small survey export as the tools write it, in every layout the issue names, and a
// register of organisations to match its respondents against.
#include "exporting/tablefile.h"
#include "repositories/organisationrepository.h"
#include "repositories/personrepository.h"
#include "storage/register.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

namespace surveytest {

// The respondent columns, then six questions: single choice, multiple choice, number, scale,
// date and free text. Row by row what each respondent answered.
inline QStringList headers()
{
    return {QStringLiteral("Aikaleima"),
            QStringLiteral("Järjestön nimi"),
            QStringLiteral("Y-tunnus"),
            QStringLiteral("Sähköposti"),
            QStringLiteral("Kunta"),
            QStringLiteral("1. Millä alueella järjestönne toimii?"),
            QStringLiteral("2. Mitä hyvinvointia edistävää toimintaa järjestätte?"),
            QStringLiteral("3. Jäsenmäärä"),
            QStringLiteral("4. Kuinka hyvin yhteistyö kunnan kanssa sujuu? (1–5)"),
            QStringLiteral("5. Milloin järjestö on perustettu?"),
            QStringLiteral("6. Terveiset kumppanuuspöydälle")};
}

inline QStringList multiOptions()
{
    return {QStringLiteral("Liikunta"), QStringLiteral("Vertaistuki"),
            QStringLiteral("Yksinäisyyden ehkäisy ja osallisuus")};
}

struct Row
{
    QString submitted, name, businessId, email, municipality, area;
    QStringList chosen; // of multiOptions()
    QString members, scale, founded, greeting;
};

inline QList<Row> rows()
{
    const QStringList o = multiOptions();
    return {
        {"3.3.2025 10:15",
         "Laukaan Latu ry",
         "",
         "",
         "Laukaa",
         "Yhdessä kunnassa",
         {o[0], o[1]},
         "120",
         "4",
         "12.5.1952",
         "Kiitos yhteistyöstä!"},
        {"4.3.2025 11:00",
         "LAUKAAN LATU R.Y.",
         "",
         "",
         "",
         "Yhdessä kunnassa",
         {o[0]},
         "1 240",
         "5",
         "1.1.1990",
         ""},
        {"5.3.2025 12:30",
         "Jämsän Kävelijät",
         "2077474-0",
         "",
         "",
         "Useammassa kunnassa",
         {o[1], o[2]},
         "35",
         "3",
         "2001-09-30",
         "Lisää yhteisiä tapahtumia, kiitos."},
        {"6.3.2025 09:05",
         "Muuramen Mieli",
         "",
         "mieli@example.org",
         "Muurame",
         "Koko maakunnassa",
         {o[0], o[1], o[2]},
         "0",
         "2",
         "31.12.2010",
         ""},
        {"7.3.2025 14:45",
         "Laukaan Ladut",
         "",
         "",
         "Laukaa",
         "Useammassa kunnassa",
         {o[0]},
         "12",
         "4",
         "15.6.2015",
         "Tavataan syksyllä."},
        {"8.3.2025 16:20",
         "Toivakan Kyläyhdistys",
         "",
         "",
         "",
         "Yhdessä kunnassa",
         {},
         "58",
         "",
         "",
         "Hyvää kevättä"},
    };
}

inline QStringList cellsOf(const Row &r, const QString &joined)
{
    return {r.submitted, r.name,    r.businessId, r.email,   r.municipality, r.area,
            joined,      r.members, r.scale,      r.founded, r.greeting};
}

// Each layout's text rows (header first).
inline QList<QStringList> oneCellRows(const QString &separator, bool trailing)
{
    QList<QStringList> table{headers()};
    for (const Row &r : rows()) {
        QString joined = r.chosen.join(separator);
        if (trailing && !joined.isEmpty())
            joined += separator;
        table.append(cellsOf(r, joined));
    }
    return table;
}

inline QList<QStringList> optionColumnRows(const QString &mark)
{
    QStringList header = headers();
    const QString stem = QStringLiteral("Q2");
    header.removeAt(6);
    for (int i = 0; i < multiOptions().size(); ++i)
        header.insert(6 + i, QStringLiteral("%1: %2").arg(stem, multiOptions().at(i)));
    QList<QStringList> table{header};
    for (const Row &r : rows()) {
        QStringList cells = cellsOf(r, QString());
        cells.removeAt(6);
        for (int i = 0; i < multiOptions().size(); ++i)
            cells.insert(6 + i, r.chosen.contains(multiOptions().at(i)) ? mark : QString());
        table.append(cells);
    }
    return table;
}

inline QString csvText(const QList<QStringList> &table, QChar delimiter)
{
    QString text;
    for (const QStringList &row : table) {
        QStringList cells;
        for (const QString &cell : row) {
            const bool quote = cell.contains(delimiter) || cell.contains(u'"');
            cells.append(quote ? QStringLiteral("\"%1\"").arg(QString(cell).replace(
                                     QStringLiteral("\""), QStringLiteral("\"\"")))
                               : cell);
        }
        text += cells.join(delimiter) + QStringLiteral("\r\n");
    }
    return text;
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline bool writeXlsx(const QString &path, const QList<QStringList> &table)
{
    QString error;
    return kartoitus::exporting::TableFile::write(
        path, kartoitus::exporting::Format::Xlsx, QStringLiteral("Vastaukset"),
        [&](kartoitus::exporting::TableSink &sink) {
            QList<kartoitus::exporting::CellKind> kinds(table.first().size(),
                                                        kartoitus::exporting::CellKind::Text);
            if (!sink.writeHeader(table.first(), kinds))
                return false;
            for (qsizetype i = 1; i < table.size(); ++i) {
                QList<QStringView> cells;
                for (const QString &cell : table.at(i))
                    cells.append(cell);
                if (!sink.writeRow(cells))
                    return false;
            }
            return true;
        },
        &error);
}

// The organisations the fixture's respondents are, and some that only look like them.
struct Organisations
{
    qint64 laukaanLatu = 0;      // "Laukaan Latu ry", Laukaa
    qint64 laukaanLatuPolku = 0; // "Laukaan Latu ja Polku ry": similar, another one
    qint64 jamsa = 0;            // business ID 2077474-0
    qint64 muurame = 0;          // its contact person's email is mieli@example.org
    qint64 toivakkaA = 0;        // two "Toivakan Kyläyhdistys": the name alone is not enough
    qint64 toivakkaB = 0;
};

inline qint64 addOrganisation(const QSqlDatabase &db, const QString &name, const QString &home,
                              const QString &businessId = QString(), const QString &sector = {})
{
    kartoitus::Organisation o;
    o.name = name;
    o.homeMunicipality = home;
    o.businessId = businessId;
    if (!sector.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM sectors WHERE name_fi = ?"));
        q.addBindValue(sector);
        if (q.exec() && q.next())
            o.sectorIds = {q.value(0).toInt()};
    }
    QString error;
    if (!kartoitus::OrganisationRepository(db).create(&o, &error))
        qWarning("%s", qPrintable(error));
    return o.id;
}

inline Organisations addOrganisations(const QSqlDatabase &db)
{
    Organisations o;
    o.laukaanLatu = addOrganisation(db, QStringLiteral("Laukaan Latu ry"), QStringLiteral("410"),
                                    {}, QStringLiteral("Liikunta ja urheilu"));
    o.laukaanLatuPolku =
        addOrganisation(db, QStringLiteral("Laukaan Latu ja Polku ry"), QStringLiteral("410"), {},
                        QStringLiteral("Liikunta ja urheilu"));
    o.jamsa = addOrganisation(db, QStringLiteral("Jämsän Kävelijät ry"), QStringLiteral("182"),
                              QStringLiteral("2077474-0"), QStringLiteral("Liikunta ja urheilu"));
    o.muurame =
        addOrganisation(db, QStringLiteral("Muuramen Mielenterveysyhdistys ry"),
                        QStringLiteral("500"), {}, QStringLiteral("Mielenterveys ja päihteet"));
    kartoitus::Person contact;
    contact.name = QStringLiteral("Mirja Mieli");
    contact.email = QStringLiteral("Mieli@Example.org");
    contact.organisationId = o.muurame;
    QString error;
    if (!kartoitus::PersonRepository(db).create(&contact, &error))
        qWarning("%s", qPrintable(error));
    o.toivakkaA =
        addOrganisation(db, QStringLiteral("Toivakan Kyläyhdistys ry"), QStringLiteral("850"));
    o.toivakkaB =
        addOrganisation(db, QStringLiteral("Toivakan kyläyhdistys"), QStringLiteral("179"));
    return o;
}

} // namespace surveytest
