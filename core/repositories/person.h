#pragma once

#include <QString>

#include <optional>

namespace kartoitus {

// A contact person of an organisation, or (no organisation, municipalityCode set) a
// municipality's liaison person for organisations. Empty text means NULL.
struct Person
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString nameSort; // the repository fills it
    QString role;
    QString email;
    QString phone;
    std::optional<qint64> organisationId;
    QString municipalityCode;
    bool publishConsent = false;
    QString consentDate; // 2025-05-31
    QString notes;
    QString createdAt;
    QString updatedAt;
    QString verifiedAt;

    bool isLiaison() const { return !organisationId && !municipalityCode.isEmpty(); }
};

} // namespace kartoitus
