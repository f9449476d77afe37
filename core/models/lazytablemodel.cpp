#include "models/lazytablemodel.h"

#include <QDateTime>
#include <QLocale>

#include <utility>

namespace kartoitus {

namespace {

QVariant alignment(bool numeric)
{
    return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

void LazyTableModel::setDatabase(const QSqlDatabase &db)
{
    reread(true, [&] { m_db = db; });
}

void LazyTableModel::refresh()
{
    reread(true);
}

void LazyTableModel::reread(bool countAll, const std::function<void()> &change)
{
    beginResetModel();
    if (change)
        change();
    reload(countAll);
    endResetModel();
    emit countsChanged();
}

void LazyTableModel::reshape(const std::function<void()> &change)
{
    beginResetModel();
    change();
    forgetRows();
    endResetModel();
}

void LazyTableModel::reload(bool countAll)
{
    forgetRows();
    m_lastError.clear();
    m_count = 0;
    if (!isOpen()) {
        m_total = 0;
        return;
    }
    if (countAll)
        m_total = qMax(0, countRows(false, &m_lastError));
    m_count = isFiltered() ? qMax(0, countRows(true, &m_lastError)) : m_total;
}

void LazyTableModel::forgetRows()
{
    m_pages.clear();
    m_pageUse.clear();
}

qint64 LazyTableModel::recordId(int row) const
{
    const ListRow *r = rowAt(row);
    return r ? r->id : 0;
}

int LazyTableModel::cachedRowOf(qint64 id) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).id == id)
                return it.key() * PageSize + i;
        }
    }
    return -1;
}

int LazyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

const QList<ListRow> *LazyTableModel::page(int index) const
{
    auto it = m_pages.constFind(index);
    if (it != m_pages.constEnd()) {
        m_pageUse.removeOne(index);
        m_pageUse.append(index);
        return &it.value();
    }
    QList<ListRow> rows;
    rows.reserve(PageSize);
    if (!fetch(index * PageSize, PageSize, &rows, &m_lastError))
        return nullptr;
    while (m_pageUse.size() >= MaxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(index);
    return &m_pages.insert(index, std::move(rows)).value();
}

const ListRow *LazyTableModel::rowAt(int row) const
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

QVariant LazyTableModel::shownTime(const QVariant &raw)
{
    const QDateTime time = QDateTime::fromString(raw.toString(), Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                          : raw;
}

QVariant LazyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
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
        return role == Qt::EditRole ? raw : shownValue(index.column(), raw);
    }
    case Qt::TextAlignmentRole:
        return alignment(isNumeric(index.column()));
    default:
        return QVariant();
    }
}

QVariant LazyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return sectionLabel(section);
    case ColumnKeyRole:
        return sectionKey(section);
    case Qt::TextAlignmentRole:
        return alignment(isNumeric(section));
    default:
        return QVariant();
    }
}

} // namespace kartoitus
