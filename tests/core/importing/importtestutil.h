#pragma once

// Shared by the import suites: a real register file in a temporary folder, CSV files
// written byte for byte, and short ways to read back what the import stored.
#include "importing/importer.h"
#include "storage/register.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

namespace importtest {

using namespace kartoitus;
using namespace kartoitus::importing;

inline QString fixture(const QString &name)
{
    return QStringLiteral(KARTOITUS_TEST_DATA "/import/") + name;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// The first column of every row the query gives, as text ("" for NULL).
inline QStringList column(const QSqlDatabase &db, const QString &sql,
                          const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QStringList result;
    if (!query.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return result;
    }
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

// The first column of the first row, or an invalid QVariant when there is none.
inline QVariant value(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

inline qint64 count(const QSqlDatabase &db, const QString &table)
{
    return value(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

// The counts and every reject with its line, for a failing check's message.
inline QString describe(const ImportResult &result)
{
    QStringList lines{QStringLiteral("ok=%1 error=\"%2\" created=%3 updated=%4 unchanged=%5 "
                                     "skipped=%6 rejected=%7")
                          .arg(result.ok)
                          .arg(result.error)
                          .arg(result.created)
                          .arg(result.updated)
                          .arg(result.unchanged)
                          .arg(result.skipped)
                          .arg(result.rejected)};
    for (const RejectedRow &reject : result.rejects)
        lines.append(QStringLiteral("  line %1: %2").arg(reject.line).arg(reject.reason));
    return lines.join(QLatin1Char('\n'));
}

// A new register file in its own temporary folder, with the CSV files a test writes
// next to it.
class Workspace
{
public:
    bool create(const QString &name = QStringLiteral("register.kartoitus"))
    {
        if (!m_dir.isValid())
            return false;
        m_path = m_dir.filePath(name);
        const OpenResult opened = m_register.create(m_path);
        if (!opened.ok())
            qWarning("%s", qPrintable(opened.message));
        return opened.ok();
    }
    bool reopen()
    {
        m_register.close();
        return m_register.open(m_path).ok();
    }
    void close() { m_register.close(); }

    QSqlDatabase db() const { return m_register.database(); }
    Register &reg() { return m_register; }
    QString registerPath() const { return m_path; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString file = path(name);
        return writeBytes(file, bytes) ? file : QString();
    }

    ImportResult run(const QString &file, ImportOptions options = {}) const
    {
        return Importer(db()).run(file, options);
    }
    ImportResult run(const QString &file, fields::Entity entity) const
    {
        ImportOptions options;
        options.entity = entity;
        return run(file, options);
    }
    ImportResult runBytes(const QByteArray &csv, ImportOptions options = {}) const
    {
        return run(write(QStringLiteral("input.csv"), csv), options);
    }

    // The register file's bytes with every connection closed (what a copy would hold);
    // the register is open again afterwards.
    QByteArray closedBytes()
    {
        m_register.close();
        const QByteArray bytes = fileBytes(m_path);
        m_register.open(m_path);
        return bytes;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Register m_register;
};

} // namespace importtest
