#include "csv/csvdialect.h"

#include "common/keytable.h"

namespace kartoitus::csv {

namespace {

// The encodings' names, then the words users also type for them (for Excel files mostly).
constexpr KeyName<Encoding> encodings[] = {
    {Encoding::Auto, "auto"},           {Encoding::Utf8, "utf-8"},
    {Encoding::Utf8Bom, "utf-8-bom"},   {Encoding::Utf16LE, "utf-16le"},
    {Encoding::Utf16BE, "utf-16be"},    {Encoding::Windows1252, "windows-1252"},
    {Encoding::Utf8, "utf8"},           {Encoding::Utf8Bom, "utf8-bom"},
    {Encoding::Utf16LE, "utf-16"},      {Encoding::Utf16LE, "utf16"},
    {Encoding::Utf16LE, "utf16le"},     {Encoding::Utf16BE, "utf16be"},
    {Encoding::Windows1252, "cp1252"},  {Encoding::Windows1252, "latin1"},
    {Encoding::Windows1252, "latin-1"}, {Encoding::Windows1252, "iso-8859-1"}};

} // namespace

Dialect Dialect::excelFinnish()
{
    return {Encoding::Utf8Bom, u';'};
}

Dialect Dialect::standard()
{
    return {Encoding::Utf8, u','};
}

QString encodingName(Encoding encoding)
{
    return keyOf(encodings, encoding);
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
    return valueOf(encodings, word.trimmed().toLower());
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
