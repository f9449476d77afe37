#pragma once

#include "reports/healthstationlist.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPrintPreviewDialog;
class QPushButton;
class QTableView;
class QTimer;

namespace kartoitus {

class HealthStationFilterPanel;
class OpenRegister;
class ReportOutput;

namespace reports {
class ReportModel;
}

// The health-station list window: the choices on the left, the activities they match
// shown as they change, saved lists to run again with one click, and the list printed
// (preview), or saved as PDF, CSV or XLSX.
class HealthStationDialog : public QDialog
{
    Q_OBJECT

public:
    // The most activities the window lists and prints; more ask for narrower choices.
    static constexpr qint64 MaxListed = 5000;

    explicit HealthStationDialog(OpenRegister *reg, QWidget *parent = nullptr);
    ~HealthStationDialog() override;

    reports::ReportModel *model() const { return m_model; }
    const reports::Report &report() const;

    // Saves the current choices under `name` in the register, as one undo step.
    bool saveListAs(const QString &name, QString *error);
    // Runs a saved list: its choices replace the current ones.
    void runSavedList(const QString &name);
    // Writes the list to `path`: PDF, CSV (Excel in Finnish), or XLSX by `format`
    // ("pdf", "csv-excel", "xlsx"), on a worker thread; savingFinished() says how it went.
    void saveTo(const QString &path, const QString &format);
    QPrintPreviewDialog *printPreview();

signals:
    void savingFinished(bool ok, const QString &path, const QString &error);

private:
    void buildLayout();
    void refresh();
    void reloadSavedLists();
    void askAndSave(const QString &format);
    void askListName();
    void deleteSavedList();
    void setBusy(bool busy);

    QPointer<OpenRegister> m_register;
    QString m_language;
    QString m_listName; // the saved list last run, printed under the title
    HealthStationFilterPanel *m_panel;
    QListWidget *m_saved;
    QTableView *m_table;
    reports::ReportModel *m_model;
    QLabel *m_count;
    QLabel *m_status;
    QTimer *m_refreshTimer;
    QList<QPushButton *> m_outputButtons;
    ReportOutput *m_output;
};

} // namespace kartoitus
