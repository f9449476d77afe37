#pragma once

#include "importing/importer.h"
#include "importing/importstep.h"

#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace kartoitus {

class FileChooser;
class ImportWizard;
class MappingPreviewModel;

// Step 1: the file, what its rows are, and how it is read. Encoding, delimiter and title
// lines are detected (a workbook's sheet is chosen instead of encoding and delimiter); the combos
// say what was found and let the user override it, and the file is read again at once, so the table
// below always shows the file as it will be read.
class ImportFilePage : public ImportStep
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);
    ~ImportFilePage() override; // stops the file check: it reports to this page

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    void setFilePath(const QString &path);

    QLineEdit *fileEdit() const;
    // Whether the whole file is still being read through for what stops an import (a
    // quoted field never closed); Next waits for it. Blocks until it is done (tests).
    bool isCheckingFile() const { return m_check.isRunning(); }
    void waitForFileCheck();

private:
    QWidget *buildReadingChoices();
    void reread();
    void showDetected();
    void showSheets();
    QString readingText() const;
    void checkWholeFile();
    void stopFileCheck();
    void fileChecked();

    FileChooser *m_file;
    QComboBox *m_entity;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QSpinBox *m_skipLines;
    QComboBox *m_sheet;
    // The user set the title lines: they are no longer detected.
    bool m_skipLinesChosen = false;
    QString m_sheetsOf; // the file whose sheets the combo lists
    QLabel *m_detected;
    QTableView *m_sampleView;
    MappingPreviewModel *m_sampleModel;
    QTimer *m_typingPause;
    // The read-through of the whole file, on a worker; the error it found, if any.
    QFutureWatcher<importing::FileCheck> m_check;
    std::shared_ptr<std::atomic_bool> m_cancelCheck;
    QString m_fileError;
};

} // namespace kartoitus
