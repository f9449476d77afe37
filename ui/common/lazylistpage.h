#pragma once

#include "common/viewpage.h"

#include <QList>

class QHBoxLayout;
class QLineEdit;
class QPoint;
class QTableView;

namespace kartoitus {

class LazyTableModel;
class SearchField;

// What the window's lists of records (organisations, activities, persons) share: a search
// box with the list's filters beside it, over a sortable table of a lazy model whose
// columns the user chooses from the header's context menu (the subclass says which).
// Down in the search box moves into the table; Enter there or in the table, or a double
// click, asks to open the record (openRequested). The selection and the counts come from
// the model's rows.
class LazyListPage : public ViewPage
{
    Q_OBJECT

public:
    // The search box's placeholder ("Search by name…") and accessible name ("Search
    // persons").
    struct SearchTexts
    {
        QString hint;
        QString name;
    };

    LazyListPage(LazyTableModel *model, const SearchTexts &searchTexts, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const override;

    // Reads the register again (after an edit, an import, an undo or a redo),
    // keeping the row with the keyboard focus where it was.
    void refresh();
    // The records the table shows now, and how many the register holds.
    int shownCount() const;
    int totalCount() const;
    // Ids of the selected rows, and of the row with the keyboard focus (0 when none).
    QList<qint64> selectedIds() const;
    qint64 currentId() const;

signals:
    // Enter in the search box or the list, or a double click: open this record.
    void openRequested(qint64 id);
    // The selection, the current row or the rows changed (for actions that act on them).
    void selectionChanged();

protected:
    LazyTableModel *tableModel() const { return m_model; }
    SearchField *search() const { return m_search; }
    // The row above the table, where the subclass puts its filters after the search box.
    QHBoxLayout *searchRow() const { return m_searchRow; }
    // Puts the model in the table, sorted by its first column, once the subclass has
    // chosen the model's columns; the header's context menu then calls showHeaderMenu().
    void showModel();
    virtual void showHeaderMenu(const QPoint &pos) = 0;
    // The count for the status bar as whole sentences, so that a translation can word each
    // case: `of` while `filtered` ("%1 of %2 activities"), else `one` ("1 activity") or
    // `all` ("%1 activities").
    QString countSentence(bool filtered, const QString &of, const QString &one,
                          const QString &all) const;

private:
    LazyTableModel *m_model;
    SearchField *m_search;
    QTableView *m_view;
    QHBoxLayout *m_searchRow;
};

} // namespace kartoitus
