#include "importing/mappingpreviewmodel.h"

#include "fields/fieldcatalogue.h"

#include <QHeaderView>
#include <QTableView>

namespace kartoitus {

void MappingPreviewModel::setSample(const QStringList &headers, const QList<QStringList> &rows,
                                    const QList<qint64> &lines)
{
    reset([&] {
        m_headers = headers;
        m_rows = rows;
        m_lines = lines;
        rebuild();
    });
}

void MappingPreviewModel::setMapping(fields::Entity entity, const importing::ColumnMapping &mapping)
{
    reset([&] {
        m_entity = entity;
        m_mapping = mapping;
        rebuild();
    });
}

void MappingPreviewModel::rebuild()
{
    m_columns.clear();
    m_sectionText.clear();
    if (m_mapping.isEmpty()) {
        for (int c = 0; c < m_headers.size(); ++c) {
            m_columns.append(c);
            m_sectionText.append(m_headers.at(c));
        }
        return;
    }
    // Field order, so that the preview reads like a record whatever the file's order.
    for (const QString &key : fields::FieldCatalogue::keys(m_entity)) {
        const int column = m_mapping.columnOf(key);
        if (column < 0 || column >= m_headers.size())
            continue;
        m_columns.append(column);
        m_sectionText.append(fields::FieldCatalogue::label(m_entity, key));
    }
}

QVariant MappingPreviewModel::cell(int row, int column, int role) const
{
    const QString text = m_rows.at(row).value(m_columns.at(column));
    switch (role) {
    case Qt::DisplayRole:
        // One line per cell: a multi-line description would make every row tall.
        return QString(text).replace(QLatin1Char('\n'), QChar(0x21B5)).remove(QLatin1Char('\r'));
    case Qt::ToolTipRole:
        return text.size() > 40 ? text : QVariant();
    default:
        return {};
    }
}

QVariant MappingPreviewModel::rowHeader(int section, int role) const
{
    if (role == Qt::ToolTipRole)
        return tr("Line %1 of the file").arg(m_lines.value(section, section + 1));
    if (role == Qt::DisplayRole)
        return m_lines.value(section, section + 1);
    return {};
}

QVariant MappingPreviewModel::columnHeader(int section, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section < 0 || section >= m_sectionText.size())
        return {};
    if (role == Qt::ToolTipRole && !m_mapping.isEmpty())
        return tr("Column “%1” of the file").arg(m_headers.value(m_columns.at(section)));
    return m_sectionText.at(section);
}

void fitColumnsToContents(QTableView *view, int maxWidth)
{
    view->resizeColumnsToContents();
    QHeaderView *header = view->horizontalHeader();
    for (int section = 0; section < header->count(); ++section)
        header->resizeSection(section, qMin(header->sectionSize(section) + 8, maxWidth));
}

} // namespace kartoitus
