// The demo's organisations and their contact persons.
#include "common/finnishtext.h"
#include "demo/demovocabulary.h"
#include "demo/demowriter.h"

#include <QVariant>

namespace kartoitus::demo {

namespace {

// "Kinnulan Kyläyhdistys ry" -> "kinnulan-kylayhdistys": the local part of a fictional
// address at example.org.
QString slug(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if (c == QChar(0xE4) || c == QChar(0xE5))
            out += QLatin1Char('a');
        else if (c == QChar(0xF6))
            out += QLatin1Char('o');
        else if (c.isLetterOrNumber() && c.unicode() < 0x80)
            out += c;
        else if (!out.endsWith(QLatin1Char('-')) && !out.isEmpty())
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    if (out.endsWith(QLatin1String("-ry")))
        out.chop(3);
    return out;
}

QString shortName(const QString &name)
{
    QString letters;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word != QLatin1String("ry"))
            letters += word.at(0).toUpper();
    }
    return letters.size() >= 2 ? letters : QString();
}

QVariant nullable(bool present, const QVariant &value)
{
    return present ? value : QVariant();
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isValid() ? std::optional<int>(value.toInt()) : std::nullopt;
}

} // namespace

QString DemoWriter::uniqueName(int index, const DemoOrganisation &org, const QStringList &nouns)
{
    const QString municipality = municipalityGenitive(m_home.at(org.homeIndex).code);
    for (int attempt = 0; attempt < 8; ++attempt) {
        // Most names carry the municipality; others a made-up village within it.
        const QString place = (attempt == 0 && m_random.chance(60) && !municipality.isEmpty())
                                  ? municipality
                                  : m_random.pick(villageGenitives());
        const QString name = place + QLatin1Char(' ') + m_random.pick(nouns);
        if (!m_usedNames.contains(name)) {
            m_usedNames.insert(name);
            return name;
        }
    }
    // A national-scale demo runs out of combinations; a number keeps names distinct.
    QString name = m_random.pick(villageGenitives()) + QLatin1Char(' ') + m_random.pick(nouns);
    name.insert(name.lastIndexOf(QLatin1String(" ry")) > 0 ? name.lastIndexOf(QLatin1String(" ry"))
                                                           : name.size(),
                QStringLiteral(" %1").arg(index + 1));
    m_usedNames.insert(name);
    return name;
}

bool DemoWriter::writeOrganisation(int index)
{
    DemoOrganisation org;
    // The first organisations cover every municipality; Jyväskylä then gets its big share.
    org.homeIndex = index < m_home.size() ? index
                    : m_random.chance(30) ? m_bigCityIndex
                                          : m_random.below(int(m_home.size()));
    org.sectorIndex = index % int(m_sectorIds.size());
    org.name = uniqueName(index, org, sectorVocabulary(m_sectorNames.at(org.sectorIndex)).nouns);
    if (!m_rows.write(organisationRow(index, org), &m_error, &org.id))
        return false;
    if (!writeOrganisationLinks(org) || !writeContactPersons(org) || !writeActivities(org, index))
        return false;
    m_organisations.append(org);
    return true;
}

// The organisation's identity: uuid, name, sort key, short name, business ID, register
// number, legal form; sets org.businessId.
void DemoWriter::identity(int index, DemoOrganisation &org, Organisation *o)
{
    const int form = m_random.below(100);
    const QString formCode = form < 85   ? QStringLiteral("ry")
                             : form < 90 ? QStringLiteral("foundation")
                             : form < 93 ? QStringLiteral("cooperative")
                             : form < 98 ? QStringLiteral("unregistered")
                                         : QStringLiteral("other");
    // Registered associations mostly have both numbers; unregistered groups have neither.
    const bool registered = formCode == QLatin1String("ry");
    const bool hasBusinessId = formCode == QLatin1String("unregistered") ? false
                               : registered                              ? m_random.chance(75)
                                                                         : true;
    org.businessId = hasBusinessId ? businessId(index) : QString();
    const bool hasRegisterNumber = registered && m_random.chance(95);
    o->uuid = uuid(QStringLiteral("organisation"), index);
    o->name = org.name;
    o->nameSort = FinnishText::sortKey(org.name);
    o->shortName = nullable(m_random.chance(30), shortName(org.name)).toString();
    o->businessId = nullable(hasBusinessId, org.businessId).toString();
    o->registerNumber =
        nullable(hasRegisterNumber, hasRegisterNumber ? registerNumber(index) : QString())
            .toString();
    o->legalFormId = m_legalForms.value(formCode);
}

// The random draws keep the order they have always had, so that a seed gives the same
// register.
Organisation DemoWriter::organisationRow(int index, DemoOrganisation &org)
{
    Organisation o;
    identity(index, org, &o);
    const int statusRoll = m_random.below(100);
    org.active = statusRoll < 90;
    const Municipality &home = m_home.at(org.homeIndex);
    const QString slugName = slug(org.name);
    o.homeMunicipality = home.code;
    o.languages = m_random.chance(10) ? QStringLiteral("fi, sv") : QStringLiteral("fi");
    o.description = sectorVocabulary(m_sectorNames.at(org.sectorIndex)).description;
    o.streetAddress =
        QStringLiteral("%1 %2").arg(m_random.pick(streetNames())).arg(m_random.between(1, 60));
    o.postalCode = municipalityPostalCode(home.code);
    o.postOffice = home.name;
    o.email = nullable(m_random.chance(92), slugName + QStringLiteral("@example.org")).toString();
    o.phone = nullable(m_random.chance(70), phoneNumber()).toString();
    o.website =
        nullable(m_random.chance(50), QStringLiteral("https://example.org/") + slugName).toString();
    o.foundedYear = m_random.between(1890, 2024);
    o.members = optionalInt(nullable(m_random.chance(85), m_random.between(5, 900)));
    o.volunteers = optionalInt(nullable(m_random.chance(60), m_random.between(0, 80)));
    o.paidStaff = m_random.chance(20) ? m_random.between(1, 25) : 0;
    o.status = statusRoll < 90   ? QStringLiteral("active")
               : statusRoll < 97 ? QStringLiteral("dormant")
                                 : QStringLiteral("dissolved");
    o.tags = nullable(m_random.chance(15), QStringLiteral("kumppanuuspöytä")).toString();
    o.createdAt = timestamp();
    o.updatedAt = timestamp();
    o.verifiedAt =
        nullable(m_random.chance(60), QStringLiteral("2025-%1-%2T10:00:00Z")
                                          .arg(m_random.between(1, 12), 2, 10, QLatin1Char('0'))
                                          .arg(m_random.between(1, 28), 2, 10, QLatin1Char('0')))
            .toString();
    return o;
}

QString DemoWriter::phoneNumber()
{
    // 040 123 xxxx: the style of number Finnish examples use, never a real subscriber list.
    return QStringLiteral("040 123 %1").arg(m_random.below(10000), 4, 10, QLatin1Char('0'));
}

bool DemoWriter::writeOrganisationLinks(const DemoOrganisation &org)
{
    const int homeCount = int(m_home.size());
    if (!exec(BulkInserts::Row::OrganisationMunicipality, {org.id, m_home.at(org.homeIndex).code}))
        return false;
    for (int i = m_random.below(4); i > 0; --i) {
        if (!exec(BulkInserts::Row::OrganisationMunicipality,
                  {org.id, m_home.at(m_random.below(homeCount)).code}))
            return false;
    }
    if (!exec(BulkInserts::Row::OrganisationSector, {org.id, m_sectorIds.at(org.sectorIndex), 1}))
        return false;
    for (int i = m_random.below(3); i > 0; --i) {
        const int sector = m_sectorIds.at(m_random.below(int(m_sectorIds.size())));
        if (sector != m_sectorIds.at(org.sectorIndex) &&
            !exec(BulkInserts::Row::OrganisationSector, {org.id, sector, 0}))
            return false;
    }
    const QList<int> groups = m_targetGroups.ids();
    for (int i : m_random.distinct(m_random.between(1, 3), int(groups.size()))) {
        if (!exec(BulkInserts::Row::OrganisationTargetGroup, {org.id, groups.at(i)}))
            return false;
    }
    return true;
}

qint64 DemoWriter::insertPerson(const QString &entity, const QString &role, qint64 organisationId,
                                const QString &municipalityCode, QString *name, QString *email)
{
    const QString first = m_random.pick(firstNames());
    const QString last = m_random.pick(surnames());
    *name = first + QLatin1Char(' ') + last;
    QString local = slug(first) + QLatin1Char('.') + slug(last);
    const int used = m_emailCounts[local]++;
    if (used > 0)
        local += QString::number(used + 1);
    *email = local + QStringLiteral("@example.org");

    // Liaison persons are public contacts; others may or may not have agreed to be listed.
    const bool consent = municipalityCode.isEmpty() ? m_random.chance(55) : true;
    const bool hasEmail = m_random.chance(90);
    // The draws are made in the order of the person's columns: a seed's register stays the
    // same.
    Person p;
    p.uuid = uuid(entity, m_personCount++);
    p.name = *name;
    p.nameSort = FinnishText::sortKey(*name);
    p.role = role;
    p.email = nullable(hasEmail, *email).toString();
    p.phone = nullable(!hasEmail || m_random.chance(60), phoneNumber()).toString();
    if (organisationId > 0)
        p.organisationId = organisationId;
    p.municipalityCode = municipalityCode;
    p.publishConsent = consent;
    p.consentDate =
        nullable(consent,
                 QStringLiteral("2025-%1-15").arg(m_random.between(1, 12), 2, 10, QLatin1Char('0')))
            .toString();
    p.createdAt = p.updatedAt = timestamp();
    p.verifiedAt = nullable(consent, QStringLiteral("2025-12-01T12:00:00Z")).toString();
    if (!hasEmail)
        email->clear();
    qint64 id = 0;
    return m_rows.write(p, &m_error, &id) ? id : 0;
}

bool DemoWriter::writeContactPersons(DemoOrganisation &org)
{
    const int count = m_random.chance(40) ? 2 : 1;
    for (int i = 0; i < count; ++i) {
        QString name;
        QString email;
        const QString role = personRoles().at(i == 0 ? 0 : m_random.between(1, 4));
        const qint64 id =
            insertPerson(QStringLiteral("person"), role, org.id, QString(), &name, &email);
        if (id == 0)
            return false;
        if (i == 0) {
            org.contactPersonId = id;
            org.contactName = name;
            org.contactEmail = email;
        }
    }
    return exec(BulkInserts::Row::OrganisationContact, {org.contactPersonId, org.id});
}

} // namespace kartoitus::demo
