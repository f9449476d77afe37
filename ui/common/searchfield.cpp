#include "common/searchfield.h"

#include "common/finnishtext.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>

namespace kartoitus {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (ensureCurrentRow())
            emit openRequested(m_list->currentIndex());
    });
}

void SearchField::setList(QAbstractItemView *list)
{
    m_list = list;
}

bool SearchField::ensureCurrentRow()
{
    if (!m_list || !m_list->model() || m_list->model()->rowCount() == 0)
        return false;
    if (!m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_list->model()->index(0, 0));
    return true;
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Down && ensureCurrentRow()) {
        m_list->setFocus(Qt::TabFocusReason);
        return;
    }
    QLineEdit::keyPressEvent(event);
}

SearchFilterModel::SearchFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void SearchFilterModel::setSearchText(const QString &text)
{
    QStringList words;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = FinnishText::sortKey(word);
        if (!key.isEmpty())
            words.append(key);
    }
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    QString row;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        row +=
            FinnishText::sortKey(source->index(sourceRow, column, sourceParent).data().toString());
        row += QLatin1Char('\n');
    }
    for (const QString &word : m_words) {
        if (!row.contains(word))
            return false;
    }
    return true;
}

void setUpListTable(QTableView *view)
{
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    // A fixed row height keeps the view from measuring rows it never shows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
}

void rereadKeepingRow(QTableView *view, const std::function<void()> &reread)
{
    const QModelIndex current = view->currentIndex();
    reread();
    const QAbstractItemModel *model = view->model();
    const int rows = model->rowCount();
    if (current.isValid() && rows > 0)
        view->setCurrentIndex(model->index(qMin(current.row(), rows - 1), current.column()));
}

} // namespace kartoitus
