#pragma once

class QAbstractItemModel;
class QScrollArea;
class QTableView;
class QWidget;

namespace kartoitus {

// A table that shows a file's rows or what will become of them, not for editing: rows one
// line of text high and not wrapped, columns 140 pixels wide to start with. The import's
// pages show their samples and plans in it.
QTableView *previewTable(QAbstractItemModel *model, QWidget *parent);

// A frameless scroll area around `content`, which takes the area's width: for a column of
// rows or choices that may be longer than the window.
QScrollArea *scrollingPanel(QWidget *content, QWidget *parent);

} // namespace kartoitus
