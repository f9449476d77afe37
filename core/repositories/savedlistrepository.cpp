#include "repositories/savedlistrepository.h"

#include "common/finnishtext.h"
#include "repositories/repositoryutil.h"
#include "storage/register.h"

#include <QJsonDocument>

#include <algorithm>

namespace kartoitus {

using namespace repository;

namespace {

SavedList fromQuery(const QSqlQuery &q)
{
    SavedList list;
    list.id = q.value(0).toLongLong();
    list.uuid = q.value(1).toString();
    list.kind = q.value(2).toString();
    list.name = q.value(3).toString();
    list.definition = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    list.createdAt = q.value(5).toString();
    list.updatedAt = q.value(6).toString();
    return list;
}

QString definitionText(const QJsonObject &definition)
{
    return QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact));
}

} // namespace

SavedListRepository::SavedListRepository(const QSqlDatabase &db)
    : m_db(db)
{}

QList<SavedList> SavedListRepository::list(const QString &kind, QString *error) const
{
    QList<SavedList> lists = listRecords<SavedList>(
        m_db,
        QStringLiteral("SELECT id, uuid, kind, name, definition, created_at, updated_at FROM"
                       " saved_lists WHERE kind = ?"),
        {kind}, &fromQuery, [](SavedList *, QString *) { return true; }, error);
    std::sort(lists.begin(), lists.end(), [](const SavedList &a, const SavedList &b) {
        return FinnishText::sortKey(a.name) < FinnishText::sortKey(b.name);
    });
    return lists;
}

std::optional<SavedList> SavedListRepository::find(const QString &kind, const QString &name,
                                                   QString *error) const
{
    const QString wanted = name.simplified().toCaseFolded();
    QString message;
    for (const SavedList &list : this->list(kind, &message)) {
        if (list.name.simplified().toCaseFolded() == wanted)
            return list;
    }
    if (error)
        *error = message.isEmpty() ? tr("No saved list is called \"%1\".").arg(name) : message;
    return std::nullopt;
}

bool SavedListRepository::save(SavedList *list, QString *error)
{
    if (!requireName(&list->name, tr("Name: a saved list needs a name."), error))
        return false;
    if (list->kind.isEmpty())
        return fail(error, tr("The saved list has no kind."));
    QSqlQuery query(m_db);
    const QString now = currentTimestamp();
    if (const auto existing = find(list->kind, list->name)) {
        if (!run(query,
                 QStringLiteral("UPDATE saved_lists SET name = ?, definition = ?, updated_at = ?"
                                " WHERE id = ?"),
                 {list->name, definitionText(list->definition), now, existing->id}, error))
            return false;
        list->id = existing->id;
        list->uuid = existing->uuid;
        list->createdAt = existing->createdAt;
        list->updatedAt = now;
        return true;
    }
    if (list->uuid.isEmpty())
        list->uuid = newUuid();
    list->createdAt = list->updatedAt = now;
    if (!run(query,
             QStringLiteral("INSERT INTO saved_lists (uuid, kind, name, definition, created_at,"
                            " updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
             {list->uuid, list->kind, list->name, definitionText(list->definition), list->createdAt,
              list->updatedAt},
             error))
        return false;
    list->id = query.lastInsertId().toLongLong();
    return true;
}

bool SavedListRepository::remove(qint64 id, QString *error)
{
    return removeRow(m_db, QStringLiteral("saved_lists"), id,
                     tr("No saved list has the id %1.").arg(id), error);
}

} // namespace kartoitus
