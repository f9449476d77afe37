#include "survey/respondentmatcher.h"

#include "common/finnishtext.h"
#include "fields/fieldcatalogue.h"
#include "validation/validators.h"

#include <QSet>

#include <algorithm>

namespace kartoitus::survey {

namespace {

constexpr int maxCandidates = 5;
constexpr double minSimilarity = 0.45;

// The key of the organisation field of `kind` that a match names (RespondentMatch::matchedBy).
QString keyOf(fields::FieldKind kind)
{
    const auto field = fields::FieldCatalogue::firstOfKind(fields::Entity::Organisations, kind);
    return field ? field->key : QString();
}

QString emailKey(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

QStringList wordsOf(const QString &key)
{
    QStringList words;
    for (const QString &word : key.split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() >= 3)
            words.append(word);
    }
    return words;
}

} // namespace

QString RespondentMatcher::nameKey(const QString &name)
{
    QString key;
    for (const QChar c : FinnishText::matchingName(name))
        key.append(c.isLetterOrNumber() ? c : QChar(u' '));
    return key.simplified();
}

double RespondentMatcher::similarity(const QString &a, const QString &b)
{
    if (a == b)
        return a.isEmpty() ? 0 : 1;
    const auto pairs = [](const QString &text) {
        QHash<QString, int> result;
        for (int i = 0; i + 1 < text.size(); ++i)
            ++result[text.mid(i, 2)];
        return result;
    };
    const QHash<QString, int> pa = pairs(a), pb = pairs(b);
    int shared = 0, total = 0;
    for (auto it = pa.begin(); it != pa.end(); ++it) {
        shared += qMin(it.value(), pb.value(it.key()));
        total += it.value();
    }
    for (int count : pb)
        total += count;
    return total == 0 ? 0 : 2.0 * shared / total;
}

bool RespondentMatcher::load(const QSqlDatabase &db, QString *error)
{
    QString readError;
    m_organisations = SurveyRepository(db).matchableOrganisations(&readError);
    if (!readError.isEmpty() || !m_municipalities.load(db, &readError)) {
        if (error)
            *error = readError;
        return false;
    }
    for (int i = 0; i < m_organisations.size(); ++i) {
        const MatchableOrganisation &o = m_organisations.at(i);
        if (!o.businessId.isEmpty())
            m_byBusinessId[o.businessId].append(i);
        for (const QString &email : o.emails)
            m_byEmail[emailKey(email)].append(i);
        const QString key = nameKey(o.name);
        m_keys.append(key);
        m_byName[key].append(i);
        for (const QString &word : wordsOf(key))
            m_byWord[word].append(i);
    }
    m_words = m_byWord.keys();
    std::sort(m_words.begin(), m_words.end());
    return true;
}

QString RespondentMatcher::organisationName(qint64 id) const
{
    for (const MatchableOrganisation &o : m_organisations) {
        if (o.id == id)
            return o.name;
    }
    return QString();
}

RespondentMatch RespondentMatcher::match(const Respondent &respondent) const
{
    RespondentMatch result;
    const auto unique = [&](const QList<int> &found, const QString &by) {
        QSet<qint64> ids;
        for (int i : found)
            ids.insert(m_organisations.at(i).id);
        if (ids.size() != 1)
            return false;
        result.organisationId = *ids.begin();
        result.matchedBy = by;
        return true;
    };
    QString businessId;
    if (const Validation valid = Validators::businessId(respondent.businessId); valid.ok)
        businessId = valid.value;
    if (!businessId.isEmpty() &&
        unique(m_byBusinessId.value(businessId), keyOf(fields::FieldKind::BusinessId)))
        return result;
    if (!respondent.email.trimmed().isEmpty() &&
        unique(m_byEmail.value(emailKey(respondent.email)), keyOf(fields::FieldKind::Email)))
        return result;

    const QString key = nameKey(respondent.organisationName);
    const QString municipality = m_municipalities.resolve(respondent.municipality);
    QList<int> sameName;
    for (int i : m_byName.value(key)) {
        const MatchableOrganisation &o = m_organisations.at(i);
        // An organisation with another business ID than the respondent gave is another one.
        if (!businessId.isEmpty() && !o.businessId.isEmpty() && o.businessId != businessId)
            continue;
        sameName.append(i);
    }
    if (sameName.size() > 1 && !municipality.isEmpty()) {
        QList<int> here;
        for (int i : sameName) {
            if (m_organisations.at(i).municipality == municipality)
                here.append(i);
        }
        sameName = here;
    }
    if (!key.isEmpty() && unique(sameName, QStringLiteral("name")))
        return result;
    result.candidates = candidatesFor(key, municipality);
    return result;
}

QList<MatchCandidate> RespondentMatcher::candidatesFor(const QString &key,
                                                       const QString &municipality) const
{
    QSet<int> pool;
    for (const QString &word : wordsOf(key)) {
        for (int i : m_byWord.value(word))
            pool.insert(i);
        // A word typed a little differently still finds its neighbours by its stem.
        if (word.size() >= 5) {
            const QString stem = word.left(word.size() - 2);
            for (auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), stem);
                 it != m_words.cend() && it->startsWith(stem); ++it) {
                for (int i : m_byWord.value(*it))
                    pool.insert(i);
            }
        }
    }
    QList<MatchCandidate> candidates;
    for (int i : std::as_const(pool)) {
        const MatchableOrganisation &o = m_organisations.at(i);
        double score = similarity(key, m_keys.at(i));
        if (!municipality.isEmpty() && o.municipality == municipality)
            score = qMin(1.0, score + 0.05);
        if (score >= minSimilarity)
            candidates.append({o.id, o.name, m_municipalities.name(o.municipality), score});
    }
    std::sort(
        candidates.begin(), candidates.end(), [](const MatchCandidate &a, const MatchCandidate &b) {
            return a.similarity != b.similarity ? a.similarity > b.similarity : a.name < b.name;
        });
    if (candidates.size() > maxCandidates)
        candidates.resize(maxCandidates);
    return candidates;
}

} // namespace kartoitus::survey
