#pragma once

#include "importing/importtypes.h"
#include "models/readonlytablemodel.h"

#include <QList>

namespace kartoitus {

// The rows of an import plan: the file's line, the record's name (a rejected row's too),
// what will happen to it and why (the field that matched it, or every reason it is
// rejected), and for an update each changed field as "old → new". Can show the rows of
// one action only.
class ImportPlanModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        NameColumn,
        ActionColumn,
        DetailsColumn,
        ChangesColumn,
        ColumnCount
    };

    // Which rows are shown: all, or those of one kind of action.
    enum class Show
    {
        All,
        New,
        Updated, // updated or filled
        Unchanged,
        Skipped,
        Rejected
    };

    using ReadOnlyTableModel::ReadOnlyTableModel;

    void setOutcomes(const QList<importing::RowOutcome> &outcomes,
                     fields::Entity entity = fields::Entity::Organisations);
    void setShown(Show show);
    Show shown() const { return m_show; }
    // How many rows of the plan `show` selects.
    int count(Show show) const;
    const importing::RowOutcome &outcome(int row) const { return m_shown.at(row); }

    // "Email: old@example.fi → new@example.fi", one line per changed field.
    QStringList changeLines(const importing::RowOutcome &outcome) const;

private:
    int rows() const override { return int(m_shown.size()); }
    int columns() const override { return ColumnCount; }
    QVariant cell(int row, int column, int role) const override;
    QVariant columnHeader(int section, int role) const override;
    static bool selects(Show show, importing::RowAction action);
    void select();
    QString details(const importing::RowOutcome &outcome) const;
    QString shownValue(const QString &key, const QString &value) const;

    QList<importing::RowOutcome> m_all;
    QList<importing::RowOutcome> m_shown;
    fields::Entity m_entity = fields::Entity::Organisations;
    Show m_show = Show::All;
};

} // namespace kartoitus
