// Field validation: business ID, register number, postal code, email, phone, website,
// founded year and counts; good and bad values and the messages users see.

#include "csv/csvreader.h"
#include "validation/validators.h"

#include <QDate>
#include <QFile>
#include <QTest>

using namespace kartoitus;

namespace {

// Rows of the municipality list: Statistics Finland code, name, business ID, VAT number.
struct Municipality
{
    QString code;
    QString name;
    QString businessId;
    QString vatNumber;
};

QList<Municipality> municipalities()
{
    QFile file(QStringLiteral(KARTOITUS_TEST_DATA "/finland/osta/municipality_codes.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    csv::Dialect dialect;
    dialect.encoding = csv::Encoding::Utf8;
    dialect.delimiter = u',';
    csv::Reader reader(&file, dialect);
    QStringList fields;
    if (!reader.readRow(&fields))
        return {};
    const qsizetype code = fields.indexOf(QStringLiteral("number"));
    const qsizetype name = fields.indexOf(QStringLiteral("name"));
    const qsizetype bid = fields.indexOf(QStringLiteral("bid"));
    const qsizetype vat = fields.indexOf(QStringLiteral("vat_number"));
    QList<Municipality> rows;
    while (reader.readRow(&fields)) {
        if (fields.size() > qMax(qMax(code, name), qMax(bid, vat)))
            rows.append({fields.at(code), fields.at(name), fields.at(bid), fields.at(vat)});
    }
    return rows;
}

void addRows(const QList<std::tuple<const char *, QString, bool, QString>> &rows)
{
    for (const auto &[tag, input, ok, expected] : rows)
        QTest::newRow(tag) << input << ok << expected;
}

void addColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected"); // the normalised value, or a part of the message
}

void check(const Validation &result, bool ok, const QString &expected)
{
    QCOMPARE(result.ok, ok);
    if (ok) {
        QCOMPARE(result.value, expected);
        QVERIFY(result.error.isEmpty());
    } else {
        QVERIFY(result.value.isEmpty());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    }
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void municipalityBusinessIds();
    void checkDigit_data();
    void checkDigit();
    void businessId_data();
    void businessId();
    void registerNumber_data();
    void registerNumber();
    void formatRegisterNumber_data();
    void formatRegisterNumber();
    void postalCode_data();
    void postalCode();
    void email_data();
    void email();
    void phone_data();
    void phone();
    void website_data();
    void website();
    void foundedYear_data();
    void foundedYear();
    void foundedYearDefaultsToThisYear();
    void count_data();
    void count();
    void number_data();
    void number();
};

void TestValidation::municipalityBusinessIds()
{
    const QList<Municipality> rows = municipalities();
    QCOMPARE(rows.size(), 309);
    for (const Municipality &m : rows) {
        const Validation id = Validators::businessId(m.businessId);
        QVERIFY2(id.ok, qPrintable(m.name + QLatin1String(": ") + id.error));
        QCOMPARE(id.value, m.businessId);
        const Validation vat = Validators::businessId(m.vatNumber);
        QVERIFY2(vat.ok, qPrintable(m.name + QLatin1String(": ") + vat.error));
        QCOMPARE(vat.value, m.businessId);
    }
    // The file was read as UTF-8 and the codes kept their leading zeros.
    const auto hankasalmi = std::find_if(rows.cbegin(), rows.cend(), [](const Municipality &m) {
        return m.code == QLatin1String("077");
    });
    QVERIFY(hankasalmi != rows.cend());
    QCOMPARE(hankasalmi->name, QStringLiteral("Hankasalmi"));
    const auto jyvaskyla = std::find_if(rows.cbegin(), rows.cend(), [](const Municipality &m) {
        return m.code == QLatin1String("179");
    });
    QVERIFY(jyvaskyla != rows.cend());
    QCOMPARE(jyvaskyla->name, QStringLiteral("Jyväskylä"));
}

void TestValidation::checkDigit_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("expected");
    QTest::newRow("2077474") << "2077474" << 0;
    QTest::newRow("0166094") << "0166094" << 0;
    QTest::newRow("0221704") << "0221704" << 3;
    QTest::newRow("remainder 1: no ID") << "0000006" << -1;
    QTest::newRow("remainder 2") << "0000001" << 9;
    QTest::newRow("six digits") << "166094" << -1;
    QTest::newRow("letters") << "20774a4" << -1;
}

void TestValidation::checkDigit()
{
    QFETCH(QString, digits);
    QFETCH(int, expected);
    QCOMPARE(Validators::businessIdCheckDigit(digits), expected);
}

void TestValidation::businessId_data()
{
    addColumns();
    addRows({
        {"valid 2077474-0", "2077474-0", true, "2077474-0"},
        {"valid 0166094-0", "0166094-0", true, "0166094-0"},
        {"valid 0221704-3", "0221704-3", true, "0221704-3"},
        {"surrounding spaces", "  0221704-3 \t", true, "0221704-3"},
        {"spaces round the hyphen", "2077474 - 0", true, "2077474-0"},
        {"en dash", QStringLiteral("2077474\u20130"), true, "2077474-0"},
        {"old six-digit ID", "166094-0", true, "0166094-0"},
        {"VAT form", "FI20774740", true, "2077474-0"},
        {"VAT form lower case", "fi 2077474 0", true, "2077474-0"},
        {"blank is allowed", "   ", true, ""},
        {"wrong check digit", "2077474-1", false, "the check digit should be 0."},
        {"wrong check digit 3", "0221704-4", false, "the check digit should be 3."},
        {"no hyphen", "20774740", false, "seven digits, a hyphen and a check digit"},
        {"too short", "77474-0", false, "seven digits"},
        {"letters", "2O77474-0", false, "seven digits"},
        {"two hyphens", "2077-474-0", false, "seven digits"},
        {"remainder one", "0000006-0", false, "no business ID has the digits 0000006"},
    });
}

void TestValidation::businessId()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    check(Validators::businessId(input), ok, expected);
}

void TestValidation::registerNumber_data()
{
    addColumns();
    addRows({
        {"dotted", "192.130", true, "192130"},
        {"plain", "192130", true, "192130"},
        {"space", "192 130", true, "192130"},
        {"no-break space", QStringLiteral("192\u00a0130"), true, "192130"},
        {"short", "1.234", true, "1234"},
        {"three digits", "123", true, "123"},
        {"padded", " 192.130 ", true, "192130"},
        {"leading zero", "012345", true, "12345"},
        {"blank", "", true, ""},
        {"seven digits", "1921301", false, "Register number \"1921301\": write up to six digits"},
        {"misplaced dot", "19.2130", false, "up to six digits"},
        {"comma", "192,130", false, "up to six digits"},
        {"letters", "ry 192.130", false, "up to six digits"},
        {"zero", "0", false, "up to six digits"},
    });
}

void TestValidation::registerNumber()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    check(Validators::registerNumber(input), ok, expected);
}

void TestValidation::formatRegisterNumber_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("expected");
    QTest::newRow("six") << "192130"
                         << "192.130";
    QTest::newRow("four") << "1234"
                          << "1.234";
    QTest::newRow("three") << "123"
                           << "123";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("not digits") << "abc1234"
                                << "abc1234";
}

void TestValidation::formatRegisterNumber()
{
    QFETCH(QString, digits);
    QFETCH(QString, expected);
    QCOMPARE(Validators::formatRegisterNumber(digits), expected);
    if (!digits.isEmpty() && digits.front().isDigit())
        QCOMPARE(Validators::registerNumber(expected).value, digits);
}

void TestValidation::postalCode_data()
{
    addColumns();
    addRows({
        {"Jyväskylä", "40100", true, "40100"},
        {"Helsinki", "00100", true, "00100"},
        {"padded", " 40100 ", true, "40100"},
        {"one zero dropped", "0100", true, "00100"},
        {"two zeros dropped", "100", true, "00100"},
        {"Excel 2", "2", true, "00002"},
        {"blank", "", true, ""},
        {"six digits", "401000", false, "Postal code \"401000\": write five digits."},
        {"space inside", "40 100", false, "write five digits"},
        {"letters", "FI-40100", false, "write five digits"},
        {"decimal", "40100.0", false, "write five digits"},
    });
}

void TestValidation::postalCode()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    check(Validators::postalCode(input), ok, expected);
}

void TestValidation::email_data()
{
    addColumns();
    addRows({
        {"plain", "info@yhdistys.fi", true, "info@yhdistys.fi"},
        {"trimmed", "  info@yhdistys.fi ", true, "info@yhdistys.fi"},
        {"domain lowercased", "Matti.Meikalainen@Yhdistys.FI", true,
         "Matti.Meikalainen@yhdistys.fi"},
        {"plus and subdomain", "a+b@mail.jkl.example.org", true, "a+b@mail.jkl.example.org"},
        {"Finnish letters", QStringLiteral("Sihteeri@Järjestö.fi"), true,
         QStringLiteral("Sihteeri@järjestö.fi")},
        {"mailto", "mailto:info@yhdistys.fi", true, "info@yhdistys.fi"},
        {"blank", " ", true, ""},
        {"no at", "info.yhdistys.fi", false, "Email \"info.yhdistys.fi\": write an address"},
        {"two at", "a@b@yhdistys.fi", false, "write an address"},
        {"no tld", "info@localhost", false, "write an address"},
        {"numeric tld", "info@yhdistys.123", false, "write an address"},
        {"space", "info @yhdistys.fi", false, "has no spaces"},
        {"two addresses", "a@x.fi, b@x.fi", false, "has no spaces"},
        {"double dot", "a..b@yhdistys.fi", false, "write an address"},
        {"empty domain label", "a@yhdistys..fi", false, "write an address"},
        {"empty local", "@yhdistys.fi", false, "write an address"},
    });
}

void TestValidation::email()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    check(Validators::email(input), ok, expected);
}

void TestValidation::phone_data()
{
    addColumns();
    addRows({
        {"mobile grouped", "040 123 4567", true, "040 123 4567"},
        {"landline grouped", "014 123 456", true, "014 123 456"},
        {"user's grouping kept", "040-1234 567", true, "040-1234 567"},
        {"spaces collapsed", QStringLiteral(" 040\u00a0 123  4567 "), true, "040 123 4567"},
        {"mobile digits only", "0400123456", true, "040 012 3456"},
        {"landline digits only", "014123456", true, "014 123 456"},
        {"Helsinki digits only", "091234567", true, "09 123 4567"},
        {"service number", "0800123456", true, "0800 123 456"},
        {"international", "+358 40 123 4567", true, "+358 40 123 4567"},
        {"international digits only", "+358401234567", true, "+358 40 123 4567"},
        {"00 prefix", "00358 40 123 4567", true, "+358 40 123 4567"},
        {"00 prefix spaced", "00 358 40 123 4567", true, "+358 40 123 4567"},
        {"trunk zero in parentheses", "+358 (0)40 123 4567", true, "+358 40 123 4567"},
        {"area code in parentheses", "(014) 123 456", true, "(014) 123 456"},
        {"Swedish", "+46 8 123 456 78", true, "+46 8 123 456 78"},
        {"zero dropped by Excel", "401234567", true, "040 123 4567"},
        {"blank", "", true, ""},
        {"letters", "040 123 ABC", false, "Phone \"040 123 ABC\": a phone number has no letters."},
        {"extension word", "014 123 456 ext 2", false, "no letters"},
        {"too short", "040 12", false, "too few or too many digits"},
        {"too long", "040 123 4567 8901", false, "too few or too many digits"},
        {"plus 358 then zero", "+358 040 123 4567", false, "without its leading 0"},
        {"no prefix", "123 456", false, "start with 0"},
        {"other characters", "040*123*4567", false, "only digits"},
        {"plus in the middle", "040+1234567", false, "only digits"},
    });
}

void TestValidation::phone()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    check(Validators::phone(input), ok, expected);
}

void TestValidation::website_data()
{
    addColumns();
    addRows({
        {"www", "www.example.org", true, "https://www.example.org"},
        {"bare domain", "yhdistys.fi", true, "https://yhdistys.fi"},
        {"https kept", "https://www.example.org/jasenet", true, "https://www.example.org/jasenet"},
        {"http kept", "http://example.org", true, "http://example.org"},
        {"host lowercased", "WWW.Example.ORG/Sivu", true, "https://www.example.org/Sivu"},
        {"scheme case", "HTTPS://example.org", true, "https://example.org"},
        {"query", "example.org/?id=5", true, "https://example.org/?id=5"},
        {"trimmed", " www.example.org ", true, "https://www.example.org"},
        {"blank", "", true, ""},
        {"no dot", "localhost", false, "Website \"localhost\": write an address"},
        {"space", "www.example .org", false, "write an address"},
        {"ftp", "ftp://example.org", false, "write an address"},
        {"javascript", "javascript:alert(1)", false, "write an address"},
        {"email", "info@example.org", false, "write an address"},
        {"words", "ei ole", false, "write an address"},
    });
}

void TestValidation::website()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    check(Validators::website(input), ok, expected);
}

void TestValidation::foundedYear_data()
{
    addColumns();
    addRows({
        {"1985", "1985", true, "1985"},
        {"first allowed", "1800", true, "1800"},
        {"this year", "2024", true, "2024"},
        {"trimmed", " 1999 ", true, "1999"},
        {"blank", "", true, ""},
        {"before 1800", "1799", false, "Founded \"1799\": write a year from 1800 to 2024."},
        {"future", "2025", false, "from 1800 to 2024"},
        {"two digits", "85", false, "from 1800 to 2024"},
        {"date", "1.1.1985", false, "from 1800"},
        {"words", "noin 1950", false, "from 1800"},
    });
}

void TestValidation::foundedYear()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    check(Validators::foundedYear(input, 2024), ok, expected);
}

void TestValidation::foundedYearDefaultsToThisYear()
{
    const QString thisYear = QString::number(QDate::currentDate().year());
    const QString nextYear = QString::number(QDate::currentDate().year() + 1);
    QVERIFY(Validators::foundedYear(thisYear).ok);
    QVERIFY(!Validators::foundedYear(nextYear).ok);
}

void TestValidation::count_data()
{
    addColumns();
    addRows({
        {"plain", "120", true, "120"},
        {"space thousands", "1 240", true, "1240"},
        {"no-break space", QStringLiteral("1\u00a0240"), true, "1240"},
        {"dot thousands", "1.240", true, "1240"},
        {"zero", "0", true, "0"},
        {"whole with zero decimals", "12,0", true, "12"},
        {"blank", "", true, ""},
        {"negative", "-3", false, "Members \"-3\": a count cannot be negative."},
        {"decimal", "12,5", false, "Members \"12,5\": write a whole number"},
        {"words", "noin sata", false, "write a whole number"},
        {"too large", "358401234567", false, "too large for a count"},
    });
}

void TestValidation::count()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    check(Validators::count(input, QStringLiteral("Members")), ok, expected);
}

// Any whole number from 0 (a fee, an area): read like a count, without speaking of people,
// and up to what a record holds.
void TestValidation::number_data()
{
    addColumns();
    addRows({
        {"plain", "120", true, "120"},
        {"space thousands", "1 240", true, "1240"},
        {"dot thousands", "1.240", true, "1240"},
        {"zero", "0", true, "0"},
        {"past a count's limit", "25 000 000", true, "25000000"},
        {"blank", "", true, ""},
        {"negative", "-3", false, "Member fee \"-3\": the number cannot be negative."},
        {"decimal", "12,5", false, "Member fee \"12,5\": write a whole number"},
        {"too large", "358401234567", false,
         "Member fee \"358401234567\": the number is too large."},
    });
}

void TestValidation::number()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    const Validation result = Validators::number(input, QStringLiteral("Member fee"));
    check(result, ok, expected);
    if (!ok)
        QVERIFY2(!result.error.contains(QLatin1String("count")), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
