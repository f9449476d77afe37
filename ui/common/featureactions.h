#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace kartoitus {

class OpenRegister;

// A feature's action in the window's menu (import, export, a printable list): the window
// hands over the register it has open (setRegister), the action is enabled while there is
// one — and, for a feature that writes, while it may be written — and triggering it opens
// the feature over the window.
class FeatureActions : public QObject
{
    Q_OBJECT

public:
    enum class Needs
    {
        Register,        // reading is enough: a read-only register serves as well
        WritableRegister // the feature writes
    };

    void setRegister(kartoitus::OpenRegister *reg);

signals:
    // A line for the status bar (what the feature did).
    void statusMessage(const QString &text);

protected:
    // The action's text is `text`; the window is its parent's and what the feature opens over.
    FeatureActions(QWidget *window, const QString &text, Needs needs);

    QAction *action() const { return m_action; }
    QWidget *window() const { return m_window; }
    OpenRegister *openRegister() const { return m_register; }

    // The action was triggered (and is enabled).
    virtual void trigger() = 0;
    // The window's register is about to become `next` (nullptr: none).
    virtual void registerChanging(OpenRegister *next) { Q_UNUSED(next) }

private:
    QWidget *m_window;
    QPointer<OpenRegister> m_register;
    QAction *m_action;
    Needs m_needs;
};

} // namespace kartoitus
