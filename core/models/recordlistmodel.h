#pragma once

#include "models/lazytablemodel.h"
#include "repositories/listquery.h"
#include "repositories/recordfilter.h"

#include <QStringList>

namespace kartoitus {

// What a record list reads, as its query class (ActivityQuery, PersonQuery) gives it: every
// column the list can show in their default order, a column's header in the query's
// translation context, the records a filter selects in an order, and every record.
struct ListSource
{
    const QList<ListColumn> &(*columns)();
    QString (*label)(const ListColumn &column);
    ListQuery (*filtered)(const RecordFilter &filter, const QString &order);
    ListQuery (*all)();

    template<typename Query> static ListSource of()
    {
        return {&Query::columns, &Query::label, &Query::filtered, &Query::all};
    }
};

// A list of records as a lazy table (LazyTableModel), shared by the activity and the person
// lists. The columns are chosen by key from the source's columns; sorting by any of them is
// done by SQL. A subclass says how a stored value is shown.
class RecordListModel : public LazyTableModel
{
    Q_OBJECT

public:
    explicit RecordListModel(ListSource source, QObject *parent = nullptr);

    const QList<ListColumn> &availableColumns() const { return m_available; }
    QStringList defaultColumnKeys() const;
    // Shows the columns of `keys` in that order (unknown keys are left out; the first
    // available column is always shown).
    void setColumnKeys(const QStringList &keys);
    QStringList columnKeys() const;
    QString columnKeyAt(int section) const;
    int sectionOf(const QString &key) const; // -1 when not shown
    QString columnLabel(const QString &key) const;

    // The row of record `id` in the list as filtered and sorted now (read from the register
    // when it is not among the rows read so far), or -1.
    int rowOf(qint64 id) const;
    // Which records the list shows (read as the subclass's query reads a RecordFilter).
    void setFilter(const RecordFilter &filter);
    RecordFilter filter() const { return m_filter; }
    bool isFiltered() const override { return !m_filter.isEmpty(); }
    QString sortKey() const { return m_sortKey; }
    Qt::SortOrder sortOrder() const { return m_order; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    int countRows(bool filtered, QString *error) const override;
    bool fetch(int offset, int limit, QList<ListRow> *rows, QString *error) const override;
    QString sectionLabel(int section) const override;
    QString sectionKey(int section) const override { return columnKeyAt(section); }
    bool isNumeric(int section) const override;
    QVariant shownValue(int section, const QVariant &raw) const override;
    // What a cell shows for a stored value (labels of keys, dates); the raw value otherwise.
    virtual QVariant displayValue(const QString &key, const QVariant &raw) const;

private:
    const ListColumn *column(const QString &key) const;
    QString orderClause() const;
    // The records filter() selects, in the list's order (the source appends its tie-break
    // ending with the id).
    ListQuery filteredQuery() const;

    ListSource m_source;
    RecordFilter m_filter;
    QList<ListColumn> m_available;
    QList<const ListColumn *> m_columns;
    QString m_sortKey;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace kartoitus
