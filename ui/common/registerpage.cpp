#include "common/registerpage.h"

namespace kartoitus {

void RegisterPage::setRegister(OpenRegister *reg)
{
    if (m_register)
        disconnect(m_register, nullptr, this, nullptr);
    m_register = reg;
    if (m_register) {
        connect(m_register, &OpenRegister::changed, this, &RegisterPage::registerChanged);
        connect(m_register, &QObject::destroyed, this, [this] { setRegister(nullptr); });
    }
    registerSet();
}

} // namespace kartoitus
