#pragma once

#include "exporting/exportrequest.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace kartoitus::exporting {

// The rows of an export as one forward-only query: the request's filter and order,
// one column per field. Never holds the result in memory: rows are read as they come.
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
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString error() const { return m_error; }

private:
    bool prepareOrganisationOrder();
    QString fromClause() const;
    QString facetConditions(QVariantList *binds) const;
    bool fail(const QSqlQuery &query);

    QSqlDatabase m_db;
    ExportRequest m_request;
    QList<ExportField> m_fields;
    QSqlQuery m_query;
    qint64 m_total = 0;
    bool m_orderTable = false;
    QString m_error;
};

} // namespace kartoitus::exporting
