#include "organisations/organisationactions.h"

#include "commands/journaledcommand.h"
#include "common/openregister.h"
#include "models/organisationtablemodel.h"
#include "organisations/organisationeditor.h"
#include "organisations/organisationlistwidget.h"
#include "organisations/organisationrecord.h"
#include "repositories/activityrepository.h"
#include "repositories/networkrepository.h"
#include "repositories/organisationrepository.h"
#include "repositories/personrepository.h"
#include "storage/register.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

#include <functional>

namespace kartoitus {

namespace {

// How many names a question lists before it counts the rest.
constexpr int MaxListedNames = 5;

} // namespace

OrganisationActions::OrganisationActions(OrganisationListWidget *list, QWidget *window)
    : QObject(window)
    , m_list(list)
    , m_window(window)
    , m_open(new QAction(tr("&Open…"), this))
    , m_new(new QAction(tr("&New Organisation…"), this))
    , m_delete(new QAction(tr("&Delete…"), this))
    , m_verify(new QAction(tr("Mark as &Verified Today"), this))
{
    m_open->setObjectName(QStringLiteral("openOrganisationAction"));
    m_new->setObjectName(QStringLiteral("newOrganisationAction"));
    m_delete->setObjectName(QStringLiteral("deleteOrganisationAction"));
    m_verify->setObjectName(QStringLiteral("verifyOrganisationAction"));
    // Ctrl+N makes a new register; Enter, F2 and Delete belong to the list, where the
    // search box keeps its own Enter and Delete.
    m_open->setShortcuts(
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_F2)});
    m_open->setShortcutContext(Qt::WidgetShortcut);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_verify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    QTableView *view = m_list->view();
    for (QAction *action : {m_open, m_new, m_delete, m_verify})
        view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_open, &QAction::triggered, this, [this] {
        if (const qint64 id = m_list->currentOrganisationId(); id > 0)
            openEditor(id);
    });
    connect(m_new, &QAction::triggered, this, [this] { openEditor(0); });
    connect(m_delete, &QAction::triggered, this, &OrganisationActions::askToDelete);
    connect(m_verify, &QAction::triggered, this, &OrganisationActions::verifySelected);
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_list->model()->organisationId(index.row()); id > 0)
            openEditor(id);
    });
    connect(m_list, &OrganisationListWidget::openRequested, this,
            [this](qint64 id) { openEditor(id); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrganisationActions::updateEnabled);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OrganisationActions::updateEnabled);
    connect(m_list, &OrganisationListWidget::countsChanged, this,
            &OrganisationActions::updateEnabled);
    updateEnabled();
}

void OrganisationActions::setRegister(OpenRegister *reg)
{
    m_register = reg;
    updateEnabled();
}

QMenu *OrganisationActions::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Organisation"), parent);
    menu->addAction(m_new);
    menu->addAction(m_open);
    menu->addSeparator();
    menu->addAction(m_verify);
    menu->addSeparator();
    menu->addAction(m_delete);
    // The menu shows the list's shortcuts; they work where the list has the focus.
    connect(menu, &QMenu::aboutToShow, this, &OrganisationActions::updateEnabled);
    return menu;
}

void OrganisationActions::updateEnabled()
{
    const bool writable = m_register && !m_register->isReadOnly();
    const bool current = m_register && m_list->currentOrganisationId() > 0;
    m_open->setEnabled(current);
    m_new->setEnabled(writable);
    m_delete->setEnabled(writable && !targets().isEmpty());
    m_verify->setEnabled(writable && !targets().isEmpty());
}

QList<qint64> OrganisationActions::targets() const
{
    QList<qint64> ids = m_list->selectedOrganisationIds();
    if (ids.isEmpty()) {
        if (const qint64 id = m_list->currentOrganisationId(); id > 0)
            ids.append(id);
    }
    return ids;
}

QStringList OrganisationActions::names(const QList<qint64> &ids) const
{
    QStringList result;
    const OrganisationRepository repository(m_register->database());
    for (qint64 id : ids) {
        if (const std::optional<Organisation> o = repository.get(id))
            result.append(o->name);
    }
    return result;
}

OrganisationEditor *OrganisationActions::openEditor(qint64 id)
{
    if (!m_register)
        return nullptr;
    auto *editor = new OrganisationEditor(m_register, id, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &OrganisationEditor::saved, this,
            [this](qint64, const QString &text) { emit statusMessage(text); });
    connect(editor, &OrganisationEditor::activityRequested, this,
            &OrganisationActions::activityRequested);
    connect(editor, &OrganisationEditor::personRequested, this,
            &OrganisationActions::personRequested);
    editor->open();
    return editor;
}

// "Its 4 activities and 2 network memberships go with it." and what stays.
QString OrganisationActions::deleteConsequences(const QList<qint64> &ids) const
{
    const QSqlDatabase db = m_register->database();
    qint64 activities = 0;
    qint64 persons = 0;
    for (qint64 id : ids) {
        ActivityFilter activityFilter;
        activityFilter.organisationId = id;
        activities += ActivityRepository(db).count(activityFilter);
        PersonFilter personFilter;
        personFilter.organisationId = id;
        persons += PersonRepository(db).count(personFilter);
    }
    qint64 memberships = 0;
    const NetworkRepository networks(db);
    for (const Network &network : networks.list()) {
        for (const NetworkMember &member : networks.members(network.id))
            memberships += ids.contains(member.organisationId) ? 1 : 0;
    }
    const bool one = ids.size() == 1;
    QStringList goes;
    if (activities > 0)
        goes.append(tr("%n activities", nullptr, int(activities)));
    if (memberships > 0)
        goes.append(tr("%n network memberships", nullptr, int(memberships)));
    QString text;
    if (goes.isEmpty())
        text = one ? tr("It has no activities or network memberships.")
                   : tr("They have no activities or network memberships.");
    else {
        const QString what =
            goes.size() == 1 ? goes.first() : tr("%1 and %2").arg(goes[0], goes[1]);
        text = one ? tr("Its %1 are deleted with it.").arg(what)
                   : tr("Their %1 are deleted with them.").arg(what);
    }
    if (persons > 0)
        text += QLatin1Char(' ') +
                (one ? tr("Its %n contact persons stay in the register without an organisation.",
                          nullptr, int(persons))
                     : tr("Their %n contact persons stay in the register without an "
                          "organisation.",
                          nullptr, int(persons)));
    return text + QLatin1Char(' ') + tr("Edit › Undo brings everything back.");
}

void OrganisationActions::askToDelete()
{
    const QList<qint64> ids = targets();
    if (!m_register || m_register->isReadOnly() || ids.isEmpty())
        return;
    const QStringList found = names(ids);
    QString question;
    if (found.size() == 1)
        question = tr("Delete %1?").arg(found.first());
    else {
        QStringList listed = found.mid(0, MaxListedNames);
        if (found.size() > MaxListedNames)
            listed.append(tr("and %n more", nullptr, int(found.size() - MaxListedNames)));
        question = tr("Delete %n organisations?", nullptr, int(found.size())) +
                   QStringLiteral("\n\n") + listed.join(QLatin1Char('\n'));
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Organisations"), question,
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("deleteQuestion"));
    box->setInformativeText(deleteConsequences(ids));
    QPushButton *yes = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("deleteButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, yes, ids] {
        QString error;
        if (box->clickedButton() == yes && !deleteOrganisations(ids, &error))
            failed(tr("Delete Organisations"), error);
    });
    m_question = box;
    box->open();
}

bool OrganisationActions::deleteOrganisations(const QList<qint64> &ids, QString *error)
{
    if (!m_register || ids.isEmpty())
        return false;
    const QString text = OrganisationRecord::deleteText(names(ids));
    OrganisationRepository repository(m_register->database());
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

void OrganisationActions::verifySelected()
{
    QString error;
    if (!markVerified(targets(), &error) && !error.isEmpty())
        failed(tr("Mark as Verified"), error);
}

bool OrganisationActions::markVerified(const QList<qint64> &ids, QString *error)
{
    if (!m_register || m_register->isReadOnly() || ids.isEmpty())
        return false;
    const QString text = OrganisationRecord::verifyText(names(ids));
    OrganisationRepository repository(m_register->database());
    const QString now = currentTimestamp();
    const bool done = runJournaled(
        m_register, text,
        [&](QString *e) {
            return inOneTransaction(
                m_register->database(), ids,
                [&](qint64 id, QString *eachError) {
                    std::optional<Organisation> o = repository.get(id, eachError);
                    if (!o)
                        return false;
                    o->verifiedAt = now;
                    // The message names the organisation whose stored data stops it.
                    if (repository.update(&*o, eachError))
                        return true;
                    *eachError = QStringLiteral("%1: %2").arg(o->name, *eachError);
                    return false;
                },
                e);
        },
        error);
    if (done)
        emit statusMessage(text);
    return done;
}

void OrganisationActions::failed(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("organisationActionFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace kartoitus
