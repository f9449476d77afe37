#pragma once

#include "models/recordlistmodel.h"
#include "repositories/personquery.h"

namespace kartoitus {

// The window's person list: RecordListModel over PersonQuery; the kind as "Contact person"
// or "Liaison person", the consent as its date.
class PersonTableModel : public RecordListModel
{
    Q_OBJECT

public:
    explicit PersonTableModel(QObject *parent = nullptr);

protected:
    QVariant displayValue(const QString &key, const QVariant &raw) const override;
};

} // namespace kartoitus
