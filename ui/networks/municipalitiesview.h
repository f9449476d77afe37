#pragma once

#include "common/registerpage.h"
#include "reports/report.h"

class QLabel;
class QPushButton;
class QTableView;

namespace kartoitus {

class ReportOutput;
class SearchField;
class SearchFilterModel;
struct Person;
namespace reports {
class ReportModel;
}

// The municipalities of the register's region (the 22 of Central Finland) with their liaison
// persons for organisations: name, role, email, phone and when last checked; a municipality
// without one is highlighted and says so. Liaison persons are added, edited and removed
// here, each change one undo step. Printed and saved as the liaison persons' list. The search
// box narrows the table to the rows that hold every word typed (Finnish letters, any case).
class MunicipalitiesView : public RegisterPage
{
    Q_OBJECT

public:
    explicit MunicipalitiesView(QWidget *parent = nullptr);

    reports::ReportModel *model() const { return m_model; }
    QLineEdit *searchField() const override;
    // "22 municipalities, 21 liaison persons", or how many rows the search leaves.
    QString countText() const override;

    // The municipality of a row of model() and its liaison person there (0 for the row of a
    // municipality without one).
    QString municipalityCodeAt(int row) const { return m_rows.value(row).code; }
    qint64 personIdAt(int row) const { return m_rows.value(row).personId; }

    // Each one undo step named after the person and the municipality; false with *error
    // (nothing changed) when it cannot be done. saveLiaison adds a person without an id.
    bool saveLiaison(const Person &person, QString *error);
    bool removeLiaison(qint64 personId, QString *error);

    // The dialogs behind the buttons, for the selected row.
    void askAdd();
    void askEdit();
    void askRemove();

protected:
    void registerChanged(ChangeSet what) override;
    void registerSet() override;

private:
    void buildLayout();
    void reload();
    void save(const QString &format);
    int selectedRow() const;
    void editInDialog(const Person &person, const QString &municipality);
    QString municipalityName(const QString &code) const;
    void failed(const QString &message);

    struct Row
    {
        QString code;
        QString name;
        qint64 personId = 0;
    };

    reports::ReportModel *m_model;
    SearchFilterModel *m_filter;
    SearchField *m_search;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_status;
    QList<QPushButton *> m_buttons;
    QList<QPushButton *> m_editButtons;
    QList<Row> m_rows; // the table's rows
    ReportOutput *m_output;
};

} // namespace kartoitus
