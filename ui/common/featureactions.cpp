#include "common/featureactions.h"

#include "common/openregister.h"

#include <QAction>
#include <QWidget>

namespace kartoitus {

FeatureActions::FeatureActions(QWidget *window, const QString &text, Needs needs)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(text, this))
    , m_needs(needs)
{
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, [this] { trigger(); });
}

void FeatureActions::setRegister(OpenRegister *reg)
{
    registerChanging(reg);
    m_register = reg;
    const bool writable = reg && !reg->isReadOnly();
    m_action->setEnabled(m_needs == Needs::WritableRegister ? writable : reg != nullptr);
}

} // namespace kartoitus
