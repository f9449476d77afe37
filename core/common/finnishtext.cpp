#include "common/finnishtext.h"

namespace kartoitus::FinnishText {

namespace {

// Characters after 'z' (0x7A) in ASCII keep å, ä, ö (and their Danish/Norwegian
// cousins æ, ø) after z and in Finnish order, while staying single-byte.
QChar finnishLetterKey(QChar c)
{
    switch (c.unicode()) {
    case u'å':
        return QLatin1Char('{');
    case u'ä':
    case u'æ':
        return QLatin1Char('|');
    case u'ö':
    case u'ø':
        return QLatin1Char('}');
    default:
        return QChar();
    }
}

} // namespace

QString sortKey(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded) {
        const QChar finnish = finnishLetterKey(c);
        if (!finnish.isNull()) {
            key.append(finnish);
            continue;
        }
        if (c.unicode() < 0x80) {
            key.append(c);
            continue;
        }
        // é → e, ü → y is not right for Finnish (ü sorts as y), but close enough
        // for names; strip the combining marks of a canonical decomposition.
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        if (c.unicode() == u'ü') {
            key.append(QLatin1Char('y'));
            continue;
        }
        key.append(decomposed.at(0));
    }
    return key;
}

QString normalisedName(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QString matchingName(const QString &text)
{
    QString name = normalisedName(text);
    static const QLatin1String suffixes[] = {
        QLatin1String(" r.y."), QLatin1String(" r.y"), QLatin1String(" ry."), QLatin1String(" ry"),
        QLatin1String(" r.f."), QLatin1String(" r.f"), QLatin1String(" rf."), QLatin1String(" rf")};
    for (const QLatin1String suffix : suffixes) {
        if (name.endsWith(suffix) && name.size() > suffix.size()) {
            name.chop(suffix.size());
            while (name.endsWith(u',') || name.endsWith(u' '))
                name.chop(1);
            break;
        }
    }
    return name;
}

} // namespace kartoitus::FinnishText
