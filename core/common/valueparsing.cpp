#include "common/valueparsing.h"

#include <QRegularExpression>
#include <QSet>

namespace kartoitus {

namespace {

constexpr qsizetype NoSeparator = -1;
constexpr qsizetype Ambiguous = -2;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allAsciiDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isAsciiDigit);
}

// A number split into its sign, the digits before the decimal separator and after it.
struct NumberParts
{
    bool negative = false;
    QString integer;
    QString fraction;
};

// `1.240`, `12.500`: a lone dot with three digits after it and a short integer part before
// it that does not start with zero is a thousands separator in a Finnish file.
bool dotIsThousands(QStringView body, qsizetype dot)
{
    const QStringView before = body.left(dot);
    const QStringView after = body.mid(dot + 1);
    return after.size() == 3 && allAsciiDigits(after) && !before.isEmpty() && before.size() <= 3 &&
           allAsciiDigits(before) && before.front() != u'0';
}

// The index of the decimal separator in `body`, NoSeparator, or Ambiguous when the text
// cannot be a number. `grouping` receives the punctuation used between thousands.
qsizetype decimalSeparator(QStringView body, QChar *grouping)
{
    const qsizetype dots = body.count(u'.');
    const qsizetype commas = body.count(u',');
    const qsizetype lastDot = body.lastIndexOf(u'.');
    const qsizetype lastComma = body.lastIndexOf(u',');
    if (dots > 0 && commas > 0) {
        const bool commaIsDecimal = lastComma > lastDot;
        *grouping = commaIsDecimal ? u'.' : u',';
        if (commaIsDecimal)
            return commas == 1 ? lastComma : Ambiguous;
        return dots == 1 ? lastDot : Ambiguous;
    }
    if (commas == 1)
        return lastComma;
    if (commas > 1 || dots > 1 || (dots == 1 && dotIsThousands(body, lastDot))) {
        *grouping = commas > 1 ? u',' : u'.';
        return NoSeparator;
    }
    return dots == 1 ? lastDot : NoSeparator;
}

// Collects the digits of an integer part whose groups after the first have three digits.
bool integerDigits(QStringView part, QChar grouping, QString *digits)
{
    qsizetype groupLength = 0;
    bool firstGroup = true;
    for (const QChar c : part) {
        if (isAsciiDigit(c)) {
            digits->append(c);
            ++groupLength;
            continue;
        }
        const bool separator =
            ValueParsing::isGroupSpace(c) || (!grouping.isNull() && c == grouping);
        if (!separator || groupLength == 0 || (firstGroup ? groupLength > 3 : groupLength != 3))
            return false;
        firstGroup = false;
        groupLength = 0;
    }
    return firstGroup || groupLength == 3;
}

bool splitNumber(QStringView text, NumberParts *parts)
{
    QStringView body = text.trimmed();
    if (!body.isEmpty() && (body.front() == u'-' || body.front() == QChar(0x2212))) {
        parts->negative = true;
        body = body.mid(1);
    } else if (!body.isEmpty() && body.front() == u'+') {
        body = body.mid(1);
    }
    if (body.isEmpty() ||
        !(isAsciiDigit(body.front()) || body.front() == u',' || body.front() == u'.')) {
        return false;
    }
    QChar grouping;
    const qsizetype decimal = decimalSeparator(body, &grouping);
    if (decimal == Ambiguous)
        return false;
    const QStringView integer = decimal == NoSeparator ? body : body.left(decimal);
    if (decimal != NoSeparator) {
        const QStringView fraction = body.mid(decimal + 1);
        if (fraction.isEmpty() || !allAsciiDigits(fraction))
            return false;
        parts->fraction = fraction.toString();
    }
    if (!integerDigits(integer, grouping, &parts->integer))
        return false;
    return !parts->integer.isEmpty() || !parts->fraction.isEmpty();
}

bool matchesAny(const QString &folded, std::initializer_list<const char16_t *> words)
{
    return std::any_of(words.begin(), words.end(),
                       [&folded](const char16_t *word) { return folded == QStringView(word); });
}

bool isMultiValueSeparator(QChar c)
{
    return c == u',' || c == u';' || c == u'|';
}

// A time of day after a date: `14:03`, `14.03`, `14:03:59`, `14:03:59.123`, with an
// optional UTC offset.
bool isTimeOfDay(QStringView text)
{
    static const QRegularExpression time(
        QStringLiteral("^\\d{1,2}[:.]\\d{2}([:.]\\d{2}([.,]\\d+)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?$"));
    return time.match(text).hasMatch();
}

} // namespace

bool ValueParsing::isGroupSpace(QChar c)
{
    switch (c.unicode()) {
    case 0x0020: // space
    case 0x00A0: // no-break space, what Excel in a Finnish locale writes
    case 0x2009: // thin space
    case 0x202F: // narrow no-break space, what newer locale data writes
        return true;
    default:
        return false;
    }
}

Parsed<double> ValueParsing::parseNumber(QStringView text)
{
    if (text.trimmed().isEmpty())
        return Parsed<double>::failure(tr("A number is missing."));
    NumberParts parts;
    if (!splitNumber(text, &parts))
        return Parsed<double>::failure(tr("\"%1\" is not a number.").arg(text.trimmed()));
    QString plain = parts.negative ? QStringLiteral("-") : QString();
    plain += parts.integer.isEmpty() ? QStringLiteral("0") : parts.integer;
    if (!parts.fraction.isEmpty())
        plain += u'.' + parts.fraction;
    bool ok = false;
    const double value = plain.toDouble(&ok); // QString::toDouble() is locale-independent
    if (!ok)
        return Parsed<double>::failure(tr("\"%1\" is too large.").arg(text.trimmed()));
    return Parsed<double>::success(value);
}

Parsed<qint64> ValueParsing::parseInteger(QStringView text)
{
    if (text.trimmed().isEmpty())
        return Parsed<qint64>::failure(tr("A number is missing."));
    NumberParts parts;
    if (!splitNumber(text, &parts))
        return Parsed<qint64>::failure(tr("\"%1\" is not a number.").arg(text.trimmed()));
    const bool whole = std::all_of(parts.fraction.cbegin(), parts.fraction.cend(),
                                   [](QChar c) { return c == u'0'; });
    if (!whole)
        return Parsed<qint64>::failure(tr("\"%1\" is not a whole number.").arg(text.trimmed()));
    if (parts.integer.isEmpty())
        return Parsed<qint64>::success(0);
    bool ok = false;
    const qint64 value = (parts.negative ? u'-' + parts.integer : parts.integer).toLongLong(&ok);
    if (!ok)
        return Parsed<qint64>::failure(tr("\"%1\" is too large.").arg(text.trimmed()));
    return Parsed<qint64>::success(value);
}

Parsed<bool> ValueParsing::parseYesNo(QStringView text)
{
    const QString folded = text.trimmed().toString().toCaseFolded();
    if (matchesAny(folded, {u"", u"no", u"n", u"ei", u"e", u"nej", u"false", u"0"}))
        return Parsed<bool>::success(false);
    if (matchesAny(folded, {u"yes", u"y", u"kyllä", u"kylla", u"k", u"ja", u"true", u"1", u"x",
                            u"\u2713", u"\u2714"})) {
        return Parsed<bool>::success(true);
    }
    return Parsed<bool>::failure(
        tr("\"%1\" is not a yes/no answer (yes/no, kyllä/ei, ja/nej, true/false, 1/0, x/empty).")
            .arg(text.trimmed()));
}

QStringList ValueParsing::splitMultiValue(QStringView text)
{
    QStringList values;
    QSet<QString> seen;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isMultiValueSeparator(text.at(i)))
            continue;
        const QString value = text.mid(start, i - start).toString().simplified();
        start = i + 1;
        if (value.isEmpty())
            continue;
        const QString key = value.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        values.append(value);
    }
    return values;
}

QString ValueParsing::joinMultiValue(const QStringList &values)
{
    return values.join(QStringLiteral(", "));
}

Parsed<QString> ValueParsing::restoreLeadingZeros(QStringView text, int width)
{
    const QStringView digits = text.trimmed();
    if (digits.isEmpty() || digits.size() > width || !allAsciiDigits(digits)) {
        return Parsed<QString>::failure(
            tr("\"%1\" is not a code of %n digit(s).", nullptr, width).arg(digits));
    }
    return Parsed<QString>::success(QString(width - digits.size(), u'0').append(digits));
}

Parsed<QDate> ValueParsing::parseDate(QStringView text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression finnish(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    const QStringView trimmed = text.trimmed();
    const auto invalid = [trimmed] {
        return Parsed<QDate>::failure(
            tr("\"%1\" is not a date (write 2024-05-31 or 31.5.2024).").arg(trimmed));
    };
    qsizetype end = trimmed.indexOf(u' ');
    if (end < 0)
        end = trimmed.indexOf(u'T');
    if (end >= 0 && !isTimeOfDay(trimmed.mid(end + 1).trimmed()))
        return invalid();
    const QStringView datePart = end >= 0 ? trimmed.left(end) : trimmed;
    QDate date;
    if (const auto m = iso.match(datePart); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto m = finnish.match(datePart); m.hasMatch())
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else
        return invalid();
    if (!date.isValid())
        return Parsed<QDate>::failure(tr("\"%1\" is not a day of the calendar.").arg(trimmed));
    return Parsed<QDate>::success(date);
}

Parsed<QString> ValueParsing::parseIsoDate(QStringView text)
{
    const Parsed<QDate> date = parseDate(text);
    if (!date)
        return Parsed<QString>::failure(date.error);
    return Parsed<QString>::success(date.value.toString(Qt::ISODate));
}

} // namespace kartoitus
