#pragma once

#include "repositories/listquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace kartoitus {

// What the window's lazy lists share (OrganisationTableModel, RecordListModel): the row
// count comes from one COUNT(*) with the filter, and rows are read a page at a time
// (LIMIT/OFFSET) into a small cache that forgets the least recently used page. Nothing ever
// loads the whole table, and every read statement is finished at once, so a writer on
// another connection is never blocked. A subclass says what its sections are and reads
// the counts and the pages.
class LazyTableModel : public QAbstractTableModel
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

    // Shows the records of db (an open register connection), reading them once; an invalid
    // database empties the list.
    void setDatabase(const QSqlDatabase &db);
    QSqlDatabase database() const { return m_db; }

    qint64 recordId(int row) const; // 0 when row is out of range
    // The row of record `id` among the rows read so far, or -1.
    int cachedRowOf(qint64 id) const;
    int totalCount() const { return m_total; } // every record, ignoring the filter
    QString lastError() const { return m_lastError; }

    // Reads the counts again and forgets cached rows: call after the register changed.
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The filtered or the total count changed (for the status bar).
    void countsChanged();

protected:
    using QAbstractTableModel::QAbstractTableModel;

    // Makes `change` to what the list shows and reads the counts again (the total too when
    // countAll: another filter does not change how many records there are), as one reset.
    void reread(bool countAll, const std::function<void()> &change = {});
    // Makes `change` to how the list shows its records (columns, order) and forgets the rows
    // read, as one reset; the counts stay.
    void reshape(const std::function<void()> &change);
    // Forgets the rows read and reads the counts; a subclass that keeps more extends it.
    virtual void reload(bool countAll);
    bool isOpen() const { return m_db.isValid() && m_db.isOpen(); }
    const ListRow *rowAt(int row) const;

    // The records the filter selects (filtered) or all of them; -1 with *error.
    virtual int countRows(bool filtered, QString *error) const = 0;
    virtual bool isFiltered() const = 0;
    // The rows from `offset` on, at most `limit`, in the list's order; false with *error.
    virtual bool fetch(int offset, int limit, QList<ListRow> *rows, QString *error) const = 0;
    // A column section's header, key, whether it holds numbers, and what a cell shows.
    virtual QString sectionLabel(int section) const = 0;
    virtual QString sectionKey(int section) const = 0;
    virtual bool isNumeric(int section) const = 0;
    virtual QVariant shownValue(int section, const QVariant &raw) const = 0;
    // A stored time as a list shows it: the day (the exact time belongs to the record).
    static QVariant shownTime(const QVariant &raw);

    QSqlDatabase m_db;
    int m_count = 0;
    int m_total = 0;
    mutable QString m_lastError;

private:
    void forgetRows();
    const QList<ListRow> *page(int index) const;

    // Filled from const data(): a cache, not model state.
    mutable QHash<int, QList<ListRow>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
};

} // namespace kartoitus
