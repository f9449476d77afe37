#pragma once

#include "exporting/exportdialog.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace kartoitus {

class OpenRegister;

// File › Export…: the export dialog for what the window's current list shows. The window
// hands over the register it has open (setRegister) and how to ask the list what it shows.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    using ScopeProvider = std::function<ExportScope()>;

    ExportActions(QWidget *window, ScopeProvider scope);

    QAction *exportAction() const { return m_export; }

    void setRegister(OpenRegister *reg);
    // Opens the export dialog (window-modal).
    ExportDialog *startExport();

signals:
    // A line for the status bar (what the export wrote).
    void statusMessage(const QString &text);

private:
    QWidget *m_window;
    ScopeProvider m_scope;
    QPointer<OpenRegister> m_register;
    QAction *m_export;
};

} // namespace kartoitus
