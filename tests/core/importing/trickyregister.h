#pragma once

#include <QSqlDatabase>
#include <QString>

namespace roundtrip {

// Fills an empty register with six organisations, four activities and five persons whose
// values use every field the export writes and everything that trips CSV up: delimiters,
// quotes, line breaks, cells a spreadsheet would run as formulas, Finnish letters,
// leading zeros, lists and blanks. Written through the repositories, so the values are
// stored the way the program stores them.
bool fillTrickyRegister(const QSqlDatabase &db, QString *error);

} // namespace roundtrip
