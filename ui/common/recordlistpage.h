#pragma once

#include "common/lazylistpage.h"
#include "repositories/recordfilter.h"

#include <QSqlDatabase>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QHBoxLayout;

namespace kartoitus {

class RecordListModel;

// A list of one kind of record (activities, persons) over a lazy RecordListModel: the
// list's facets beside the search box (the subclass adds them to addFacetBox(),
// addFacetCheck()), and the columns the user chooses from the header's context menu, their
// choice and order remembered under `settingsKey`. A change of the search text or of a
// facet applies the subclass's filter() to the model.
class RecordListPage : public LazyListPage
{
    Q_OBJECT

public:
    RecordListPage(RecordListModel *model, const QString &settingsKey,
                   const SearchTexts &searchTexts, QWidget *parent = nullptr);

    // Shows the records of db (an open register), or none, through filter(); a subclass
    // sets its facets back first.
    virtual void setDatabase(const QSqlDatabase &db);
    // The search text and the facets as they stand.
    virtual RecordFilter filter() const = 0;

    RecordListModel *listModel() const { return m_model; }

    // Makes the row of record `id` current when the rows read so far hold it.
    bool selectRecord(qint64 id);
    // The keys of the columns the list shows, in the order it shows them.
    QStringList visibleKeys() const;

protected:
    // A drop-down or a check box (named `name`) beside the search box, after the
    // facets added so far; a change applies filter().
    QComboBox *addFacetBox(const QString &accessibleName, const char *name);
    QCheckBox *addFacetCheck(const QString &text, const char *name);
    // The search text or a facet changed: filter() goes to the model.
    void applyFilter();
    // The search box's text.
    QString searchText() const;
    void showHeaderMenu(const QPoint &pos) override;

private:
    void setColumnShown(const QString &key, bool shown);
    void restoreColumns();
    void applyColumnWidths();

    RecordListModel *m_model;
    QString m_settingsKey;
    QHBoxLayout *m_facets;
    bool m_restoring = false; // the header's sections are put in the model's order
};

// A RecordListPage over a list model of its own, `Model` (ActivityTableModel, …).
template<typename Model> class RecordListPageOf : public RecordListPage
{
public:
    RecordListPageOf(const QString &settingsKey, const SearchTexts &searchTexts, QWidget *parent)
        : RecordListPage(new Model, settingsKey, searchTexts, parent)
    {}

    Model *model() const { return static_cast<Model *>(listModel()); }
};

} // namespace kartoitus
