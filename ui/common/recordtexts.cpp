#include "common/recordtexts.h"

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

QString RecordTexts::fieldWord(fields::Entity entity, const QString &key)
{
    if (key == QLatin1String("verified_at") && !fields::FieldCatalogue::find(entity, key))
        return sentenceWord(tr("Verified"));
    return sentenceWord(fields::FieldCatalogue::label(entity, key));
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
