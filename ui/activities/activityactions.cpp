#include "activities/activityactions.h"

#include "activities/activityeditor.h"
#include "activities/activitylistwidget.h"
#include "activities/activityrecord.h"
#include "common/openregister.h"
#include "repositories/activityrepository.h"
#include "storage/register.h"

#include <QTableView>

namespace kartoitus {

ActivityActions::ActivityActions(ActivityListWidget *list, QWidget *window)
    : RecordActions(list->view(), window, QStringLiteral("Activity"), tr("&New Activity…"))
    , m_list(list)
{
    connect(m_list, &ActivityListWidget::openRequested, this,
            [this](qint64 id) { openEditor(id); });
    connect(m_list, &ActivityListWidget::selectionChanged, this, &ActivityActions::updateEnabled);
    updateEnabled();
}

QMenu *ActivityActions::createMenu(QWidget *parent)
{
    return RecordActions::createMenu(tr("&Activity"), parent);
}

qint64 ActivityActions::currentId() const
{
    return m_list->currentId();
}

QList<qint64> ActivityActions::selectedIds() const
{
    return m_list->selectedIds();
}

QStringList ActivityActions::names(const QList<qint64> &ids) const
{
    QStringList result;
    const ActivityRepository repository(openRegister()->database());
    for (qint64 id : ids) {
        if (const std::optional<Activity> a = repository.get(id))
            result.append(a->name);
    }
    return result;
}

ActivityEditor *ActivityActions::openEditor(qint64 id, qint64 organisationId, QWidget *parent)
{
    if (!openRegister())
        return nullptr;
    auto *editor =
        new ActivityEditor(openRegister(), id, organisationId, parent ? parent : window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &ActivityEditor::saved, this, [this](qint64 savedId, const QString &text) {
        m_list->refresh();
        m_list->selectRecord(savedId);
        emit statusMessage(text);
    });
    editor->open();
    return editor;
}

QString ActivityActions::deleteTitle() const
{
    return tr("Delete Activities");
}

QString ActivityActions::deleteHeadline(int count, const QString &name) const
{
    return count == 1 ? tr("Delete the activity %1?").arg(name)
                      : tr("Delete %n activities?", nullptr, count);
}

QString ActivityActions::deleteConsequences(const QList<qint64> &) const
{
    return tr("Their themes, target groups and municipalities go with them. "
              "Edit › Undo brings everything back.");
}

QString ActivityActions::deleteQuestionName() const
{
    return QStringLiteral("deleteActivityQuestion");
}

QString ActivityActions::deleteText(int count, const QString &name) const
{
    return ActivityRecord::deleteText(count, name);
}

QString ActivityActions::verifyText(int count, const QString &name) const
{
    return ActivityRecord::verifyText(count, name);
}

RecordActions::EachRecord ActivityActions::removeEach() const
{
    return [](const QSqlDatabase &db, qint64 id, QString *error) {
        return ActivityRepository(db).remove(id, error);
    };
}

RecordActions::EachRecord ActivityActions::verifyEach(const QString &timestamp) const
{
    return [timestamp](const QSqlDatabase &db, qint64 id, QString *error) {
        ActivityRepository repository(db);
        std::optional<Activity> a = repository.get(id, error);
        if (!a)
            return false;
        a->verifiedAt = timestamp;
        if (repository.update(&*a, error))
            return true;
        *error = QStringLiteral("%1: %2").arg(a->name, *error);
        return false;
    };
}

} // namespace kartoitus
