#include "models/organisationtablemodel.h"

#include "fields/fieldvalues.h"
#include "search/searchindex.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace kartoitus {

namespace {

bool wantsHits(const RecordFilter &filter)
{
    return !filter.matchExpression().isEmpty() || !filter.municipalities.isEmpty();
}

} // namespace

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

void OrganisationTableModel::setShowsHits(bool shows)
{
    if (shows == m_showsHits)
        return;
    beginResetModel();
    m_showsHits = shows;
    m_hits.clear();
    endResetModel();
}

int OrganisationTableModel::hitSection() const
{
    return m_showsHits && wantsHits(m_query.filter()) ? int(m_columns.size()) : -1;
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
    if (column >= 0 && column == hitSection())
        return; // the hits are not a column of the register: the order stays
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
    m_hits.clear();
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
    return parent.isValid() ? 0 : int(m_columns.size()) + (hitSection() >= 0 ? 1 : 0);
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
    if (hitSection() >= 0)
        readHits(rows);
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

void OrganisationTableModel::readHits(const QList<OrganisationRow> &rows) const
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const OrganisationRow &row : rows)
        ids.append(row.id);
    const QHash<qint64, QList<SearchHit>> hits =
        SearchHits::of(m_db, m_query.filter(), ids, &m_lastError);
    for (auto it = hits.constBegin(); it != hits.constEnd(); ++it)
        m_hits.insert(it.key(), it.value());
}

QStringList OrganisationTableModel::hitNotes(int row) const
{
    const OrganisationRow *r = rowAt(row);
    if (!r)
        return {};
    // A word typed, or a municipality served, that a cell of the row shows already needs no
    // note: only what the row does not show is noted.
    QStringList shown;
    for (int section = 0; section < m_columns.size(); ++section)
        shown.append(displayValue(m_columns.at(section), r->values.value(section)).toString());
    const auto isShown = [&shown](const QString &text) {
        return std::any_of(shown.cbegin(), shown.cend(), [&text](const QString &cell) {
            return cell.contains(text, Qt::CaseInsensitive);
        });
    };
    QStringList unseen;
    for (const QString &term : SearchIndex::terms(m_query.filter().search)) {
        if (!isShown(term))
            unseen.append(term);
    }
    const auto holdsUnseen = [&unseen](const QString &word) {
        return std::any_of(unseen.cbegin(), unseen.cend(), [&word](const QString &term) {
            return word.contains(term, Qt::CaseInsensitive);
        });
    };
    QStringList notes;
    for (const SearchHit &hit : m_hits.value(r->id)) {
        const bool served = hit.field == SearchHit::Field::Served;
        if (served ? std::all_of(hit.words.cbegin(), hit.words.cend(), isShown)
                   : std::none_of(hit.words.cbegin(), hit.words.cend(), holdsUnseen))
            continue;
        const bool words = served || hit.field == SearchHit::Field::Places ||
                           hit.field == SearchHit::Field::Sectors;
        const QString text = words ? hit.words.join(QStringLiteral(", ")) : hit.excerpt;
        notes.append(tr("%1: %2").arg(hitLabel(hit.field), text));
    }
    return notes;
}

QString OrganisationTableModel::hitLabel(SearchHit::Field field)
{
    switch (field) {
    case SearchHit::Field::Name:
        return OrganisationColumns::label(OrganisationColumn::Name);
    case SearchHit::Field::ShortName:
        return OrganisationColumns::label(OrganisationColumn::ShortName);
    case SearchHit::Field::Ids:
        return tr("Business ID or register number");
    case SearchHit::Field::Places:
        return tr("Municipalities");
    case SearchHit::Field::Sectors:
        return OrganisationColumns::label(OrganisationColumn::Sectors);
    case SearchHit::Field::Activities:
        return tr("Activities");
    case SearchHit::Field::Details:
        return tr("Description and contact details");
    case SearchHit::Field::Served:
        return tr("Also operates in");
    }
    return QString();
}

QVariant OrganisationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (index.column() == hitSection()) {
        if (role == OrganisationIdRole)
            return organisationId(index.row());
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return QVariant();
        const QStringList notes = hitNotes(index.row());
        return role == Qt::DisplayRole ? notes.value(0) : notes.join(QLatin1Char('\n'));
    }
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
    if (orientation == Qt::Horizontal && section >= 0 && section == hitSection()) {
        if (role == Qt::DisplayRole)
            return tr("Found in");
        if (role == ColumnKeyRole)
            return QStringLiteral("found_in");
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant();
    }
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
