#include "models/persontablemodel.h"

#include <QDate>
#include <QLocale>

namespace kartoitus {

PersonTableModel::PersonTableModel(QObject *parent)
    : RecordListModel(PersonQuery::columns(), parent)
{}

ListQuery PersonTableModel::filteredQuery(const QString &order) const
{
    return PersonQuery::filtered(filter(), order);
}

ListQuery PersonTableModel::allQuery() const
{
    return PersonQuery::all();
}

QString PersonTableModel::translatedLabel(const ListColumn &column) const
{
    return PersonQuery::label(column);
}

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
