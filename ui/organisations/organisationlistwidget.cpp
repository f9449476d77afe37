#include "organisations/organisationlistwidget.h"

#include "common/searchfield.h"
#include "models/organisationtablemodel.h"
#include "organisations/organisationfilterbar.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace kartoitus {

namespace {

// Typical width of a column's content in characters; names get the most room.
int widthInCharacters(OrganisationColumn column)
{
    switch (column) {
    case OrganisationColumn::Name:
        return 38;
    case OrganisationColumn::Sectors:
    case OrganisationColumn::MunicipalitiesServed:
        return 26;
    case OrganisationColumn::Email:
    case OrganisationColumn::Website:
    case OrganisationColumn::StreetAddress:
        return 24;
    case OrganisationColumn::ShortName:
    case OrganisationColumn::Municipality:
    case OrganisationColumn::City:
    case OrganisationColumn::Phone:
        return 15;
    case OrganisationColumn::UpdatedAt:
        return 16;
    default:
        return 11;
    }
}

} // namespace

OrganisationListWidget::OrganisationListWidget(QWidget *parent)
    : LazyListPage(
          new OrganisationTableModel,
          {tr("Search by name, business ID, municipality, sector…"), tr("Search organisations")},
          parent)
    , m_model(static_cast<OrganisationTableModel *>(tableModel()))
    , m_filterBar(new OrganisationFilterBar(this))
{
    connect(search(), &QLineEdit::textChanged, this, &OrganisationListWidget::applyFilter);
    connect(m_filterBar, &OrganisationFilterBar::changed, this,
            &OrganisationListWidget::applyFilter);

    m_model->setShowsHits(true);
    restoreColumns();
    showModel();
    // "Found in" is no column of the register: the list keeps its order, and the arrow too.
    connect(view()->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section) {
                if (section >= 0 && section == m_model->hitSection())
                    restoreSortIndicator();
            });
    applyColumnWidths();
    searchRow()->addWidget(m_filterBar);
}

void OrganisationListWidget::setDatabase(const QSqlDatabase &db)
{
    // Another register has other lists: the drop-downs start again from "All".
    m_filterBar->setDatabase(db);
    m_model->setDatabase(db, currentFilter());
}

QString OrganisationListWidget::countText() const
{
    return countSentence(!filter().isEmpty(), tr("%1 of %2 organisations"), tr("1 organisation"),
                         tr("%1 organisations"));
}

RecordFilter OrganisationListWidget::filter() const
{
    return m_model->filter();
}

QList<OrganisationColumn> OrganisationListWidget::visibleColumns() const
{
    QList<OrganisationColumn> columns;
    const QHeaderView *header = view()->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical != m_model->hitSection() && !header->isSectionHidden(logical))
            columns.append(m_model->columnAt(logical));
    }
    return columns;
}

RecordFilter OrganisationListWidget::currentFilter() const
{
    RecordFilter filter;
    filter.search = search()->text();
    m_filterBar->applyTo(&filter);
    return filter;
}

void OrganisationListWidget::applyFilter()
{
    // A search adds or removes the "Found in" section; the columns keep their widths.
    const bool hadHits = m_model->hitSection() >= 0;
    QList<int> widths;
    for (int section = 0; section < m_model->columns().size(); ++section)
        widths.append(view()->columnWidth(section));
    m_model->setFilter(currentFilter());
    const int hits = m_model->hitSection();
    if ((hits >= 0) == hadHits)
        return;
    for (int section = 0; section < widths.size(); ++section)
        view()->setColumnWidth(section, widths.at(section));
    if (hits >= 0) {
        // Beside the name, where the eye reads the row, not past the right edge.
        QHeaderView *header = view()->horizontalHeader();
        header->moveSection(header->visualIndex(hits), 1);
        view()->setColumnWidth(hits, 36 * fontMetrics().averageCharWidth());
    }
    restoreSortIndicator();
}

void OrganisationListWidget::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    const QList<OrganisationColumn> shown = m_model->columns();
    for (OrganisationColumn column : OrganisationColumns::all()) {
        QAction *action = menu.addAction(OrganisationColumns::label(column));
        action->setCheckable(true);
        action->setChecked(shown.contains(column));
        // The list always needs a name to make sense of a row.
        action->setEnabled(column != OrganisationColumn::Name);
        connect(action, &QAction::toggled, this,
                [this, column](bool on) { setColumnShown(column, on); });
    }
    menu.exec(view()->horizontalHeader()->mapToGlobal(pos));
}

void OrganisationListWidget::setColumnShown(OrganisationColumn column, bool shown)
{
    // Keep the user's order, and put a newly shown column where the catalogue has it.
    QList<OrganisationColumn> columns = visibleColumns();
    if (shown && !columns.contains(column))
        columns.append(column);
    if (!shown)
        columns.removeAll(column);
    QStringList keys;
    for (OrganisationColumn c : columns)
        keys.append(OrganisationColumns::key(c));
    AppSettings::setOrganisationColumns(keys);
    restoreColumns();
    applyColumnWidths();
}

void OrganisationListWidget::restoreColumns()
{
    QList<OrganisationColumn> columns;
    for (const QString &key : AppSettings::organisationColumns()) {
        if (const auto column = OrganisationColumns::fromKey(key);
            column && !columns.contains(*column))
            columns.append(*column);
    }
    if (!columns.contains(OrganisationColumn::Name))
        columns = OrganisationColumns::defaultVisible();
    m_model->setColumns(columns);
    // The model's order is the view order from now on.
    QHeaderView *header = view()->horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical)
        header->moveSection(header->visualIndex(logical), logical);
    // Keep the indicator on the column the rows are sorted by, or fall back to the name.
    if (m_model->sectionOf(m_model->query().sortColumn()) >= 0)
        restoreSortIndicator();
    else if (header->count() > 0)
        view()->sortByColumn(0, Qt::AscendingOrder);
}

void OrganisationListWidget::restoreSortIndicator()
{
    const int section = m_model->sectionOf(m_model->query().sortColumn());
    if (section < 0)
        return;
    QHeaderView *header = view()->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(section, m_model->query().sortOrder());
}

void OrganisationListWidget::applyColumnWidths()
{
    const int charWidth = fontMetrics().averageCharWidth();
    const int sections = int(m_model->columns().size());
    // Never narrower than the header with its sort arrow: a translated title may be longer
    // than the column's content ("Jäsenmäärä" over a member count).
    const QHeaderView *header = view()->horizontalHeader();
    for (int section = 0; section < sections; ++section) {
        const int content = widthInCharacters(m_model->columnAt(section)) * charWidth + 16;
        view()->setColumnWidth(section, qMax(content, header->sectionSizeHint(section)));
    }
}

} // namespace kartoitus
