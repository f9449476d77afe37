#pragma once

#include "importing/importstep.h"
#include <QList>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace kartoitus {

class ImportWizard;
class MappingPreviewModel;

// Step 2: which field each column of the file fills — one combo per column, matched by
// header name, "Ignore" for columns to leave out — with the first rows shown as they will
// be imported. A mapping can be saved by name; one saved for files with the same headers
// is offered (and used) automatically.
class ImportMappingPage : public ImportStep
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    // The value step when a column fills a list field, else the plan.
    int nextId() const override;

    // Maps the file's column to a field key (empty: ignore), as the combo would.
    void setColumnKey(int column, const QString &key);
    // Saves the current mapping under `name` in the register; false and *error on failure.
    bool saveMapping(const QString &name, QString *error);
    // Applies a saved mapping by name.
    void applySavedMapping(const QString &name);
    // The saved mapping the columns are mapped by (used, applied or just saved), or empty
    // once a column has been changed from it.
    QString currentSavedName() const { return m_inUse; }

    QComboBox *columnCombo(int column) const { return m_combos.value(column); }

private:
    QWidget *buildSavedRow();
    void buildColumnRows();
    void columnChosen(int column);
    void askAndSave();
    void loadSavedNames();
    void showMapping();

    QComboBox *m_saved;
    QPushButton *m_apply;
    QPushButton *m_save;
    QLabel *m_savedNote;
    QWidget *m_rows;
    QGridLayout *m_grid;
    QList<QComboBox *> m_combos;
    QSplitter *m_splitter;
    QLabel *m_problem;
    QTableView *m_previewView;
    MappingPreviewModel *m_preview;
    QString m_inUse;
};

} // namespace kartoitus
