#include "models/organisationtablemodel.h"

#include "fields/fieldvalues.h"
#include "search/searchindex.h"

#include <algorithm>

namespace kartoitus {

namespace {

bool wantsHits(const RecordFilter &filter)
{
    return !filter.matchExpression().isEmpty() || !filter.municipalities.isEmpty();
}

} // namespace

OrganisationTableModel::OrganisationTableModel(QObject *parent)
    : LazyTableModel(parent)
    , m_columns(OrganisationColumns::defaultVisible())
{}

void OrganisationTableModel::setDatabase(const QSqlDatabase &db, const RecordFilter &filter)
{
    reread(true, [&] {
        m_db = db;
        m_query = OrganisationQuery(filter, m_query.sortColumn(), m_query.sortOrder());
    });
}

void OrganisationTableModel::setColumns(const QList<OrganisationColumn> &columns)
{
    if (columns == m_columns)
        return;
    reshape([&] { m_columns = columns; });
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
    reread(false,
           [&] { m_query = OrganisationQuery(filter, m_query.sortColumn(), m_query.sortOrder()); });
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
    reshape([&] {
        m_query = OrganisationQuery(m_query.filter(), sortColumn, order);
        m_query.setRowEstimate(m_count, m_total);
    });
}

void OrganisationTableModel::reload(bool countAll)
{
    m_hits.clear();
    LazyTableModel::reload(countAll);
    m_query.setRowEstimate(m_count, m_total);
}

int OrganisationTableModel::countRows(bool filtered, QString *error) const
{
    return filtered ? m_query.count(m_db, error) : OrganisationQuery().count(m_db, error);
}

int OrganisationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + (hitSection() >= 0 ? 1 : 0);
}

bool OrganisationTableModel::fetch(int offset, int limit, QList<ListRow> *rows,
                                   QString *error) const
{
    if (!m_query.fetch(m_db, m_columns, limit, offset, rows, error))
        return false;
    if (hitSection() >= 0)
        readHits(*rows);
    return true;
}

QString OrganisationTableModel::sectionLabel(int section) const
{
    return OrganisationColumns::label(m_columns.at(section));
}

QString OrganisationTableModel::sectionKey(int section) const
{
    return OrganisationColumns::key(m_columns.at(section));
}

bool OrganisationTableModel::isNumeric(int section) const
{
    return OrganisationColumns::isNumeric(columnAt(section));
}

QVariant OrganisationTableModel::shownValue(int section, const QVariant &raw) const
{
    return displayValue(columnAt(section), raw);
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
    case OrganisationColumn::UpdatedAt:
        return shownTime(raw);
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
    return LazyTableModel::data(index, role);
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
    return LazyTableModel::headerData(section, orientation, role);
}

} // namespace kartoitus
