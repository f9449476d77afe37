#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kartoitus {

// One row of `organisations` with its multi-valued facets. Empty text means NULL.
struct Organisation
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString nameSort; // FinnishText::sortKey(name); the repository fills it
    QString shortName;
    QString businessId;     // 2077474-0
    QString registerNumber; // digits: 192130
    std::optional<int> legalFormId;
    QString homeMunicipality; // code, "179"
    QString languages;
    QString description;
    QString streetAddress;
    QString postalCode;
    QString postOffice;
    QString email;
    QString phone;
    QString website;
    std::optional<int> foundedYear;
    std::optional<int> members;
    std::optional<int> volunteers;
    std::optional<int> paidStaff;
    QString status = QStringLiteral("active"); // active, dormant, dissolved
    std::optional<qint64> contactPersonId;
    QString tags;
    QString notes;
    QString createdAt;
    QString updatedAt;
    QString verifiedAt;

    QStringList municipalitiesServed; // codes
    QList<int> sectorIds;
    std::optional<int> primarySectorId; // one of sectorIds
    QList<int> targetGroupIds;
};

} // namespace kartoitus
