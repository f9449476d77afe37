#include "models/recordlistmodel.h"

#include <QDateTime>
#include <QLocale>

#include <utility>

namespace kartoitus {

RecordListModel::RecordListModel(QList<ListColumn> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_available(std::move(columns))
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

void RecordListModel::setDatabase(const QSqlDatabase &db)
{
    beginResetModel();
    m_db = db;
    reload(true);
    endResetModel();
    emit countsChanged();
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
    beginResetModel();
    m_columns = columns;
    m_pages.clear();
    m_pageUse.clear();
    endResetModel();
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
    return c ? translatedLabel(*c) : key;
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
    beginResetModel();
    m_sortKey = key;
    m_order = order;
    m_pages.clear();
    m_pageUse.clear();
    endResetModel();
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

void RecordListModel::refresh()
{
    beginResetModel();
    reload(true);
    endResetModel();
    emit countsChanged();
}

void RecordListModel::setFilter(const RecordFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    beginResetModel();
    reload(false);
    endResetModel();
    emit countsChanged();
}

void RecordListModel::reload(bool countAll)
{
    m_pages.clear();
    m_pageUse.clear();
    m_lastError.clear();
    m_count = 0;
    if (!m_db.isValid() || !m_db.isOpen()) {
        m_total = 0;
        return;
    }
    // Another filter does not change how many records there are: keep that count.
    if (countAll)
        m_total = qMax(0, allQuery().count(m_db, &m_lastError));
    m_count =
        isFiltered() ? qMax(0, filteredQuery(orderClause()).count(m_db, &m_lastError)) : m_total;
}

qint64 RecordListModel::recordId(int row) const
{
    const ListRow *r = rowAt(row);
    return r ? r->id : 0;
}

int RecordListModel::cachedRowOf(qint64 id) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).id == id)
                return it.key() * PageSize + i;
        }
    }
    return -1;
}

int RecordListModel::rowOf(qint64 id) const
{
    if (const int row = cachedRowOf(id); row >= 0)
        return row;
    if (!m_db.isValid() || !m_db.isOpen())
        return -1;
    return int(filteredQuery(orderClause()).ids(m_db, &m_lastError).indexOf(id));
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const QList<ListRow> *RecordListModel::page(int pageIndex) const
{
    auto it = m_pages.constFind(pageIndex);
    if (it != m_pages.constEnd()) {
        m_pageUse.removeOne(pageIndex);
        m_pageUse.append(pageIndex);
        return &it.value();
    }
    QStringList expressions;
    for (const ListColumn *c : m_columns)
        expressions.append(c->expression);
    QList<ListRow> rows;
    rows.reserve(PageSize);
    ListQuery query = filteredQuery(orderClause());
    query.setRowEstimate(m_count, m_total);
    if (!query.fetch(m_db, expressions, PageSize, pageIndex * PageSize, &rows, &m_lastError))
        return nullptr;
    while (m_pageUse.size() >= MaxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(pageIndex);
    return &m_pages.insert(pageIndex, std::move(rows)).value();
}

const ListRow *RecordListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const QList<ListRow> *rows = page(row / PageSize);
    const int offset = row % PageSize;
    // The register may have shrunk since the count (another connection deleted rows).
    if (!rows || offset >= rows->size())
        return nullptr;
    return &rows->at(offset);
}

QVariant RecordListModel::displayValue(const QString &key, const QVariant &raw) const
{
    if (raw.isNull())
        return QVariant();
    if (key.endsWith(QLatin1String("_at"))) {
        const QDateTime time = QDateTime::fromString(raw.toString(), Qt::ISODate);
        // A list needs the day; the exact time belongs to the record itself.
        return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                              : raw;
    }
    return raw;
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ListColumn *c = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
    case RecordIdRole: {
        const ListRow *row = rowAt(index.row());
        if (!row)
            return QVariant();
        if (role == RecordIdRole)
            return row->id;
        const QVariant raw = row->values.value(index.column());
        return role == Qt::EditRole ? raw : displayValue(c->key, raw);
    }
    case Qt::TextAlignmentRole:
        return c->numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return QVariant();
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ListColumn *c = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return translatedLabel(*c);
    case ColumnKeyRole:
        return c->key;
    case Qt::TextAlignmentRole:
        return c->numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return QVariant();
    }
}

} // namespace kartoitus
