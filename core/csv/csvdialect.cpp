#include "csv/csvdialect.h"

namespace kartoitus::csv {

Dialect Dialect::excelFinnish()
{
    Dialect d;
    d.encoding = Encoding::Utf8Bom;
    d.delimiter = u';';
    d.lineEnding = "\r\n";
    return d;
}

Dialect Dialect::standard()
{
    Dialect d;
    d.encoding = Encoding::Utf8;
    d.delimiter = u',';
    d.lineEnding = "\r\n";
    return d;
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case Encoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case Encoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

QString delimiterName(QChar delimiter)
{
    if (delimiter.isNull())
        return QStringLiteral("auto");
    if (delimiter == u'\t')
        return QStringLiteral("tab");
    return QString(delimiter);
}

std::optional<Encoding> parseEncoding(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == u"auto")
        return Encoding::Auto;
    if (w == u"utf-8" || w == u"utf8")
        return Encoding::Utf8;
    if (w == u"utf-8-bom" || w == u"utf8-bom")
        return Encoding::Utf8Bom;
    if (w == u"utf-16" || w == u"utf16" || w == u"utf-16le" || w == u"utf16le")
        return Encoding::Utf16LE;
    if (w == u"utf-16be" || w == u"utf16be")
        return Encoding::Utf16BE;
    if (w == u"windows-1252" || w == u"cp1252" || w == u"latin1" || w == u"latin-1" ||
        w == u"iso-8859-1")
        return Encoding::Windows1252;
    return std::nullopt;
}

std::optional<QChar> parseDelimiter(const QString &word)
{
    const QString w = word.toLower();
    if (w == u"auto")
        return QChar();
    if (w == u"tab" || w == u"\\t" || w == u"\t")
        return QChar(u'\t');
    if (w == u"comma")
        return QChar(u',');
    if (w == u"semicolon")
        return QChar(u';');
    if (w == u"pipe")
        return QChar(u'|');
    if (w.size() == 1 && (w == u"," || w == u";" || w == u"|"))
        return w.at(0);
    return std::nullopt;
}

} // namespace kartoitus::csv
