#pragma once

#include "fields/fieldcatalogue.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <type_traits>

namespace kartoitus {

// What the records' helpers (OrganisationRecord, ActivityRecord, PersonRecord) share: the
// texts of the undo steps that name one record ("Edit: Laukaan Latu ry, email",
// "Delete: X", "Mark as verified: X"), a field's label as it reads inside a sentence, and
// which of a record's fields an edit changed. No widgets, no SQL.
class RecordTexts
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::RecordTexts)

public:
    // A step text names at most this many fields; more are counted.
    static constexpr int MaxNamedFields = 3;

    // "Edit: X, email", "Edit: X, email, phone", "Edit: X, 4 fields"; `words` are the
    // changed fields' sentence words.
    static QString editText(const QString &name, const QStringList &words);
    // The same for the changed `keys` of a record of `entity`, each named by fieldWord().
    static QString editText(const QString &name, fields::Entity entity, const QStringList &keys);
    // A field's catalogue label as it reads inside a sentence ("schedule"); for a key the
    // catalogue leaves out (an activity's or a person's day of the last check) the label of
    // the record list's column ("verified").
    static QString fieldWord(fields::Entity entity, const QString &key);
    // One record's step: "Delete: X", "Mark as verified: X".
    static QString deleteText(const QString &name);
    static QString verifyText(const QString &name);
    // "Email" reads "email" inside a sentence; "Y-tunnus", "HYTE" and "ID" keep their
    // capitals.
    static QString sentenceWord(QString label);

    // A list's values as comparable text: sorted, joined by commas.
    template<typename T> static QString sortedJoined(QList<T> values)
    {
        std::sort(values.begin(), values.end());
        QStringList texts;
        for (const T &value : values) {
            if constexpr (std::is_same_v<T, QString>)
                texts.append(value);
            else
                texts.append(QString::number(value));
        }
        return texts.join(QLatin1Char(','));
    }

    // The keys among `keys` whose value differs between `before` and `after`, by `value`
    // (the record's value of a key as comparable text).
    template<typename Record, typename Value>
    static QStringList changedKeys(const QStringList &keys, const Record &before,
                                   const Record &after, Value value)
    {
        QStringList changed;
        for (const QString &key : keys) {
            if (value(before, key) != value(after, key))
                changed.append(key);
        }
        return changed;
    }
};

// The texts of the undo steps over one kind of record that name the kind: a new one's, and
// those over `count` of them.
struct RecordStepTexts
{
    QString created;  // "New activity: %1"
    QString deleted;  // "Delete %n activities"
    QString verified; // "Mark %n activities as verified"
};

// A record's helper (ActivityRecord, PersonRecord, OrganisationRecord) built on what `Kind`
// says of its `Record`: the keys() of its fields in catalogue order, the value() of a key as
// comparable text, and its stepTexts(count) in its own translation context.
template<typename Kind, typename Record> class RecordTextsOf
{
public:
    // The keys whose values differ, in catalogue order.
    static QStringList changedKeys(const Record &before, const Record &after)
    {
        return RecordTexts::changedKeys(Kind::keys(), before, after, &Kind::value);
    }
    // The undo steps' texts: "New activity: X"; "Delete: X" or "Delete 3 activities"; "Mark
    // as verified: X" or "Mark 3 activities as verified" ("Edit: X, schedule" is
    // RecordTexts::editText()).
    static QString createText(const QString &name) { return Kind::stepTexts(1).created.arg(name); }
    static QString deleteText(int count, const QString &name)
    {
        return count == 1 ? RecordTexts::deleteText(name) : Kind::stepTexts(count).deleted;
    }
    static QString verifyText(int count, const QString &name)
    {
        return count == 1 ? RecordTexts::verifyText(name) : Kind::stepTexts(count).verified;
    }
};

} // namespace kartoitus
