#include "repositories/importrows.h"

#include "common/finnishtext.h"

#include <QSet>

namespace kartoitus {

using fields::CellValue;
using fields::ParsedRow;
using storage::Statement;

QString ImportRows::tableOf(fields::Entity entity)
{
    switch (entity) {
    case fields::Entity::Activities:
        return QStringLiteral("activities");
    case fields::Entity::Persons:
        return QStringLiteral("persons");
    case fields::Entity::Organisations:
        break;
    }
    return QStringLiteral("organisations");
}

QList<ImportRows::LinkSpec> ImportRows::linksOf(fields::Entity entity)
{
    const QList<fields::Field> all = fields::FieldCatalogue::fields(entity);
    QList<LinkSpec> links;
    for (const fields::Field &field : all) {
        if (field.linkTable.isEmpty())
            continue;
        LinkSpec spec{field.key, field.linkTable, field.linkOwner, field.linkValue, QString()};
        for (const fields::Field &other : all) {
            if (other.kind == fields::FieldKind::Reference && !field.referenceTable.isEmpty() &&
                other.referenceTable == field.referenceTable)
                spec.primaryKey = other.key;
        }
        links.append(spec);
    }
    return links;
}

// The columns are the catalogue's fields that have one, and so are the link tables.
bool ImportRows::prepare(const QSqlDatabase &db, fields::Entity entity,
                         const QStringList &fieldKeys, const importing::ColumnMapping &mapping,
                         QString *error)
{
    const QString table = tableOf(entity);
    for (const fields::Field &field : fields::FieldCatalogue::fields(entity)) {
        if (field.column.isEmpty() || mapping.columnOf(field.key) < 0)
            continue;
        m_columns.push_back(
            {int(fieldKeys.indexOf(field.key)), field.column, field.defaultValue, field.dayOnly});
        if (field.key == QLatin1String("name"))
            m_nameField = m_columns.back().field;
    }
    m_hasNameSort = m_nameField >= 0;
    if (!prepareSnapshot(db, entity, mapping, error))
        return false;
    for (const LinkSpec &spec : linksOf(entity)) {
        const int field = int(fieldKeys.indexOf(spec.key));
        const int primary =
            spec.primaryKey.isEmpty() ? -1 : int(fieldKeys.indexOf(spec.primaryKey));
        const bool mapped = mapping.columnOf(spec.key) >= 0 ||
                            (!spec.primaryKey.isEmpty() && mapping.columnOf(spec.primaryKey) >= 0);
        if (mapped && !prepareLink(db, spec, field, primary, error))
            return false;
    }
    return prepareInsert(db, table, error) && prepareUpdates(db, table, error) &&
           m_touch.prepare(db,
                           QStringLiteral("UPDATE %1 SET updated_at = ?2 WHERE id = ?1").arg(table),
                           error) &&
           m_uuid.prepare(db, QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ?1").arg(table),
                          error) &&
           m_setUuid.prepare(
               db,
               QStringLiteral("UPDATE %1 SET uuid = ?2, updated_at = ?3 WHERE id = ?1 "
                              "AND uuid IS NOT ?2")
                   .arg(table),
               error);
}

// The mapped fields of one record as the catalogue reads them (names of references, the
// values of link tables joined), for an update's "before → after".
bool ImportRows::prepareSnapshot(const QSqlDatabase &db, fields::Entity entity,
                                 const importing::ColumnMapping &mapping, QString *error)
{
    QStringList expressions;
    for (const fields::Field &field : fields::FieldCatalogue::fields(entity)) {
        if (mapping.columnOf(field.key) < 0 || field.expression.isEmpty())
            continue;
        m_snapshotKeys.append(field.key);
        expressions.append(field.expression);
    }
    if (expressions.isEmpty())
        return true;
    const QString table = tableOf(entity);
    const QChar alias = entity == fields::Entity::Activities ? u'a'
                        : entity == fields::Entity::Persons  ? u'p'
                                                             : u'o';
    return m_snapshot.prepare(db,
                              QStringLiteral("SELECT %1 FROM %2 %3 WHERE %3.id = ?1")
                                  .arg(expressions.join(QStringLiteral(", ")), table, alias),
                              error);
}

bool ImportRows::snapshot(qint64 id, QStringList *values, QString *error)
{
    values->clear();
    if (!m_snapshot.isPrepared())
        return true;
    m_snapshot.bindInt(1, id);
    bool hasRow = false;
    if (!m_snapshot.step(&hasRow)) {
        *error = m_snapshot.errorMessage();
        m_snapshot.reset();
        return false;
    }
    for (int i = 0; hasRow && i < m_snapshotKeys.size(); ++i)
        values->append(m_snapshot.columnText(i));
    m_snapshot.reset();
    return true;
}

bool ImportRows::adoptUuid(qint64 id, const QString &uuid, const QString &now, bool *changed,
                           QString *error)
{
    bool taken = false;
    *changed = false;
    if (!hasUuid(uuid, &taken, error))
        return false;
    if (taken)
        return true;
    m_setUuid.bindInt(1, id);
    m_setUuid.bindText(2, uuid);
    m_setUuid.bindText(3, now);
    if (!m_setUuid.exec(error))
        return false;
    *changed = m_setUuid.changes() > 0;
    return true;
}

bool ImportRows::hasUuid(const QString &uuid, bool *taken, QString *error)
{
    m_uuid.bindText(1, uuid);
    const bool ok = m_uuid.step(taken);
    if (!ok)
        *error = m_uuid.errorMessage();
    m_uuid.reset();
    return ok;
}

bool ImportRows::prepareInsert(const QSqlDatabase &db, const QString &table, QString *error)
{
    const int k = int(m_columns.size());
    QStringList names;
    QStringList values;
    for (int i = 0; i < k; ++i) {
        const Column &c = m_columns[i];
        names.append(c.column);
        values.append(c.defaultValue.isEmpty()
                          ? QStringLiteral("?%1").arg(i + 1)
                          : QStringLiteral("coalesce(?%1, %2)").arg(i + 1).arg(c.defaultValue));
    }
    if (m_hasNameSort) {
        names.append(QStringLiteral("name_sort"));
        values.append(QStringLiteral("?%1").arg(k + 3));
    }
    names << QStringLiteral("uuid") << QStringLiteral("created_at") << QStringLiteral("updated_at");
    values << QStringLiteral("?%1").arg(k + 4) << QStringLiteral("?%1").arg(k + 2)
           << QStringLiteral("?%1").arg(k + 2);
    return m_insert.prepare(
        db,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, names.join(QLatin1String(", ")), values.join(QLatin1String(", "))),
        error);
}

// How an update writes a column from parameter `p`, and when the column differs from it.
std::pair<QString, QString> ImportRows::updateTerms(const Column &c, const QString &p)
{
    if (!c.defaultValue.isEmpty())
        return {QStringLiteral("%1 = coalesce(%2, %1)").arg(c.column, p),
                QStringLiteral("(%2 IS NOT NULL AND %1 IS NOT %2)").arg(c.column, p)};
    if (c.day)
        return {QStringLiteral("%1 = CASE WHEN substr(%1, 1, 10) IS %2 THEN %1 ELSE %2 END")
                    .arg(c.column, p),
                QStringLiteral("substr(%1, 1, 10) IS NOT %2").arg(c.column, p)};
    return {QStringLiteral("%1 = %2").arg(c.column, p),
            QStringLiteral("%1 IS NOT %2").arg(c.column, p)};
}

bool ImportRows::prepareUpdates(const QSqlDatabase &db, const QString &table, QString *error)
{
    const int k = int(m_columns.size());
    QStringList sets;
    QStringList differs;
    QStringList fills;
    QStringList fillable;
    for (int i = 0; i < k; ++i) {
        const Column &c = m_columns[i];
        const QString p = QStringLiteral("?%1").arg(i + 1);
        const auto [set, differ] = updateTerms(c, p);
        sets.append(set);
        differs.append(differ);
        // Required columns are never blank, so filling leaves them (and the name) alone.
        if (c.defaultValue.isEmpty() && c.field != m_nameField) {
            fills.append(QStringLiteral("%1 = CASE WHEN coalesce(%1, '') = '' THEN %2 ELSE %1 END")
                             .arg(c.column, p));
            fillable.append(
                QStringLiteral("(coalesce(%1, '') = '' AND %2 IS NOT NULL)").arg(c.column, p));
        }
    }
    if (m_hasNameSort)
        sets.append(QStringLiteral("name_sort = ?%1").arg(k + 3));
    const QString tail =
        QStringLiteral(", updated_at = ?%1 WHERE id = ?%2 AND (%3)").arg(k + 2).arg(k + 1);
    if (!sets.isEmpty() &&
        !m_update.prepare(
            db,
            QStringLiteral("UPDATE %1 SET %2").arg(table, sets.join(QLatin1String(", "))) +
                tail.arg(differs.join(QLatin1String(" OR "))),
            error))
        return false;
    return fills.isEmpty() ||
           m_fill.prepare(
               db,
               QStringLiteral("UPDATE %1 SET %2").arg(table, fills.join(QLatin1String(", "))) +
                   tail.arg(fillable.join(QLatin1String(" OR "))),
               error);
}

bool ImportRows::prepareLink(const QSqlDatabase &db, const LinkSpec &spec, int field,
                             int primaryField, QString *error)
{
    Link link;
    link.field = field;
    link.primaryField = primaryField;
    link.text = spec.valueColumn.endsWith(QLatin1String("_code"));
    link.select = std::make_unique<Statement>();
    link.remove = std::make_unique<Statement>();
    link.add = std::make_unique<Statement>();
    const QString &table = spec.table;
    const QString &owner = spec.ownerColumn;
    const QString &value = spec.valueColumn;
    const bool primary = !spec.primaryKey.isEmpty();
    const QString primaryColumn = primary ? QStringLiteral(", is_primary") : QString();
    if (!link.select->prepare(db,
                              QStringLiteral("SELECT %1%2 FROM %3 WHERE %4 = ?1")
                                  .arg(value, primaryColumn, table, owner),
                              error) ||
        !link.remove->prepare(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?1").arg(table, owner),
                              error) ||
        !link.add->prepare(db,
                           QStringLiteral("INSERT OR IGNORE INTO %1 (%2, %3%4) VALUES (?1, ?2%5)")
                               .arg(table, owner, value,
                                    primary ? QStringLiteral(", is_primary") : QString(),
                                    primary ? QStringLiteral(", ?3") : QString()),
                           error))
        return false;
    m_links.push_back(std::move(link));
    return true;
}

void ImportRows::bindValues(Statement &statement, const ParsedRow &row) const
{
    const int k = int(m_columns.size());
    for (int i = 0; i < k; ++i) {
        const CellValue &v = row.values.at(m_columns[i].field);
        if (v.blank)
            statement.bindNull(i + 1);
        else if (v.isNumber)
            statement.bindInt(i + 1, v.number);
        else
            statement.bindText(i + 1, v.text);
    }
    if (m_hasNameSort)
        statement.bindText(k + 3, FinnishText::sortKey(row.values.at(m_nameField).text));
}

bool ImportRows::insert(const ParsedRow &row, const QString &uuid, const QString &now, qint64 *id,
                        QString *error)
{
    const int k = int(m_columns.size());
    bindValues(m_insert, row);
    m_insert.bindText(k + 2, now);
    m_insert.bindText(k + 4, uuid);
    if (!m_insert.exec(error))
        return false;
    *id = m_insert.lastInsertId();
    bool changed = false;
    return writeLinks(*id, row, true, false, &changed, error);
}

bool ImportRows::update(qint64 id, const ParsedRow &row, bool fill, const QString &now,
                        bool *changed, QString *error)
{
    *changed = false;
    Statement &statement = fill ? m_fill : m_update;
    if (statement.isPrepared()) {
        const int k = int(m_columns.size());
        bindValues(statement, row);
        statement.bindInt(k + 1, id);
        statement.bindText(k + 2, now);
        if (!statement.exec(error))
            return false;
        *changed = statement.changes() > 0;
    }
    bool linksChanged = false;
    if (!writeLinks(id, row, false, fill, &linksChanged, error))
        return false;
    if (linksChanged && !*changed) {
        m_touch.bindInt(1, id);
        m_touch.bindText(2, now);
        if (!m_touch.exec(error))
            return false;
    }
    *changed = *changed || linksChanged;
    return true;
}

ImportRows::LinkState ImportRows::stored(Link &link, qint64 id) const
{
    LinkState state;
    link.select->bindInt(1, id);
    bool hasRow = false;
    while (link.select->step(&hasRow) && hasRow) {
        state.values.append(link.select->columnText(0));
        if (link.primaryField >= 0 && link.select->columnInt(1) != 0)
            state.primary = state.values.constLast();
    }
    link.select->reset();
    return state;
}

// What the row asks the link table to hold. A field without a column keeps what the
// record has; a primary value is always one of the values, and there is none unless
// the file or the record names one.
ImportRows::LinkState ImportRows::wanted(const Link &link, const ParsedRow &row,
                                         const LinkState &stored) const
{
    LinkState want;
    if (row.mapped.at(link.field)) {
        const CellValue &v = row.values.at(link.field);
        want.values = v.codes;
        for (int id : v.ids)
            want.values.append(QString::number(id));
    } else {
        want.values = stored.values;
    }
    if (link.primaryField < 0)
        return want;
    const CellValue &primary = row.values.at(link.primaryField);
    if (row.mapped.at(link.primaryField))
        want.primary = primary.blank ? QString() : QString::number(primary.number);
    else if (want.values.contains(stored.primary))
        want.primary = stored.primary;
    if (!want.primary.isEmpty() && !want.values.contains(want.primary))
        want.values.prepend(want.primary);
    return want;
}

bool ImportRows::writeLinks(qint64 id, const ParsedRow &row, bool isNew, bool fill, bool *changed,
                            QString *error)
{
    for (Link &link : m_links) {
        const LinkState existing = isNew ? LinkState() : stored(link, id);
        const LinkState want = wanted(link, row, existing);
        if (!isNew) {
            const bool same = QSet<QString>(existing.values.begin(), existing.values.end()) ==
                                  QSet<QString>(want.values.begin(), want.values.end()) &&
                              existing.primary == want.primary;
            if (same || (fill && (!existing.values.isEmpty() || want.values.isEmpty())))
                continue;
            link.remove->bindInt(1, id);
            if (!link.remove->exec(error))
                return false;
            *changed = true;
        }
        for (const QString &value : want.values) {
            link.add->bindInt(1, id);
            if (link.text)
                link.add->bindText(2, value);
            else
                link.add->bindInt(2, value.toLongLong());
            if (link.primaryField >= 0)
                link.add->bindInt(3, value == want.primary ? 1 : 0);
            if (!link.add->exec(error))
                return false;
        }
    }
    return true;
}

} // namespace kartoitus
