#pragma once

#include "reports/report.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace kartoitus {

class OpenRegister;
class ReportOutput;
namespace reports {
class ReportModel;
}

// The municipalities of the register's region (the 22 of Central Finland) with their liaison
// persons for organisations: name, role, email, phone and when last checked; a municipality
// without one is highlighted and says so. Printed and saved as the liaison persons' list.
class MunicipalitiesView : public QWidget
{
    Q_OBJECT

public:
    explicit MunicipalitiesView(QWidget *parent = nullptr);

    void setRegister(OpenRegister *reg);
    reports::ReportModel *model() const { return m_model; }
    ReportOutput *output() const { return m_output; }
    QTableView *table() const { return m_view; }
    QLabel *summary() const { return m_summary; }

signals:
    void statusMessage(const QString &message);

private:
    void reload();
    void save(const QString &format);

    QPointer<OpenRegister> m_register;
    reports::ReportModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_status;
    QList<QPushButton *> m_buttons;
    ReportOutput *m_output;
};

} // namespace kartoitus
