#include "models/organisationtablemodel.h"

#include "fields/fieldvalues.h"

#include <QDateTime>
#include <QLocale>

namespace kartoitus {

OrganisationTableModel::OrganisationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(OrganisationColumns::defaultVisible())
{}

void OrganisationTableModel::setDatabase(const QSqlDatabase &db)
{
    setDatabase(db, m_query.filter());
}

void OrganisationTableModel::setDatabase(const QSqlDatabase &db, const RecordFilter &filter)
{
    beginResetModel();
    m_db = db;
    m_query = OrganisationQuery(filter, m_query.sortColumn(), m_query.sortOrder());
    reload(true);
    endResetModel();
    emit countsChanged();
}

void OrganisationTableModel::setColumns(const QList<OrganisationColumn> &columns)
{
    if (columns == m_columns)
        return;
    beginResetModel();
    m_columns = columns;
    m_pages.clear();
    m_pageUse.clear();
    endResetModel();
}

OrganisationColumn OrganisationTableModel::columnAt(int section) const
{
    return m_columns.value(section, OrganisationColumn::Name);
}

int OrganisationTableModel::sectionOf(OrganisationColumn column) const
{
    return int(m_columns.indexOf(column));
}

void OrganisationTableModel::setFilter(const RecordFilter &filter)
{
    if (filter == m_query.filter())
        return;
    beginResetModel();
    m_query = OrganisationQuery(filter, m_query.sortColumn(), m_query.sortOrder());
    reload(false);
    endResetModel();
    emit countsChanged();
}

void OrganisationTableModel::sort(int column, Qt::SortOrder order)
{
    // A negative column (QHeaderView's "no sort") returns to the natural name order.
    const OrganisationColumn sortColumn =
        column >= 0 && column < m_columns.size() ? m_columns.at(column) : OrganisationColumn::Name;
    if (column < 0)
        order = Qt::AscendingOrder;
    if (sortColumn == m_query.sortColumn() && order == m_query.sortOrder())
        return;
    beginResetModel();
    m_query = OrganisationQuery(m_query.filter(), sortColumn, order);
    m_query.setRowEstimate(m_count, m_total);
    m_pages.clear();
    m_pageUse.clear();
    endResetModel();
}

void OrganisationTableModel::refresh()
{
    beginResetModel();
    reload(true);
    endResetModel();
    emit countsChanged();
}

void OrganisationTableModel::reload(bool countAll)
{
    m_pages.clear();
    m_pageUse.clear();
    m_lastError.clear();
    m_count = 0;
    if (!m_db.isValid() || !m_db.isOpen()) {
        m_total = 0;
        return;
    }
    // A new filter does not change how many organisations there are: keep that count.
    if (countAll)
        m_total = qMax(0, OrganisationQuery().count(m_db, &m_lastError));
    m_count = m_query.filter().isEmpty() ? m_total : qMax(0, m_query.count(m_db, &m_lastError));
    m_query.setRowEstimate(m_count, m_total);
}

qint64 OrganisationTableModel::organisationId(int row) const
{
    const OrganisationRow *r = rowAt(row);
    return r ? r->id : 0;
}

int OrganisationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int OrganisationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const QList<OrganisationRow> *OrganisationTableModel::page(int pageIndex) const
{
    auto it = m_pages.constFind(pageIndex);
    if (it != m_pages.constEnd()) {
        m_pageUse.removeOne(pageIndex);
        m_pageUse.append(pageIndex);
        return &it.value();
    }
    QList<OrganisationRow> rows;
    rows.reserve(PageSize);
    if (!m_query.fetch(m_db, m_columns, PageSize, pageIndex * PageSize, &rows, &m_lastError))
        return nullptr;
    while (m_pageUse.size() >= MaxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(pageIndex);
    return &m_pages.insert(pageIndex, std::move(rows)).value();
}

const OrganisationRow *OrganisationTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const QList<OrganisationRow> *rows = page(row / PageSize);
    const int offset = row % PageSize;
    // The register may have shrunk since the count (another connection deleted rows).
    if (!rows || offset >= rows->size())
        return nullptr;
    return &rows->at(offset);
}

QVariant OrganisationTableModel::displayValue(OrganisationColumn column, const QVariant &raw) const
{
    if (raw.isNull())
        return QVariant();
    switch (column) {
    case OrganisationColumn::RegisterNumber:
        return OrganisationColumns::formatRegisterNumber(raw.toString());
    case OrganisationColumn::Status:
        return fields::FieldValues::label(fields::FieldKind::Status, raw.toString());
    case OrganisationColumn::UpdatedAt: {
        const QDateTime time = QDateTime::fromString(raw.toString(), Qt::ISODate);
        // A list needs the day; the exact time belongs to the record itself.
        return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                              : raw;
    }
    default:
        // A numeric column (columnLabels) shows its number; a new one needs no case here.
        return OrganisationColumns::isNumeric(column) ? QVariant(raw.toLongLong()) : raw;
    }
}

QVariant OrganisationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const OrganisationColumn column = columnAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
    case OrganisationIdRole: {
        const OrganisationRow *row = rowAt(index.row());
        if (!row)
            return QVariant();
        if (role == OrganisationIdRole)
            return row->id;
        const QVariant raw = row->values.value(index.column());
        return role == Qt::EditRole ? raw : displayValue(column, raw);
    }
    case Qt::TextAlignmentRole:
        return OrganisationColumns::isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return QVariant();
    }
}

QVariant OrganisationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const OrganisationColumn column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return OrganisationColumns::label(column);
    case ColumnKeyRole:
        return OrganisationColumns::key(column);
    case Qt::TextAlignmentRole:
        return OrganisationColumns::isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return QVariant();
    }
}

} // namespace kartoitus
