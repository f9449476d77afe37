#include "common/lazylistpage.h"

#include "common/searchfield.h"
#include "models/lazytablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace kartoitus {

LazyListPage::LazyListPage(LazyTableModel *model, const SearchTexts &searchTexts, QWidget *parent)
    : ViewPage(parent)
    , m_model(model)
    , m_search(new SearchField(this))
    , m_view(new QTableView(this))
    , m_searchRow(new QHBoxLayout)
{
    m_model->setParent(this);
    m_search->setPlaceholderText(searchTexts.hint);
    m_search->setAccessibleName(searchTexts.name);
    m_search->setList(m_view);
    connect(m_search, &SearchField::openRequested, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->recordId(index.row()); id > 0)
            emit openRequested(id);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_searchRow->addWidget(m_search, 1);
    layout->addLayout(m_searchRow);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_search);
}

QLineEdit *LazyListPage::searchField() const
{
    return m_search;
}

void LazyListPage::showModel()
{
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    setUpListTable(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &LazyListPage::showHeaderMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LazyListPage::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LazyListPage::selectionChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->recordId(index.row()); id > 0)
            emit openRequested(id);
    });
    connect(m_model, &LazyTableModel::countsChanged, this, &ViewPage::countTextChanged);
    connect(m_model, &LazyTableModel::countsChanged, this, &LazyListPage::selectionChanged);
}

void LazyListPage::refresh()
{
    rereadKeepingRow(m_view, [this] { m_model->refresh(); });
}

int LazyListPage::shownCount() const
{
    return m_model->rowCount();
}

int LazyListPage::totalCount() const
{
    return m_model->totalCount();
}

QList<qint64> LazyListPage::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const qint64 id = m_model->recordId(index.row()); id > 0)
            ids.append(id);
    }
    return ids;
}

QString LazyListPage::countSentence(bool filtered, const QString &of, const QString &one,
                                    const QString &all) const
{
    const QLocale locale;
    const QString total = locale.toString(totalCount());
    if (filtered)
        return of.arg(locale.toString(shownCount()), total);
    return totalCount() == 1 ? one : all.arg(total);
}

qint64 LazyListPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->recordId(current.row()) : 0;
}

} // namespace kartoitus
