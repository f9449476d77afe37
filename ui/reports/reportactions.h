#pragma once

#include "common/featureactions.h"

namespace kartoitus {

class HealthStationDialog;

// The printable lists' actions for the window's menu: File › Health-Station List… opens the
// list window for the register the window has open.
class ReportActions : public FeatureActions
{
    Q_OBJECT

public:
    explicit ReportActions(QWidget *window);

    QAction *healthStationAction() const { return action(); }

    // Opens the health-station list window (or raises the one open).
    HealthStationDialog *openHealthStationList();

protected:
    void trigger() override { openHealthStationList(); }
    // The list window shows one register: another one closes it.
    void registerChanging(OpenRegister *next) override;

private:
    QPointer<HealthStationDialog> m_dialog;
};

} // namespace kartoitus
