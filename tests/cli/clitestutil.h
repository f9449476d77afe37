#pragma once

// Helpers for running kartoitus-cli as a user would and preparing register files.
#include "common/finnishtext.h"
#include "storage/register.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace clitest {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

inline Run runCli(const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KARTOITUS_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = "kartoitus-cli did not finish";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

// A SQLite file made with Qt's driver directly, bypassing Register.
inline void makeRawDatabase(const QString &path, const QStringList &statements)
{
    const QString connection = QStringLiteral("raw-sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

inline QJsonObject parseJsonObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), bytes.constData());
    return document.object();
}

// Adds an organisation the way the application stores one, with its Finnish sort key;
// the search index's triggers index it.
inline qint64 addOrganisation(const QSqlDatabase &db, const QString &name,
                              const QString &municipality = QString())
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO organisations (uuid, name, name_sort, home_municipality, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(kartoitus::newUuid());
    query.addBindValue(name);
    query.addBindValue(kartoitus::FinnishText::sortKey(name));
    query.addBindValue(municipality.isEmpty() ? QVariant() : QVariant(municipality));
    query.addBindValue(kartoitus::currentTimestamp());
    query.addBindValue(kartoitus::currentTimestamp());
    if (!query.exec()) {
        qWarning("insert failed: %s", qPrintable(query.lastError().text()));
        return -1;
    }
    return query.lastInsertId().toLongLong();
}

} // namespace clitest
