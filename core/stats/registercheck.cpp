#include "stats/registercheck.h"

#include "search/searchindex.h"
#include "storage/integrity.h"

#include <QJsonArray>

namespace kartoitus {

QString CheckFinding::severityName() const
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QJsonObject CheckFinding::toJson() const
{
    return {{QStringLiteral("severity"), severityName()},
            {QStringLiteral("table"), table},
            {QStringLiteral("id"), id},
            {QStringLiteral("field"), field},
            {QStringLiteral("message"), message}};
}

int CheckReport::errorCount() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const CheckFinding &f) {
        return f.severity == CheckFinding::Severity::Error;
    }));
}

int CheckReport::warningCount() const
{
    return int(findings.size()) - errorCount();
}

QJsonObject CheckReport::toJson() const
{
    QJsonArray list;
    for (const CheckFinding &finding : findings)
        list.append(finding.toJson());
    return {{QStringLiteral("errors"), errorCount()},
            {QStringLiteral("warnings"), warningCount()},
            {QStringLiteral("findings"), list}};
}

CheckReport RegisterCheck::run(const QSqlDatabase &db)
{
    CheckReport report;
    checkIntegrity(db, &report);
    checkForeignKeys(db, &report);
    checkSearchIndex(db, &report);
    checkRules(db, &report);
    checkCounts(db, &report);
    for (const fields::Entity entity :
         {fields::Entity::Organisations, fields::Entity::Activities, fields::Entity::Persons})
        checkValues(db, entity, &report);
    checkSortKeys(db, &report);
    checkNearDuplicates(db, &report);
    return report;
}

void RegisterCheck::queryFailed(const QString &what, const QString &error, CheckReport *report)
{
    report->findings.append({CheckFinding::Severity::Error, QString(), 0, QString(),
                             tr("Could not check %1: %2").arg(what, error)});
}

void RegisterCheck::checkIntegrity(const QSqlDatabase &db, CheckReport *report)
{
    QStringList problems;
    QString error;
    if (!storage::quickCheck(db, &problems, &error)) {
        queryFailed(tr("the file's integrity"), error, report);
        return;
    }
    for (const QString &line : problems)
        report->findings.append({CheckFinding::Severity::Error, QString(), 0, QString(),
                                 tr("The file is damaged: %1").arg(line)});
}

void RegisterCheck::checkForeignKeys(const QSqlDatabase &db, CheckReport *report)
{
    QList<storage::BrokenLink> links;
    QString error;
    if (!storage::brokenLinks(db, &links, &error)) {
        queryFailed(tr("links between rows"), error, report);
        return;
    }
    for (const storage::BrokenLink &link : links)
        report->findings.append(
            {CheckFinding::Severity::Error, link.table, link.rowId, link.column,
             tr("Refers to a row of %1 that does not exist.").arg(link.parent)});
}

void RegisterCheck::checkSearchIndex(const QSqlDatabase &db, CheckReport *report)
{
    QString error;
    const int stale = SearchIndex::staleRows(db, &error);
    if (stale < 0) {
        queryFailed(tr("the search index"), error, report);
    } else if (stale > 0) {
        report->findings.append(
            {CheckFinding::Severity::Error, QStringLiteral("organisation_search"), 0, QString(),
             tr("The search index is out of date for %n organisation(s): searches miss them"
                " until it is rebuilt.",
                nullptr, stale)});
    }
}

} // namespace kartoitus
