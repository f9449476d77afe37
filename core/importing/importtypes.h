#pragma once

#include "csv/csvdialect.h"
#include "fields/fieldcatalogue.h"
#include "importing/columnmapping.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace kartoitus::importing {

using fields::Entity;

// What happens to a row that matches a record already in the register (design §7,
// `--on-match`).
enum class MatchPolicy
{
    Update, // the file wins: mapped fields take the file's values, blank cells clear them;
            // a record found by another key takes the file's id unless another record has it
    Fill,   // only fields that are blank in the register take the file's values
    Skip,   // the record is left as it is
    Create  // no matching: every row becomes a new record
};

enum class RowAction
{
    Create,
    Update,
    Fill,
    Unchanged, // matched, and the file holds nothing the record lacks
    Skip,
    Reject
};

struct ImportOptions
{
    Entity entity = Entity::Organisations;
    csv::Dialect dialect = csv::Dialect::autoDetect(); // encoding, delimiter, skipLines
    bool strictDecoding = true;                        // undecodable bytes stop the import
    // A workbook's sheet by name or number from 1; empty for the first.
    QString sheet;
    // With skipLines 0: when the first row maps no required field and one of the next few
    // does, the lines above that one are a title and are skipped.
    bool detectTitleLines = true;
    MatchPolicy onMatch = MatchPolicy::Update;
    // Empty: the mapping saved for files with these headers, else the automatic one.
    ColumnMapping mapping;
    // Where rejected rows are written as CSV (in the input's dialect), or empty.
    QString rejectsPath;
    // How many rejected rows and row outcomes the result keeps in memory; all are counted.
    int keepRows = 1000;
    // Whether each kept outcome of an updated record lists its fields' values before and
    // after (RowOutcome::changes), for a preview.
    bool describeChanges = false;
};

// A row the import could not take: the physical line where the record starts in the file
// and why, naming the column.
struct RejectedRow
{
    qint64 line = 0;
    QString reason;
};

// A field an update changes: its key and its stored value before and after (names for
// references, keys for enumerations, ISO days; several values joined by ", ").
struct FieldChange
{
    QString key;
    QString before;
    QString after;
};

// The plan or the outcome for one row.
struct RowOutcome
{
    qint64 line = 0;
    RowAction action = RowAction::Create;
    QString name;               // the record's name as the file has it, rejected rows' too
    QString matchedBy;          // uuid, business_id, register_number, name; empty for a new record
    QString reason;             // for a rejected row: every reason, one sentence each
    QStringList reasons;        // the same, one entry per problem of the row
    QList<FieldChange> changes; // an update's changed fields, with describeChanges
};

struct ImportResult
{
    bool ok = false;        // false: nothing was written (error says why)
    bool cancelled = false; // the user stopped it; nothing was written
    bool dryRun = false;    // a preview: computed in a transaction that was rolled back
    QString error;
    qint64 errorLine = 0; // where the file was refused, when known (a line or sheet row)
    qint64 errorColumn = 0;
    bool headerProblem = false; // refused because no column maps to a required field
    // The error is the register file's (full disk, damage, read-only, in use), not the
    // imported file's: error names the register, and a caller must not prefix the CSV's name.
    bool registerFault = false;

    qint64 created = 0;
    qint64 updated = 0; // updated or filled
    qint64 unchanged = 0;
    qint64 skipped = 0; // matched and left alone by --on-match skip
    qint64 rejected = 0;

    QString format;       // "csv", "xlsx", "ods", "xls"
    QString encoding;     // csv::encodingName() of what was read; empty for a workbook
    QString delimiter;    // csv::delimiterName(); empty for a workbook
    QString sheet;        // the workbook's sheet read
    bool sepLine = false; // the CSV's "sep=;" line was honoured
    int titleLines = 0;   // lines (or rows) skipped above the header, given or detected
    qint64 headerLine = 0;
    ColumnMapping mapping;
    QString mappingName; // the saved mapping used, if any

    QList<RejectedRow> rejects; // the first ImportOptions::keepRows
    QList<RowOutcome> outcomes; // the first ImportOptions::keepRows rows, in file order
    QString rejectsPath;        // written when asked for and some row was rejected
};

// Bytes read so far and the file's size, for a progress bar.
using ProgressCallback = std::function<void(qint64 bytesRead, qint64 totalBytes)>;
// Every row's outcome as it is decided, for a caller that wants more than keepRows.
using RowCallback = std::function<void(const RowOutcome &outcome)>;

struct ImportControl
{
    ProgressCallback progress;
    RowCallback row;
    const std::atomic_bool *cancel = nullptr; // set from another thread to stop
};

QString matchPolicyKey(MatchPolicy policy); // "update" | "fill" | "skip" | "create"
bool parseMatchPolicy(const QString &word, MatchPolicy *policy);
QString rowActionKey(RowAction action); // "create", "update", ...

} // namespace kartoitus::importing
