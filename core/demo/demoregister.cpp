#include "demo/demoregister.h"

#include "demo/demowriter.h"
#include "repositories/organisationrepository.h"
#include "search/searchindex.h"
#include "storage/register.h"

namespace kartoitus {

namespace demo {

DemoWriter::DemoWriter(const QSqlDatabase &db, int organisations, quint32 seed)
    : m_db(db)
    , m_organisationCount(organisations)
    , m_seed(seed)
    , m_random(seed)
    // A fixed namespace makes every UUID a function of the seed and the row's place.
    , m_namespace(QStringLiteral("{5b0c8e8a-2f4d-4d6e-9a53-6b7f2c1d9e40}"))
    , m_rows(db)
{}

bool DemoWriter::run()
{
    if (!loadReference())
        return false;
    m_organisations.reserve(m_organisationCount);
    for (int i = 0; i < m_organisationCount; ++i) {
        if (!writeOrganisation(i))
            return false;
    }
    return writeLiaisonPersons() && writeNetworks() && writeSurvey();
}

bool DemoWriter::loadReference()
{
    MunicipalityDirectory municipalities;
    if (!municipalities.load(m_db, &m_error))
        return false;
    for (const kartoitus::Municipality &m : municipalities.homeRegion()) {
        if (m.code == QLatin1String("179"))
            m_bigCityIndex = int(m_home.size());
        m_home.append({m.code, m.nameFi});
    }
    ReferenceList sectors;
    if (!sectors.load(m_db, QStringLiteral("sectors"), &m_error) ||
        !loadLegalFormCodes(m_db, &m_legalForms, &m_error))
        return false;
    for (int id : sectors.ids()) {
        m_sectorIds.append(id);
        m_sectorNames.append(sectors.name(id));
    }
    if (m_home.isEmpty() || m_sectorIds.isEmpty()) {
        m_error = tr("The register has no home-region municipalities or no sectors.");
        return false;
    }
    return m_themes.load(m_db, QStringLiteral("themes"), &m_error) &&
           m_targetGroups.load(m_db, QStringLiteral("target_groups"), &m_error);
}

bool DemoWriter::exec(BulkInserts::Row row, const QVariantList &values, qint64 *id)
{
    return m_rows.write(row, values, &m_error, id);
}

QString DemoWriter::uuid(const QString &entity, int index) const
{
    return QUuid::createUuidV5(m_namespace,
                               QStringLiteral("%1/%2/%3").arg(entity).arg(m_seed).arg(index))
        .toString(QUuid::WithoutBraces);
}

QString DemoWriter::firstBusinessIdFrom(int number)
{
    static constexpr int weights[] = {7, 9, 10, 5, 8, 4, 2};
    const auto remainder = [](int candidate) {
        const QString digits = QString::number(candidate);
        int sum = 0;
        for (int i = 0; i < 7; ++i)
            sum += digits.at(i).digitValue() * weights[i];
        return sum % 11;
    };
    // A step that carries (1000999 -> 1001000) can land on remainder 1 again: loop.
    while (remainder(number) == 1)
        ++number;
    const int r = remainder(number);
    return QStringLiteral("%1-%2").arg(number).arg(r == 0 ? 0 : 11 - r);
}

// Unique by construction: each organisation draws from its own slice of the number space,
// so even a national-scale demo has no duplicate IDs (which `check` would report).
QString DemoWriter::businessId(int index)
{
    const int stride = qMax(8, 8'900'000 / qMax(1, m_organisationCount));
    // Draw from the first half of the slice: the other half is room for
    // firstBusinessIdFrom() to step past numbers that no business ID has.
    return firstBusinessIdFrom(1'000'000 + index * stride + m_random.below(stride / 2));
}

QString DemoWriter::registerNumber(int index)
{
    const int stride = qMax(1, 890'000 / qMax(1, m_organisationCount));
    return QString::number(100'000 + index * stride + m_random.below(stride));
}

} // namespace demo

bool writeDemoRegister(const QSqlDatabase &db, const DemoOptions &options, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (options.organisations < 0)
        return fail(demo::DemoWriter::tr("The number of demo organisations cannot be negative."));
    const qint64 existing = OrganisationRepository(db).count();
    if (existing < 0)
        return fail(demo::DemoWriter::tr("The file is not an open register."));
    if (existing > 0)
        return fail(
            demo::DemoWriter::tr("The demo register can only be written into an empty register."));

    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(transaction.error());
    QString message;
    {
        SearchIndexSuspension suspension(db);
        demo::DemoWriter writer(db, options.organisations, options.seed);
        if (!writer.run())
            return fail(
                demo::DemoWriter::tr("Could not write the demo register: %1").arg(writer.error()));
        if (!SearchIndex::rebuild(db, &message))
            return fail(message);
    }
    if (!transaction.commit())
        return fail(transaction.error());
    return true;
}

} // namespace kartoitus
