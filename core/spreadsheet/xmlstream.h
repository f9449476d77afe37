#pragma once

#include <QString>
#include <QXmlStreamReader>

namespace kartoitus::spreadsheet::xml {

// Helpers over QXmlStreamReader that compare local names only, so that the namespaces of
// transitional and strict OOXML (and ODF's prefixes) read alike.

inline bool isStart(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.isStartElement() && xml.name() == name;
}

inline bool isEnd(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.isEndElement() && xml.name() == name;
}

// An attribute by local name, whatever its namespace.
inline QString attribute(const QXmlStreamReader &xml, QLatin1String name)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == name)
            return a.value().toString();
    }
    return {};
}

// A relationship id (r:id): an attribute "id" in a namespace, as opposed to a plain "id".
inline QString relationshipId(const QXmlStreamReader &xml)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return {};
}

} // namespace kartoitus::spreadsheet::xml
