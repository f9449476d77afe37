#pragma once

#include "fields/fieldcatalogue.h"
#include "repositories/listquery.h"
#include "repositories/recordfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace kartoitus {

// The list's columns (fields/fieldcatalogue.h): which field each shows is the catalogue's.
using fields::OrganisationColumn;

// Keys, labels and defaults of the list's columns.
class OrganisationColumns
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::OrganisationColumns)

public:
    static QList<OrganisationColumn> all();
    // What a new window shows before the user chooses.
    static QList<OrganisationColumn> defaultVisible();

    // Canonical English key, as in CSV headers and `--columns`: the field catalogue's key
    // of the field the column shows, or "updated_at" and "id" for the list's own.
    static QString key(OrganisationColumn column);
    static std::optional<OrganisationColumn> fromKey(const QString &key);
    // Translated header label.
    static QString label(OrganisationColumn column);
    // Numbers are right-aligned and sorted numerically.
    static bool isNumeric(OrganisationColumn column);

    // "192130" -> "192.130": how register numbers are shown.
    static QString formatRegisterNumber(const QString &digits);
};

// One row as the query returns it: the organisation's id and one value per requested
// column, in the order requested (raw values: status keys, ISO times, digits).
using OrganisationRow = ListRow;

// Builds the list's SQL: the single place where the organisation list becomes a query.
// Search uses the FTS5 index (SearchIndex::matchExpression); sorting by name uses the
// indexed Finnish sort key; ties break by name and id so pages never overlap.
class OrganisationQuery
{
public:
    OrganisationQuery() = default;
    OrganisationQuery(const RecordFilter &filter, OrganisationColumn sortColumn,
                      Qt::SortOrder order = Qt::AscendingOrder);

    const RecordFilter &filter() const { return m_filter; }
    OrganisationColumn sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    // SELECT count(*) with the filter; bind bindValues().
    QString countSql() const;
    // SELECT o.id, <columns...> with filter and order; limit < 0 means all rows.
    // Bind bindValues(); limit and offset are written into the statement.
    QString selectSql(const QList<OrganisationColumn> &columns, int limit = -1,
                      int offset = 0) const;
    QVariantList bindValues() const;

    // Convenience over the statements above; each query is finished before returning so
    // no read stays open against a writer on another connection.
    int count(const QSqlDatabase &db, QString *error = nullptr) const;
    bool fetch(const QSqlDatabase &db, const QList<OrganisationColumn> &columns, int limit,
               int offset, QList<OrganisationRow> *rows, QString *error = nullptr) const;

    // How many rows the filter leaves (from count()) and the register holds. When a search
    // leaves many rows, walking the name index in order and stopping after a page beats
    // fetching every match and sorting it; with few matches the opposite holds.
    void setRowEstimate(int filtered, int total);

    // The SQL expression for one column of organisation `o` (for exports that build
    // their own statement around the same definitions).
    static QString columnExpression(OrganisationColumn column);

private:
    QString whereClause() const;
    QString orderClause() const;

    RecordFilter m_filter;
    OrganisationColumn m_sortColumn = OrganisationColumn::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_walkNameIndex = false;
};

} // namespace kartoitus
