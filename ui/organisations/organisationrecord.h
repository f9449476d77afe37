#pragma once

#include "repositories/organisation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace kartoitus {

// An organisation seen through the field catalogue's keys: which of its members a key
// names, what a field's value is (for telling what an edit changed), and the texts of the
// undo steps that edit organisations. No widgets, no SQL: the editor and the list's
// actions share it.
class OrganisationRecord
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::OrganisationRecord)

public:
    // The member a plain text field is kept in, or null when `key` is not one.
    static QString *textMember(Organisation *organisation, const QString &key);
    // The member a number field (founded year, counts) is kept in, or null.
    static std::optional<int> *numberMember(Organisation *organisation, const QString &key);

    // The stored value of a catalogue field as comparable text: codes and ids, not names;
    // lists sorted. Empty for a key the record does not hold.
    static QString value(const Organisation &organisation, const QString &key);
    // The catalogue keys whose values differ, in catalogue order.
    static QStringList changedKeys(const Organisation &before, const Organisation &after);

    // The undo steps' texts ("Edit: X, email" is RecordTexts::editText()).
    static QString createText(const QString &name);
    // The one record's name (`count` 1), or how many.
    static QString deleteText(int count, const QString &name);
    static QString verifyText(int count, const QString &name);
};

} // namespace kartoitus
