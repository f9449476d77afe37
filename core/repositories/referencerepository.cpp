#include "repositories/referencerepository.h"

#include "repositories/repositoryutil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kartoitus {

using namespace repository;

namespace {

bool execPrepared(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query.exec() || fail(error, query.lastError().text());
}

// Prepares `sql` once and runs it with each row of values, in order.
bool execEach(const QSqlDatabase &db, const QString &sql, const QList<QVariantList> &rows,
              QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return fail(error, query.lastError().text());
    for (const QVariantList &values : rows) {
        if (!execPrepared(query, values, error))
            return false;
    }
    return true;
}

bool select(QSqlQuery &query, const QString &sql, QString *error)
{
    query.setForwardOnly(true);
    return query.exec(sql) || fail(error, query.lastError().text());
}

} // namespace

ReferenceRepository::ReferenceRepository(const QSqlDatabase &db)
    : m_db(db)
{}

bool ReferenceRepository::addMunicipalities(const QList<Municipality> &municipalities,
                                            QString *error)
{
    QList<QVariantList> rows;
    for (const Municipality &m : municipalities)
        rows.append({m.code, m.nameFi, m.region, m.businessId, m.language, m.homeRegion});
    return execEach(
        m_db,
        QStringLiteral("INSERT INTO municipalities (code, name_fi, region, business_id, "
                       "language, home_region) VALUES (?, ?, ?, ?, ?, ?)"),
        rows, error);
}

bool ReferenceRepository::addMunicipalityAliases(const QList<MunicipalityAlias> &aliases,
                                                 QString *error)
{
    QList<QVariantList> rows;
    for (const MunicipalityAlias &a : aliases)
        rows.append({a.code, a.nameFi, a.mergedInto, a.year});
    return execEach(m_db,
                    QStringLiteral("INSERT INTO municipality_aliases (code, name_fi, merged_into, "
                                   "year) VALUES (?, ?, ?, ?)"),
                    rows, error);
}

bool ReferenceRepository::addItems(const QString &table, const QList<ReferenceItem> &items,
                                   QString *error)
{
    const bool hasCode = table == QLatin1String("legal_forms");
    QList<QVariantList> rows;
    int order = 0;
    for (const ReferenceItem &item : items) {
        QVariantList values{item.nameFi, item.nameSv, item.nameEn, ++order};
        if (hasCode)
            values.prepend(item.code);
        rows.append(values);
    }
    return execEach(m_db,
                    hasCode ? QStringLiteral("INSERT INTO legal_forms (code, name_fi, name_sv, "
                                             "name_en, sort_order) VALUES (?, ?, ?, ?, ?)")
                            : QStringLiteral("INSERT INTO %1 (name_fi, name_sv, name_en, "
                                             "sort_order) VALUES (?, ?, ?, ?)")
                                  .arg(table),
                    rows, error);
}

bool ReferenceRepository::setSwedishNames(const QList<std::pair<QString, QString>> &codeAndName,
                                          QString *error)
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE municipalities SET name_sv = ? WHERE code = ?")))
        return fail(error, query.lastError().text());
    for (const auto &[code, name] : codeAndName) {
        if (!execPrepared(query, {name, code}, error))
            return false;
        if (query.numRowsAffected() != 1)
            return fail(error, QStringLiteral("no municipality with code %1").arg(code));
    }
    return true;
}

bool ReferenceRepository::addSetting(const QString &key, const QString &value, QString *error)
{
    return execEach(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                    {{key, value}}, error);
}

bool ReferenceRepository::municipalities(QList<Municipality> *result, QString *error) const
{
    QSqlQuery query(m_db);
    if (!select(query,
                QStringLiteral("SELECT code, name_fi, coalesce(name_sv, ''), region, home_region "
                               "FROM municipalities"),
                error))
        return false;
    while (query.next())
        result->append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toBool(), QString(), QString()});
    return true;
}

bool ReferenceRepository::municipalityAliases(QList<MunicipalityAlias> *result,
                                              QString *error) const
{
    QSqlQuery query(m_db);
    if (!select(query,
                QStringLiteral("SELECT code, name_fi, merged_into, year FROM municipality_aliases"),
                error))
        return false;
    while (query.next())
        result->append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toInt()});
    return true;
}

bool ReferenceRepository::items(const QString &table, QList<ReferenceItem> *result,
                                QString *error) const
{
    QSqlQuery query(m_db);
    if (!select(query,
                QStringLiteral("SELECT id, name_fi, coalesce(name_sv, ''), coalesce(name_en, '') "
                               "FROM %1 ORDER BY sort_order, id")
                    .arg(table),
                error))
        return false;
    while (query.next())
        result->append({query.value(0).toInt(), QString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString()});
    return true;
}

bool ReferenceRepository::legalFormCodes(QHash<QString, int> *codes, QString *error) const
{
    QSqlQuery query(m_db);
    if (!select(query, QStringLiteral("SELECT code, id FROM legal_forms"), error))
        return false;
    while (query.next())
        codes->insert(query.value(0).toString(), query.value(1).toInt());
    return true;
}

} // namespace kartoitus
