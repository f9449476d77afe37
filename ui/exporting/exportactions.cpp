#include "exporting/exportactions.h"

#include "common/openregister.h"
#include "exporting/exportdialog.h"

#include <QAction>
#include <QFileInfo>
#include <QLocale>
#include <QWidget>

namespace kartoitus {

ExportActions::ExportActions(QWidget *window, ScopeProvider scope)
    : QObject(window)
    , m_window(window)
    , m_scope(std::move(scope))
    , m_export(new QAction(tr("&Export…"), this))
{
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setStatusTip(tr("Save what the list shows as CSV or XLSX"));
    m_export->setEnabled(false);
    connect(m_export, &QAction::triggered, this, [this] { startExport(); });
}

void ExportActions::setRegister(OpenRegister *reg)
{
    m_register = reg;
    // A read-only register exports as well as any: export only reads.
    m_export->setEnabled(reg != nullptr);
}

ExportDialog *ExportActions::startExport()
{
    if (!m_register)
        return nullptr;
    const ExportScope scope = m_scope();
    auto *dialog = new ExportDialog(m_register->path(), scope, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRegisterMode(m_register->openMode());
    connect(dialog, &ExportDialog::exportFinished, this,
            [this](const exporting::ExportResult &result, const QString &path) {
                if (!result.ok)
                    return;
                const QString rows = QLocale().toString(result.rows);
                const QString file = QFileInfo(path).fileName();
                emit statusMessage(
                    result.omittedPersonal.isEmpty()
                        ? tr("Exported %1 rows to %2.").arg(rows, file)
                        : tr("Exported %1 rows to %2, without personal data.").arg(rows, file));
            });
    dialog->open();
    return dialog;
}

} // namespace kartoitus
