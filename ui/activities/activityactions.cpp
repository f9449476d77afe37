#include "activities/activityactions.h"

#include "activities/activityeditor.h"
#include "activities/activitylistwidget.h"
#include "activities/activityrecord.h"
#include "commands/journaledcommand.h"
#include "common/openregister.h"
#include "repositories/activityrepository.h"
#include "repositories/repositoryutil.h"
#include "storage/register.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

#include <functional>

namespace kartoitus {

namespace {

// How many names a question lists before it counts the rest.
constexpr int MaxListedNames = 5;

} // namespace

ActivityActions::ActivityActions(ActivityListWidget *list, QWidget *window)
    : QObject(window)
    , m_list(list)
    , m_window(window)
    , m_open(new QAction(tr("&Open…"), this))
    , m_new(new QAction(tr("&New Activity…"), this))
    , m_delete(new QAction(tr("&Delete…"), this))
    , m_verify(new QAction(tr("Mark as &Verified Today"), this))
{
    m_open->setObjectName(QStringLiteral("openActivityAction"));
    m_new->setObjectName(QStringLiteral("newActivityAction"));
    m_delete->setObjectName(QStringLiteral("deleteActivityAction"));
    m_verify->setObjectName(QStringLiteral("verifyActivityAction"));
    // Enter, F2 and Delete belong to the list; the search box keeps its own.
    m_open->setShortcuts(
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_F2)});
    m_open->setShortcutContext(Qt::WidgetShortcut);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);

    QTableView *view = m_list->view();
    for (QAction *action : {m_open, m_new, m_delete, m_verify})
        view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_open, &QAction::triggered, this, [this] {
        if (const qint64 id = m_list->currentId(); id > 0)
            openEditor(id);
    });
    connect(m_new, &QAction::triggered, this, [this] { openEditor(0); });
    connect(m_delete, &QAction::triggered, this, &ActivityActions::askToDelete);
    connect(m_verify, &QAction::triggered, this, [this] {
        QString error;
        if (!markVerified(targets(), &error) && !error.isEmpty())
            failed(tr("Mark as Verified"), error);
    });
    connect(m_list, &ActivityListWidget::openRequested, this,
            [this](qint64 id) { openEditor(id); });
    connect(m_list, &ActivityListWidget::selectionChanged, this, &ActivityActions::updateEnabled);
    updateEnabled();
}

void ActivityActions::setRegister(OpenRegister *reg)
{
    m_register = reg;
    updateEnabled();
}

QMenu *ActivityActions::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Activity"), parent);
    menu->addAction(m_new);
    menu->addAction(m_open);
    menu->addSeparator();
    menu->addAction(m_verify);
    menu->addSeparator();
    menu->addAction(m_delete);
    connect(menu, &QMenu::aboutToShow, this, &ActivityActions::updateEnabled);
    return menu;
}

void ActivityActions::updateEnabled()
{
    const bool writable = m_register && !m_register->isReadOnly();
    m_open->setEnabled(m_register && m_list->currentId() > 0);
    m_new->setEnabled(writable);
    m_delete->setEnabled(writable && !targets().isEmpty());
    m_verify->setEnabled(writable && !targets().isEmpty());
}

QList<qint64> ActivityActions::targets() const
{
    QList<qint64> ids = m_list->selectedIds();
    if (ids.isEmpty()) {
        if (const qint64 id = m_list->currentId(); id > 0)
            ids.append(id);
    }
    return ids;
}

QStringList ActivityActions::names(const QList<qint64> &ids) const
{
    QStringList result;
    const ActivityRepository repository(m_register->database());
    for (qint64 id : ids) {
        if (const std::optional<Activity> a = repository.get(id))
            result.append(a->name);
    }
    return result;
}

ActivityEditor *ActivityActions::openEditor(qint64 id, qint64 organisationId, QWidget *parent)
{
    if (!m_register)
        return nullptr;
    auto *editor = new ActivityEditor(m_register, id, organisationId, parent ? parent : m_window);
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

void ActivityActions::askToDelete()
{
    const QList<qint64> ids = targets();
    if (!m_register || m_register->isReadOnly() || ids.isEmpty())
        return;
    const QStringList found = names(ids);
    QString question;
    if (found.size() == 1) {
        question = tr("Delete the activity %1?").arg(found.first());
    } else {
        QStringList listed = found.mid(0, MaxListedNames);
        if (found.size() > MaxListedNames)
            listed.append(tr("and %n more", nullptr, int(found.size() - MaxListedNames)));
        question = tr("Delete %n activities?", nullptr, int(found.size())) +
                   QStringLiteral("\n\n") + listed.join(QLatin1Char('\n'));
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Activities"), question,
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("deleteActivityQuestion"));
    box->setInformativeText(tr("Their themes, target groups and municipalities go with them. "
                               "Edit › Undo brings everything back."));
    QPushButton *yes = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("deleteButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, yes, ids] {
        QString error;
        if (box->clickedButton() == yes && !deleteActivities(ids, &error))
            failed(tr("Delete Activities"), error);
    });
    m_question = box;
    box->open();
}

bool ActivityActions::deleteActivities(const QList<qint64> &ids, QString *error)
{
    if (!m_register || ids.isEmpty())
        return false;
    const QString text = ActivityRecord::deleteText(names(ids));
    ActivityRepository repository(m_register->database());
    const bool done = runJournaled(
        m_register, text,
        [&](QString *e) {
            return inOneTransaction(
                m_register->database(), ids,
                [&](qint64 id, QString *eachError) { return repository.remove(id, eachError); }, e);
        },
        error);
    if (done)
        emit statusMessage(text);
    return done;
}

bool ActivityActions::markVerified(const QList<qint64> &ids, QString *error)
{
    if (!m_register || m_register->isReadOnly() || ids.isEmpty())
        return false;
    const QString text = ActivityRecord::verifyText(names(ids));
    ActivityRepository repository(m_register->database());
    const QString now = currentTimestamp();
    const bool done = runJournaled(
        m_register, text,
        [&](QString *e) {
            return inOneTransaction(
                m_register->database(), ids,
                [&](qint64 id, QString *eachError) {
                    std::optional<Activity> a = repository.get(id, eachError);
                    if (!a)
                        return false;
                    a->verifiedAt = now;
                    if (repository.update(&*a, eachError))
                        return true;
                    *eachError = QStringLiteral("%1: %2").arg(a->name, *eachError);
                    return false;
                },
                e);
        },
        error);
    if (done)
        emit statusMessage(text);
    return done;
}

void ActivityActions::failed(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("activityActionFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace kartoitus
