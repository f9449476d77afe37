#pragma once

#include "common/searchfield.h"
#include "common/viewpage.h"
#include "repositories/recordfilter.h"

#include <QList>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QTableView;

namespace kartoitus {

class RecordListModel;

// A view that lists one kind of record (activities, persons): a search box that
// filters as the user types, the list's facets beside it (the subclass adds
// them to addFacetBox(), addFacetCheck()), and a sortable table over a lazy RecordListModel
// whose columns the user chooses from the header's context menu; the choice and
// order are remembered under `settingsKey`. Down in the search box moves into
// the list, Enter there asks to open the hit (openRequested). A change of the search
// text or of a facet applies the subclass's filter() to the model.
class RecordListPage : public ViewPage
{
    Q_OBJECT

public:
    RecordListPage(RecordListModel *model, const QString &settingsKey, QWidget *parent = nullptr);

    // Shows the records of db (an open register), or none, through filter(); a subclass
    // sets its facets back first.
    virtual void setDatabase(const QSqlDatabase &db);
    // The search text and the facets as they stand.
    virtual RecordFilter filter() const = 0;
    // Reads the register again (after an edit, an import, an undo or a redo),
    // keeping the row with the keyboard focus where it was.
    void refresh();

    RecordListModel *listModel() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const override { return m_search; }

    int shownCount() const;
    int totalCount() const;
    // Ids of the selected rows, and of the row with the keyboard focus (0 when
    // none).
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    // Makes the row of record `id` current when the rows read so far hold it.
    bool selectRecord(qint64 id);
    // The keys of the columns the list shows, in the order it shows them.
    QStringList visibleKeys() const;

signals:
    // Enter in the search box or the list, or a double click: open this record.
    void openRequested(qint64 id);
    // The selection or the current row changed (for actions that act on it).
    void selectionChanged();

protected:
    // A drop-down or a check box (named `name`) beside the search box, after the
    // facets added so far; a change applies filter().
    QComboBox *addFacetBox(const QString &accessibleName, const char *name);
    QCheckBox *addFacetCheck(const QString &text, const char *name);
    // The search text or a facet changed: filter() goes to the model.
    void applyFilter();
    // The search box's text.
    QString searchText() const;

private:
    void showHeaderMenu(const QPoint &pos);
    void setColumnShown(const QString &key, bool shown);
    void restoreColumns();
    void applyColumnWidths();

    RecordListModel *m_model;
    QString m_settingsKey;
    SearchField *m_search;
    QHBoxLayout *m_facets;
    QTableView *m_view;
    bool m_restoring = false; // the header's sections are put in the model's order
};

} // namespace kartoitus
