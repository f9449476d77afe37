#include "persons/personactions.h"

#include "commands/journaledcommand.h"
#include "common/openregister.h"
#include "persons/personeditor.h"
#include "persons/personlistwidget.h"
#include "persons/personrecord.h"
#include "repositories/personrepository.h"
#include "storage/register.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

#include <functional>

namespace kartoitus {

namespace {

constexpr int MaxListedNames = 5;

} // namespace

PersonActions::PersonActions(PersonListWidget *list, QWidget *window)
    : QObject(window)
    , m_list(list)
    , m_window(window)
    , m_open(new QAction(tr("&Open…"), this))
    , m_new(new QAction(tr("&New Person…"), this))
    , m_delete(new QAction(tr("&Delete…"), this))
    , m_verify(new QAction(tr("Mark as &Verified Today"), this))
    , m_forget(new QAction(tr("&Forget This Person…"), this))
{
    m_open->setObjectName(QStringLiteral("openPersonAction"));
    m_new->setObjectName(QStringLiteral("newPersonAction"));
    m_delete->setObjectName(QStringLiteral("deletePersonAction"));
    m_verify->setObjectName(QStringLiteral("verifyPersonAction"));
    m_forget->setObjectName(QStringLiteral("forgetPersonAction"));
    m_forget->setStatusTip(tr("Erase the person everywhere, survey answers included"));
    m_open->setShortcuts(
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_F2)});
    m_open->setShortcutContext(Qt::WidgetShortcut);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);

    QTableView *view = m_list->view();
    for (QAction *action : {m_open, m_new, m_delete, m_verify, m_forget})
        view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_open, &QAction::triggered, this, [this] {
        if (const qint64 id = m_list->currentId(); id > 0)
            openEditor(id);
    });
    connect(m_new, &QAction::triggered, this, [this] { openEditor(0); });
    connect(m_delete, &QAction::triggered, this, &PersonActions::askToDelete);
    connect(m_forget, &QAction::triggered, this, &PersonActions::askToForget);
    connect(m_verify, &QAction::triggered, this, [this] {
        QString error;
        if (!markVerified(targets(), &error) && !error.isEmpty())
            failed(tr("Mark as Verified"), error);
    });
    connect(m_list, &PersonListWidget::openRequested, this, [this](qint64 id) { openEditor(id); });
    connect(m_list, &PersonListWidget::selectionChanged, this, &PersonActions::updateEnabled);
    updateEnabled();
}

void PersonActions::setRegister(OpenRegister *reg)
{
    m_register = reg;
    updateEnabled();
}

QMenu *PersonActions::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Person"), parent);
    menu->addAction(m_new);
    menu->addAction(m_open);
    menu->addSeparator();
    menu->addAction(m_verify);
    menu->addSeparator();
    menu->addAction(m_delete);
    menu->addAction(m_forget);
    connect(menu, &QMenu::aboutToShow, this, &PersonActions::updateEnabled);
    return menu;
}

void PersonActions::updateEnabled()
{
    const bool writable = m_register && !m_register->isReadOnly();
    const bool any = !targets().isEmpty();
    m_open->setEnabled(m_register && m_list->currentId() > 0);
    m_new->setEnabled(writable);
    m_delete->setEnabled(writable && any);
    m_verify->setEnabled(writable && any);
    m_forget->setEnabled(writable && m_list->currentId() > 0);
}

QList<qint64> PersonActions::targets() const
{
    QList<qint64> ids = m_list->selectedIds();
    if (ids.isEmpty()) {
        if (const qint64 id = m_list->currentId(); id > 0)
            ids.append(id);
    }
    return ids;
}

QStringList PersonActions::names(const QList<qint64> &ids) const
{
    QStringList result;
    const PersonRepository repository(m_register->database());
    for (qint64 id : ids) {
        if (const std::optional<Person> p = repository.get(id))
            result.append(p->name);
    }
    return result;
}

PersonEditor *PersonActions::openEditor(qint64 id, qint64 organisationId, QWidget *parent)
{
    if (!m_register)
        return nullptr;
    auto *editor = new PersonEditor(m_register, id, organisationId, parent ? parent : m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &PersonEditor::saved, this, [this](qint64 savedId, const QString &text) {
        m_list->refresh();
        m_list->selectRecord(savedId);
        emit statusMessage(text);
    });
    editor->open();
    return editor;
}

void PersonActions::askToDelete()
{
    const QList<qint64> ids = targets();
    if (!m_register || m_register->isReadOnly() || ids.isEmpty())
        return;
    const QStringList found = names(ids);
    QString question;
    if (found.size() == 1) {
        question = tr("Delete %1?").arg(found.first());
    } else {
        QStringList listed = found.mid(0, MaxListedNames);
        if (found.size() > MaxListedNames)
            listed.append(tr("and %n more", nullptr, int(found.size() - MaxListedNames)));
        question = tr("Delete %n persons?", nullptr, int(found.size())) + QStringLiteral("\n\n") +
                   listed.join(QLatin1Char('\n'));
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Persons"), question,
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("deletePersonQuestion"));
    box->setInformativeText(tr("Activities and organisations that name them as contact are left "
                               "without one. Their words in survey answers stay: use Forget This "
                               "Person to erase those too. Edit › Undo brings everything back."));
    QPushButton *yes = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("deleteButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, yes, ids] {
        QString error;
        if (box->clickedButton() == yes && !deletePersons(ids, &error))
            failed(tr("Delete Persons"), error);
    });
    m_question = box;
    box->open();
}

QString PersonActions::forgetConsequences(qint64 id) const
{
    PersonRepository::ForgetScope scope;
    QString error;
    const std::optional<Person> person = PersonRepository(m_register->database()).get(id, &error);
    if (!person || !PersonRepository(m_register->database()).forgetScope(id, &scope, &error))
        return error;
    QStringList details = {tr("name")};
    if (!person->email.isEmpty())
        details.append(tr("email %1").arg(person->email));
    if (!person->phone.isEmpty())
        details.append(tr("phone %1").arg(person->phone));
    QStringList lines;
    lines.append(tr("Erased: the person (%1).").arg(details.join(QStringLiteral(", "))));
    if (scope.surveyResponses > 0)
        lines.append(tr("Erased: their name, email and phone in %n survey responses, raw rows "
                        "included.",
                        nullptr, scope.surveyResponses));
    if (scope.representativeTerms > 0)
        lines.append(tr("Erased: %n terms as a network representative.", nullptr,
                        scope.representativeTerms));
    if (scope.activities + scope.organisations > 0)
        lines.append(tr("Left without a contact person: %n activities and organisations.", nullptr,
                        scope.activities + scope.organisations));
    lines.append(tr("Edit › Undo brings the person back while the register is open. When the "
                    "register is closed, the forgetting is final: nothing of it is kept."));
    return lines.join(QLatin1Char('\n'));
}

void PersonActions::askToForget()
{
    const qint64 id = m_list->currentId();
    if (!m_register || m_register->isReadOnly() || id <= 0)
        return;
    const QStringList found = names({id});
    if (found.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Forget This Person"),
                                tr("Forget %1 everywhere in the register?").arg(found.first()),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("forgetQuestion"));
    box->setInformativeText(forgetConsequences(id));
    QPushButton *yes = box->addButton(tr("&Forget"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("forgetButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, yes, id] {
        QString error;
        if (box->clickedButton() == yes && !forgetPerson(id, &error))
            failed(tr("Forget This Person"), error);
    });
    m_question = box;
    box->open();
}

bool PersonActions::deletePersons(const QList<qint64> &ids, QString *error)
{
    if (!m_register || ids.isEmpty())
        return false;
    const QString text = PersonRecord::deleteText(names(ids));
    PersonRepository repository(m_register->database());
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

bool PersonActions::forgetPerson(qint64 id, QString *error)
{
    if (!m_register || m_register->isReadOnly())
        return false;
    const QStringList found = names({id});
    if (found.isEmpty())
        return false;
    const QString text = PersonRecord::forgetText(found.first());
    PersonRepository repository(m_register->database());
    const bool done = runJournaled(
        m_register, text,
        [&](QString *e) {
            return inOneTransaction(
                m_register->database(), {id},
                [&](qint64 each, QString *eachError) { return repository.forget(each, eachError); },
                e);
        },
        error);
    if (done)
        emit statusMessage(text);
    return done;
}

bool PersonActions::markVerified(const QList<qint64> &ids, QString *error)
{
    if (!m_register || m_register->isReadOnly() || ids.isEmpty())
        return false;
    const QString text = PersonRecord::verifyText(names(ids));
    PersonRepository repository(m_register->database());
    const QString now = currentTimestamp();
    const bool done = runJournaled(
        m_register, text,
        [&](QString *e) {
            return inOneTransaction(
                m_register->database(), ids,
                [&](qint64 id, QString *eachError) {
                    std::optional<Person> p = repository.get(id, eachError);
                    if (!p)
                        return false;
                    p->verifiedAt = now;
                    if (repository.update(&*p, eachError))
                        return true;
                    *eachError = QStringLiteral("%1: %2").arg(p->name, *eachError);
                    return false;
                },
                e);
        },
        error);
    if (done)
        emit statusMessage(text);
    return done;
}

void PersonActions::failed(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("personActionFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace kartoitus
