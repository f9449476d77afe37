#pragma once

#include "common/featureactions.h"
#include "exporting/exportdialog.h"

#include <functional>

namespace kartoitus {

// File › Export…: the export dialog for what the window's current list shows. The window
// hands over the register it has open (setRegister) and how to ask the list what it shows.
class ExportActions : public FeatureActions
{
    Q_OBJECT

public:
    using ScopeProvider = std::function<ExportScope()>;

    ExportActions(QWidget *window, ScopeProvider scope);

    QAction *exportAction() const { return action(); }

    // Opens the export dialog (window-modal).
    ExportDialog *startExport();

protected:
    void trigger() override { startExport(); }

private:
    ScopeProvider m_scope;
};

} // namespace kartoitus
