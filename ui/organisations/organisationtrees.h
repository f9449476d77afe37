#pragma once

#include <QHeaderView>
#include <QStringList>
#include <QTreeWidget>

namespace kartoitus {

// The flat lists of the organisation editor's pages (links, ties): no tree, alternating
// rows, the last column stretched.
inline QTreeWidget *makeList(const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    return list;
}

// Every column as wide as its widest entry; the last takes the rest.
inline void fitColumns(QTreeWidget *list)
{
    for (int column = 0; column + 1 < list->columnCount(); ++column)
        list->resizeColumnToContents(column);
}

} // namespace kartoitus
