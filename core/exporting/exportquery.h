#pragma once

#include "exporting/exportrequest.h"
#include "storage/statement.h"

#include <QSqlDatabase>
#include <QStringView>
#include <QVariantList>

namespace kartoitus::exporting {

// The rows of an export as one forward-only query: the request's filter and order,
// one column per field. Never holds the result in memory: rows are read as they come.
// The rows are read through SQLite's own statement API: each cell is a view of SQLite's
// text, with no QVariant or QString made per cell, which is most of an export's cost
// besides SQLite itself (docs/performance.md).
class ExportQuery
{
public:
    ExportQuery(const QSqlDatabase &db, const ExportRequest &request,
                const QList<ExportField> &fields);
    ~ExportQuery();
    ExportQuery(const ExportQuery &) = delete;
    ExportQuery &operator=(const ExportQuery &) = delete;

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
    QString fromClause() const;
    QString filterConditions(QVariantList *binds) const;
    bool fail(const class QSqlQuery &query);
    bool prepareRows(const QString &sql, const QVariantList &binds);

    QSqlDatabase m_db;
    ExportRequest m_request;
    QList<ExportField> m_fields;
    storage::Statement m_statement;
    qint64 m_total = 0;
    bool m_orderTable = false;
    QString m_error;
};

} // namespace kartoitus::exporting
