#include "common/daytext.h"

#include <QDate>
#include <QLocale>
#include <QStringList>

namespace kartoitus {

QString shownDay(const QString &iso)
{
    const QDate day = QDate::fromString(iso.left(10), Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : iso;
}

QString typedDay(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &format : {QStringLiteral("d.M.yyyy"), QStringLiteral("d.M.yy")}) {
        const QDate day = QDate::fromString(trimmed, format);
        if (day.isValid())
            return day.toString(Qt::ISODate);
    }
    return trimmed;
}

} // namespace kartoitus
