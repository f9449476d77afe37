#pragma once

#include "csv/csvdialect.h"
#include "importing/importtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace kartoitus {

// The words the import wizard shows for encodings, delimiters, policies, actions and kinds
// of record.
class ImportLabels
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::ImportLabels)

public:
    // The values a combo offers, in its order, each with its words: one list serves the
    // combo and the word for a value.
    template<typename Value> using Choices = QList<std::pair<Value, QString>>;

    static Choices<csv::Encoding> encodings(); // Auto ("Detect") first
    static Choices<QChar> delimiters();        // a null QChar ("Detect") first
    static Choices<importing::MatchPolicy> policies();
    static Choices<fields::Entity> entities();

    static QString encoding(csv::Encoding encoding); // "Windows-1252", "UTF-8 with BOM"
    static QString delimiter(QChar delimiter);       // "Semicolon ( ; )"
    static QString policyHelp(importing::MatchPolicy policy);
    static QString action(importing::RowAction action);
};

} // namespace kartoitus
