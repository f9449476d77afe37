#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace kartoitus {

class HealthStationDialog;
class OpenRegister;

// The printable lists' actions for the window's menu: File › Health-Station List… opens the
// list window for the register the window has open.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    explicit ReportActions(QWidget *window);

    QAction *healthStationAction() const { return m_healthStation; }

    void setRegister(OpenRegister *reg);
    // Opens the health-station list window (or raises the one open).
    HealthStationDialog *openHealthStationList();

private:
    QWidget *m_window;
    QPointer<OpenRegister> m_register;
    QPointer<HealthStationDialog> m_dialog;
    QAction *m_healthStation;
};

} // namespace kartoitus
