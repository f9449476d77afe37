#pragma once

#include "common/featureactions.h"

class QMimeData;

namespace kartoitus {

class ImportWizard;

// File › Import… and CSV files dropped on the window: both start the import wizard on the
// open register, when it may be written.
class ImportActions : public FeatureActions
{
    Q_OBJECT

public:
    // Lets `window` take dropped CSV files; the wizard opens window-modal over it.
    explicit ImportActions(QWidget *window);

    QAction *importAction() const { return action(); }

    // Opens the import wizard, starting with `filePath` when given.
    ImportWizard *startImport(const QString &filePath = QString());

    // Whether a dropped file is one the import takes (.csv, .txt, .tsv).
    static bool isImportableFile(const QString &path);
    // The one local file a drag carries, or empty.
    static QString draggedFile(const QMimeData *mime);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void trigger() override { startImport(); }

private:
    QPointer<ImportWizard> m_wizard;
};

} // namespace kartoitus
