#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace kartoitus {

// One value of an enumeration and a key that names it in files, settings, JSON and on the
// command line. A table of them says the names once, both ways: keyOf() and valueOf(). A
// value may stand more than once (words users also type): its first key is its name.
template<typename Enum> struct KeyName
{
    Enum value;
    const char *key; // Latin-1
};

// The first key of `value` in `table`, or an empty string.
template<typename Enum, std::size_t N> QString keyOf(const KeyName<Enum> (&table)[N], Enum value)
{
    for (const KeyName<Enum> &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

// The value that `key` names exactly (as it is: trim or fold it first), or nullopt.
template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const KeyName<Enum> (&table)[N], QStringView key)
{
    for (const KeyName<Enum> &entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace kartoitus
