// Import benchmark (design §8). Generates a CSV of organisations with the columns a
// regional register's yearly file has (keys headers, Finnish letters, quoted
// descriptions), then in the same run:
//
// - imports it into a new register through Importer::run, as the CLI and the window do,
//   search index included, and
// - the reference: the sqlite3 shell doing `.import` of the same file into a table and
//   building an FTS5 table over the same text columns, once with the register's own
//   FTS5 definition (unicode61, remove_diacritics 0, prefix indexes 1 2 3) and once with
//   plain unicode61;
//
// best of RUNS for each, with wall and CPU time and the ratios (budget <= 1.5). Then the
// flat-memory check: a ~20 MB and a ~200 MB file each imported in a child process that
// reports its peak resident memory (VmHWM).
//
//   bench_import [--rows N] [--runs N] [--keep REGISTER] [--memory-mb SMALL,LARGE]
//   bench_import --rows N --write-csv PATH    (only the generated file, to try by hand)
//
// --keep leaves the last imported register at REGISTER, for bench_export's export
// figures on the same register: bench_export 100000 REGISTER.
#include "benchmemory.h"
#include "csv/csvwriter.h"
#include "importing/importer.h"
#include "storage/register.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace kartoitus;
using namespace kartoitus::importing;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Timing
{
    double wall = 1e99;
    double cpu = 1e99;
    double rows = 1e99; // import only: until the last row was written, before the index
};

// Best of `runs`; CPU time beside wall time because a shared machine's load inflates
// wall time for the two sides unevenly.
template<typename F> Timing bestOf(int runs, int who, F run)
{
    Timing best;
    for (int i = 0; i < runs; ++i) {
        const double cpuBefore = cpuSeconds(who);
        QElapsedTimer timer;
        timer.start();
        double rows = 0;
        if (!run(timer, &rows))
            return Timing{-1, -1, -1};
        best.wall = qMin(best.wall, timer.nsecsElapsed() / 1e9);
        best.cpu = qMin(best.cpu, cpuSeconds(who) - cpuBefore);
        best.rows = qMin(best.rows, rows);
    }
    return best;
}

// The reference lists a generated row draws from: names as a new register has them.
struct Vocabulary
{
    QStringList municipalities;
    QStringList sectors;
};

bool loadVocabulary(const QString &dir, Vocabulary *vocabulary)
{
    Register reg;
    if (!reg.create(dir + QStringLiteral("/vocabulary.kartoitus")).ok())
        return false;
    QSqlQuery query(reg.database());
    query.exec(QStringLiteral("SELECT name_fi FROM municipalities ORDER BY home_region DESC, "
                              "code LIMIT 60"));
    while (query.next())
        vocabulary->municipalities.append(query.value(0).toString());
    query.exec(QStringLiteral("SELECT name_fi FROM sectors ORDER BY id"));
    while (query.next())
        vocabulary->sectors.append(query.value(0).toString());
    return !vocabulary->municipalities.isEmpty() && !vocabulary->sectors.isEmpty();
}

// A business ID (Y-tunnus) with its check digit for the i-th organisation; numbers whose
// check would be 10 are skipped, so that every row's ID is valid and unique.
QString businessId(qint64 *serial)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2};
    for (;;) {
        const QString digits = QString::number(1000000 + (*serial)++);
        int sum = 0;
        for (int i = 0; i < 7; ++i)
            sum += digits.at(i).digitValue() * weights[i];
        const int remainder = sum % 11;
        if (remainder != 1)
            return digits + u'-' + QString::number(remainder == 0 ? 0 : 11 - remainder);
    }
}

const QStringList &header()
{
    static const QStringList keys{QStringLiteral("name"),
                                  QStringLiteral("business_id"),
                                  QStringLiteral("register_number"),
                                  QStringLiteral("municipality"),
                                  QStringLiteral("municipalities_served"),
                                  QStringLiteral("sectors"),
                                  QStringLiteral("email"),
                                  QStringLiteral("phone"),
                                  QStringLiteral("website"),
                                  QStringLiteral("street_address"),
                                  QStringLiteral("postal_code"),
                                  QStringLiteral("city"),
                                  QStringLiteral("founded_year"),
                                  QStringLiteral("members"),
                                  QStringLiteral("volunteers"),
                                  QStringLiteral("description")};
    return keys;
}

QStringList generatedRow(qint64 i, qint64 *serial, const Vocabulary &v, QRandomGenerator &random)
{
    static const QStringList kinds{
        QStringLiteral("Kävelijät"),     QStringLiteral("Eläkeläiset"),
        QStringLiteral("Nuorisoseura"),  QStringLiteral("Omaishoitajat"),
        QStringLiteral("Sydänyhdistys"), QStringLiteral("Kööri"),
        QStringLiteral("Työttömät"),     QStringLiteral("Martat"),
        QStringLiteral("Urheiluseura"),  QStringLiteral("Mielenterveysyhdistys"),
        QStringLiteral("Kyläyhdistys"),  QStringLiteral("Åland-seura")};
    static const QStringList streets{QStringLiteral("Kävelykatu"), QStringLiteral("Väinönkatu"),
                                     QStringLiteral("Yliopistonkatu"), QStringLiteral("Kauppakatu"),
                                     QStringLiteral("Särkijärventie")};
    const auto pick = [&random](const QStringList &list) {
        return list.at(int(random.bounded(list.size())));
    };
    const QString town = pick(v.municipalities);
    const QString kind = pick(kinds);
    const QString name = QStringLiteral("%1 %2 %3 ry").arg(town, kind).arg(i + 1);
    const QString slug = QStringLiteral("yhdistys%1").arg(i + 1);
    QStringList sectors{pick(v.sectors)};
    if (random.bounded(2))
        sectors.append(pick(v.sectors));
    const QString served =
        random.bounded(3) ? QString() : pick(v.municipalities) + u',' + QLatin1Char(' ') + town;
    return {name,
            businessId(serial),
            QString::number(100000 + i),
            town,
            served,
            sectors.join(QLatin1String(", ")),
            QStringLiteral("info@%1.fi").arg(slug),
            QStringLiteral("040 %1 %2").arg(random.bounded(100, 999)).arg(1000 + i % 9000),
            QStringLiteral("https://www.%1.fi").arg(slug),
            QStringLiteral("%1 %2").arg(pick(streets)).arg(1 + i % 80),
            QStringLiteral("%1").arg(40100 + (i % 80) * 10, 5, 10, QLatin1Char('0')),
            town,
            QString::number(1900 + i % 120),
            QString::number(random.bounded(5, 2500)),
            QString::number(random.bounded(0, 60)),
            QStringLiteral("%1 järjestää kerhoja, retkiä ja vertaistukea; \"avoin kaikille\". "
                           "Tapaamme %2 klo 17–19, tervetuloa myös ikäihmiset ja perheet.")
                .arg(kind, random.bounded(2) ? QStringLiteral("tiistaisin")
                                             : QStringLiteral("keskiviikkoisin"))};
}

// Writes `rows` organisations (or, with rows < 0, until the file reaches `bytes`) as
// standard CSV: UTF-8, `,`, CRLF. Returns the number of rows.
qint64 generate(const QString &path, qint64 rows, qint64 bytes, const Vocabulary &vocabulary)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    csv::Writer writer(&file, csv::Dialect::standard());
    writer.writeRow(header());
    QRandomGenerator random(2026);
    qint64 serial = 0;
    qint64 i = 0;
    for (; rows < 0 || i < rows; ++i) {
        // The writer buffers: by size, check the file every 1,024 rows.
        if (rows < 0 && i % 1024 == 0 && (!writer.flush() || file.size() >= bytes))
            break;
        writer.writeRow(generatedRow(i, &serial, vocabulary, random));
    }
    return writer.flush() ? i : -1;
}

bool kartoitusImport(const QString &csvPath, const QString &registerPath, QElapsedTimer &timer,
                     double *rowsSeconds)
{
    QFile::remove(registerPath);
    Register reg;
    if (!reg.create(registerPath).ok())
        return false;
    timer.restart();
    ImportControl control;
    control.progress = [&](qint64 read, qint64 total) {
        if (read >= total)
            *rowsSeconds = timer.nsecsElapsed() / 1e9;
    };
    const ImportResult result = Importer(reg.database()).run(csvPath, ImportOptions(), control);
    if (!result.ok || result.rejected > 0) {
        out() << "import failed: " << result.error << " rejected " << result.rejected
              << (result.rejects.isEmpty() ? QString() : result.rejects.first().reason) << Qt::endl;
        return false;
    }
    return true;
}

QString referenceScript(const QString &csvPath, bool prefixIndexes)
{
    const QString options = prefixIndexes
                                ? QStringLiteral("tokenize = \"unicode61 remove_diacritics 0\", "
                                                 "prefix = '1 2 3'")
                                : QStringLiteral("tokenize = \"unicode61\"");
    return QStringLiteral(
               ".import --csv %1 organisations\n"
               "CREATE VIRTUAL TABLE organisation_search USING fts5 (name, short_name, ids, "
               "places, sectors, activities, text, %2);\n"
               "INSERT INTO organisation_search (rowid, name, short_name, ids, places, "
               "sectors, activities, text) SELECT rowid, name, '', business_id || ' ' || "
               "register_number, municipality || ' ' || municipalities_served, sectors, '', "
               "description || ' ' || email || ' ' || website || ' ' || street_address || "
               "' ' || postal_code || ' ' || city FROM organisations;\n")
        .arg(csvPath, options);
}

bool sqliteReference(const QString &csvPath, const QString &dbPath, bool prefixIndexes)
{
    QFile::remove(dbPath);
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), dbPath});
    if (!shell.waitForStarted())
        return false;
    shell.write(referenceScript(csvPath, prefixIndexes).toUtf8());
    shell.closeWriteChannel();
    const bool ok = shell.waitForFinished(-1) && shell.exitCode() == 0;
    if (!ok)
        out() << "sqlite3 failed: " << shell.readAllStandardError() << Qt::endl;
    return ok;
}

QString describe(const Timing &t)
{
    return QStringLiteral("%1 s wall, %2 s CPU").arg(t.wall, 0, 'f', 2).arg(t.cpu, 0, 'f', 2);
}

QString ratio(const Timing &ours, const Timing &reference)
{
    return QStringLiteral("%1x wall, %2x CPU")
        .arg(ours.wall / reference.wall, 0, 'f', 2)
        .arg(ours.cpu / reference.cpu, 0, 'f', 2);
}

int timeImport(const QString &dir, qint64 rows, int runs, const Vocabulary &vocabulary,
               const QString &keep)
{
    const QString csvPath = dir + QStringLiteral("/organisations.csv");
    if (generate(csvPath, rows, 0, vocabulary) != rows)
        return 1;
    const QString registerPath = dir + QStringLiteral("/import.kartoitus");
    const QString referencePath = dir + QStringLiteral("/reference.sqlite");
    const Timing same = bestOf(runs, RUSAGE_CHILDREN, [&](QElapsedTimer &, double *) {
        return sqliteReference(csvPath, referencePath, true);
    });
    const Timing plain = bestOf(runs, RUSAGE_CHILDREN, [&](QElapsedTimer &, double *) {
        return sqliteReference(csvPath, referencePath, false);
    });
    const Timing ours = bestOf(runs, RUSAGE_SELF, [&](QElapsedTimer &timer, double *rowsSeconds) {
        return kartoitusImport(csvPath, registerPath, timer, rowsSeconds);
    });
    if (same.wall < 0 || plain.wall < 0 || ours.wall < 0)
        return 1;
    out() << "organisations: " << rows << ", file " << QFileInfo(csvPath).size() / 1e6
          << " MB, best of " << runs << Qt::endl;
    out() << "sqlite3 .import + FTS5 as the register's (prefix 1 2 3): " << describe(same)
          << Qt::endl;
    out() << "sqlite3 .import + FTS5 plain unicode61:                 " << describe(plain)
          << Qt::endl;
    out() << "Kartoitus import + search index:                        " << describe(ours)
          << QStringLiteral(" (rows written after %1 s, then index and commit)")
                 .arg(ours.rows, 0, 'f', 2)
          << Qt::endl;
    out() << "ratio to the same FTS5 definition (budget <= 1.5): " << ratio(ours, same) << Qt::endl;
    out() << "ratio to plain unicode61 FTS5:                     " << ratio(ours, plain)
          << Qt::endl;
    if (!keep.isEmpty()) {
        QFile::remove(keep);
        if (!QFile::copy(registerPath, keep))
            return 1;
        out() << "register kept as " << keep << Qt::endl;
    }
    return 0;
}

// The child of the memory check: imports one file and prints its peak memory.
int memoryChild(const QString &csvPath, const QString &registerPath)
{
    Register reg;
    if (!reg.create(registerPath).ok())
        return 1;
    const qint64 before = peakRssKiB();
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = Importer(reg.database()).run(csvPath, ImportOptions());
    if (!result.ok)
        return 1;
    out() << result.created << ' ' << timer.nsecsElapsed() / 1e9 << ' ' << before << ' '
          << peakRssKiB() << Qt::endl;
    return 0;
}

int checkMemory(const QString &dir, const QList<int> &megabytes, const Vocabulary &vocabulary)
{
    out() << "flat memory: peak RSS (VmHWM) of a process importing one file" << Qt::endl;
    for (int mb : megabytes) {
        const QString csvPath = dir + QStringLiteral("/memory.csv");
        const QString registerPath = dir + QStringLiteral("/memory.kartoitus");
        QFile::remove(registerPath);
        if (generate(csvPath, -1, qint64(mb) * 1000 * 1000, vocabulary) < 0)
            return 1;
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--memory-child"), csvPath, registerPath});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            return 1;
        const QStringList figures = QString::fromUtf8(child.readAllStandardOutput()).split(u' ');
        out() << QStringLiteral("  %1 MB file, %2 organisations: %3 s, peak RSS %4 KiB before "
                                "the import, %5 KiB after; register %6 MB")
                     .arg(QFileInfo(csvPath).size() / 1e6, 0, 'f', 1)
                     .arg(figures.value(0), figures.value(1).left(6), figures.value(2),
                          figures.value(3).trimmed())
                     .arg(QFileInfo(registerPath).size() / 1e6, 0, 'f', 1)
              << Qt::endl;
        QFile::remove(csvPath);
        QFile::remove(registerPath);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const auto option = [&parser](const char *name, const char *help, const char *value = "",
                                  const char *fallback = "") {
        parser.addOption(QCommandLineOption(QLatin1String(name), QLatin1String(help),
                                            QLatin1String(value), QLatin1String(fallback)));
    };
    option("rows", "Organisations in the timed file.", "N", "100000");
    option("runs", "Runs of each, the best counts.", "N", "3");
    option("keep", "Leave the last imported register here.", "REGISTER");
    option("memory-mb", "File sizes of the memory check; 0 skips it.", "SMALL,LARGE", "20,200");
    option("write-csv", "Only write the generated CSV of --rows organisations.", "PATH");
    option("memory-child", "Internal: import CSV into REGISTER and print the peak memory.");
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("memory-child")))
        return memoryChild(positional.value(0), positional.value(1));
    QTemporaryDir dir;
    Vocabulary vocabulary;
    if (!dir.isValid() || !loadVocabulary(dir.path(), &vocabulary))
        return 1;
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const QString csvPath = parser.value(QStringLiteral("write-csv"));
    if (!csvPath.isEmpty())
        return generate(csvPath, rows, 0, vocabulary) == rows ? 0 : 1;
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    if (rows > 0 &&
        timeImport(dir.path(), rows, runs, vocabulary, parser.value(QStringLiteral("keep"))) != 0) {
        out() << "a run failed" << Qt::endl;
        return 1;
    }
    QList<int> sizes;
    for (const QString &size : parser.value(QStringLiteral("memory-mb")).split(u','))
        if (size.toInt() > 0)
            sizes.append(size.toInt());
    return checkMemory(dir.path(), sizes, vocabulary);
}
