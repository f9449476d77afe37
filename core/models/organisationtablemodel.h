#pragma once

#include "models/lazytablemodel.h"
#include "repositories/organisationquery.h"
#include "search/searchhits.h"

namespace kartoitus {

// The organisation list as a lazy table (LazyTableModel) over OrganisationQuery, with the
// search's "Found in" section.
class OrganisationTableModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        OrganisationIdRole = RecordIdRole, // qint64 organisations.id of the row
    };
    explicit OrganisationTableModel(QObject *parent = nullptr);

    // Shows the organisations of db (an open register connection) that `filter` selects
    // (by default the current filter), reading them once; an invalid database empties it.
    using LazyTableModel::setDatabase;
    void setDatabase(const QSqlDatabase &db, const RecordFilter &filter);

    void setColumns(const QList<OrganisationColumn> &columns);
    QList<OrganisationColumn> columns() const { return m_columns; }
    OrganisationColumn columnAt(int section) const;
    int sectionOf(OrganisationColumn column) const; // -1 when not shown

    // With hits shown, a search or a municipality filter adds a last section, "Found in",
    // after the columns: why a row is listed when no column shown says so (a word found in
    // an activity's name, a municipality served). Off by default.
    void setShowsHits(bool shows);
    int hitSection() const; // -1 while there is none

    void setFilter(const RecordFilter &filter);
    RecordFilter filter() const { return m_query.filter(); }
    // The current filter and order, for exporting what the user sees.
    OrganisationQuery query() const { return m_query; }

    qint64 organisationId(int row) const { return recordId(row); } // 0 when out of range

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    void reload(bool countAll) override;
    int countRows(bool filtered, QString *error) const override;
    bool isFiltered() const override { return !m_query.filter().isEmpty(); }
    bool fetch(int offset, int limit, QList<ListRow> *rows, QString *error) const override;
    QString sectionLabel(int section) const override;
    QString sectionKey(int section) const override;
    bool isNumeric(int section) const override;
    QVariant shownValue(int section, const QVariant &raw) const override;

private:
    QVariant displayValue(OrganisationColumn column, const QVariant &raw) const;
    void readHits(const QList<OrganisationRow> &rows) const;
    QStringList hitNotes(int row) const;
    static QString hitLabel(SearchHit::Field field);

    QList<OrganisationColumn> m_columns;
    OrganisationQuery m_query;
    bool m_showsHits = false;
    mutable QHash<qint64, QList<SearchHit>> m_hits; // of the rows read since the last reset
};

} // namespace kartoitus
