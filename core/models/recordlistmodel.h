#pragma once

#include "repositories/listquery.h"
#include "repositories/recordfilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace kartoitus {

// A list of records as a lazy table, shared by the activity and the person lists: the row
// count comes from one COUNT(*) with the filter, and rows are read a page at a time
// (LIMIT/OFFSET) into a small cache that forgets the least recently used page. Nothing ever
// loads the whole table. The columns are chosen by key from the list's columns; sorting by
// any of them is done by SQL. A subclass says which records (its filter) as a ListQuery.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RecordIdRole = Qt::UserRole + 1, // qint64 id of the row's record
        ColumnKeyRole,                   // header: the column's key
    };
    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 16;

    // `columns`: every column the list can show, in their default order.
    explicit RecordListModel(QList<ListColumn> columns, QObject *parent = nullptr);

    // Shows the records of db (an open register connection), reading them once; an invalid
    // database empties the list.
    void setDatabase(const QSqlDatabase &db);
    QSqlDatabase database() const { return m_db; }

    const QList<ListColumn> &availableColumns() const { return m_available; }
    QStringList defaultColumnKeys() const;
    // Shows the columns of `keys` in that order (unknown keys are left out; the first
    // available column is always shown).
    void setColumnKeys(const QStringList &keys);
    QStringList columnKeys() const;
    QString columnKeyAt(int section) const;
    int sectionOf(const QString &key) const; // -1 when not shown
    QString columnLabel(const QString &key) const;

    qint64 recordId(int row) const; // 0 when row is out of range
    // The row of record `id` among the rows read so far, or -1.
    int cachedRowOf(qint64 id) const;
    // The row of record `id` in the list as filtered and sorted now (read from the register
    // when it is not among the rows read so far), or -1.
    int rowOf(qint64 id) const;
    int totalCount() const { return m_total; } // every record, ignoring the filter
    // Which records the list shows (read as the subclass's query reads a RecordFilter).
    void setFilter(const RecordFilter &filter);
    RecordFilter filter() const { return m_filter; }
    bool isFiltered() const { return !m_filter.isEmpty(); }
    QString lastError() const { return m_lastError; }
    QString sortKey() const { return m_sortKey; }
    Qt::SortOrder sortOrder() const { return m_order; }

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

protected:
    // The records filter() selects, in `order` (an ORDER BY list the model built from the
    // sort column; the subclass appends its tie-break ending with the id).
    virtual ListQuery filteredQuery(const QString &order) const = 0;
    // Every record, for the total.
    virtual ListQuery allQuery() const = 0;
    // The column's header in the subclass's translation context.
    virtual QString translatedLabel(const ListColumn &column) const = 0;
    // What a cell shows for a stored value (labels of keys, dates); the raw value otherwise.
    virtual QVariant displayValue(const QString &key, const QVariant &raw) const;

private:
    void reload(bool countAll);
    const ListRow *rowAt(int row) const;
    const QList<ListRow> *page(int pageIndex) const;
    const ListColumn *column(const QString &key) const;
    QString orderClause() const;

    QSqlDatabase m_db;
    RecordFilter m_filter;
    QList<ListColumn> m_available;
    QList<const ListColumn *> m_columns;
    QString m_sortKey;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    int m_count = 0;
    int m_total = 0;

    mutable QHash<int, QList<ListRow>> m_pages; // a cache filled from const data()
    mutable QList<int> m_pageUse;               // least recently used first
    mutable QString m_lastError;
};

} // namespace kartoitus
