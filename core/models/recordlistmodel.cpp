#include "models/recordlistmodel.h"

#include <utility>

namespace kartoitus {

RecordListModel::RecordListModel(ListSource source, QObject *parent)
    : LazyTableModel(parent)
    , m_source(source)
    , m_available(source.columns())
{
    Q_ASSERT(!m_available.isEmpty());
    m_sortKey = m_available.constFirst().key;
    setColumnKeys(defaultColumnKeys());
}

QStringList RecordListModel::defaultColumnKeys() const
{
    QStringList keys;
    for (const ListColumn &c : m_available) {
        if (c.shownByDefault)
            keys.append(c.key);
    }
    return keys;
}

const ListColumn *RecordListModel::column(const QString &key) const
{
    for (const ListColumn &c : m_available) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

void RecordListModel::setColumnKeys(const QStringList &keys)
{
    QList<const ListColumn *> columns;
    // The first column (the name) makes sense of a row: always there, first unless moved.
    if (!keys.contains(m_available.constFirst().key))
        columns.append(&m_available.constFirst());
    for (const QString &key : keys) {
        const ListColumn *c = column(key);
        if (c && !columns.contains(c))
            columns.append(c);
    }
    if (columns == m_columns)
        return;
    reshape([&] { m_columns = columns; });
}

QStringList RecordListModel::columnKeys() const
{
    QStringList keys;
    for (const ListColumn *c : m_columns)
        keys.append(c->key);
    return keys;
}

QString RecordListModel::columnKeyAt(int section) const
{
    return section >= 0 && section < m_columns.size() ? m_columns.at(section)->key : QString();
}

int RecordListModel::sectionOf(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i)->key == key)
            return i;
    }
    return -1;
}

QString RecordListModel::columnLabel(const QString &key) const
{
    const ListColumn *c = column(key);
    return c ? m_source.label(*c) : key;
}

void RecordListModel::sort(int section, Qt::SortOrder order)
{
    // A negative section (QHeaderView's "no sort") returns to the first column's order.
    const QString key = section >= 0 && section < m_columns.size() ? m_columns.at(section)->key
                                                                   : m_available.constFirst().key;
    if (section < 0)
        order = Qt::AscendingOrder;
    if (key == m_sortKey && order == m_order)
        return;
    reshape([&] {
        m_sortKey = key;
        m_order = order;
    });
}

QString RecordListModel::orderClause() const
{
    const ListColumn *c = column(m_sortKey);
    if (!c)
        c = &m_available.constFirst();
    const QString direction =
        m_order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString expression = c->sortExpression.isEmpty() ? c->expression : c->sortExpression;
    return expression + direction;
}

ListQuery RecordListModel::filteredQuery() const
{
    return m_source.filtered(m_filter, orderClause());
}

void RecordListModel::setFilter(const RecordFilter &filter)
{
    if (filter == m_filter)
        return;
    reread(false, [&] { m_filter = filter; });
}

int RecordListModel::countRows(bool filtered, QString *error) const
{
    return filtered ? filteredQuery().count(m_db, error) : m_source.all().count(m_db, error);
}

int RecordListModel::rowOf(qint64 id) const
{
    if (const int row = cachedRowOf(id); row >= 0)
        return row;
    if (!isOpen())
        return -1;
    return int(filteredQuery().ids(m_db, &m_lastError).indexOf(id));
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool RecordListModel::fetch(int offset, int limit, QList<ListRow> *rows, QString *error) const
{
    QStringList expressions;
    for (const ListColumn *c : m_columns)
        expressions.append(c->expression);
    ListQuery query = filteredQuery();
    query.setRowEstimate(m_count, m_total);
    return query.fetch(m_db, expressions, limit, offset, rows, error);
}

QString RecordListModel::sectionLabel(int section) const
{
    return m_source.label(*m_columns.at(section));
}

bool RecordListModel::isNumeric(int section) const
{
    return m_columns.at(section)->numeric;
}

QVariant RecordListModel::shownValue(int section, const QVariant &raw) const
{
    return displayValue(m_columns.at(section)->key, raw);
}

QVariant RecordListModel::displayValue(const QString &key, const QVariant &raw) const
{
    if (raw.isNull())
        return QVariant();
    return key.endsWith(QLatin1String("_at")) ? shownTime(raw) : raw;
}

} // namespace kartoitus
