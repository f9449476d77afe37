#include "common/registerpage.h"

#include <QAbstractItemModel>

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

void RegisterPage::countRowsOf(const QAbstractItemModel *rows)
{
    connect(rows, &QAbstractItemModel::modelReset, this, &ViewPage::countTextChanged);
    connect(rows, &QAbstractItemModel::layoutChanged, this, &ViewPage::countTextChanged);
    connect(rows, &QAbstractItemModel::rowsInserted, this, &ViewPage::countTextChanged);
    connect(rows, &QAbstractItemModel::rowsRemoved, this, &ViewPage::countTextChanged);
}

} // namespace kartoitus
