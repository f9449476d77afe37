#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace kartoitus {

// One row of a query: its values in the query's column order. Called once per row.
using RowVisitor = std::function<void(const QVariantList &row)>;

// What stats/ reads: the counts and breakdowns of a register (RegisterStats) and the rows
// the data-quality check judges (RegisterCheck). Reads only; each returns false with
// *error when its query fails.
class StatsRepository
{
public:
    explicit StatsRepository(const QSqlDatabase &db);

    // The number behind one of RegisterStats' count keys ("organisations",
    // "persons_with_consent", ...); an unknown key is an error.
    bool count(const QString &key, qint64 *n, QString *error) const;
    // Organisations by status ("active" -> n), by home municipality's name ("" for none)
    // and by primary sector's name.
    bool organisationsByStatus(QMap<QString, qint64> *into, QString *error) const;
    bool organisationsByMunicipality(QMap<QString, qint64> *into, QString *error) const;
    bool organisationsBySector(QMap<QString, qint64> *into, QString *error) const;

    // The rows that break the data-quality rule `key` (RegisterCheck's rules): the row's id,
    // then up to two values for the message. An unknown key is an error.
    bool visitRule(const QString &key, const RowVisitor &visit, QString *error) const;
    // (id, value, the lowest other id with that value) of every row of `table` whose
    // `column` (an identifier, such as the business ID) another row has too.
    bool visitShared(const QString &table, const QString &column, const RowVisitor &visit,
                     QString *error) const;
    // (id) of every organisation with a value below 0 in one of `columns`.
    bool visitNegative(const QStringList &columns, const RowVisitor &visit, QString *error) const;
    // (id, then `columns` in that order) of every row of `table`: organisations, persons or
    // activities.
    bool visitColumns(const QString &table, const QStringList &columns, const RowVisitor &visit,
                      QString *error) const;
    // (id, name, name_sort) of every row of `table`: organisations, persons or activities.
    bool visitNames(const QString &table, const RowVisitor &visit, QString *error) const;
    // (id, name, home municipality's code or "") of every organisation, in id order.
    bool visitOrganisationNames(const RowVisitor &visit, QString *error) const;

private:
    bool visit(const QString &sql, const RowVisitor &visit, QString *error) const;
    bool breakdown(const QString &sql, QMap<QString, qint64> *into, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace kartoitus
