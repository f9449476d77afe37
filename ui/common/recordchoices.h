#pragma once

#include "reference/referencedata.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

class QComboBox;

namespace kartoitus {

// The choices the record editors and lists offer from the register itself.

// Every organisation of `db` by name in `box`, after `none` (id 0). The box is editable
// and completes any part of a name, so that one of hundreds is found by typing.
void fillOrganisationChoice(QComboBox *box, const QSqlDatabase &db, const QString &none);

// The municipalities of `db`, the home region's first (the ones the register is about),
// each part in Finnish alphabetical order. Empty when they cannot be read.
QList<Municipality> municipalitiesHomeFirst(const QSqlDatabase &db);

} // namespace kartoitus
