#include "common/recordtexts.h"

#include "repositories/activityquery.h"
#include "repositories/personquery.h"

namespace kartoitus {

QString RecordTexts::editText(const QString &name, const QStringList &words)
{
    if (words.size() > MaxNamedFields)
        return tr("Edit: %1, %n fields", nullptr, int(words.size())).arg(name);
    return tr("Edit: %1, %2").arg(name, words.join(QStringLiteral(", ")));
}

QString RecordTexts::editText(const QString &name, fields::Entity entity, const QStringList &keys)
{
    QStringList words;
    for (const QString &key : keys)
        words.append(fieldWord(entity, key));
    return editText(name, words);
}

// A catalogue field by its label; a column of the record's list that is no field of the
// catalogue (an activity's or a person's day of the last check) by the list's label.
QString RecordTexts::fieldWord(fields::Entity entity, const QString &key)
{
    if (fields::FieldCatalogue::find(entity, key))
        return sentenceWord(fields::FieldCatalogue::label(entity, key));
    const bool activities = entity == fields::Entity::Activities;
    if (activities || entity == fields::Entity::Persons) {
        for (const ListColumn &column :
             activities ? ActivityQuery::columns() : PersonQuery::columns()) {
            if (column.key == key)
                return sentenceWord(activities ? ActivityQuery::label(column)
                                               : PersonQuery::label(column));
        }
    }
    return sentenceWord(key);
}

QString RecordTexts::deleteText(const QString &name)
{
    return tr("Delete: %1").arg(name);
}

QString RecordTexts::verifyText(const QString &name)
{
    return tr("Mark as verified: %1").arg(name);
}

QString RecordTexts::sentenceWord(QString label)
{
    if (label.size() > 1 && label.at(1).isLower())
        label[0] = label.at(0).toLower();
    return label;
}

} // namespace kartoitus
