#pragma once

#include "importing/importsession.h"
#include "importing/importstep.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;

namespace kartoitus {

class ImportWizard;

// Step 3, after a column of sectors, themes, target groups, legal forms or municipalities has
// been mapped: what the file's own words mean. The whole file is read on a worker thread (with
// progress; Back cancels it); every value the register's lists do not know is listed with the
// existing items to import it as — the one it most likely means ("did you mean") chosen — or
// "Leave empty". The choices go into the column mapping, and into the saved mapping in use (or,
// when none is, a new one named after the file), so that the command line and next year's file
// with the same headers import the same way. When the file holds no unknown value the wizard
// goes straight on to the plan.
class ImportValuesPage : public ImportStep
{
    Q_OBJECT

public:
    explicit ImportValuesPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // Back to the columns: the reading stops, and the choices made here are taken back, to be
    // asked again.
    void cleanupPage() override;

    bool isReading() const { return m_reader->isRunning(); }
    // Blocks until the file has been read and the result is shown (for tests).
    void waitForValues() { m_reader->wait(); }

    // The unknown values listed, in the order of the combos.
    const QList<importing::UnknownValue> &unknownValues() const { return m_unknown; }
    QComboBox *valueCombo(int row) const { return m_combos.value(row); }

private:
    void clearRows();
    void read();
    void found(const importing::UnknownValues &result);
    void showValues();
    QComboBox *choicesFor(const importing::UnknownValue &value);
    QString unusedMappingName() const;

    UnknownValuesReader *m_reader;
    QLabel *m_note;
    QProgressBar *m_progress;
    QGridLayout *m_grid;
    QCheckBox *m_remember;
    QList<importing::UnknownValue> m_unknown;
    QList<QComboBox *> m_combos;
    QString m_newMappingName; // when no saved mapping is in use: the one the choices go into
    bool m_readOk = false;
};

} // namespace kartoitus
