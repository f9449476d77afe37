#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMimeData;
class QWidget;

namespace kartoitus {

class ImportWizard;
class OpenRegister;

// File › Import… and CSV files dropped on the window: both start the import wizard on the
// open register. The window hands over the register it has open (setRegister); the action
// follows whether there is one and whether it may be written.
class ImportActions : public QObject
{
    Q_OBJECT

public:
    // Lets `window` take dropped CSV files; the wizard opens window-modal over it.
    explicit ImportActions(QWidget *window);

    QAction *importAction() const { return m_import; }

    void setRegister(OpenRegister *reg);

    // Opens the import wizard, starting with `filePath` when given.
    ImportWizard *startImport(const QString &filePath = QString());

    // Whether a dropped file is one the import takes (.csv, .txt, .tsv).
    static bool isImportableFile(const QString &path);
    // The one local file a drag carries, or empty.
    static QString draggedFile(const QMimeData *mime);

signals:
    // A line for the status bar (what the import did).
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEnabled();

    QWidget *m_window;
    QPointer<OpenRegister> m_register;
    QAction *m_import;
    QPointer<ImportWizard> m_wizard;
};

} // namespace kartoitus
