#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kartoitus {

// One activity (toiminta) of an organisation with its facets, after the national activity
// listings. Empty text means NULL.
struct Activity
{
    qint64 id = 0;
    QString uuid;
    qint64 organisationId = 0;
    QString name;
    QString nameSort; // the repository fills it
    QString description;
    bool hyte = false;
    QString placeType; // place, online, hybrid or empty
    QString address;
    QString schedule; // "ti klo 17–19"
    QString cost;     // free, paid or empty
    QString costText;
    QString accessibility;
    QString languages;
    QString howToJoin;
    bool openForReferral = false;
    std::optional<qint64> contactPersonId;
    QString createdAt;
    QString updatedAt;
    QString verifiedAt;

    QList<int> themeIds;
    QList<int> targetGroupIds;
    QStringList municipalityCodes;
};

} // namespace kartoitus
