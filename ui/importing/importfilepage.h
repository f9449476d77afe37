#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace kartoitus {

class ImportWizard;
class MappingPreviewModel;

// Step 1: the file, what its rows are, and how it is read. Encoding, delimiter and title
// lines are detected (a workbook's sheet is chosen instead of encoding and delimiter); the combos
// say what was found and let the user override it, and the file is read again at once, so the table
// below always shows the file as it will be read.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    void setFilePath(const QString &path);

    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *entityCombo() const { return m_entity; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QSpinBox *skipLinesSpin() const { return m_skipLines; }
    // A workbook's sheets; disabled for a CSV file.
    QComboBox *sheetCombo() const { return m_sheet; }
    // "Read as Windows-1252, semicolons ( ; ) between fields, …" or why it cannot be read.
    QLabel *detectedLabel() const { return m_detected; }
    QTableView *sampleView() const { return m_sampleView; }
    MappingPreviewModel *sampleModel() const { return m_sampleModel; }

private:
    QWidget *buildFileChooser();
    QWidget *buildReadingChoices();
    void browse();
    void reread();
    void showDetected();
    void showSheets();
    QString readingText() const;

    ImportWizard *m_wizard;
    QLineEdit *m_file;
    QPushButton *m_browse;
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
};

} // namespace kartoitus
