#pragma once

#include "common/searchfield.h"
#include "common/viewpage.h"
#include "repositories/organisationquery.h"

#include <QSqlDatabase>

class QLineEdit;
class QTableView;

namespace kartoitus {

class OrganisationFilterBar;
class OrganisationTableModel;

// The organisation list: a search box that filters as the user types, drop-downs for a
// municipality, a sector and a status, and a sortable
// table over the lazy OrganisationTableModel. The header's context menu chooses the
// columns, which are remembered. The window's home view.
class OrganisationListWidget : public ViewPage
{
    Q_OBJECT

public:
    explicit OrganisationListWidget(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    // Reads the register again (after an import, an undo or a redo).
    void refresh();

    OrganisationTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const override { return m_search; }
    OrganisationFilterBar *filterBar() const { return m_filterBar; }

    // The organisations the table shows now, and how many the register holds.
    int shownCount() const;
    int totalCount() const;
    // "12 of 2,000 organisations" (or all of them) for the status bar.
    QString countText() const override;
    // The filter and the columns in view order, for exporting what the user sees.
    RecordFilter filter() const;
    QList<OrganisationColumn> visibleColumns() const;
    // Ids of the selected rows (for editing and deleting).
    QList<qint64> selectedOrganisationIds() const;
    // The id of the row with the keyboard focus, or 0.
    qint64 currentOrganisationId() const;

signals:
    void countsChanged();
    // Enter in the search box asks to open a hit: the current row, else the first.
    void openRequested(qint64 id);

private:
    // What the search box and the drop-downs select now.
    RecordFilter currentFilter() const;
    void applyFilter();
    void showHeaderMenu(const QPoint &pos);
    void setColumnShown(OrganisationColumn column, bool shown);
    void applyColumnWidths();
    void restoreColumns();
    void restoreSortIndicator();

    OrganisationTableModel *m_model;
    SearchField *m_search;
    OrganisationFilterBar *m_filterBar;
    QTableView *m_view;
};

} // namespace kartoitus
