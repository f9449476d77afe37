#pragma once

#include <QList>
#include <QString>
#include <Qt>

#include <initializer_list>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QScrollArea;
class QSplitter;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace kartoitus {

// The pieces the window's views are laid out with, so that they look and behave alike.

// A label for `buddy`: its mnemonic (the & in `text`) focuses the buddy.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent);

// Lays `widget` out as a column without margins of its own (a side of a splitter, a tab's
// page) and returns the layout.
QVBoxLayout *bareColumn(QWidget *widget);

// A row: a label for the first of `widgets`, the widgets, and the rest of the width empty.
QHBoxLayout *labelledRow(const QString &label, const QList<QWidget *> &widgets, QWidget *parent);

// A row of buttons at the left, the rest of the width empty.
QHBoxLayout *buttonRow(const QList<QWidget *> &buttons);

// `table` with the row of `buttons` under it, as the whole of `page` (a tab of a view).
void tableWithButtons(QWidget *page, QWidget *table, const QList<QWidget *> &buttons);

// A view's two sides: `side` (what to choose from) at the left and `main` beside it, `sizes`
// their widths to start with; `main` takes `mainStretch` times the room `side` takes.
QSplitter *sideBySide(QWidget *side, QWidget *main, const QList<int> &sizes, int mainStretch,
                      QWidget *parent);

// One part of a partsBox(): a widget and its stretch factor. A part without a widget is
// empty room that takes `stretch`.
struct BoxPart
{
    QWidget *widget = nullptr;
    int stretch = 0;
};

// A plain widget holding `parts` side by side (Qt::Horizontal) or one under the other, with
// no margin of its own: the layout it is placed in spaces it. For a row of controls in a
// form, or a pane of a splitter.
QWidget *partsBox(Qt::Orientation orientation, std::initializer_list<BoxPart> parts,
                  QWidget *parent);

// A table that shows a file's rows or what will become of them, not for editing: rows one
// line of text high and not wrapped, columns 140 pixels wide to start with. The import's
// pages show their samples and plans in it.
QTableView *previewTable(QAbstractItemModel *model, QWidget *parent);

// A frameless scroll area around `content`, which takes the area's width: for a column of
// rows or choices that may be longer than the window.
QScrollArea *scrollingPanel(QWidget *content, QWidget *parent);

} // namespace kartoitus
