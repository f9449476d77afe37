#include "common/referencenames.h"

#include "fields/fieldcatalogue.h"
#include "repositories/referencerepository.h"

#include <QLocale>

namespace kartoitus {

namespace {

// The list columns that hold reference names, and the table they come from: the
// catalogue's reference fields (sectors, the primary sector, themes, target groups, the
// legal form) of organisations and activities.
QString tableOfColumn(const QString &key)
{
    for (const fields::Entity entity :
         {fields::Entity::Organisations, fields::Entity::Activities}) {
        const auto field = fields::FieldCatalogue::find(entity, key);
        if (field && (field->kind == fields::FieldKind::Reference ||
                      field->kind == fields::FieldKind::ReferenceList))
            return field->referenceTable;
    }
    return {};
}

QString nameIn(const ReferenceItem &item, const QString &language)
{
    const QString name = language == QLatin1String("sv")   ? item.nameSv
                         : language == QLatin1String("en") ? item.nameEn
                                                           : item.nameFi;
    return name.isEmpty() ? item.nameFi : name;
}

} // namespace

QString interfaceLanguage()
{
    switch (QLocale().language()) {
    case QLocale::Swedish:
        return QStringLiteral("sv");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        return QStringLiteral("fi");
    }
}

QList<std::pair<int, QString>> referenceNames(const QSqlDatabase &db, const QString &table)
{
    QList<std::pair<int, QString>> names;
    QList<ReferenceItem> items;
    if (!db.isValid() || !db.isOpen() || !ReferenceRepository(db).items(table, &items, nullptr))
        return names;
    const QString language = interfaceLanguage();
    for (const ReferenceItem &item : std::as_const(items))
        names.append({item.id, nameIn(item, language)});
    return names;
}

ReferenceNameDelegate::ReferenceNameDelegate(int keyRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_keyRole(keyRole)
{}

void ReferenceNameDelegate::setDatabase(const QSqlDatabase &db)
{
    m_byTable.clear();
    const QString language = interfaceLanguage();
    if (language == QLatin1String("fi") || !db.isValid() || !db.isOpen())
        return;
    for (const QString table : {QStringLiteral("sectors"), QStringLiteral("themes"),
                                QStringLiteral("target_groups"), QStringLiteral("legal_forms")}) {
        QList<ReferenceItem> items;
        if (!ReferenceRepository(db).items(table, &items, nullptr))
            continue;
        QHash<QString, QString> &names = m_byTable[table];
        for (const ReferenceItem &item : std::as_const(items))
            names.insert(item.nameFi, nameIn(item, language));
    }
}

QString ReferenceNameDelegate::translated(const QString &key, const QString &text) const
{
    const auto table = m_byTable.constFind(tableOfColumn(key));
    if (table == m_byTable.cend() || text.isEmpty())
        return text;
    QStringList names = text.split(QStringLiteral(", "));
    for (QString &name : names)
        name = table->value(name, name);
    return names.join(QStringLiteral(", "));
}

QString ReferenceNameDelegate::shownText(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initStyleOption(&option, index);
    return option.text;
}

void ReferenceNameDelegate::initStyleOption(QStyleOptionViewItem *option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_byTable.isEmpty() || !index.model())
        return;
    const QString key =
        index.model()->headerData(index.column(), Qt::Horizontal, m_keyRole).toString();
    option->text = translated(key, option->text);
}

} // namespace kartoitus
