// Erasing a person completely: the row, and every copy of their details the register
// keeps elsewhere (survey raw rows keep exactly what a respondent typed).
#include "repositories/personrepository.h"
#include "repositories/repositoryutil.h"
#include "storage/register.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace kartoitus {

using namespace repository;

namespace {

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

struct Needles
{
    QStringList texts;   // name, email, phone as written; matched case-insensitively
    QString phoneDigits; // the phone however it was grouped: "0401234567"

    bool foundIn(const QString &text) const
    {
        for (const QString &needle : texts) {
            if (text.contains(needle, Qt::CaseInsensitive))
                return true;
        }
        return !phoneDigits.isEmpty() && digitsOf(text).contains(phoneDigits);
    }

    // The cell without the person's details; what else it said stays.
    QString scrub(QString cell) const
    {
        for (const QString &needle : texts)
            cell.remove(needle, Qt::CaseInsensitive);
        if (!phoneDigits.isEmpty() && digitsOf(cell).contains(phoneDigits))
            cell.clear(); // a number grouped another way: the cell was the number
        static const QString edges = QStringLiteral(" ,;:|/-\t\n");
        while (!cell.isEmpty() && edges.contains(cell.front()))
            cell.remove(0, 1);
        while (!cell.isEmpty() && edges.contains(cell.back()))
            cell.chop(1);
        return cell;
    }
};

Needles needlesFor(const Person &person)
{
    Needles needles;
    for (const QString &text : {person.name, person.email, person.phone}) {
        if (!text.trimmed().isEmpty())
            needles.texts.append(text.trimmed());
    }
    // Short digit runs would match unrelated numbers (years, counts).
    if (const QString digits = digitsOf(person.phone); digits.size() >= 6)
        needles.phoneDigits = digits;
    return needles;
}

// An answer is a copy of a raw row's cell: a free-text question ("Yhteyshenkilö") may hold
// the person's name or number too.
bool scrubSurveyAnswers(const QSqlDatabase &db, const Needles &needles, QString *error)
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!run(select,
             QStringLiteral("SELECT response_id, question_id, value FROM survey_answers"
                            " WHERE value IS NOT NULL"),
             {}, error))
        return false;
    QList<std::tuple<qint64, qint64, QString>> changes;
    while (select.next()) {
        const QString value = select.value(2).toString();
        if (needles.foundIn(value))
            changes.append(
                {select.value(0).toLongLong(), select.value(1).toLongLong(), needles.scrub(value)});
    }
    QSqlQuery update(db);
    for (const auto &[responseId, questionId, value] : std::as_const(changes)) {
        const bool ok =
            value.isEmpty()
                ? run(update,
                      QStringLiteral("DELETE FROM survey_answers WHERE response_id = ? AND"
                                     " question_id = ?"),
                      {responseId, questionId}, error)
                : run(update,
                      QStringLiteral("UPDATE survey_answers SET value = ? WHERE response_id = ?"
                                     " AND question_id = ?"),
                      {value, responseId, questionId}, error);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool PersonRepository::forget(qint64 id, QString *error)
{
    const std::optional<Person> person = get(id, error);
    if (!person)
        return false;
    QSqlQuery query(m_db);
    // Overwrite freed pages with zeros so the deleted bytes do not stay in the file. It stays
    // on for the connection: the window's undo and redo of this forget replay their deletes
    // on the same connection, and those must not leave the bytes behind either.
    query.exec(QStringLiteral("PRAGMA secure_delete = 1"));
    bool ok = false;
    {
        Savepoint savepoint(m_db);
        ok = savepoint.isActive() && scrubSurveyResponses(*person, error) &&
             run(query, QStringLiteral("DELETE FROM network_representatives WHERE person_id = ?"),
                 {id}, error) &&
             run(query, QStringLiteral("DELETE FROM persons WHERE id = ?"), {id}, error) &&
             savepoint.release(error);
    }
    return ok;
}

bool PersonRepository::forgetScope(qint64 id, ForgetScope *scope, QString *error) const
{
    const std::optional<Person> person = get(id, error);
    if (!person)
        return false;
    *scope = ForgetScope();
    const Needles needles = needlesFor(*person);
    QSet<qint64> responses;
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    if (!run(select, QStringLiteral("SELECT id, raw, respondent FROM survey_responses"), {}, error))
        return false;
    while (select.next()) {
        if (needles.foundIn(select.value(1).toString()) ||
            needles.foundIn(select.value(2).toString()))
            responses.insert(select.value(0).toLongLong());
    }
    // A free-text answer may name them even where the raw row was already cleared.
    if (!run(
            select,
            QStringLiteral("SELECT response_id, value FROM survey_answers WHERE value IS NOT NULL"),
            {}, error))
        return false;
    while (select.next()) {
        if (needles.foundIn(select.value(1).toString())) {
            ++scope->surveyAnswers;
            responses.insert(select.value(0).toLongLong());
        }
    }
    scope->surveyResponses = int(responses.size());
    const auto countOf = [&](const char *sql, int *count) {
        const qint64 n = countRows(m_db, QLatin1String(sql), {id}, error);
        *count = int(n);
        return n >= 0;
    };
    return countOf("SELECT count(*) FROM network_representatives WHERE person_id = ?",
                   &scope->representativeTerms) &&
           countOf("SELECT count(*) FROM activities WHERE contact_person_id = ?",
                   &scope->activities) &&
           countOf("SELECT count(*) FROM organisations WHERE contact_person_id = ?",
                   &scope->organisations);
}

bool PersonRepository::scrubSurveyResponses(const Person &person, QString *error)
{
    const Needles needles = needlesFor(person);
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    if (!run(select, QStringLiteral("SELECT id, raw, respondent FROM survey_responses"), {}, error))
        return false;
    QList<std::tuple<qint64, QString, QString>> changes;
    while (select.next()) {
        const QString raw = select.value(1).toString();
        const QString respondent = select.value(2).toString();
        if (!needles.foundIn(raw) && !needles.foundIn(respondent))
            continue;
        QJsonObject object = QJsonDocument::fromJson(raw.toUtf8()).object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isString() && needles.foundIn(it.value().toString()))
                it.value() = needles.scrub(it.value().toString());
        }
        changes.append({select.value(0).toLongLong(),
                        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)),
                        needles.foundIn(respondent) ? needles.scrub(respondent) : respondent});
    }
    QSqlQuery update(m_db);
    for (const auto &[responseId, raw, respondent] : std::as_const(changes)) {
        if (!run(
                update,
                QStringLiteral("UPDATE survey_responses SET raw = ?, respondent = ?, updated_at = ?"
                               " WHERE id = ?"),
                {raw, textOrNull(respondent), currentTimestamp(), responseId}, error))
            return false;
    }
    return scrubSurveyAnswers(m_db, needles, error);
}

} // namespace kartoitus
