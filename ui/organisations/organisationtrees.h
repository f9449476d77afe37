#pragma once

#include <QHash>
#include <QHeaderView>
#include <QSqlDatabase>
#include <QStringList>

#include <QTreeWidget>
#include <QWidget>
#include <utility>

class QLabel;

namespace kartoitus {

// The flat lists of the organisation editor's pages (links, ties): no tree, alternating
// rows, the last column stretched.
inline QTreeWidget *makeList(const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    return list;
}

// Every column as wide as its widest entry; the last takes the rest.
inline void fitColumns(QTreeWidget *list)
{
    for (int column = 0; column + 1 < list->columnCount(); ++column)
        list->resizeColumnToContents(column);
}

// The ties of an organisation that `readTies` reads (none of a record not saved yet, `id`
// 0) and, by their ids, the records they lead to that `readTargets` reads (only when there
// are ties).
template<typename ReadTies, typename ReadTargets>
auto tiesOf(qint64 id, ReadTies readTies, ReadTargets readTargets)
{
    using Ties = decltype(readTies());
    using Target = typename decltype(readTargets())::value_type;
    const Ties ties = id > 0 ? readTies() : Ties();
    QHash<qint64, Target> targets;
    if (!ties.isEmpty()) {
        for (const Target &target : readTargets())
            targets.insert(target.id, target);
    }
    return std::make_pair(ties, targets);
}

// A page of the organisation editor with one such list (named `name`) of what ties an
// organisation to other records, under a title that counts the rows or says why they could
// not be read. The subclass fills the list.
class TitledListPage : public QWidget
{
public:
    QTreeWidget *list() const { return m_list; }
    // Lists the ties of organisation `id` (nothing for 0, a record not saved yet).
    void load(const QSqlDatabase &db, qint64 id);

protected:
    TitledListPage(const QStringList &headers, const char *name, const QString &toolTip,
                   QWidget *parent);
    QSqlDatabase database() const { return m_db; }
    qint64 organisationId() const { return m_organisationId; }
    // Adds the rows of organisation `id` to list() (none for 0) and says what they are:
    // "Network memberships (3):"; *error tells why they could not be read.
    virtual QString fill(const QSqlDatabase &db, qint64 id, QString *error) = 0;

private:
    QSqlDatabase m_db;
    qint64 m_organisationId = 0;
    QLabel *m_title;
    QTreeWidget *m_list;
};

} // namespace kartoitus
