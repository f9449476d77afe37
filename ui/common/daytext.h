#pragma once

#include <QString>

namespace kartoitus {

// A stored day (2025-01-31, or the day of a timestamp) as the window shows days, in the
// user's locale short (31.1.2025); empty or other text stays as it is.
QString shownDay(const QString &iso);
// What the user typed as a day: ISO (2025-01-31) or the Finnish way (31.1.2025, 31.1.25),
// as ISO; other text is kept, trimmed, so that the repository names it.
QString typedDay(const QString &text);

} // namespace kartoitus
