#pragma once

#include "repositories/organisationquery.h"
#include "search/searchhits.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace kartoitus {

// The organisation list as a lazy table: the row count comes from one COUNT(*) with the
// filter, and rows are read a page at a time (LIMIT/OFFSET) into a small cache that
// forgets the least recently used page. Nothing ever loads the whole table, and every
// read statement is finished at once, so a writer on another connection is never blocked.
class OrganisationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        OrganisationIdRole = Qt::UserRole + 1, // qint64 organisations.id of the row
        ColumnKeyRole,                         // header: the column's canonical key
    };
    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 16;

    explicit OrganisationTableModel(QObject *parent = nullptr);

    // Shows the organisations of db (an open register connection) that `filter` selects
    // (by default the current filter), reading them once; an invalid database empties it.
    void setDatabase(const QSqlDatabase &db);
    void setDatabase(const QSqlDatabase &db, const RecordFilter &filter);
    QSqlDatabase database() const { return m_db; }

    void setColumns(const QList<OrganisationColumn> &columns);
    QList<OrganisationColumn> columns() const { return m_columns; }
    OrganisationColumn columnAt(int section) const;
    int sectionOf(OrganisationColumn column) const; // -1 when not shown

    // With hits shown, a search or a municipality filter adds a last section, "Found in",
    // after the columns: why a row is listed when no column shown says so (a word found in
    // an activity's name, a municipality served). Off by default.
    void setShowsHits(bool shows);
    int hitSection() const; // -1 while there is none

    void setFilter(const RecordFilter &filter);
    RecordFilter filter() const { return m_query.filter(); }
    // The current filter and order, for exporting what the user sees.
    OrganisationQuery query() const { return m_query; }

    qint64 organisationId(int row) const;      // 0 when row is out of range
    int totalCount() const { return m_total; } // all organisations, ignoring the filter
    QString lastError() const { return m_lastError; }

    // Reads the counts again and forgets cached rows: call after the register changed.
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The filtered or the total count changed (for the status bar).
    void countsChanged();

private:
    void reload(bool countAll);
    const OrganisationRow *rowAt(int row) const;
    const QList<OrganisationRow> *page(int pageIndex) const;
    QVariant displayValue(OrganisationColumn column, const QVariant &raw) const;
    void readHits(const QList<OrganisationRow> &rows) const;
    QStringList hitNotes(int row) const;
    static QString hitLabel(SearchHit::Field field);

    QSqlDatabase m_db;
    QList<OrganisationColumn> m_columns;
    OrganisationQuery m_query;
    int m_count = 0;
    int m_total = 0;
    bool m_showsHits = false;

    // The page cache is filled from const data(): it is a cache, not model state.
    mutable QHash<int, QList<OrganisationRow>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
    mutable QString m_lastError;
    mutable QHash<qint64, QList<SearchHit>> m_hits; // of the rows read since the last reset
};

} // namespace kartoitus
