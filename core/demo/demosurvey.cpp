// The demo's survey: "Järjestökysely" 2025 as imported from a Webropol export.
#include "demo/demowriter.h"

#include "fields/fieldcatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace kartoitus::demo {

namespace {

struct Question
{
    const char *code;
    const char *text;
    const char *type;
    QStringList options;
};

QList<Question> questions(const ReferenceList &themes)
{
    QStringList themeNames;
    for (int id : themes.ids().mid(0, 6))
        themeNames.append(themes.name(id));
    return {
        {"q1",
         "Millä alueella järjestönne pääasiassa toimii?",
         "single_choice",
         {QStringLiteral("Yhdessä kunnassa"), QStringLiteral("Useammassa kunnassa"),
          QStringLiteral("Koko maakunnassa")}},
        {"q2", "Mitä hyvinvointia edistävää toimintaa järjestönne järjestää?", "multiple_choice",
         themeNames},
        {"q3", "Kuinka monta vapaaehtoista toiminnassanne on mukana?", "number", {}},
        {"q4",
         "Kuinka hyvin yhteistyö kunnan kanssa sujuu? (1–5)",
         "scale",
         {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
          QStringLiteral("5")}},
        {"q5", "Terveiset kumppanuuspöydälle", "text", {}},
    };
}

} // namespace

bool DemoWriter::writeSurvey()
{
    qint64 surveyId = 0;
    if (!exec(BulkInserts::Row::Survey,
              {uuid(QStringLiteral("survey"), 0), QStringLiteral("Järjestökysely"), 2025,
               QStringLiteral("Webropol"), QStringLiteral("Kuvitteellinen esimerkkikysely."),
               QStringLiteral("2025-04-30T12:00:00Z"), timestamp(), timestamp()},
              &surveyId))
        return false;
    QList<qint64> questionIds;
    if (!writeSurveyQuestions(surveyId, &questionIds))
        return false;
    // About a third of the organisations answered.
    for (int i = 0; i < m_organisations.size(); i += 3) {
        if (!writeSurveyResponse(surveyId, questionIds, m_organisations.at(i), i / 3))
            return false;
    }
    return true;
}

bool DemoWriter::writeSurveyQuestions(qint64 surveyId, QList<qint64> *questionIds)
{
    const QList<Question> list = questions(m_themes);
    for (int i = 0; i < list.size(); ++i) {
        const Question &q = list.at(i);
        const QVariant options =
            q.options.isEmpty()
                ? QVariant()
                : QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(q.options))
                                                 .toJson(QJsonDocument::Compact)));
        qint64 id = 0;
        if (!exec(BulkInserts::Row::SurveyQuestion,
                  {surveyId, i + 1, QLatin1String(q.code), QString::fromUtf8(q.text),
                   QLatin1String(q.type), options},
                  &id))
            return false;
        questionIds->append(id);
    }
    return true;
}

bool DemoWriter::writeSurveyResponse(qint64 surveyId, const QList<qint64> &questionIds,
                                     const DemoOrganisation &org, int index)
{
    const QList<Question> list = questions(m_themes);
    const QStringList chosenThemes = [&] {
        QStringList chosen;
        for (int i : m_random.distinct(m_random.between(1, 3), int(list.at(1).options.size())))
            chosen.append(list.at(1).options.at(i));
        return chosen;
    }();
    const QString answers[] = {
        list.at(0).options.at(m_random.below(3)), chosenThemes.join(QLatin1Char('\n')),
        QString::number(m_random.between(0, 60)), QString::number(m_random.between(1, 5)),
        m_random.chance(40) ? QStringLiteral("Kiitos yhteistyöstä!") : QString()};
    const QString submitted = QStringLiteral("2025-03-%1T%2:15:00Z")
                                  .arg(m_random.between(1, 28), 2, 10, QLatin1Char('0'))
                                  .arg(m_random.between(8, 20), 2, 10, QLatin1Char('0'));

    // The raw row as the export had it: header -> cell, the respondent's details included.
    // Some names were typed differently and remain unmatched until someone links them.
    const bool matched = m_random.chance(80);
    QJsonObject raw{{QStringLiteral("Vastaustunnus"), QString::number(1000 + index)},
                    {QStringLiteral("Lähetetty"), submitted},
                    {QStringLiteral("Järjestön nimi"), matched ? org.name : org.name.toUpper()},
                    {QStringLiteral("Y-tunnus"), matched ? org.businessId : QString()},
                    {QStringLiteral("Vastaajan nimi"), org.contactName},
                    {QStringLiteral("Sähköposti"), org.contactEmail}};
    for (int i = 0; i < list.size(); ++i)
        raw.insert(QString::fromUtf8(list.at(i).text),
                   QString(answers[i]).replace(QLatin1Char('\n'), QStringLiteral(", ")));
    const QString matchedBy =
        org.businessId.isEmpty() ? QStringLiteral("name")
                                 : fields::FieldCatalogue::firstOfKind(
                                       fields::Entity::Organisations, fields::FieldKind::BusinessId)
                                       ->key;
    qint64 responseId = 0;
    if (!exec(BulkInserts::Row::SurveyResponse,
              {uuid(QStringLiteral("response"), index), surveyId,
               matched ? QVariant(org.id) : QVariant(), matched ? QVariant(matchedBy) : QVariant(),
               org.contactName, submitted,
               QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact)), timestamp(),
               timestamp()},
              &responseId))
        return false;
    for (int i = 0; i < list.size(); ++i) {
        if (answers[i].isEmpty())
            continue;
        const bool numeric = i == 2 || i == 3;
        if (!exec(BulkInserts::Row::SurveyAnswer,
                  {responseId, questionIds.at(i), answers[i],
                   numeric ? QVariant(answers[i].toDouble()) : QVariant()}))
            return false;
    }
    return true;
}

} // namespace kartoitus::demo
