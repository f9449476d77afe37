#include "reference/referencedata.h"

#include "repositories/referencerepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace kartoitus {

namespace {

// The shipped reference files are simple: `;`-separated, no quoting, a header line.
QList<QStringList> readReferenceTable(const QString &resource)
{
    QFile file(resource);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty())
            rows.append(line.split(QLatin1Char(';')));
    }
    return rows;
}

bool seedMunicipalities(ReferenceRepository &repository, QString *error)
{
    const QList<QStringList> rows =
        readReferenceTable(QStringLiteral(":/reference/municipalities.csv"));
    if (rows.size() < 300) {
        *error = QStringLiteral("municipality reference data missing");
        return false;
    }
    QList<Municipality> municipalities;
    for (const QStringList &r : rows) {
        Municipality m;
        m.code = r.value(0);
        m.nameFi = r.value(1);
        m.region = r.value(2);
        m.businessId = r.value(3);
        m.language = r.value(4);
        m.homeRegion = m.region == QLatin1String(DefaultHomeRegion);
        municipalities.append(m);
    }
    QList<MunicipalityAlias> aliases;
    for (const QStringList &r :
         readReferenceTable(QStringLiteral(":/reference/merged_municipalities.csv")))
        aliases.append({r.value(0), r.value(1), r.value(2), r.value(3).toInt()});
    return repository.addMunicipalities(municipalities, error) &&
           repository.addMunicipalityAliases(aliases, error);
}

QList<ReferenceItem> listItems(const QJsonArray &array)
{
    QList<ReferenceItem> items;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        items.append({0, o[QLatin1String("code")].toString(), o[QLatin1String("fi")].toString(),
                      o[QLatin1String("sv")].toString(), o[QLatin1String("en")].toString()});
    }
    return items;
}

} // namespace

bool seedSwedishMunicipalityNames(const QSqlDatabase &db, QString *error)
{
    const QList<QStringList> rows =
        readReferenceTable(QStringLiteral(":/reference/municipality_names_sv.csv"));
    if (rows.isEmpty()) {
        *error = QStringLiteral("Swedish municipality names missing");
        return false;
    }
    QList<std::pair<QString, QString>> names;
    for (const QStringList &r : rows)
        names.append({r.value(0), r.value(1)});
    return ReferenceRepository(db).setSwedishNames(names, error);
}

bool seedReferenceData(const QSqlDatabase &db, QString *error)
{
    ReferenceRepository repository(db);
    if (!seedMunicipalities(repository, error))
        return false;
    QFile file(QStringLiteral(":/reference/defaults.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("default reference lists missing");
        return false;
    }
    const QJsonObject defaults = QJsonDocument::fromJson(file.readAll()).object();
    for (const char *table : {"sectors", "themes", "target_groups", "legal_forms"}) {
        if (!repository.addItems(QLatin1String(table),
                                 listItems(defaults[QLatin1String(table)].toArray()), error))
            return false;
    }
    return repository.addSetting(QStringLiteral("home_region"), QLatin1String(DefaultHomeRegion),
                                 error);
}

bool MunicipalityDirectory::load(const QSqlDatabase &db, QString *error)
{
    m_byCode.clear();
    m_byName.clear();
    m_aliases.clear();
    m_plainNames.clear();
    const ReferenceRepository repository(db);
    QList<Municipality> municipalities;
    QList<MunicipalityAlias> aliases;
    if (!repository.municipalities(&municipalities, error) ||
        !repository.municipalityAliases(&aliases, error))
        return false;
    for (const Municipality &m : municipalities) {
        m_byName.insert(m.nameFi.toCaseFolded(), m.code);
        if (!m.nameSv.isEmpty())
            m_byName.insert(m.nameSv.toCaseFolded(), m.code);
        m_byCode.insert(m.code, m);
    }
    for (const MunicipalityAlias &alias : aliases) {
        m_aliases.insert(alias.code, alias.mergedInto);
        m_aliases.insert(alias.nameFi.toCaseFolded(), alias.mergedInto);
    }
    return true;
}

QString MunicipalityDirectory::resolve(const QString &text) const
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return {};
    bool isNumber = false;
    const int number = t.toInt(&isNumber);
    if (isNumber && number >= 0 && number < 1000) {
        const QString code = QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0'));
        if (m_byCode.contains(code))
            return code;
        return m_aliases.value(code);
    }
    const QString folded = t.toCaseFolded();
    const QString code = m_byName.value(folded);
    return code.isEmpty() ? m_aliases.value(folded) : code;
}

namespace {

// A folded name without the letters Finnish keyboards add (ä ö å → a o a) and other marks.
QString withoutMarks(const QString &folded)
{
    QString plain = folded.normalized(QString::NormalizationForm_D);
    plain.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return plain;
}

// Levenshtein distance, stopping early past `limit` (returns limit + 1 then).
int editDistance(const QString &a, const QString &b, int limit)
{
    if (qAbs(a.size() - b.size()) > limit)
        return limit + 1;
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = qMin(qMin(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
            best = qMin(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// Whether `abbreviation` ("jkl") is the name's first letter and then some of its letters in
// order ("jyväskylä").
bool abbreviates(const QString &abbreviation, const QString &name)
{
    if (abbreviation.isEmpty() || name.isEmpty() || abbreviation.at(0) != name.at(0))
        return false;
    qsizetype at = 1;
    for (qsizetype i = 1; i < abbreviation.size(); ++i) {
        at = name.indexOf(abbreviation.at(i), at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

} // namespace

QString MunicipalityDirectory::suggest(const QString &text) const
{
    QString folded = text.simplified().toCaseFolded();
    if (folded.isEmpty())
        return {};
    // "Jyväskylän kaupunki", "Muuramen kunta", "Jakobstads stad": the name in the genitive
    // before the word for town or municipality.
    for (const QLatin1String suffix : {QLatin1String(" kaupunki"), QLatin1String(" kunta"),
                                       QLatin1String(" stad"), QLatin1String(" kommun")}) {
        if (folded.endsWith(suffix) && folded.size() > suffix.size() + 1) {
            folded.chop(suffix.size());
            const QString code = resolve(folded);
            if (!code.isEmpty())
                return code;
            if (folded.endsWith(u'n') || folded.endsWith(u's')) {
                const QString stem = resolve(folded.chopped(1));
                if (!stem.isEmpty())
                    return stem;
            }
            break;
        }
    }
    // Each name a file may mean, without marks, with its code: today's names in both
    // languages and the names of municipalities merged away. Made once: a file may ask
    // for every rejected row.
    if (m_plainNames.isEmpty()) {
        for (auto it = m_byName.constBegin(); it != m_byName.constEnd(); ++it)
            m_plainNames.append({withoutMarks(it.key()), it.value()});
        for (auto it = m_aliases.constBegin(); it != m_aliases.constEnd(); ++it) {
            if (!it.key().at(0).isDigit())
                m_plainNames.append({withoutMarks(it.key()), it.value()});
        }
    }
    const QString plain = withoutMarks(folded);
    const bool abbreviation = plain.size() >= 2 && plain.size() <= 4 && !plain.contains(u' ');
    // Ever looser: the same letters without marks, one letter off (two in a longer name),
    // an abbreviation. The first test any name passes decides.
    const int maxDistance = plain.size() >= 8 ? 2 : 1;
    for (int pass = 0; pass < 3; ++pass) {
        QStringList codes;
        for (const auto &[candidate, code] : std::as_const(m_plainNames)) {
            const bool fits = pass == 0 ? candidate == plain
                              : pass == 1
                                  ? plain.size() >= 4 &&
                                        editDistance(plain, candidate, maxDistance) <= maxDistance
                                  : abbreviation && abbreviates(plain, candidate);
            if (fits && !codes.contains(code))
                codes.append(code);
        }
        if (codes.size() == 1)
            return codes.first();
        if (codes.size() > 1) {
            QStringList home;
            for (const QString &code : std::as_const(codes)) {
                if (m_byCode.value(code).homeRegion)
                    home.append(code);
            }
            return home.size() == 1 ? home.first() : QString();
        }
    }
    return {};
}

QString MunicipalityDirectory::name(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? QString() : it->nameFi;
}

const Municipality *MunicipalityDirectory::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? nullptr : &*it;
}

QList<Municipality> MunicipalityDirectory::homeRegion() const
{
    QList<Municipality> result;
    for (const Municipality &m : m_byCode) {
        if (m.homeRegion)
            result.append(m);
    }
    std::sort(result.begin(), result.end(),
              [](const Municipality &a, const Municipality &b) { return a.code < b.code; });
    return result;
}

bool loadLegalFormCodes(const QSqlDatabase &db, QHash<QString, int> *codes, QString *error)
{
    return ReferenceRepository(db).legalFormCodes(codes, error);
}

bool ReferenceList::load(const QSqlDatabase &db, const QString &table, QString *error)
{
    m_byName.clear();
    m_names.clear();
    m_order.clear();
    QList<ReferenceItem> items;
    if (!ReferenceRepository(db).items(table, &items, error))
        return false;
    for (const ReferenceItem &item : items) {
        m_order.append(item.id);
        m_names.insert(item.id, item.nameFi);
        for (const QString &name : {item.nameFi, item.nameSv, item.nameEn}) {
            if (!name.isEmpty())
                m_byName.insert(name.simplified().toCaseFolded(), item.id);
        }
    }
    return true;
}

int ReferenceList::resolve(const QString &text) const
{
    return m_byName.value(text.simplified().toCaseFolded(), 0);
}

QString ReferenceList::suggest(const QString &text) const
{
    const QString folded = text.simplified().toCaseFolded();
    if (folded.isEmpty())
        return {};
    const QString firstWord = folded.section(u' ', 0, 0);
    QString found;
    for (const int id : m_order) {
        const QString name = m_names.value(id).toCaseFolded();
        // A file's short form of a name ("Liikunta" for "Liikunta ja urheilu"), or a name
        // that shares its first word.
        if (name.startsWith(folded + u' ') || folded.startsWith(name + u' ') ||
            name.section(u' ', 0, 0) == firstWord) {
            if (!found.isEmpty())
                return {}; // two candidates: guessing would be worse than asking
            found = m_names.value(id);
        }
    }
    return found;
}

} // namespace kartoitus
