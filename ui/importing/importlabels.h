#pragma once

#include "csv/csvdialect.h"
#include "importing/importtypes.h"

#include <QCoreApplication>
#include <QString>

namespace kartoitus {

// The words the import wizard shows for encodings, delimiters and policies.
class ImportLabels
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::ImportLabels)

public:
    static QString encoding(csv::Encoding encoding); // "Windows-1252", "UTF-8 with BOM"
    static QString delimiter(QChar delimiter);       // "Semicolon ( ; )"
    static QString policy(importing::MatchPolicy policy);
    static QString policyHelp(importing::MatchPolicy policy);
    static QString action(importing::RowAction action);
    static QString entity(fields::Entity entity);
};

} // namespace kartoitus
