#pragma once

#include <QAbstractTableModel>

namespace kartoitus {

// A flat table that a view shows and nobody edits in place: rows and columns under the root
// only (an index with a parent has none, as QAbstractItemModelTester expects), each cell and
// heading from the subclass, and a change of content as one reset of the whole table.
class ReadOnlyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const final;
    int columnCount(const QModelIndex &parent = QModelIndex()) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const final;

protected:
    virtual int rows() const = 0;
    virtual int columns() const = 0;
    // What the cell at `row`, `column` holds in `role`; asked only for cells of the table.
    virtual QVariant cell(int row, int column, int role) const = 0;
    virtual QVariant columnHeader(int section, int role) const = 0;
    // A row's heading: by default its number, counted from one.
    virtual QVariant rowHeader(int section, int role) const;

    // Runs `change` as one reset: views read the whole table again when it is done.
    template<typename Change> void reset(Change &&change)
    {
        beginResetModel();
        change();
        endResetModel();
    }
};

} // namespace kartoitus
