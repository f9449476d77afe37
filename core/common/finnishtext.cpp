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

} // namespace kartoitus::FinnishText
