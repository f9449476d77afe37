#pragma once

#include <QLatin1String>

#include <utility>

namespace kartoitus {

// A new part of a form (a widget, a model) made with `args` and named `name`: its objectName,
// by which tests find the part as a user finds it, without a getter for each.
template<typename T, typename... Args> T *namedPart(const char *name, Args &&...args)
{
    auto *part = new T(std::forward<Args>(args)...);
    part->setObjectName(QLatin1String(name));
    return part;
}

} // namespace kartoitus
