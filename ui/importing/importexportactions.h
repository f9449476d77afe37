#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace kartoitus {

class ExportDialog;
class ImportWizard;
class MainWindow;

// File › Import… and File › Export… of the main window, and CSV files dropped on it.
// The window calls install() once; the actions follow whether a register is open.
class ImportExportActions : public QObject
{
    Q_OBJECT

public:
    // Appends Import… and Export… to `menu` and lets `window` take dropped CSV files.
    static ImportExportActions *install(MainWindow *window, QMenu *menu);

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }

    // Opens the import wizard (window-modal), starting with `filePath` when given.
    ImportWizard *startImport(const QString &filePath = QString());
    // Opens the export dialog for what the organisation list shows.
    ExportDialog *startExport();

    // Whether a dropped file is one the import takes (.csv, .txt, .tsv).
    static bool isImportableFile(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ImportExportActions(MainWindow *window);
    void updateEnabled();

    MainWindow *m_window;
    QAction *m_import;
    QAction *m_export;
    QPointer<ImportWizard> m_wizard;
};

} // namespace kartoitus
