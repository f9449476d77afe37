#include "importing/importplanmodel.h"

#include "fields/fieldvalues.h"
#include "importing/importlabels.h"

#include <QBrush>
#include <QDate>
#include <QLocale>

namespace kartoitus {

using importing::RowAction;
using importing::RowOutcome;

void ImportPlanModel::setOutcomes(const QList<RowOutcome> &outcomes, fields::Entity entity)
{
    reset([&] {
        m_all = outcomes;
        m_entity = entity;
        select();
    });
}

void ImportPlanModel::setShown(Show show)
{
    if (show == m_show)
        return;
    reset([&] {
        m_show = show;
        select();
    });
}

bool ImportPlanModel::selects(Show show, RowAction action)
{
    switch (show) {
    case Show::All:
        return true;
    case Show::New:
        return action == RowAction::Create;
    case Show::Updated:
        return action == RowAction::Update || action == RowAction::Fill;
    case Show::Unchanged:
        return action == RowAction::Unchanged;
    case Show::Skipped:
        return action == RowAction::Skip;
    case Show::Rejected:
        return action == RowAction::Reject;
    }
    return true;
}

int ImportPlanModel::count(Show show) const
{
    int n = 0;
    for (const RowOutcome &o : m_all)
        n += selects(show, o.action) ? 1 : 0;
    return n;
}

void ImportPlanModel::select()
{
    m_shown.clear();
    for (const RowOutcome &o : m_all) {
        if (selects(m_show, o.action))
            m_shown.append(o);
    }
}

QString ImportPlanModel::details(const RowOutcome &outcome) const
{
    if (outcome.action == RowAction::Reject)
        return outcome.reasons.isEmpty() ? outcome.reason : outcome.reasons.join(QLatin1Char(' '));
    if (outcome.matchedBy == QLatin1String("uuid"))
        return tr("Matched by its ID");
    if (outcome.matchedBy == QLatin1String("name"))
        return tr("Matched by name and municipality");
    // One of the catalogue's identifiers (the business ID, the register number), by its key.
    if (fields::FieldCatalogue::find(m_entity, outcome.matchedBy))
        return tr("Matched by %1").arg(fields::FieldCatalogue::label(m_entity, outcome.matchedBy));
    return outcome.matchedBy;
}

// A stored value as the window shows it: enumerations by name, yes/no as words, days the
// local way; "(empty)" for nothing.
QString ImportPlanModel::shownValue(const QString &key, const QString &value) const
{
    if (value.isEmpty())
        return tr("(empty)");
    const auto field = fields::FieldCatalogue::find(m_entity, key);
    if (!field)
        return value;
    switch (field->kind) {
    case fields::FieldKind::Status:
    case fields::FieldKind::PlaceType:
    case fields::FieldKind::Cost:
        return fields::FieldValues::label(field->kind, value);
    case fields::FieldKind::YesNo:
        return value == QLatin1String("0") ? tr("no") : tr("yes");
    case fields::FieldKind::Date: {
        const QDate day = QDate::fromString(value.left(10), Qt::ISODate);
        return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : value;
    }
    default:
        return value;
    }
}

QStringList ImportPlanModel::changeLines(const RowOutcome &outcome) const
{
    QStringList lines;
    for (const importing::FieldChange &change : outcome.changes)
        lines.append(tr("%1: %2 → %3")
                         .arg(fields::FieldCatalogue::label(m_entity, change.key),
                              shownValue(change.key, change.before),
                              shownValue(change.key, change.after)));
    return lines;
}

QVariant ImportPlanModel::cell(int row, int column, int role) const
{
    const RowOutcome &o = m_shown.at(row);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QString separator =
            role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; ");
        switch (column) {
        case LineColumn:
            return o.line;
        case NameColumn:
            return o.name;
        case ActionColumn:
            return ImportLabels::action(o.action);
        case DetailsColumn:
            if (role == Qt::ToolTipRole && o.reasons.size() > 1)
                return o.reasons.join(separator);
            return details(o);
        case ChangesColumn:
            return changeLines(o).join(separator);
        }
    }
    if (role == Qt::TextAlignmentRole && column == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && o.action == RowAction::Reject)
        return QBrush(Qt::darkRed);
    return {};
}

QVariant ImportPlanModel::columnHeader(int section, int role) const
{
    if (role != Qt::DisplayRole)
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
    case ChangesColumn:
        return tr("Changes (old → new)");
    }
    return {};
}

} // namespace kartoitus
