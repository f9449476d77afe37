#include "models/activitytablemodel.h"

#include "fields/fieldvalues.h"

namespace kartoitus {

ActivityTableModel::ActivityTableModel(QObject *parent)
    : RecordListModel(ListSource::of<ActivityQuery>(), parent)
{}

QVariant ActivityTableModel::displayValue(const QString &key, const QVariant &raw) const
{
    if (raw.isNull())
        return QVariant();
    if (key == QLatin1String("place_type"))
        return fields::FieldValues::label(fields::FieldKind::PlaceType, raw.toString());
    if (key == QLatin1String("cost"))
        return fields::FieldValues::label(fields::FieldKind::Cost, raw.toString());
    if (key == QLatin1String("hyte") || key == QLatin1String("open_for_referral"))
        return raw.toInt() == 1 ? tr("Yes") : QString();
    if (key == QLatin1String("id"))
        return raw.toLongLong();
    return RecordListModel::displayValue(key, raw);
}

} // namespace kartoitus
