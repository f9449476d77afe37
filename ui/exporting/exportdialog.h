#pragma once

#include "exporting/exporter.h"
#include "repositories/organisationquery.h"
#include "storage/register.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>

#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace kartoitus {

class FileChooser;

// What File › Export… writes: a list of the window as the user sees it.
struct ExportScope
{
    exporting::Entity what = exporting::Entity::Organisations;
    RecordFilter filter; // the list's search and facets
    // The list's order: organisations by their column, activities and persons by the key of
    // the list column they are sorted by.
    OrganisationColumn sortColumn = OrganisationColumn::Name;
    QString listSortKey;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    // The columns the list shows, in view order: their keys and header names.
    QStringList columnKeys;
    QStringList columnHeaders;
    int shownCount = 0;
    // A line above the rest, when the current view is not the list exported (empty: none).
    QString note;
};

// File › Export…: writes the records a list shows — organisations, activities or persons,
// with the list's search, filters and order, and its visible columns under the list's
// header names — to CSV (Excel (Finnish) or standard) or XLSX. Personal data only when
// ticked. It proposes the folder of the last export (else Documents) and its format. The
// export runs on a worker thread with its own connection, with a progress bar and Cancel; a
// cancelled export leaves no file behind.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `registerPath` is the open register's file; `scope` what the list shows.
    ExportDialog(const QString &registerPath, const ExportScope &scope, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // How the worker opens the register: read-only when the window has it read-only.
    void setRegisterMode(OpenMode mode) { m_registerMode = mode; }

    // The request the current choices make (what Export would run).
    exporting::ExportRequest request() const;
    QString filePath() const;
    void setFilePath(const QString &path);

    // Starts the export to filePath(); the result arrives through exportFinished().
    void startExport();
    bool isRunning() const;
    exporting::ExportResult lastResult() const { return m_result; }

    // The widgets, for keyboard navigation and tests.
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *headersCombo() const { return m_headers; }
    QRadioButton *visibleColumnsButton() const { return m_visibleColumns; }
    QRadioButton *allColumnsButton() const { return m_allColumns; }
    QCheckBox *personalDataCheck() const { return m_personal; }
    QLabel *personalDataNote() const { return m_personalNote; }
    QLabel *noteLabel() const { return m_note; }
    const ExportScope &scope() const { return m_scope; }
    QLineEdit *fileEdit() const;
    QPushButton *exportButton() const { return m_exportButton; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    // The export ended: written, failed or cancelled (lastResult() says which).
    void exportFinished(const kartoitus::exporting::ExportResult &result, const QString &path);

public slots:
    void reject() override;

private:
    void buildForm();
    void setTexts();
    QString summaryText() const;
    QWidget *buildColumnsChoice();
    void formatChanged();
    void chooserFollowsFormat();
    void updateSummary();
    void setRunning(bool running);
    void workerDone();
    exporting::Format currentFormat() const;

    QString m_registerPath;
    OpenMode m_registerMode = OpenMode::ReadWrite;
    ExportScope m_scope;

    QLabel *m_note = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_headers = nullptr;
    QRadioButton *m_visibleColumns = nullptr;
    QRadioButton *m_allColumns = nullptr;
    QCheckBox *m_personal = nullptr;
    QLabel *m_personalNote = nullptr;
    FileChooser *m_file = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;

    // Shared with the worker, which may outlive a closed dialog by a moment.
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<exporting::ExportResult> m_watcher;
    QString m_runningPath;
    exporting::ExportResult m_result;
};

} // namespace kartoitus
