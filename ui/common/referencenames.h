#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStyledItemDelegate>

#include <utility>

namespace kartoitus {

// The register names its reference lists (sectors, themes, target groups, legal forms) in
// Finnish, Swedish and English; the window shows them in its own language.

// "sv" or "en" when the window's locale (QLocale(), which follows the chosen language) is
// Swedish or English; "fi" otherwise.
QString interfaceLanguage();

// A reference list ("sectors", "themes", "target_groups", "legal_forms") as (id, name) in
// its own order, named in interfaceLanguage(), in Finnish where a name is missing. Empty
// when the register cannot be read.
QList<std::pair<int, QString>> referenceNames(const QSqlDatabase &db, const QString &table);

// The lists read reference names in Finnish (sorting and search work on them): this
// delegate shows them in interfaceLanguage() in the columns that hold them (by the model's
// column key: sectors, primary_sector, themes, target_groups, legal_form), a cell of several
// names (", ") name by name. Anything else it shows as QStyledItemDelegate does.
class ReferenceNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // `keyRole` is the role under which the model's header gives a column's key.
    ReferenceNameDelegate(int keyRole, QObject *parent = nullptr);

    // Reads the names of `db` (none when it is not open, or in the Finnish UI).
    void setDatabase(const QSqlDatabase &db);
    // `text` (a cell of column `key`) in the interface language.
    QString translated(const QString &key, const QString &text) const;
    // What the cell at `index` shows.
    QString shownText(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_keyRole;
    QHash<QString, QHash<QString, QString>> m_byTable; // table -> Finnish name -> shown name
};

} // namespace kartoitus
