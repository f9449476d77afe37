#pragma once

#include "demo/demorandom.h"
#include "demo/demovocabulary.h"
#include "reference/referencedata.h"
#include "repositories/bulkinserts.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QUuid>

namespace kartoitus::demo {

// What later parts of the demo (networks, survey) need to know about an organisation.
struct DemoOrganisation
{
    qint64 id = 0;
    int homeIndex = 0;   // into DemoWriter::m_home
    int sectorIndex = 0; // primary sector, into DemoWriter::m_sectorIds
    qint64 contactPersonId = 0;
    QString name;
    QString businessId;
    QString contactName;
    QString contactEmail;
    bool active = true;
};

// Writes the demo register in one pass. Not thread-safe; used inside one transaction by
// writeDemoRegister(). Every method returns false with m_error set on a failed statement.
class DemoWriter
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::DemoWriter)

public:
    DemoWriter(const QSqlDatabase &db, int organisations, quint32 seed);

    bool run();
    QString error() const { return m_error; }

    // The fixed creation time of every demo row, so that two runs are identical.
    static QString timestamp() { return QStringLiteral("2026-01-15T09:00:00Z"); }
    // The first valid business ID whose seven digits are `number` (1000000-9999999) or more.
    static QString firstBusinessIdFrom(int number);

private:
    struct Municipality
    {
        QString code;
        QString name;
    };

    bool loadReference();
    // Writes one row through m_rows; *id, when given, receives its id.
    bool exec(BulkInserts::Row row, const QVariantList &values, qint64 *id = nullptr);

    // demoorganisations.cpp
    bool writeOrganisation(int index);
    void identity(int index, DemoOrganisation &org, Organisation *organisation);
    Organisation organisationRow(int index, DemoOrganisation &org);
    QString phoneNumber();
    QString uniqueName(int index, const DemoOrganisation &org, const QStringList &nouns);
    bool writeOrganisationLinks(const DemoOrganisation &org);
    bool writeContactPersons(DemoOrganisation &org);
    qint64 insertPerson(const QString &entity, const QString &role, qint64 organisationId,
                        const QString &municipalityCode, QString *name, QString *email);

    // demoactivities.cpp
    bool writeActivities(const DemoOrganisation &org, int orgIndex);
    bool writeActivity(const DemoOrganisation &org, const ActivityTemplate &activity);
    bool writeActivityLinks(qint64 id, const DemoOrganisation &org,
                            const ActivityTemplate &activity);
    QString schedule();

    // demonetworks.cpp
    bool writeLiaisonPersons();
    bool writeNetworks();
    bool writeNetwork(int sectorIndex, const QList<const DemoOrganisation *> &members);
    bool writeSurvey();
    bool writeSurveyQuestions(qint64 surveyId, QList<qint64> *questionIds);
    bool writeSurveyResponse(qint64 surveyId, const QList<qint64> &questionIds,
                             const DemoOrganisation &org, int index);

    QString uuid(const QString &entity, int index) const;
    QString businessId(int index);
    QString registerNumber(int index);

    QSqlDatabase m_db;
    int m_organisationCount;
    quint32 m_seed;
    DemoRandom m_random;
    QUuid m_namespace;
    QString m_error;

    QList<Municipality> m_home;
    int m_bigCityIndex = 0; // Jyväskylä, where a third of the organisations live
    QList<int> m_sectorIds;
    QStringList m_sectorNames;
    ReferenceList m_themes;
    ReferenceList m_targetGroups;
    QHash<QString, int> m_legalForms; // code -> id
    QSet<QString> m_usedNames;
    QList<DemoOrganisation> m_organisations;
    int m_personCount = 0;
    int m_activityCount = 0;

    BulkInserts m_rows;
    QHash<QString, int> m_emailCounts; // person email local part -> times used
};

} // namespace kartoitus::demo
