// Reading spreadsheet cells as Finnish users write them: numbers, yes/no words,
// several values in one cell, codes with leading zeros, dates.

#include "common/valueparsing.h"

#include <QTest>

using namespace kartoitus;

class TestValueParsing : public QObject
{
    Q_OBJECT

private slots:
    void number_data();
    void number();
    void integer_data();
    void integer();
    void yesNo_data();
    void yesNo();
    void splitMultiValue_data();
    void splitMultiValue();
    void joinMultiValue();
    void restoreLeadingZeros_data();
    void restoreLeadingZeros();
    void date_data();
    void date();
};

void TestValueParsing::number_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("expected");
    const auto row = [](const char *tag, const QString &input, bool ok, double expected) {
        QTest::newRow(tag) << input << ok << expected;
    };
    row("plain", "1240", true, 1240);
    row("space thousands", "1 240", true, 1240);
    row("no-break space", QStringLiteral("1\u00a0240"), true, 1240);
    row("narrow no-break space", QStringLiteral("1\u202f240"), true, 1240);
    row("thin space", QStringLiteral("1\u2009240"), true, 1240);
    row("dot thousands", "1.240", true, 1240);
    row("dot thousands, two groups", "1.240.000", true, 1240000);
    row("dot thousands, 12.500", "12.500", true, 12500);
    row("decimal comma", "12,5", true, 12.5);
    row("comma three decimals", "1,240", true, 1.24);
    row("space and comma", "1 240,5", true, 1240.5);
    row("dot thousands and comma", "1.240,5", true, 1240.5);
    row("English style", "1,240.5", true, 1240.5);
    row("decimal dot", "1240.5", true, 1240.5);
    row("dot two decimals", "1.24", true, 1.24);
    row("zero dot three", "0.240", true, 0.24);
    row("four digits before dot", "1240.500", true, 1240.5);
    row("space grouping then dot", "1 240.500", true, 1240.5);
    row("comma thousands", "1,240,000", true, 1240000);
    row("negative", "-12,5", true, -12.5);
    row("minus sign", QStringLiteral("\u22121 240"), true, -1240);
    row("plus", "+7", true, 7);
    row("leading comma", ",5", true, 0.5);
    row("trimmed", "  42 ", true, 42);
    row("millions", "2 400 000", true, 2400000);
    row("empty", "", false, 0);
    row("blank", "  ", false, 0);
    row("word", "noin sata", false, 0);
    row("unit", "12 kpl", false, 0);
    row("bad grouping", "12 40", false, 0);
    row("two numbers", "12 4000", false, 0);
    row("double space", "1  240", false, 0);
    row("long first group", "1240 000", false, 0);
    row("trailing comma", "12,", false, 0);
    row("two commas and dot", "1,2,3.4", false, 0);
    row("two decimal commas", "1.2,3,4", false, 0);
    row("sign only", "-", false, 0);
    row("space after sign", "- 5", false, 0);
    row("exponent", "1.2E+05", false, 0);
    row("Arabic-Indic digits", QStringLiteral("\u0661\u0662"), false, 0);
}

void TestValueParsing::number()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(double, expected);
    const Parsed<double> result = ValueParsing::parseNumber(input);
    QCOMPARE(result.ok, ok);
    if (ok) {
        QCOMPARE(result.value, expected);
    } else {
        QVERIFY(!result.error.isEmpty());
        if (!input.trimmed().isEmpty())
            QVERIFY2(result.error.contains(input.trimmed()), qPrintable(result.error));
    }
}

void TestValueParsing::integer_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("message");
    QTest::newRow("space") << "1 240" << true << qint64(1240) << "";
    QTest::newRow("no-break space") << QStringLiteral("1\u00a0240") << true << qint64(1240) << "";
    QTest::newRow("dot") << "1.240" << true << qint64(1240) << "";
    QTest::newRow("zero decimals") << "12,00" << true << qint64(12) << "";
    QTest::newRow("negative") << "-35" << true << qint64(-35) << "";
    QTest::newRow("zero") << "0" << true << qint64(0) << "";
    QTest::newRow("largest") << "9223372036854775807" << true << std::numeric_limits<qint64>::max()
                             << "";
    QTest::newRow("decimal") << "12,5" << false << qint64(0) << "\"12,5\" is not a whole number.";
    QTest::newRow("decimal dot") << "1.24" << false << qint64(0) << "not a whole number";
    QTest::newRow("overflow") << "9223372036854775808" << false << qint64(0) << "too large";
    QTest::newRow("text") << "paljon" << false << qint64(0) << "\"paljon\" is not a number.";
    QTest::newRow("empty") << "" << false << qint64(0) << "missing";
}

void TestValueParsing::integer()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    QFETCH(QString, message);
    const Parsed<qint64> result = ValueParsing::parseInteger(input);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.value, expected);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
}

void TestValueParsing::yesNo_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("expected");
    const QStringList yes = {"yes",   "Yes",   "YES", "y",  "kyllä", "Kyllä",
                             "KYLLÄ", "kylla", "K",   "ja", "JA",    "true",
                             "TRUE",  "1",     "x",   "X",  " x ",   QStringLiteral("\u2713")};
    const QStringList no = {"no",  "No",  "n",     "ei",    "Ei", "EI", "e", "E",
                            "nej", "Nej", "false", "False", "0",  "",   "  "};
    for (const QString &word : yes)
        QTest::addRow("yes: '%s'", qPrintable(word)) << word << true << true;
    for (const QString &word : no)
        QTest::addRow("no: '%s'", qPrintable(word)) << word << true << false;
    for (const QString &word :
         {QStringLiteral("maybe"), QStringLiteral("ehkä"), QStringLiteral("kyllä ja ei"),
          QStringLiteral("2"), QStringLiteral("-"), QStringLiteral("on")}) {
        QTest::addRow("unknown: '%s'", qPrintable(word)) << word << false << false;
    }
}

void TestValueParsing::yesNo()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(bool, expected);
    const Parsed<bool> result = ValueParsing::parseYesNo(input);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.value, expected);
    if (!ok)
        QVERIFY2(result.error.contains(u'"' + input + u'"'), qPrintable(result.error));
}

void TestValueParsing::splitMultiValue_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("comma") << "Lapset, Nuoret" << QStringList{"Lapset", "Nuoret"};
    QTest::newRow("semicolon") << "Lapset;Nuoret" << QStringList{"Lapset", "Nuoret"};
    QTest::newRow("pipe") << "Lapset | Nuoret" << QStringList{"Lapset", "Nuoret"};
    QTest::newRow("mixed") << "Laukaa; Jyväskylä, Muurame|Uurainen"
                           << QStringList{"Laukaa", "Jyväskylä", "Muurame", "Uurainen"};
    QTest::newRow("empties dropped")
        << " ,Lapset,, ;  |Nuoret, " << QStringList{"Lapset", "Nuoret"};
    QTest::newRow("duplicates dropped, order kept")
        << "Nuoret, Lapset, Nuoret, lapset, NUORET" << QStringList{"Nuoret", "Lapset"};
    QTest::newRow("Finnish letters fold")
        << QStringLiteral("Äänekoski, ÄÄNEKOSKI, Jämsä") << QStringList{"Äänekoski", "Jämsä"};
    QTest::newRow("inner spaces collapsed")
        << QStringLiteral("Mielen\u00a0 hyvinvointi ,  Liikunta")
        << QStringList{"Mielen hyvinvointi", "Liikunta"};
    QTest::newRow("single") << "Kulttuuri" << QStringList{"Kulttuuri"};
    QTest::newRow("empty") << "" << QStringList{};
    QTest::newRow("separators only") << ",;|" << QStringList{};
}

void TestValueParsing::splitMultiValue()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    const QStringList values = ValueParsing::splitMultiValue(input);
    QCOMPARE(values, expected);
    QCOMPARE(ValueParsing::splitMultiValue(ValueParsing::joinMultiValue(values)), values);
}

void TestValueParsing::joinMultiValue()
{
    QCOMPARE(ValueParsing::joinMultiValue({"Lapset", "Nuoret", "Ikäihmiset"}),
             QStringLiteral("Lapset, Nuoret, Ikäihmiset"));
    QCOMPARE(ValueParsing::joinMultiValue({"Kaikki"}), QStringLiteral("Kaikki"));
    QCOMPARE(ValueParsing::joinMultiValue({}), QString());
}

void TestValueParsing::restoreLeadingZeros_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Hankasalmi") << "77" << 3 << true << "077";
    QTest::newRow("already padded") << "077" << 3 << true << "077";
    QTest::newRow("Jyväskylä") << "179" << 3 << true << "179";
    QTest::newRow("one digit") << "5" << 3 << true << "005";
    QTest::newRow("trimmed") << " 77 " << 3 << true << "077";
    QTest::newRow("postal code") << "100" << 5 << true << "00100";
    QTest::newRow("too long") << "1790" << 3 << false << "";
    QTest::newRow("decimal") << "77.0" << 3 << false << "";
    QTest::newRow("negative") << "-77" << 3 << false << "";
    QTest::newRow("letters") << "7a" << 3 << false << "";
    QTest::newRow("inner space") << "0 77" << 3 << false << "";
    QTest::newRow("empty") << "" << 3 << false << "";
}

void TestValueParsing::restoreLeadingZeros()
{
    QFETCH(QString, input);
    QFETCH(int, width);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    const Parsed<QString> result = ValueParsing::restoreLeadingZeros(input, width);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.value, expected);
    if (!ok)
        QVERIFY2(result.error.contains(QString::number(width)), qPrintable(result.error));
}

void TestValueParsing::date_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // ISO, or empty when invalid
    QTest::newRow("ISO") << "2024-05-31"
                         << "2024-05-31";
    QTest::newRow("Finnish short") << "31.5.2024"
                                   << "2024-05-31";
    QTest::newRow("Finnish padded") << "31.05.2024"
                                    << "2024-05-31";
    QTest::newRow("Finnish single digits") << "1.2.2023"
                                           << "2023-02-01";
    QTest::newRow("trimmed") << " 31.5.2024 "
                             << "2024-05-31";
    QTest::newRow("Finnish with time") << "31.5.2024 14.03"
                                       << "2024-05-31";
    QTest::newRow("survey timestamp") << "31.5.2024 14:03:59"
                                      << "2024-05-31";
    QTest::newRow("ISO date-time") << "2024-05-31T14:03:00Z"
                                   << "2024-05-31";
    QTest::newRow("leap day") << "29.2.2024"
                              << "2024-02-29";
    QTest::newRow("not a leap year") << "29.2.2023"
                                     << "";
    QTest::newRow("month 13") << "2024-13-01"
                              << "";
    QTest::newRow("day 32") << "32.1.2024"
                            << "";
    QTest::newRow("two-digit year") << "31.5.24"
                                    << "";
    QTest::newRow("slashes") << "05/31/2024"
                             << "";
    QTest::newRow("words after") << "31.5.2024 noin"
                                 << "";
    QTest::newRow("text") << "toukokuu"
                          << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestValueParsing::date()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Parsed<QString> iso = ValueParsing::parseIsoDate(input);
    QCOMPARE(iso.ok, !expected.isEmpty());
    QCOMPARE(iso.value, expected);
    const Parsed<QDate> date = ValueParsing::parseDate(input);
    QCOMPARE(date.ok, iso.ok);
    if (date.ok)
        QCOMPARE(date.value, QDate::fromString(expected, Qt::ISODate));
    else
        QVERIFY2(date.error.contains(u'"' + input.trimmed() + u'"'), qPrintable(date.error));
}

QTEST_GUILESS_MAIN(TestValueParsing)
#include "tst_valueparsing.moc"
