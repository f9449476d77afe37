#pragma once

#include <QList>
#include <QString>

class QHBoxLayout;
class QLabel;
class QSplitter;
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

} // namespace kartoitus
