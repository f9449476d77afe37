#include "reports/reportactions.h"

#include "common/openregister.h"
#include "reports/healthstationdialog.h"

#include <QAction>
#include <QWidget>

namespace kartoitus {

ReportActions::ReportActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_healthStation(new QAction(tr("&Health-Station List…"), this))
{
    m_healthStation->setObjectName(QStringLiteral("healthStationAction"));
    m_healthStation->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_healthStation->setStatusTip(
        tr("Print or save the activities a health station can refer a client to"));
    m_healthStation->setEnabled(false);
    connect(m_healthStation, &QAction::triggered, this, [this] { openHealthStationList(); });
}

void ReportActions::setRegister(OpenRegister *reg)
{
    if (m_dialog && reg != m_register)
        m_dialog->close();
    m_register = reg;
    // A read-only register prints as well as any; only saving a list definition writes.
    m_healthStation->setEnabled(reg != nullptr);
}

HealthStationDialog *ReportActions::openHealthStationList()
{
    if (!m_register)
        return nullptr;
    if (!m_dialog) {
        m_dialog = new HealthStationDialog(m_register, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

} // namespace kartoitus
