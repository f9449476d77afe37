#pragma once

#include "fields/fieldcatalogue.h"
#include "repositories/organisationquery.h"
#include "repositories/recordfilter.h"
#include "storage/statement.h"

#include <QSqlDatabase>
#include <QStringView>
#include <QVariantList>

namespace kartoitus {

// The records a filter selects, as one forward-only query with one column per catalogue
// field: what an export (and a report) streams. Organisations come in the list's order,
// activities grouped by organisation, persons by name. Never holds the result in memory: rows are
// read as they come. The rows are read through SQLite's own statement API: each cell is a view of
// SQLite's text, with no QVariant or QString made per cell, which is most of an export's cost
// besides SQLite itself (docs/performance.md).
class RecordCursor
{
public:
    RecordCursor(const QSqlDatabase &db, fields::Entity what, const RecordFilter &filter,
                 OrganisationColumn sortColumn, Qt::SortOrder sortOrder,
                 const QList<fields::Field> &fields);
    ~RecordCursor();
    Q_DISABLE_COPY(RecordCursor)

    // Activities and persons: the rows the window's list selects with the filter (its search
    // too) in the list's order, sorted by its column `sortKey` (ActivityQuery::columns(),
    // PersonQuery::columns()) in the cursor's sort order. Without it, activities come grouped
    // by organisation and persons by name, and the filter's search is not applied.
    void setListOrder(const QString &sortKey) { m_listSortKey = sortKey; }

    // Runs the statement; false and error() when SQL fails.
    bool exec();
    qint64 total() const { return m_total; }
    // The next row; false at the end or on an error (see error()).
    bool next();
    bool isNull(int column) const { return m_statement.columnIsNull(column); }
    // Valid until the next call of next().
    QStringView text(int column) const { return m_statement.columnView(column); }
    QString error() const { return m_error; }

private:
    bool prepareOrganisationOrder();
    bool prepareListOrder();
    bool createOrderTable(const QString &select, const QVariantList &binds);
    bool followsList() const
    {
        return m_what != fields::Entity::Organisations && !m_listSortKey.isEmpty();
    }
    QString fromClause() const;
    QString filterConditions(QVariantList *binds) const;
    bool fail(const class QSqlQuery &query);
    bool prepareRows(const QString &sql, const QVariantList &binds);

    QSqlDatabase m_db;
    fields::Entity m_what;
    RecordFilter m_filter;
    OrganisationColumn m_sortColumn;
    Qt::SortOrder m_sortOrder;
    QString m_listSortKey;
    QList<fields::Field> m_fields;
    storage::Statement m_statement;
    qint64 m_total = 0;
    bool m_orderTable = false;
    QString m_error;
};

} // namespace kartoitus
