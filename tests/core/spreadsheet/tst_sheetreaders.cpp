// Every workbook in tests/data/spreadsheets/sheetjs read to what LibreOffice shows of its
// first sheet (expected-libreoffice/), cell by cell. Where the reader differs on purpose the
// difference must be one of the kinds docs/import.md names, and is checked as such: a date
// read as an ISO date must be the date LibreOffice shows, a number without its display
// format must be the number LibreOffice shows.
#include "csv/csvreader.h"
#include "spreadsheet/cellformat.h"
#include "spreadsheet/rowsource.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace kartoitus;

namespace {

QString dataDir()
{
    return QStringLiteral(KARTOITUS_TEST_DATA "/spreadsheets/sheetjs/");
}

using Grid = QMap<qint64, QStringList>; // row number -> cells, trailing empties removed

void trimRow(QStringList *cells)
{
    while (!cells->isEmpty() && cells->constLast().isEmpty())
        cells->removeLast();
}

Grid expectedGrid(const QString &path)
{
    QFile file(path);
    Grid grid;
    if (!file.open(QIODevice::ReadOnly))
        return grid;
    csv::Dialect dialect = csv::Dialect::standard();
    csv::Reader reader(&file, dialect);
    QStringList cells;
    qint64 row = 0;
    while (reader.readRow(&cells)) {
        ++row;
        trimRow(&cells);
        if (!cells.isEmpty())
            grid.insert(row, cells);
    }
    return grid;
}

std::optional<double> plainNumber(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[$€£,\\s]")));
    const bool percent = text.endsWith(u'%');
    if (percent)
        text.chop(1);
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return percent ? value / 100 : value;
}

// LibreOffice's display precision of `text`: half a unit of its last digit shown.
double displayTolerance(const QString &text)
{
    static const QRegularExpression mantissa(
        QStringLiteral("([0-9]+)(?:\\.([0-9]+))?(?:E([-+][0-9]+))?"));
    const QRegularExpressionMatch m = mantissa.match(text);
    const int decimals = int(m.captured(2).size());
    const int exponent = m.captured(3).toInt();
    double tolerance = 0.5 * std::pow(10.0, exponent - decimals);
    if (text.endsWith(u'%'))
        tolerance /= 100;
    return tolerance * 1.0001;
}

std::optional<QDate> shownDate(const QString &text)
{
    for (const char *format :
         {"M/d/yyyy", "M/d/yy", "MM/dd/yyyy", "d-MMM-yy", "yyyy-MM-dd", "M/d/yyyy H:mm:ss",
          "M/d/yyyy H:mm", "MM/dd/yyyy hh:mm:ss", "MM/dd/yyyy hh:mm", "M/d/yy H:mm"}) {
        QDate date = QDateTime::fromString(text, QLatin1String(format)).date();
        if (!date.isValid())
            date = QDate::fromString(text, QLatin1String(format));
        if (date.isValid()) {
            // Two-digit years: LibreOffice reads 00..29 as 20xx, the rest as 19xx.
            if (QString::fromLatin1(format).endsWith(QLatin1String("yy")) &&
                !QString::fromLatin1(format).endsWith(QLatin1String("yyyy")) && date.year() < 1930)
                date = date.addYears(100);
            return date;
        }
    }
    return std::nullopt;
}

// Why `ours` may differ from what LibreOffice shows (`shown`), or empty when it may not.
QString acceptedDifference(const QString &ours, const QString &shown)
{
    static const QRegularExpression isoDate(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\d)( \\d\\d:\\d\\d(:\\d\\d)?)?$"));
    static const QRegularExpression time(QStringLiteral("^-?\\d+:\\d\\d(:\\d\\d)?$"));
    static const QRegularExpression fraction(QStringLiteral("^(-?\\d+) (\\d+)/(\\d+)$"));
    if (const QRegularExpressionMatch m = isoDate.match(ours); m.hasMatch()) {
        const std::optional<QDate> date = shownDate(shown);
        if (!date)
            return QStringLiteral("a date read as an ISO date; LibreOffice shows part of it");
        return *date == QDate::fromString(m.captured(1), Qt::ISODate)
                   ? QStringLiteral("a date read as an ISO date")
                   : QString();
    }
    if (time.match(ours).hasMatch())
        return QStringLiteral("a time read as HH:mm[:ss]");
    if (shown.contains(QLatin1String("_x")) && spreadsheet::decodeOoxmlEscapes(shown) == ours)
        return QStringLiteral("an OOXML _xHHHH_ escape decoded, as Excel does");
    const std::optional<double> mine = plainNumber(ours);
    if (const QRegularExpressionMatch m = fraction.match(shown); m.hasMatch() && mine) {
        const double denominator = m.captured(3).toDouble();
        const double value = m.captured(1).toDouble() + m.captured(2).toDouble() / denominator;
        return std::abs(*mine - value) <= 0.5 / denominator
                   ? QStringLiteral("a number without its fraction display")
                   : QString();
    }
    const std::optional<double> theirs = plainNumber(shown);
    if (mine && theirs && std::abs(*mine - *theirs) <= displayTolerance(shown))
        return QStringLiteral("a number without grouping, currency or exponent display");
    return {};
}

// Rows whose formulas the file saved without a result, which LibreOffice computes again
// when it opens the file; a reader shows what the file holds.
QString recalculatedRow(const QString &file, qint64 row)
{
    if (file == QLatin1String("LONumbers.xlsx") && row == 38)
        return QStringLiteral("a formula saved with an empty result (LibreOffice recalculates)");
    return {};
}

} // namespace

class TestSheetReaders : public QObject
{
    Q_OBJECT

private slots:
    void everyFileHasItsExpectation()
    {
        const QStringList files = QDir(dataDir()).entryList({"*.xlsx", "*.ods"}, QDir::Files);
        QCOMPARE(files.size(), 29);
        for (const QString &file : files)
            QVERIFY2(QFile::exists(dataDir() + QStringLiteral("expected-libreoffice/") + file +
                                   QStringLiteral(".csv")),
                     qPrintable(file));
    }

    void everyFileReadsAsLibreOfficeShowsIt_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(dataDir()).entryList({"*.xlsx", "*.ods"}, QDir::Files);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyFileReadsAsLibreOfficeShowsIt()
    {
        QFETCH(QString, file);
        spreadsheet::OpenError error;
        std::unique_ptr<spreadsheet::RowSource> source =
            spreadsheet::openRowSource(dataDir() + file, {}, &error);
        QVERIFY2(source, qPrintable(error.message));
        Grid ours;
        QStringList cells;
        while (source->readRow(&cells)) {
            trimRow(&cells);
            if (!cells.isEmpty())
                ours.insert(source->line(), cells);
        }
        QVERIFY2(!source->hasError(), qPrintable(source->errorString()));
        const Grid shown = expectedGrid(dataDir() + QStringLiteral("expected-libreoffice/") + file +
                                        QStringLiteral(".csv"));
        QCOMPARE(ours.keys(), shown.keys());
        int same = 0;
        QMap<QString, int> accepted;
        for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
            const QStringList mine = ours.value(it.key());
            const QString recalculated = recalculatedRow(file, it.key());
            if (recalculated.isEmpty())
                QCOMPARE(mine.size(), it.value().size());
            for (int c = 0; c < it.value().size(); ++c) {
                if (mine.value(c) == it.value().at(c)) {
                    ++same;
                    continue;
                }
                const QString why = mine.value(c).isEmpty()
                                        ? recalculated
                                        : acceptedDifference(mine.at(c), it.value().at(c));
                QVERIFY2(!why.isEmpty(),
                         qPrintable(QStringLiteral("row %1, column %2: read “%3”, LibreOffice "
                                                   "shows “%4”")
                                        .arg(it.key())
                                        .arg(c + 1)
                                        .arg(mine.value(c), it.value().at(c))));
                ++accepted[why];
            }
        }
        QStringList summary;
        for (auto it = accepted.cbegin(); it != accepted.cend(); ++it)
            summary.append(QStringLiteral("%1 × %2").arg(it.value()).arg(it.key()));
        qInfo("%s: %d cells as shown%s", qPrintable(file), same,
              summary.isEmpty() ? "" : qPrintable(QStringLiteral("; ") + summary.join(u"; ")));
    }
};

QTEST_GUILESS_MAIN(TestSheetReaders)
#include "tst_sheetreaders.moc"
