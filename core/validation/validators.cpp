#include "validation/validators.h"

#include "common/valueparsing.h"

#include <QDate>
#include <QRegularExpression>
#include <QUrl>

#include <limits>

namespace kartoitus {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allAsciiDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isAsciiDigit);
}

QString asciiDigits(QStringView text)
{
    QString digits;
    for (const QChar c : text) {
        if (isAsciiDigit(c))
            digits.append(c);
    }
    return digits;
}

bool isDash(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2212: // minus sign
        return true;
    default:
        return false;
    }
}

// Business ID text without spaces and with any dash as a hyphen; the VAT form
// `FI01660940` becomes `0166094-0`.
QString canonicalBusinessIdText(QStringView text)
{
    QString compact;
    for (const QChar c : text) {
        if (!c.isSpace())
            compact.append(isDash(c) ? QChar(u'-') : c);
    }
    if (compact.size() == 10 && compact.startsWith(QLatin1String("FI"), Qt::CaseInsensitive) &&
        allAsciiDigits(QStringView(compact).mid(2))) {
        return compact.mid(2, 7) + u'-' + compact.at(9);
    }
    return compact;
}

// The length of a Finnish national number's prefix (its leading 0 and area code or
// network code): 0800 and other service prefixes, 040/050 and 01x, or 09 and other
// one-digit area codes.
qsizetype nationalPrefixLength(QStringView number)
{
    static const QStringList fourDigit = {QStringLiteral("0100"), QStringLiteral("0200"),
                                          QStringLiteral("0600"), QStringLiteral("0700"),
                                          QStringLiteral("0800")};
    static const QStringList threeDigit = {QStringLiteral("020"), QStringLiteral("029"),
                                           QStringLiteral("030"), QStringLiteral("050"),
                                           QStringLiteral("075")};
    if (std::any_of(fourDigit.cbegin(), fourDigit.cend(),
                    [number](const QString &p) { return number.startsWith(p); })) {
        return 4;
    }
    if (number.size() > 1 && (number.at(1) == u'1' || number.at(1) == u'4'))
        return 3;
    if (std::any_of(threeDigit.cbegin(), threeDigit.cend(),
                    [number](const QString &p) { return number.startsWith(p); })) {
        return 3;
    }
    return 2;
}

// Subscriber digits in groups of three from the left, the last group two to four digits:
// `1234567` → `123 4567`, `123456` → `123 456`.
QString groupSubscriber(QStringView digits)
{
    QString grouped;
    while (digits.size() > 4) {
        grouped.append(digits.left(3)).append(u' ');
        digits = digits.mid(3);
    }
    return grouped.append(digits);
}

// A national number written with digits only, grouped: `0401234567` → `040 123 4567`.
QString groupNational(QStringView digits)
{
    const qsizetype prefix = nationalPrefixLength(digits);
    return digits.left(prefix).toString() + u' ' + groupSubscriber(digits.mid(prefix));
}

bool isPhoneSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'/' || c == u'.' || c == u'(' || c == u')';
}

// A domain of dot-separated labels (letters, digits, hyphens; no hyphen at either end)
// whose last label is at least two letters or an IDN `xn--` label.
bool isDomain(const QString &domain)
{
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        if (!std::all_of(label.cbegin(), label.cend(),
                         [](QChar c) { return c.isLetterOrNumber() || c == u'-'; })) {
            return false;
        }
    }
    const QString &tld = labels.constLast();
    return tld.size() >= 2 &&
           (std::all_of(tld.cbegin(), tld.cend(), [](QChar c) { return c.isLetter(); }) ||
            tld.startsWith(QLatin1String("xn--")));
}

bool isEmailLocalPart(QStringView local)
{
    static const QString specials = QStringLiteral("!#$%&'*+/=?^_`{|}~.-");
    if (local.isEmpty() || local.size() > 64 || local.startsWith(u'.') || local.endsWith(u'.') ||
        local.contains(QLatin1String(".."))) {
        return false;
    }
    return std::all_of(local.begin(), local.end(),
                       [](QChar c) { return c.isLetterOrNumber() || specials.contains(c); });
}

} // namespace

int Validators::businessIdCheckDigit(QStringView sevenDigits)
{
    static constexpr int weights[] = {7, 9, 10, 5, 8, 4, 2};
    if (sevenDigits.size() != 7 || !allAsciiDigits(sevenDigits))
        return -1;
    int sum = 0;
    for (int i = 0; i < 7; ++i)
        sum += weights[i] * (sevenDigits.at(i).unicode() - u'0');
    const int remainder = sum % 11;
    if (remainder == 1)
        return -1;
    return remainder == 0 ? 0 : 11 - remainder;
}

Validation Validators::businessId(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Validation::valid({});
    QString id = canonicalBusinessIdText(trimmed);
    static const QRegularExpression shape(QStringLiteral("^\\d{6,7}-\\d$"));
    if (!shape.match(id).hasMatch()) {
        return Validation::invalid(
            tr("Business ID \"%1\": write it as seven digits, a hyphen and a check digit "
               "(1234567-8).")
                .arg(trimmed));
    }
    if (id.size() == 8) // six digits, a hyphen and the check digit
        id.prepend(u'0');
    const int expected = businessIdCheckDigit(QStringView(id).left(7));
    if (expected < 0) {
        return Validation::invalid(
            tr("Business ID \"%1\": no business ID has the digits %2; check them.")
                .arg(trimmed, id.left(7)));
    }
    if (id.at(8).unicode() - u'0' != expected) {
        return Validation::invalid(
            tr("Business ID \"%1\": the check digit should be %2.").arg(trimmed).arg(expected));
    }
    return Validation::valid(id);
}

Validation Validators::registerNumber(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Validation::valid({});
    // Thousands grouped with a dot or a space, as in `192.130` and `192 130`.
    static const QRegularExpression shape(QStringLiteral("^\\d{1,3}([.\\x{20}\\x{a0}\\x{2009}"
                                                         "\\x{202f}]?\\d{3})?$"));
    QString digits = asciiDigits(trimmed);
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    if (!shape.match(trimmed).hasMatch() || digits.isEmpty()) {
        return Validation::invalid(
            tr("Register number \"%1\": write up to six digits, such as 192.130.").arg(trimmed));
    }
    return Validation::valid(digits);
}

QString Validators::formatRegisterNumber(const QString &digits)
{
    if (digits.size() <= 3 || !allAsciiDigits(digits))
        return digits;
    return digits.left(digits.size() - 3) + u'.' + digits.right(3);
}

Validation Validators::postalCode(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Validation::valid({});
    const Parsed<QString> code = ValueParsing::restoreLeadingZeros(trimmed, 5);
    if (!code)
        return Validation::invalid(tr("Postal code \"%1\": write five digits.").arg(trimmed));
    return Validation::valid(code.value);
}

Validation Validators::email(QStringView text)
{
    QStringView address = text.trimmed();
    if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        address = address.mid(7).trimmed();
    if (address.isEmpty())
        return Validation::valid({});
    const auto invalid = [&] {
        return Validation::invalid(
            tr("Email \"%1\": write an address such as name@example.fi.").arg(text.trimmed()));
    };
    if (std::any_of(address.begin(), address.end(), [](QChar c) { return c.isSpace(); })) {
        return Validation::invalid(
            tr("Email \"%1\": an address has no spaces; is it two addresses?").arg(text.trimmed()));
    }
    const qsizetype at = address.indexOf(u'@');
    if (at < 0 || address.count(u'@') != 1)
        return invalid();
    const QStringView local = address.left(at);
    const QString domain = address.mid(at + 1).toString().toLower();
    if (!isEmailLocalPart(local) || !isDomain(domain))
        return invalid();
    return Validation::valid(local.toString() + u'@' + domain);
}

namespace {

// A phone number taken apart: how it is shown (the user's grouping kept), its digits after
// the prefix, and whether it is international.
struct PhoneParts
{
    QString display;
    QString digits; // national: with the leading 0; international: after the +
    bool international = false;
};

// Splits a phone number whose characters are already checked; false when it starts with
// neither 0, + nor 00 and is no Finnish mobile number that lost its leading zero.
bool splitPhone(QStringView text, PhoneParts *parts)
{
    parts->display = text.toString().simplified();
    parts->digits = asciiDigits(text);
    if (parts->display.startsWith(u'+')) {
        parts->international = true;
    } else if (parts->digits.startsWith(QLatin1String("00"))) {
        parts->international = true;
        parts->digits.remove(0, 2);
        const qsizetype secondZero = parts->display.indexOf(u'0', parts->display.indexOf(u'0') + 1);
        parts->display = u'+' + parts->display.mid(secondZero + 1).trimmed();
    } else if (!parts->digits.startsWith(u'0')) {
        const QString &d = parts->display;
        const bool lostZero = allAsciiDigits(d) && (d.size() == 9 || d.size() == 10) &&
                              (d.startsWith(u'4') || d.startsWith(QLatin1String("50")));
        if (!lostZero)
            return false;
        parts->display.prepend(u'0');
        parts->digits.prepend(u'0');
    }
    return true;
}

// `+358 (0)40 123 4567` → `+358 40 123 4567`: the trunk zero is left out after +358.
void dropFinnishTrunkZero(PhoneParts *parts)
{
    const qsizetype zero = parts->display.indexOf(QLatin1String("(0)"));
    if (zero < 0 || !parts->digits.startsWith(QLatin1String("3580")))
        return;
    parts->display = (parts->display.left(zero) + parts->display.mid(zero + 3)).simplified();
    if (parts->display.size() > 4 && isAsciiDigit(parts->display.at(4)))
        parts->display.insert(4, u' ');
    parts->digits.remove(3, 1);
}

} // namespace

Validation Validators::phone(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Validation::valid({});
    const auto invalid = [trimmed](const QString &message) {
        return Validation::invalid(message.arg(trimmed));
    };
    if (std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isLetter(); }))
        return invalid(tr("Phone \"%1\": a phone number has no letters."));
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (!isAsciiDigit(c) && !isPhoneSeparator(c) && !(c == u'+' && i == 0))
            return invalid(tr("Phone \"%1\": only digits, spaces and - may be used."));
    }
    PhoneParts parts;
    if (!splitPhone(trimmed, &parts)) {
        return invalid(tr("Phone \"%1\": start with 0 and the area code, or with + and the "
                          "country code (+358)."));
    }
    const bool finnish = !parts.international || parts.digits.startsWith(QLatin1String("358"));
    if (parts.international && finnish)
        dropFinnishTrunkZero(&parts);
    const QString significant = parts.digits.mid(parts.international ? 3 : 1);
    if (parts.international && finnish && significant.startsWith(u'0')) {
        return invalid(tr("Phone \"%1\": after +358 the number is written without its leading 0."));
    }
    const qsizetype count = finnish ? significant.size() : parts.digits.size();
    if (finnish ? (count < 6 || count > 12) : (count < 7 || count > 15))
        return invalid(tr("Phone \"%1\": the number has too few or too many digits."));
    const bool ungrouped = parts.display == parts.digits || parts.display == u'+' + parts.digits;
    if (ungrouped && !parts.international)
        parts.display = groupNational(parts.digits);
    else if (ungrouped && finnish)
        parts.display = QLatin1String("+358 ") + groupNational(u'0' + significant).mid(1);
    return Validation::valid(parts.display);
}

Validation Validators::website(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Validation::valid({});
    const auto invalid = [trimmed] {
        return Validation::invalid(
            tr("Website \"%1\": write an address such as www.example.fi.").arg(trimmed));
    };
    if (std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isSpace(); }))
        return invalid();
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    QString candidate = trimmed.toString();
    if (candidate.startsWith(QLatin1String("//")))
        candidate.prepend(QLatin1String("https:"));
    else if (!scheme.match(candidate).hasMatch())
        candidate.prepend(QLatin1String("https://"));
    const QUrl url(candidate, QUrl::StrictMode);
    const QString urlScheme = url.scheme().toLower();
    if (!url.isValid() || (urlScheme != u"http" && urlScheme != u"https") ||
        !url.userInfo().isEmpty() || !isDomain(url.host())) {
        return invalid();
    }
    return Validation::valid(url.toString());
}

Validation Validators::foundedYear(QStringView text, int currentYear)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Validation::valid({});
    if (currentYear <= 0)
        currentYear = QDate::currentDate().year();
    const int year = trimmed.size() == 4 && allAsciiDigits(trimmed) ? trimmed.toInt() : -1;
    if (year < 1800 || year > currentYear) {
        return Validation::invalid(
            tr("Founded \"%1\": write a year from 1800 to %2.").arg(trimmed).arg(currentYear));
    }
    return Validation::valid(QString::number(year));
}

namespace {

// A whole number from 0 up to `largest`, read as ValueParsing::parseInteger() reads it;
// `negative` and `tooLarge` are the messages of the kind (with %1 the field, %2 the text).
Validation wholeNumber(QStringView text, const QString &field, qint64 largest,
                       const QString &negative, const QString &tooLarge)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Validation::valid({});
    const Parsed<qint64> number = ValueParsing::parseInteger(trimmed);
    if (!number) {
        return Validation::invalid(
            Validators::tr("%1 \"%2\": write a whole number, such as 1 240.").arg(field, trimmed));
    }
    if (number.value < 0)
        return Validation::invalid(negative.arg(field, trimmed));
    if (number.value > largest)
        return Validation::invalid(tooLarge.arg(field, trimmed));
    return Validation::valid(QString::number(number.value));
}

} // namespace

Validation Validators::count(QStringView text, const QString &field)
{
    static constexpr qint64 largest = 10'000'000; // more than everyone in Finland
    return wholeNumber(text, field, largest, tr("%1 \"%2\": a count cannot be negative."),
                       tr("%1 \"%2\": the number is too large for a count."));
}

// Any other whole number: a fee or an area is not bounded by the people of Finland, only
// by what a record's member holds.
Validation Validators::number(QStringView text, const QString &field)
{
    return wholeNumber(text, field, std::numeric_limits<int>::max(),
                       tr("%1 \"%2\": the number cannot be negative."),
                       tr("%1 \"%2\": the number is too large."));
}

} // namespace kartoitus
