#include "reference/referencedata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kartoitus {

namespace {

// The shipped reference files are simple: `;`-separated, no quoting, a header line.
QList<QStringList> readReferenceTable(const QString &resource)
{
    QFile file(resource);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty())
            rows.append(line.split(QLatin1Char(';')));
    }
    return rows;
}

bool execPrepared(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool seedMunicipalities(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO municipalities (code, name_fi, region, business_id, "
                                 "language, home_region) VALUES (?, ?, ?, ?, ?, ?)"));
    const QList<QStringList> rows =
        readReferenceTable(QStringLiteral(":/reference/municipalities.csv"));
    if (rows.size() < 300) {
        *error = QStringLiteral("municipality reference data missing");
        return false;
    }
    for (const QStringList &r : rows) {
        const bool home = r.value(2) == QLatin1String(DefaultHomeRegion);
        if (!execPrepared(query, {r.value(0), r.value(1), r.value(2), r.value(3), r.value(4), home},
                          error))
            return false;
    }
    query.prepare(QStringLiteral(
        "INSERT INTO municipality_aliases (code, name_fi, merged_into, year) VALUES (?, ?, ?, ?)"));
    for (const QStringList &r :
         readReferenceTable(QStringLiteral(":/reference/merged_municipalities.csv"))) {
        if (!execPrepared(query, {r.value(0), r.value(1), r.value(2), r.value(3).toInt()}, error))
            return false;
    }
    return true;
}

bool seedList(const QSqlDatabase &db, const QString &table, const QJsonArray &items, QString *error)
{
    const bool hasCode = table == QLatin1String("legal_forms");
    QSqlQuery query(db);
    query.prepare(hasCode ? QStringLiteral("INSERT INTO legal_forms (code, name_fi, name_sv, "
                                           "name_en, sort_order) VALUES (?, ?, ?, ?, ?)")
                          : QStringLiteral("INSERT INTO %1 (name_fi, name_sv, name_en, sort_order) "
                                           "VALUES (?, ?, ?, ?)")
                                .arg(table));
    int order = 0;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        QVariantList values{o[QLatin1String("fi")].toString(), o[QLatin1String("sv")].toString(),
                            o[QLatin1String("en")].toString(), ++order};
        if (hasCode)
            values.prepend(o[QLatin1String("code")].toString());
        if (!execPrepared(query, values, error))
            return false;
    }
    return true;
}

} // namespace

bool seedSwedishMunicipalityNames(const QSqlDatabase &db, QString *error)
{
    const QList<QStringList> rows =
        readReferenceTable(QStringLiteral(":/reference/municipality_names_sv.csv"));
    if (rows.isEmpty()) {
        *error = QStringLiteral("Swedish municipality names missing");
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE municipalities SET name_sv = ? WHERE code = ?"));
    for (const QStringList &r : rows) {
        if (!execPrepared(query, {r.value(1), r.value(0)}, error))
            return false;
        if (query.numRowsAffected() != 1) {
            *error = QStringLiteral("no municipality with code %1").arg(r.value(0));
            return false;
        }
    }
    return true;
}

bool seedReferenceData(const QSqlDatabase &db, QString *error)
{
    if (!seedMunicipalities(db, error))
        return false;
    QFile file(QStringLiteral(":/reference/defaults.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("default reference lists missing");
        return false;
    }
    const QJsonObject defaults = QJsonDocument::fromJson(file.readAll()).object();
    for (const char *table : {"sectors", "themes", "target_groups", "legal_forms"}) {
        if (!seedList(db, QLatin1String(table), defaults[QLatin1String(table)].toArray(), error))
            return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('home_region', ?)"));
    return execPrepared(query, {QLatin1String(DefaultHomeRegion)}, error);
}

bool MunicipalityDirectory::load(const QSqlDatabase &db, QString *error)
{
    m_byCode.clear();
    m_byName.clear();
    m_aliases.clear();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT code, name_fi, coalesce(name_sv, ''), region, "
                                   "home_region FROM municipalities"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        Municipality m{query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toBool()};
        m_byName.insert(m.nameFi.toCaseFolded(), m.code);
        if (!m.nameSv.isEmpty())
            m_byName.insert(m.nameSv.toCaseFolded(), m.code);
        m_byCode.insert(m.code, m);
    }
    if (!query.exec(QStringLiteral("SELECT code, name_fi, merged_into FROM municipality_aliases")))
        return false;
    while (query.next()) {
        m_aliases.insert(query.value(0).toString(), query.value(2).toString());
        m_aliases.insert(query.value(1).toString().toCaseFolded(), query.value(2).toString());
    }
    return true;
}

QString MunicipalityDirectory::resolve(const QString &text) const
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return {};
    bool isNumber = false;
    const int number = t.toInt(&isNumber);
    if (isNumber && number >= 0 && number < 1000) {
        const QString code = QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0'));
        if (m_byCode.contains(code))
            return code;
        return m_aliases.value(code);
    }
    const QString folded = t.toCaseFolded();
    const QString code = m_byName.value(folded);
    return code.isEmpty() ? m_aliases.value(folded) : code;
}

QString MunicipalityDirectory::name(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? QString() : it->nameFi;
}

const Municipality *MunicipalityDirectory::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? nullptr : &*it;
}

QList<Municipality> MunicipalityDirectory::homeRegion() const
{
    QList<Municipality> result;
    for (const Municipality &m : m_byCode) {
        if (m.homeRegion)
            result.append(m);
    }
    std::sort(result.begin(), result.end(),
              [](const Municipality &a, const Municipality &b) { return a.code < b.code; });
    return result;
}

bool loadLegalFormCodes(const QSqlDatabase &db, QHash<QString, int> *codes, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT code, id FROM legal_forms"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next())
        codes->insert(query.value(0).toString(), query.value(1).toInt());
    return true;
}

bool ReferenceList::load(const QSqlDatabase &db, const QString &table, QString *error)
{
    m_byName.clear();
    m_names.clear();
    m_order.clear();
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT id, name_fi, coalesce(name_sv, ''), coalesce(name_en, '') "
                           "FROM %1 ORDER BY sort_order, id")
                .arg(table))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const int id = query.value(0).toInt();
        m_order.append(id);
        m_names.insert(id, query.value(1).toString());
        for (int column = 1; column <= 3; ++column) {
            const QString name = query.value(column).toString();
            if (!name.isEmpty())
                m_byName.insert(name.simplified().toCaseFolded(), id);
        }
    }
    return true;
}

int ReferenceList::resolve(const QString &text) const
{
    return m_byName.value(text.simplified().toCaseFolded(), 0);
}

QString ReferenceList::suggest(const QString &text) const
{
    const QString folded = text.simplified().toCaseFolded();
    if (folded.isEmpty())
        return {};
    const QString firstWord = folded.section(u' ', 0, 0);
    QString found;
    for (const int id : m_order) {
        const QString name = m_names.value(id).toCaseFolded();
        // A file's short form of a name ("Liikunta" for "Liikunta ja urheilu"), or a name
        // that shares its first word.
        if (name.startsWith(folded + u' ') || folded.startsWith(name + u' ') ||
            name.section(u' ', 0, 0) == firstWord) {
            if (!found.isEmpty())
                return {}; // two candidates: guessing would be worse than asking
            found = m_names.value(id);
        }
    }
    return found;
}

} // namespace kartoitus
