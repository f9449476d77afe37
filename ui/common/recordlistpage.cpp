#include "common/recordlistpage.h"

#include "common/searchfield.h"
#include "models/recordlistmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace kartoitus {

RecordListPage::RecordListPage(RecordListModel *model, const QString &settingsKey, QWidget *parent)
    : ViewPage(parent)
    , m_model(model)
    , m_settingsKey(settingsKey)
    , m_search(new SearchField(this))
    , m_facets(new QHBoxLayout)
    , m_view(new QTableView(this))
{
    m_model->setParent(this);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_search->setList(m_view);
    connect(m_search, &QLineEdit::textChanged, this, &RecordListPage::applyFilter);
    connect(m_search, &SearchField::openRequested, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->recordId(index.row()); id > 0)
            emit openRequested(id);
    });

    restoreColumns();
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    setUpListTable(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &RecordListPage::showHeaderMenu);
    // Dragging a column elsewhere is a choice of order: remembered like the
    // columns.
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        if (!m_restoring)
            QSettings().setValue(m_settingsKey, visibleKeys());
    });
    applyColumnWidths();

    connect(m_model, &RecordListModel::countsChanged, this, &ViewPage::countTextChanged);
    connect(m_model, &RecordListModel::countsChanged, this, &RecordListPage::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordListPage::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RecordListPage::selectionChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->recordId(index.row()); id > 0)
            emit openRequested(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    m_facets->setContentsMargins(0, 0, 0, 0);
    top->addLayout(m_facets);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_search);
}

void RecordListPage::setDatabase(const QSqlDatabase &db)
{
    m_model->setFilter(filter());
    m_model->setDatabase(db);
}

void RecordListPage::applyFilter()
{
    m_model->setFilter(filter());
}

QComboBox *RecordListPage::addFacetBox(const QString &accessibleName, const char *name)
{
    auto *box = new QComboBox(this);
    box->setObjectName(QLatin1String(name));
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMaxVisibleItems(24);
    m_facets->addWidget(box);
    connect(box, &QComboBox::currentIndexChanged, this, &RecordListPage::applyFilter);
    return box;
}

QCheckBox *RecordListPage::addFacetCheck(const QString &text, const char *name)
{
    auto *check = new QCheckBox(text, this);
    check->setObjectName(QLatin1String(name));
    m_facets->addWidget(check);
    connect(check, &QCheckBox::toggled, this, &RecordListPage::applyFilter);
    return check;
}

void RecordListPage::refresh()
{
    rereadKeepingRow(m_view, [this] { m_model->refresh(); });
}

int RecordListPage::shownCount() const
{
    return m_model->rowCount();
}

int RecordListPage::totalCount() const
{
    return m_model->totalCount();
}

QList<qint64> RecordListPage::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const qint64 id = m_model->recordId(index.row()); id > 0)
            ids.append(id);
    }
    return ids;
}

qint64 RecordListPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->recordId(current.row()) : 0;
}

bool RecordListPage::selectRecord(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

QString RecordListPage::searchText() const
{
    return m_search->text();
}

QStringList RecordListPage::visibleKeys() const
{
    QStringList keys;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            keys.append(m_model->columnKeyAt(logical));
    }
    return keys;
}

void RecordListPage::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    const QStringList shown = m_model->columnKeys();
    const QString first = m_model->availableColumns().constFirst().key;
    for (const ListColumn &column : m_model->availableColumns()) {
        QAction *action = menu.addAction(m_model->columnLabel(column.key));
        action->setCheckable(true);
        action->setChecked(shown.contains(column.key));
        // The list always needs a name to make sense of a row.
        action->setEnabled(column.key != first);
        const QString key = column.key;
        connect(action, &QAction::toggled, this, [this, key](bool on) { setColumnShown(key, on); });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
}

void RecordListPage::setColumnShown(const QString &key, bool shown)
{
    // Keep the user's order; a newly shown column goes last.
    QStringList keys = visibleKeys();
    if (shown && !keys.contains(key))
        keys.append(key);
    if (!shown)
        keys.removeAll(key);
    QSettings().setValue(m_settingsKey, keys);
    restoreColumns();
    applyColumnWidths();
}

void RecordListPage::restoreColumns()
{
    const QStringList saved = QSettings().value(m_settingsKey).toStringList();
    m_model->setColumnKeys(saved.isEmpty() ? m_model->defaultColumnKeys() : saved);
    // The model's order is the view order from now on.
    QHeaderView *header = m_view->horizontalHeader();
    m_restoring = true;
    for (int logical = 0; logical < header->count(); ++logical)
        header->moveSection(header->visualIndex(logical), logical);
    m_restoring = false;
    const int sortSection = m_model->sectionOf(m_model->sortKey());
    if (sortSection >= 0)
        header->setSortIndicator(sortSection, m_model->sortOrder());
    else if (header->count() > 0)
        m_view->sortByColumn(0, Qt::AscendingOrder);
}

void RecordListPage::applyColumnWidths()
{
    const int charWidth = fontMetrics().averageCharWidth();
    const QHeaderView *header = m_view->horizontalHeader();
    for (int section = 0; section < m_model->columnCount(); ++section) {
        const QString key = m_model->columnKeyAt(section);
        const int chars = section == 0 ? 34 : key == QLatin1String("organisation") ? 28 : 16;
        m_view->setColumnWidth(section,
                               qMax(chars * charWidth + 16, header->sectionSizeHint(section)));
    }
}

} // namespace kartoitus
