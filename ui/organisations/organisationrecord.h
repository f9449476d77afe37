#pragma once

#include "common/recordtexts.h"
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
class OrganisationRecord : public RecordTextsOf<OrganisationRecord, Organisation>
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::OrganisationRecord)

public:
    // Whether a field of `kind` is kept as text: a plain one, or one with a format (a
    // business ID, an email, …).
    static bool isTextKind(fields::FieldKind kind);
    // The member a text field is kept in, or null when `key` is not one.
    static QString *textMember(Organisation *organisation, const QString &key);
    // The member a number field (founded year, counts) is kept in, or null.
    static std::optional<int> *numberMember(Organisation *organisation, const QString &key);

    // Every field of the catalogue.
    static QStringList keys();
    // The stored value of a catalogue field as comparable text: codes and ids, not names;
    // lists sorted. Empty for a key the record does not hold.
    static QString value(const Organisation &organisation, const QString &key);
    static RecordStepTexts stepTexts(int count);
};

} // namespace kartoitus
