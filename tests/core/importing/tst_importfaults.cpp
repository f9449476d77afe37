// An import that fails because of the register file, not the imported one: the message
// names the register and says what to do, never a CSV line, and nothing is written.
#include "importtestutil.h"

#include "storage/sqlitehandle.h"

#include <QTest>

#include <sqlite3.h>

using namespace importtest;

class TestImportFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fullRegister();
    void damagedRegister();
    void readOnlyRegister();

private:
    QString makeRegister(const QString &name, int organisations);
    QString writeCsv(int rows);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestImportFaults::makeRegister(const QString &name, int organisations)
{
    const QString path = m_dir->filePath(name);
    Register reg;
    if (!reg.create(path).ok())
        return {};
    QSqlQuery q(reg.database());
    for (int i = 0; i < organisations; ++i) {
        q.prepare(QStringLiteral("INSERT INTO organisations (uuid, name, name_sort, status, "
                                 "created_at, updated_at) VALUES (?, ?, ?, 'active', "
                                 "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"));
        q.addBindValue(QStringLiteral("u-%1").arg(i));
        q.addBindValue(QStringLiteral("Seura %1 ry").arg(i));
        q.addBindValue(QStringLiteral("seura %1 ry").arg(i));
        if (!q.exec())
            return {};
    }
    return path;
}

QString TestImportFaults::writeCsv(int rows)
{
    QByteArray csv = "name;municipality;description\n";
    for (int i = 0; i < rows; ++i)
        csv += "Uusi yhdistys " + QByteArray::number(i) + " ry;Jyväskylä;" +
               QByteArray("Kuvaus ").repeated(40) + '\n';
    const QString path = m_dir->filePath(QStringLiteral("rows.csv"));
    return writeBytes(path, csv) ? path : QString();
}

// SQLite says "database or disk is full" in the middle of the rows; PRAGMA max_page_count
// makes the register's disk "full" the way a real one would.
void TestImportFaults::fullRegister()
{
    const QString path = makeRegister(QStringLiteral("full.kartoitus"), 10);
    const QString csv = writeCsv(3000);
    QVERIFY(!path.isEmpty() && !csv.isEmpty());
    Register reg;
    QVERIFY(reg.open(path).ok());
    const int pages = value(reg.database(), QStringLiteral("PRAGMA page_count")).toInt();
    QVERIFY(value(reg.database(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 20))
                .isValid());
    const ImportResult result = Importer(reg.database()).run(csv, {});
    QVERIFY(!result.ok);
    QVERIFY(result.registerFault);
    QVERIFY2(result.error.startsWith(QLatin1String("The disk holding full.kartoitus is full.")),
             qPrintable(result.error));
    QVERIFY(!result.error.contains(QLatin1String("rows.csv")));
    QVERIFY(!result.error.contains(QLatin1String("line ")));
    QCOMPARE(count(reg.database(), QStringLiteral("organisations")), 10);
    QCOMPARE(value(reg.database(), QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
}

// A page of an index the import writes to is broken: SQLite reports the file as malformed
// at the first row. That is the register's damage, not row 2's fault.
void TestImportFaults::damagedRegister()
{
    const QString path = makeRegister(QStringLiteral("damaged.kartoitus"), 300);
    const QString csv = writeCsv(2);
    QVERIFY(!path.isEmpty() && !csv.isEmpty());
    qint64 rootPage = 0, pageSize = 0;
    {
        Register reg;
        QVERIFY(reg.open(path).ok());
        rootPage = value(reg.database(), QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE "
                                                        "name = 'organisations_status_name'"))
                       .toLongLong();
        pageSize = value(reg.database(), QStringLiteral("PRAGMA page_size")).toLongLong();
    }
    QVERIFY(rootPage > 1);
    {
        // No connection is open: the page's type byte becomes one no b-tree page has.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((rootPage - 1) * pageSize));
        QCOMPARE(file.write(QByteArray(16, '\x7f')), qint64(16));
    }
    Register reg;
    const OpenResult opened = reg.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message)); // the damage is deeper than page 1
    const ImportResult result = Importer(reg.database()).run(csv, {});
    QVERIFY(!result.ok);
    QVERIFY(result.registerFault);
    QVERIFY2(result.error.startsWith(QLatin1String("The register damaged.kartoitus is damaged")),
             qPrintable(result.error));
    QVERIFY(result.error.contains(QLatin1String("backup")));
    QVERIFY(!result.error.contains(QLatin1String("line ")));
    QVERIFY(!result.error.contains(QLatin1String("rows.csv")));
}

void TestImportFaults::readOnlyRegister()
{
    const QString path = makeRegister(QStringLiteral("readonly.kartoitus"), 3);
    const QString csv = writeCsv(2);
    QVERIFY(!path.isEmpty() && !csv.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const QByteArray before = fileBytes(path);
    {
        Register reg;
        QVERIFY(reg.open(path).ok());
        QVERIFY(reg.isReadOnly());
        for (const bool dryRun : {false, true}) {
            Importer importer(reg.database());
            const ImportResult result = dryRun ? importer.preview(csv, {}) : importer.run(csv, {});
            QVERIFY(!result.ok);
            QVERIFY(result.registerFault);
            QCOMPARE(result.error, reg.readOnlyMessage());
        }
    }
    QCOMPARE(fileBytes(path), before);
}

QTEST_GUILESS_MAIN(TestImportFaults)
#include "tst_importfaults.moc"
