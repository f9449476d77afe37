#pragma once

#include "common/openregister.h"
#include "common/viewpage.h"

#include <QPointer>

class QAbstractItemModel;

namespace kartoitus {

// A view of the window over the open register (the networks, the municipalities, the
// surveys): it holds the register, null while none is open and once it is closed, and hears
// of its changes. A subclass says in registerChanged() which changes it reads again and in
// registerSet() what follows from another register (or none).
class RegisterPage : public ViewPage
{
    Q_OBJECT

public:
    using ViewPage::ViewPage;

    void setRegister(OpenRegister *reg);
    OpenRegister *openRegister() const { return m_register; }
    // A register is open and may be written.
    bool isWritable() const { return m_register && !m_register->isReadOnly(); }

signals:
    // A line for the window's status bar: what was done, or why it could not be.
    void statusMessage(const QString &message);

protected:
    // Signals countTextChanged() whenever `rows`, what the view counts, gains, loses or
    // reorders rows.
    void countRowsOf(const QAbstractItemModel *rows);
    // The open register's records of `what` changed.
    virtual void registerChanged(ChangeSet what) = 0;
    // The view was handed another register, or none.
    virtual void registerSet() = 0;

private:
    QPointer<OpenRegister> m_register;
};

} // namespace kartoitus
