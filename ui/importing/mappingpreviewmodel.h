#pragma once

#include "importing/columnmapping.h"
#include "models/readonlytablemodel.h"

#include <QList>
#include <QStringList>

class QTableView;

namespace kartoitus {

// The first rows of a file as a table. Without a mapping it shows every column under
// the file's own headers (how the file was read); with one, only the mapped columns,
// under the names of the fields they fill, in field order (what will be imported).
class MappingPreviewModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    using ReadOnlyTableModel::ReadOnlyTableModel;

    // `lines` numbers the rows as the file does (and the plan after it): line or sheet row.
    void setSample(const QStringList &headers, const QList<QStringList> &rows,
                   const QList<qint64> &lines);
    // Shows only mapped columns; an empty mapping shows the file as read.
    void setMapping(fields::Entity entity, const importing::ColumnMapping &mapping);

    // The file's column shown in `section`.
    int sourceColumn(int section) const { return m_columns.value(section, -1); }

private:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return int(m_columns.size()); }
    QVariant cell(int row, int column, int role) const override;
    // The fields' names (with a mapping) or the file's headers.
    QVariant columnHeader(int section, int role) const override;
    // The file's line numbers.
    QVariant rowHeader(int section, int role) const override;
    void rebuild();

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<qint64> m_lines;
    fields::Entity m_entity = fields::Entity::Organisations;
    importing::ColumnMapping m_mapping;
    QList<int> m_columns;      // file column per section
    QStringList m_sectionText; // header per section
};

// Sizes a preview's columns to what they hold, up to `maxWidth` pixels, so that short
// values do not waste room and long names are not cut to a few letters.
void fitColumnsToContents(QTableView *view, int maxWidth = 260);

} // namespace kartoitus
