#include "common/recordlistpage.h"

#include "common/searchfield.h"
#include "models/recordlistmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace kartoitus {

RecordListPage::RecordListPage(RecordListModel *model, const QString &settingsKey,
                               const SearchTexts &searchTexts, QWidget *parent)
    : LazyListPage(model, searchTexts, parent)
    , m_model(model)
    , m_settingsKey(settingsKey)
    , m_facets(new QHBoxLayout)
{
    search()->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    connect(search(), &QLineEdit::textChanged, this, &RecordListPage::applyFilter);

    restoreColumns();
    showModel();
    // Dragging a column elsewhere is a choice of order: remembered like the
    // columns.
    connect(view()->horizontalHeader(), &QHeaderView::sectionMoved, this, [this] {
        if (!m_restoring)
            QSettings().setValue(m_settingsKey, visibleKeys());
    });
    applyColumnWidths();

    m_facets->setContentsMargins(0, 0, 0, 0);
    searchRow()->addLayout(m_facets);
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

bool RecordListPage::selectRecord(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    view()->setCurrentIndex(m_model->index(row, 0));
    view()->selectRow(row);
    view()->scrollTo(m_model->index(row, 0));
    return true;
}

QString RecordListPage::searchText() const
{
    return search()->text();
}

QStringList RecordListPage::visibleKeys() const
{
    QStringList keys;
    const QHeaderView *header = view()->horizontalHeader();
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
    menu.exec(view()->horizontalHeader()->mapToGlobal(pos));
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
    QHeaderView *header = view()->horizontalHeader();
    m_restoring = true;
    for (int logical = 0; logical < header->count(); ++logical)
        header->moveSection(header->visualIndex(logical), logical);
    m_restoring = false;
    const int sortSection = m_model->sectionOf(m_model->sortKey());
    if (sortSection >= 0)
        header->setSortIndicator(sortSection, m_model->sortOrder());
    else if (header->count() > 0)
        view()->sortByColumn(0, Qt::AscendingOrder);
}

void RecordListPage::applyColumnWidths()
{
    const int charWidth = fontMetrics().averageCharWidth();
    const QHeaderView *header = view()->horizontalHeader();
    for (int section = 0; section < m_model->columnCount(); ++section) {
        const QString key = m_model->columnKeyAt(section);
        const int chars = section == 0 ? 34 : key == QLatin1String("organisation") ? 28 : 16;
        view()->setColumnWidth(section,
                               qMax(chars * charWidth + 16, header->sectionSizeHint(section)));
    }
}

} // namespace kartoitus
