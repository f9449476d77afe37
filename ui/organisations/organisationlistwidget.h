#pragma once

#include "common/lazylistpage.h"
#include "repositories/organisationquery.h"

#include <QSqlDatabase>

namespace kartoitus {

class OrganisationFilterBar;
class OrganisationTableModel;

// The organisation list (LazyListPage): drop-downs for a municipality, a sector and a
// status beside the search box, over the lazy OrganisationTableModel. The header's context
// menu chooses the columns, which are remembered. The window's home view.
class OrganisationListWidget : public LazyListPage
{
    Q_OBJECT

public:
    explicit OrganisationListWidget(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);

    OrganisationTableModel *model() const { return m_model; }
    OrganisationFilterBar *filterBar() const { return m_filterBar; }

    // "12 of 2,000 organisations" (or all of them) for the status bar.
    QString countText() const override;
    // The filter and the columns in view order, for exporting what the user sees.
    RecordFilter filter() const;
    QList<OrganisationColumn> visibleColumns() const;

protected:
    void showHeaderMenu(const QPoint &pos) override;

private:
    // What the search box and the drop-downs select now.
    RecordFilter currentFilter() const;
    void applyFilter();
    void setColumnShown(OrganisationColumn column, bool shown);
    void applyColumnWidths();
    void restoreColumns();
    void restoreSortIndicator();

    OrganisationTableModel *m_model;
    OrganisationFilterBar *m_filterBar;
};

} // namespace kartoitus
