#pragma once

#include "models/recordlistmodel.h"
#include "repositories/activityquery.h"

namespace kartoitus {

// The window's activity list: RecordListModel over ActivityQuery, with place type and cost
// shown by their catalogue labels and the yes/no facets as "Yes" or nothing.
class ActivityTableModel : public RecordListModel
{
    Q_OBJECT

public:
    explicit ActivityTableModel(QObject *parent = nullptr);

protected:
    QVariant displayValue(const QString &key, const QVariant &raw) const override;
};

} // namespace kartoitus
