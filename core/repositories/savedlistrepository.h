#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kartoitus {

// A list definition kept in the register: the choices of a printable list under a name.
struct SavedList
{
    qint64 id = 0;
    QString uuid;
    QString kind; // "health-station"
    QString name;
    QJsonObject definition;
    QString createdAt;
    QString updatedAt;
};

// Reads and writes saved list definitions. Names are unique within a kind; looking one up
// ignores case (Finnish letters too).
class SavedListRepository
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::SavedListRepository)

public:
    explicit SavedListRepository(const QSqlDatabase &db);

    // In Finnish alphabetical order of their names.
    QList<SavedList> list(const QString &kind, QString *error = nullptr) const;
    std::optional<SavedList> find(const QString &kind, const QString &name,
                                  QString *error = nullptr) const;
    // Creates the definition, or replaces the one of the same kind and name (any case).
    bool save(SavedList *list, QString *error);
    bool remove(qint64 id, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace kartoitus
