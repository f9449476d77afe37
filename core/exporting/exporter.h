#pragma once

#include "exporting/exportrequest.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;

namespace kartoitus::exporting {

class TableSink;

struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // for the user, translated
    qint64 rows = 0;
    QStringList columns;         // the keys written, in order
    QStringList omittedPersonal; // personal-data columns left out for lack of consent
    bool containsPersonalData = false;
};

// Exports organisations, activities or persons to CSV or XLSX: the rows the request's
// filter selects, the columns it names, streamed from SQL row by row. The file is
// written through a QSaveFile: a cancelled or failed export leaves no file behind and
// an existing file untouched.
//
// Runs on any thread that owns the connection it is given; a GUI opens one with
// Register::openAnother() on the worker thread, sets a progress handler (called from
// that thread) and a cancel flag the GUI thread may set at any time.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::exporting::Exporter)

public:
    using ProgressHandler = std::function<void(qint64 done, qint64 total)>;

    explicit Exporter(const QSqlDatabase &db);

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    ExportResult exportToFile(const ExportRequest &request, const QString &path);
    // CSV formats only: into any device (tests, clipboard, preview).
    ExportResult exportToDevice(const ExportRequest &request, QIODevice *device);

    // The fields a request exports, in order, after the personal-data rule; false and
    // *error for an unknown key. *omitted receives the personal keys left out, *headers
    // (when given) the header row.
    static bool resolveColumns(const ExportRequest &request, QList<ExportField> *fields,
                               QStringList *omitted, QString *error,
                               QStringList *headers = nullptr);
    // The export columns that write what the window's activity or person list shows in its
    // columns `listKeys` (ActivityQuery/PersonQuery keys, in view order) under `listHeaders`
    // into *keys and *headers. A list column that is a catalogue field exports as that field
    // (the ID as the record's UUID, which the importer reads back; the place as `place`); the
    // person list's publish consent as the consent and its date; the list's own columns (the
    // last change, the day last verified, contact or liaison) as the list reads them.
    static void listColumns(Entity what, const QStringList &listKeys,
                            const QStringList &listHeaders, QStringList *keys,
                            QStringList *headers);
    // The text of one cell as the importer reads it back: `raw` as stored, or a view of
    // *scratch where the written form differs (register number dot, yes/no words, and in
    // the Excel (Finnish) preset the display values and days: writesShownValues()).
    static QStringView formatCell(const ExportField &field, QStringView raw,
                                  const ExportRequest &request, QString *scratch);
    // "csv" | "csv-excel" | "xlsx", and back.
    static QString formatKey(Format format);
    static bool formatFromKey(const QString &key, Format *format);

private:
    ExportResult run(const ExportRequest &request, TableSink &sink);
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    QSqlDatabase m_db;
    ProgressHandler m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace kartoitus::exporting
