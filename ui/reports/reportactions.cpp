#include "reports/reportactions.h"

#include "common/openregister.h"
#include "reports/healthstationdialog.h"

#include <QAction>
#include <QWidget>

namespace kartoitus {

// A read-only register prints as well as any; only saving a list definition writes.
ReportActions::ReportActions(QWidget *window)
    : FeatureActions(window, tr("&Health-Station List…"), Needs::Register)
{
    action()->setObjectName(QStringLiteral("healthStationAction"));
    action()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    action()->setStatusTip(
        tr("Print or save the activities a health station can refer a client to"));
}

void ReportActions::registerChanging(OpenRegister *next)
{
    if (m_dialog && next != openRegister())
        m_dialog->close();
}

HealthStationDialog *ReportActions::openHealthStationList()
{
    if (!openRegister())
        return nullptr;
    if (!m_dialog) {
        m_dialog = new HealthStationDialog(openRegister(), window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

} // namespace kartoitus
