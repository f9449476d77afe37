#pragma once

#include "fields/fieldcatalogue.h"

#include <QList>
#include <QString>

#include <functional>

class QFormLayout;
class QObject;
class QWidget;

namespace kartoitus {

// What the record editors (organisation, activity, person) do alike to the fields of their
// forms: a line, a text area, a drop-down, a check box, a list of check boxes or a
// VerifiedField.

// The catalogue's label of field `key` of `entity` as a form shows it: "Schedule:".
QString fieldLabel(fields::Entity entity, const char *key);

// One row of a form: catalogue field `key` edited by `field`.
struct FieldRow
{
    const char *key;
    QWidget *field;
};

// Adds `rows` to `form`, each labelled as fieldLabel() says (a check box carries the
// catalogue's label itself) and named by its key ("schedule"), which is how tests find it.
void addFieldRows(QFormLayout *form, fields::Entity entity, const QList<FieldRow> &rows);

// Calls `edited` (in `context`) whenever the user changes one of `fields`.
void onEdited(const QList<QWidget *> &fields, QObject *context,
              const std::function<void()> &edited);

// Makes `field` read-only, or editable again: a line or a text area keeps its text to
// select and copy, a list keeps its entries to scroll through without their check boxes,
// a drop-down and a check box are disabled, a VerifiedField hides its button.
void setFieldReadOnly(QWidget *field, bool readOnly);

} // namespace kartoitus
