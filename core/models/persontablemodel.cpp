#include "models/persontablemodel.h"

#include <QDate>
#include <QLocale>

namespace kartoitus {

PersonTableModel::PersonTableModel(QObject *parent)
    : RecordListModel(ListSource::of<PersonQuery>(), parent)
{}

QVariant PersonTableModel::displayValue(const QString &key, const QVariant &raw) const
{
    if (raw.isNull())
        return QVariant();
    if (key == QLatin1String("kind"))
        return raw.toString() == QLatin1String("liaison") ? tr("Liaison person")
                                                          : tr("Contact person");
    if (key == QLatin1String("publish_consent")) {
        const QDate date = QDate::fromString(raw.toString(), Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : tr("Yes");
    }
    if (key == QLatin1String("id"))
        return raw.toLongLong();
    return RecordListModel::displayValue(key, raw);
}

} // namespace kartoitus
