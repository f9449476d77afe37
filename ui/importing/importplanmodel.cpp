#include "importing/importplanmodel.h"

#include "importing/importlabels.h"

#include <QBrush>
#include <QPalette>

namespace kartoitus {

using importing::RowAction;
using importing::RowOutcome;

ImportPlanModel::ImportPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPlanModel::setOutcomes(const QList<RowOutcome> &outcomes)
{
    beginResetModel();
    m_all = outcomes;
    select();
    endResetModel();
}

void ImportPlanModel::setRejectedOnly(bool rejectedOnly)
{
    if (rejectedOnly == m_rejectedOnly)
        return;
    beginResetModel();
    m_rejectedOnly = rejectedOnly;
    select();
    endResetModel();
}

void ImportPlanModel::select()
{
    m_shown.clear();
    for (const RowOutcome &o : m_all) {
        if (!m_rejectedOnly || o.action == RowAction::Reject)
            m_shown.append(o);
    }
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPlanModel::details(const RowOutcome &outcome) const
{
    if (outcome.action == RowAction::Reject)
        return outcome.reason;
    if (outcome.matchedBy == QLatin1String("uuid"))
        return tr("Matched by its ID");
    if (outcome.matchedBy == QLatin1String("business_id"))
        return tr("Matched by business ID");
    if (outcome.matchedBy == QLatin1String("register_number"))
        return tr("Matched by register number");
    if (outcome.matchedBy == QLatin1String("name"))
        return tr("Matched by name and municipality");
    return outcome.matchedBy;
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowOutcome &o = m_shown.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LineColumn:
            return o.line;
        case NameColumn:
            return o.name;
        case ActionColumn:
            return ImportLabels::action(o.action);
        case DetailsColumn:
            return details(o);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && o.action == RowAction::Reject)
        return QBrush(Qt::darkRed);
    return {};
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case NameColumn:
        return tr("Name");
    case ActionColumn:
        return tr("Action");
    case DetailsColumn:
        return tr("Matched by / reason");
    }
    return {};
}

} // namespace kartoitus
