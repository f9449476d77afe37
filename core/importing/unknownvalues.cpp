#include "importing/unknownvalues.h"

#include "importing/cellparser.h"

#include <QSet>

namespace kartoitus::importing {

bool takesListItems(const fields::Field &field)
{
    switch (field.kind) {
    case fields::FieldKind::Municipality:
    case fields::FieldKind::MunicipalityList:
    case fields::FieldKind::Reference:
    case fields::FieldKind::ReferenceList:
        return true;
    default:
        return false;
    }
}

bool mapsListField(const ColumnMapping &mapping, fields::Entity entity)
{
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const std::optional<fields::Field> field =
            fields::FieldCatalogue::find(entity, mapping.key(column));
        if (field && takesListItems(*field))
            return true;
    }
    return false;
}

UnknownValueCollector::UnknownValueCollector(CellParser &parser, const ColumnMapping &mapping,
                                             fields::Entity entity, QList<UnknownValue> *found)
    : m_parser(parser)
    , m_headers(mapping.headers())
    , m_found(found)
{
    m_parser.setValueMap(mapping.values());
    for (int column = 0; column < mapping.columnCount(); ++column)
        m_columnField.append(fields::FieldCatalogue::find(entity, mapping.key(column)));
}

void UnknownValueCollector::add(const QStringList &cells)
{
    QSet<int> inThisRow; // a row that writes a value twice counts once
    for (int column = 0; column < cells.size() && column < m_columnField.size(); ++column) {
        if (!m_columnField.at(column))
            continue;
        const fields::Field &field = *m_columnField.at(column);
        for (const QString &item : m_parser.unknownItems(field, cells.at(column))) {
            const QString id = field.key + u'\n' + ColumnMapping::valueKey(item);
            auto at = m_index.constFind(id);
            if (at == m_index.constEnd()) {
                at = m_index.insert(id, int(m_found->size()));
                m_found->append({field.key, m_headers.value(column), item.simplified(), 0,
                                 m_parser.suggestion(field, item)});
            }
            if (!inThisRow.contains(*at)) {
                inThisRow.insert(*at);
                ++(*m_found)[*at].rows;
            }
        }
    }
}

} // namespace kartoitus::importing
