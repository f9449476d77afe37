#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace kartoitus {

// One column a record list (activities, persons) can show: its key (remembered in the
// settings and stable across versions), its SQL expression over the list's aliases, the
// expression it sorts by, and whether it is a number and shown before the user chooses.
struct ListColumn
{
    QString key;
    const char *label = nullptr; // English, translated in the list's own context
    QString expression;
    QString sortExpression; // empty: the expression itself
    bool numeric = false;
    bool shownByDefault = true;
};

inline ListColumn listColumn(QString key, const char *label, QString expression,
                             QString sortExpression = {}, bool numeric = false,
                             bool shownByDefault = true)
{
    ListColumn column;
    column.key = std::move(key);
    column.label = label;
    column.expression = std::move(expression);
    column.sortExpression = std::move(sortExpression);
    column.numeric = numeric;
    column.shownByDefault = shownByDefault;
    return column;
}

// One row as a list query reads it: the record's id and one value per requested column.
struct ListRow
{
    qint64 id = 0;
    QVariantList values;
};

// The statements of one lazily read list: FROM with its joins, the filter's conditions with
// their values, and the order. count() and fetch() finish every statement before they
// return, so no read stays open against a writer on another connection. Pages are read with
// LIMIT/OFFSET in an order that ends with the id, so pages never overlap.
class ListQuery
{
public:
    // `idExpression` ("a.id"), `from` (" FROM activities a JOIN ..."), the conditions joined
    // by AND (without WHERE) with their values in placeholder order, and the order (without
    // ORDER BY): every expression with its direction, the id last.
    ListQuery(QString idExpression, QString from, QStringList conditions, QVariantList binds,
              QString order);
    ListQuery() = default;

    // A cheaper statement that counts the same rows (e.g. in a full-text index alone, without
    // the joins of `from`), with its own values.
    void setCountSql(QString sql, QVariantList binds);
    // The FROM to use instead of `from` when most rows match (e.g. one that walks the index of
    // the first sort column): each page then stops after its rows, without sorting every
    // match. setRowEstimate() chooses between the two for the pages of fetch().
    void setWalkFrom(QString from);
    void setRowEstimate(int filtered, int total);

    // SELECT count(*) with the filter; -1 with *error.
    int count(const QSqlDatabase &db, QString *error = nullptr) const;
    bool fetch(const QSqlDatabase &db, const QStringList &expressions, int limit, int offset,
               QList<ListRow> *rows, QString *error = nullptr) const;
    // The id of every row in order (for selections that span pages); empty with *error.
    QList<qint64> ids(const QSqlDatabase &db, QString *error = nullptr) const;

    QString selectSql(const QStringList &expressions, int limit, int offset) const;
    // The values of selectSql()'s placeholders, in order.
    const QVariantList &bindValues() const { return m_binds; }

private:
    QString whereClause() const;

    QString m_id;
    QString m_from;
    QString m_walkFrom;
    bool m_walk = false;
    QString m_countSql;
    QVariantList m_countBinds;
    QStringList m_conditions;
    QVariantList m_binds;
    QString m_order;
};

// The statement of a list whose natural order is its records' names (activities, persons):
// the search's words, each found in an index of the list's own when it can be, and the
// filter's conditions. A search alone is then counted in the index, and a page of many
// matches in name order walks the name index instead of reading and sorting every match.
class NamedListBuilder
{
public:
    // The list's alias ("a"), its FROM with its joins, and the same walking the name index.
    NamedListBuilder(QString alias, QString from, QString walkFrom);

    // A word the index finds: the ids `match` selects, with its values.
    void addMatch(const QString &match, const QVariantList &binds);
    // A word the index cannot find: a condition on the list's rows, with its values.
    void addCondition(const QString &condition, const QVariantList &binds);
    // The values of the conditions so far, for the filter to append its own to.
    QVariantList *binds() { return &m_binds; }

    // The list with the filter's `own` conditions, in `order` (an ORDER BY list over the
    // columns' expressions), ties broken by name and id.
    ListQuery query(const QString &own, const QString &order) const;

private:
    QString m_alias;
    QString m_from;
    QString m_walkFrom;
    QStringList m_conditions;
    QVariantList m_binds;
    QStringList m_matches;
    QVariantList m_matchBinds;
    bool m_indexed = true; // every word is found in the index
};

// The words of a search, split on white space (empty words dropped).
QStringList searchWords(const QString &text);

} // namespace kartoitus
