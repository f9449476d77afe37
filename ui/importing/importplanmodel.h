#pragma once

#include "importing/importtypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace kartoitus {

// The rows of an import plan: the file's line, the record's name, what will happen to it
// and why (the field that matched it, or the reason it is rejected). Can show only the
// rejected rows.
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        NameColumn,
        ActionColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit ImportPlanModel(QObject *parent = nullptr);

    void setOutcomes(const QList<importing::RowOutcome> &outcomes);
    void setRejectedOnly(bool rejectedOnly);
    bool rejectedOnly() const { return m_rejectedOnly; }
    const importing::RowOutcome &outcome(int row) const { return m_shown.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void select();
    QString details(const importing::RowOutcome &outcome) const;

    QList<importing::RowOutcome> m_all;
    QList<importing::RowOutcome> m_shown;
    bool m_rejectedOnly = false;
};

} // namespace kartoitus
