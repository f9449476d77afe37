#include "exporting/exportactions.h"

#include "common/openregister.h"
#include "exporting/exportdialog.h"

#include <QAction>
#include <QFileInfo>
#include <QLocale>
#include <QWidget>

namespace kartoitus {

// A read-only register exports as well as any: export only reads.
ExportActions::ExportActions(QWidget *window, ScopeProvider scope)
    : FeatureActions(window, tr("&Export…"), Needs::Register)
    , m_scope(std::move(scope))
{
    action()->setObjectName(QStringLiteral("exportAction"));
    action()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    action()->setStatusTip(tr("Save what the list shows as CSV or XLSX"));
}

ExportDialog *ExportActions::startExport()
{
    OpenRegister *reg = openRegister();
    if (!reg)
        return nullptr;
    const ExportScope scope = m_scope();
    auto *dialog = new ExportDialog(reg->path(), scope, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRegisterMode(reg->openMode());
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
