#pragma once

#include <QAbstractItemView>
#include <QLineEdit>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <functional>

class QTableView;

namespace kartoitus {

// The search box of every view of the window, wired the same way everywhere: what is typed
// filters the view's list as it changes (textChanged); Down moves into the list, on its first
// row when none is current; Enter asks to open the list's current row (its first when none is
// current). Esc clears it and Edit › Find (Ctrl+F) focuses it: the window does both for every
// view's ViewPage::searchField().
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);

    // The list that this box searches, which Down and Enter lead to.
    void setList(QAbstractItemView *list);
    QAbstractItemView *list() const { return m_list; }

signals:
    // Enter while the list has rows: open `index`, the list's current row now.
    void openRequested(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Makes the list's first row current when none is; false when the list is empty.
    bool ensureCurrentRow();

    QPointer<QAbstractItemView> m_list;
};

// The rows of a small list that hold every word of a search somewhere in their cells, with
// Finnish letters and any case (FinnishText::sortKey: `ä` finds `Ä`, `e` finds `é`), for the
// lists that live in memory (a network's members, the municipalities' liaison persons).
// SQLite's LIKE and lower() know ASCII only; the lists read from the register search there
// with the same keys.
class SearchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    bool isFiltered() const { return !m_words.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words; // as FinnishText::sortKey folds them
};

// A table of records as every list of the window shows one: whole rows selected,
// alternating colours, one line a row with long text elided, no row numbers, columns the
// user can move, the last one stretched.
void setUpListTable(QTableView *view);

// Runs `reread` (the list's model reads the register again, which forgets the current
// row) and keeps the keyboard where it was: Enter opens the record just saved, and a
// delete leaves the next one current.
void rereadKeepingRow(QTableView *view, const std::function<void()> &reread);

} // namespace kartoitus
