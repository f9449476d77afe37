#include "spreadsheet/cellformat.h"

#include <QDateTime>

#include <cmath>

namespace kartoitus::spreadsheet {

namespace {

// The first section of a format code (the one for positive numbers), without literal
// text, escapes, fill and padding characters, and with the brackets that are not elapsed
// time ([Red], [$-40B], [>100]) removed. `elapsed` is set for [h], [mm], [ss].
QString formatTokens(QStringView code, bool *elapsed)
{
    QString out;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u';')
            break;
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, end < 0 ? -1 : end - i - 1);
            const QString lower = inside.toString().toLower();
            if (!lower.isEmpty() &&
                (lower.count(u'h') == lower.size() || lower.count(u'm') == lower.size() ||
                 lower.count(u's') == lower.size())) {
                *elapsed = true;
                out += lower;
            }
            i = end < 0 ? code.size() : end;
        } else {
            out += c.toLower();
        }
    }
    return out;
}

int countAfterPoint(const QString &tokens, int *zeros)
{
    const qsizetype point = tokens.indexOf(u'.');
    int digits = 0;
    *zeros = 0;
    if (point < 0)
        return 0;
    for (qsizetype i = point + 1; i < tokens.size(); ++i) {
        const QChar c = tokens.at(i);
        if (c == u'0')
            ++*zeros;
        else if (c != u'#' && c != u'?')
            break;
        ++digits;
    }
    return digits;
}

QString fixed(double value, int decimals, int minDecimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (decimals > minDecimals && text.contains(u'.')) {
        qsizetype end = text.size();
        while (end > 0 && text.at(end - 1) == u'0' && decimals > minDecimals) {
            --end;
            --decimals;
        }
        text.truncate(end);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    if (text.startsWith(u'-') && text.count(u'0') + text.count(u'.') == text.size() - 1)
        text.remove(0, 1); // -0.00 is shown as 0.00
    return text;
}

QString dateText(double value, const NumberFormat &format, bool date1904)
{
    // Beyond 9999-12-31 (or before year 1) a spreadsheet shows #### or the number.
    if (!std::isfinite(value) || value < -693593 || value > 2958466)
        return generalNumber(value);
    const QDate epoch = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    qint64 days = qint64(std::floor(value));
    // Rounded to the second (or minute) the format shows, carrying into the next day.
    const qint64 unit = format.seconds || format.kind == NumberFormat::Date ? 1 : 60;
    qint64 secs = qint64(std::llround((value - double(days)) * 86400.0 / double(unit))) * unit;
    if (format.kind == NumberFormat::Elapsed) {
        const qint64 signedTotal = days * 86400 + secs;
        const qint64 total = qAbs(signedTotal);
        QString text = QStringLiteral("%1%2:%3")
                           .arg(signedTotal < 0 ? QStringLiteral("-") : QString())
                           .arg(total / 3600)
                           .arg((total / 60) % 60, 2, 10, QLatin1Char('0'));
        if (format.seconds)
            text += QStringLiteral(":%1").arg(total % 60, 2, 10, QLatin1Char('0'));
        return text;
    }
    if (secs >= 86400) {
        ++days;
        secs -= 86400;
    }
    const QDate date = epoch.addDays(days);
    const QTime time = QTime(0, 0).addSecs(int(secs));
    const QString timeText = time.toString(format.seconds ? u"HH:mm:ss" : u"HH:mm");
    switch (format.kind) {
    case NumberFormat::Date:
        return date.toString(Qt::ISODate);
    case NumberFormat::Time:
        return timeText;
    default:
        return date.toString(Qt::ISODate) + u' ' + timeText;
    }
}

} // namespace

NumberFormat classifyFormat(QStringView code)
{
    NumberFormat format;
    if (code.isEmpty() || code.compare(u"General", Qt::CaseInsensitive) == 0)
        return format;
    bool elapsed = false;
    QString tokens = formatTokens(code, &elapsed);
    if (tokens.contains(u"general"))
        return format;
    const bool twelveHour =
        tokens.contains(QLatin1String("am/pm")) || tokens.contains(QLatin1String("a/p"));
    tokens.remove(QStringLiteral("am/pm"));
    tokens.remove(QStringLiteral("a/p"));
    const bool hasDate = tokens.contains(u'y') || tokens.contains(u'd');
    const bool hasHour = tokens.contains(u'h') || twelveHour;
    const bool hasSecond = tokens.contains(u's');
    const bool hasMonthOrMinute = tokens.contains(u'm');
    if (elapsed) {
        format.kind = NumberFormat::Elapsed;
        format.seconds = hasSecond;
        return format;
    }
    if (hasDate || hasHour || hasSecond || hasMonthOrMinute) {
        const bool hasTime =
            hasHour || hasSecond || (hasMonthOrMinute && !hasDate && tokens.contains(u':'));
        format.kind = hasDate || (hasMonthOrMinute && !hasTime)
                          ? (hasTime ? NumberFormat::DateTime : NumberFormat::Date)
                          : NumberFormat::Time;
        format.seconds = hasSecond;
        return format;
    }
    if (tokens.contains(u'e') || tokens.contains(u'/') || tokens.contains(u'@'))
        return format; // scientific, fractions and text: the number as written
    format.decimals = countAfterPoint(tokens, &format.minDecimals);
    format.kind = tokens.contains(u'%') ? NumberFormat::Percent : NumberFormat::Fixed;
    if (format.kind == NumberFormat::Fixed && !tokens.contains(u'0') && !tokens.contains(u'#'))
        format.kind = NumberFormat::General;
    return format;
}

NumberFormat builtinFormat(int id)
{
    switch (id) {
    case 1:
    case 3:
    case 37:
    case 38:
        return classifyFormat(u"0");
    case 2:
    case 4:
    case 39:
    case 40:
        return classifyFormat(u"0.00");
    case 9:
        return classifyFormat(u"0%");
    case 10:
        return classifyFormat(u"0.00%");
    case 14:
    case 15:
    case 16:
    case 17:
        return classifyFormat(u"yyyy-mm-dd");
    case 18:
    case 20:
        return classifyFormat(u"hh:mm");
    case 19:
    case 21:
        return classifyFormat(u"hh:mm:ss");
    case 22:
        return classifyFormat(u"yyyy-mm-dd hh:mm");
    case 45:
        return classifyFormat(u"mm:ss");
    case 46:
        return classifyFormat(u"[h]:mm:ss");
    case 47:
        return classifyFormat(u"mm:ss.0");
    default:
        // 27-36 and 50-58 are the East Asian locales' dates.
        if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58))
            return classifyFormat(u"yyyy-mm-dd");
        return {};
    }
}

QString generalNumber(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == 0)
        return QStringLiteral("0");
    QString text = QString::number(value, 'g', 15);
    const qsizetype e = text.indexOf(u'e');
    if (e >= 0)
        text[e] = u'E';
    return text;
}

QString formatNumber(double value, const NumberFormat &format, bool date1904)
{
    switch (format.kind) {
    case NumberFormat::General:
        return generalNumber(value);
    case NumberFormat::Fixed:
        return fixed(value, format.decimals, format.minDecimals);
    case NumberFormat::Percent:
        return fixed(value * 100, format.decimals, format.minDecimals) + u'%';
    default:
        return dateText(value, format, date1904);
    }
}

QString decodeOoxmlEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' &&
            text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = text.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

} // namespace kartoitus::spreadsheet
