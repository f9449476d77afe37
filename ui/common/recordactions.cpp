#include "common/recordactions.h"

#include "commands/journaledcommand.h"
#include "common/lazylistpage.h"
#include "common/openregister.h"
#include "common/recordeditor.h"
#include "common/recordlistpage.h"
#include "common/registertask.h"
#include "storage/register.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

namespace kartoitus {

namespace {

// How many names a question lists before it counts the rest.
constexpr int MaxListedNames = 5;

// The write of a step over a selection on a worker's connection, journaled into the
// register's undo store (attached by runOnRegister) so that the GUI can push it.
SelectionWrite writeSelection(Register &reg, const QList<qint64> &ids,
                              const RecordActions::EachRecord &each)
{
    SelectionWrite result;
    const QSqlDatabase db = reg.database();
    UndoJournal journal(db);
    if (!journal.begin(&result.error))
        return result;
    if (!inOneTransaction(
            db, ids, [&](qint64 id, QString *error) { return each(db, id, error); },
            &result.error)) {
        journal.discard(journal.takeRange(nullptr), nullptr);
        return result;
    }
    result.undo = journal.takeRange(&result.error);
    result.tables = journal.tables(result.undo, &result.error);
    result.ok = true;
    return result;
}

} // namespace

RecordActions::RecordActions(LazyListPage *list, QWidget *window, const Names &names)
    : QObject(window)
    , m_list(list)
    , m_view(list->view())
    , m_window(window)
    , m_names(names)
    , m_open(new QAction(tr("&Open…"), this))
    , m_new(new QAction(names.newText, this))
    , m_delete(new QAction(tr("&Delete…"), this))
    , m_verify(new QAction(tr("Mark as &Verified Today"), this))
{
    m_open->setObjectName(QStringLiteral("open%1Action").arg(names.kind));
    m_new->setObjectName(QStringLiteral("new%1Action").arg(names.kind));
    m_delete->setObjectName(QStringLiteral("delete%1Action").arg(names.kind));
    m_verify->setObjectName(QStringLiteral("verify%1Action").arg(names.kind));
    // Enter, F2 and Delete belong to the list; the search box keeps its own.
    m_open->setShortcuts(
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_F2)});
    m_open->setShortcutContext(Qt::WidgetShortcut);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);

    for (QAction *action : {m_open, m_new, m_delete, m_verify})
        m_view->addAction(action);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_open, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId(); id > 0)
            openRecord(id);
    });
    connect(m_new, &QAction::triggered, this, [this] { openRecord(0); });
    connect(m_delete, &QAction::triggered, this, &RecordActions::askToDelete);
    connect(m_verify, &QAction::triggered, this, &RecordActions::verifyTargets);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordActions::updateEnabled);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RecordActions::updateEnabled);
    connect(&m_watcher, &QFutureWatcher<SelectionWrite>::finished, this,
            &RecordActions::writtenOnWorker);
    connect(m_list, &LazyListPage::openRequested, this, [this](qint64 id) { openRecord(id); });
    connect(m_list, &LazyListPage::selectionChanged, this, &RecordActions::updateEnabled);
}

RecordActions::~RecordActions()
{
    // The worker holds the undo store; let it finish before the register can close.
    m_watcher.waitForFinished();
}

void RecordActions::setRegister(OpenRegister *reg)
{
    m_register = reg;
    updateEnabled();
}

QMenu *RecordActions::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(m_names.menuTitle, parent);
    menu->addAction(m_new);
    menu->addAction(m_open);
    menu->addSeparator();
    menu->addAction(m_verify);
    menu->addSeparator();
    menu->addAction(m_delete);
    // The menu shows the list's shortcuts; they work where the list has the focus.
    connect(menu, &QMenu::aboutToShow, this, &RecordActions::updateEnabled);
    return menu;
}

qint64 RecordActions::currentId() const
{
    return m_list->currentId();
}

QList<qint64> RecordActions::selectedIds() const
{
    return m_list->selectedIds();
}

bool RecordActions::isWritable() const
{
    return m_register && !m_register->isReadOnly() && !m_writing;
}

// Whether there is anything to act on, without reading the selection's ids.
bool RecordActions::hasTargets() const
{
    return m_view->selectionModel()->hasSelection() || currentId() > 0;
}

void RecordActions::updateEnabled()
{
    const bool writable = isWritable();
    const bool any = m_register && hasTargets();
    m_open->setEnabled(m_register && currentId() > 0);
    m_new->setEnabled(writable);
    m_delete->setEnabled(writable && any);
    m_verify->setEnabled(writable && any);
}

QList<qint64> RecordActions::targets() const
{
    QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        if (const qint64 id = currentId(); id > 0)
            ids.append(id);
    }
    return ids;
}

void RecordActions::ask(const QString &title, const QString &headline, const QString &details,
                        const QString &name, const QString &yes, const QString &yesName,
                        const std::function<void()> &onYes)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, title, headline, QMessageBox::NoButton, m_window);
    box->setObjectName(name);
    box->setInformativeText(details);
    QPushButton *yesButton = box->addButton(yes, QMessageBox::DestructiveRole);
    yesButton->setObjectName(yesName);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [box, yesButton, onYes] {
        if (box->clickedButton() == yesButton)
            onYes();
    });
    m_question = box;
    box->open();
}

void RecordActions::askToDelete()
{
    const QList<qint64> ids = targets();
    if (!isWritable() || ids.isEmpty())
        return;
    const QStringList listed = names(ids.mid(0, MaxListedNames));
    QString headline = deleteHeadline(int(ids.size()), listed.value(0));
    if (ids.size() > 1) {
        QStringList lines = listed;
        if (ids.size() > MaxListedNames)
            lines.append(tr("and %n more", nullptr, int(ids.size() - MaxListedNames)));
        headline += QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    }
    ask(m_names.deleteTitle, headline, deleteConsequences(ids),
        QStringLiteral("delete%1Question").arg(m_names.kind), tr("&Delete"),
        QStringLiteral("deleteButton"), [this, ids] {
            QString error;
            if (!deleteRecords(ids, &error) && !error.isEmpty())
                failed(m_names.deleteTitle, error);
        });
}

bool RecordActions::deleteRecords(const QList<qint64> &ids, QString *error)
{
    if (!isWritable() || ids.isEmpty())
        return false;
    const QString text = deleteText(int(ids.size()), names(ids.mid(0, 1)).value(0));
    return writeStep(text, ids, removeEach(), m_names.deleteTitle, error);
}

void RecordActions::verifyTargets()
{
    QString error;
    if (!markVerified(targets(), &error) && !error.isEmpty())
        failed(tr("Mark as Verified"), error);
}

bool RecordActions::markVerified(const QList<qint64> &ids, QString *error)
{
    if (!isWritable() || ids.isEmpty())
        return false;
    const QString text = verifyText(int(ids.size()), names(ids.mid(0, 1)).value(0));
    return writeStep(text, ids, verifyEach(currentTimestamp()), tr("Mark as Verified"), error);
}

bool RecordActions::writeStep(const QString &text, const QList<qint64> &ids, const EachRecord &each,
                              const QString &failureTitle, QString *error)
{
    if (ids.size() <= m_largeSelection) {
        const QSqlDatabase db = m_register->database();
        const bool done = runJournaled(
            m_register, text,
            [&](QString *e) {
                return inOneTransaction(
                    db, ids, [&](qint64 id, QString *eachError) { return each(db, id, eachError); },
                    e);
            },
            error);
        if (done)
            emit statusMessage(text);
        return done;
    }
    m_writing = true;
    m_pendingText = text;
    m_pendingFailure = failureTitle;
    updateEnabled();
    emit statusMessage(tr("Writing %n records…", nullptr, int(ids.size())));
    auto work = [ids, each](Register &reg) { return writeSelection(reg, ids, each); };
    auto failedToOpen = [](const QString &message) {
        SelectionWrite result;
        result.error = message;
        return result;
    };
    m_watcher.setFuture(runOnRegister(m_register->path(), m_register->openMode(),
                                      m_register->undoStorePath(), work, failedToOpen));
    return true;
}

void RecordActions::writtenOnWorker()
{
    if (!m_writing)
        return;
    m_writing = false;
    const SelectionWrite result = m_watcher.result();
    if (!result.ok) {
        failed(m_pendingFailure, result.error);
    } else if (m_register) {
        m_register->pushWrittenStep(m_pendingText, result.undo, result.tables);
        emit statusMessage(m_pendingText);
    }
    m_pendingText.clear();
    updateEnabled();
}

void RecordActions::waitForWrite()
{
    m_watcher.waitForFinished();
    writtenOnWorker();
}

void RecordActions::showEditor(RecordEditor *editor, RecordListPage *list)
{
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &RecordEditor::saved, this, [this, list](qint64 id, const QString &text) {
        if (list) {
            list->refresh();
            list->selectRecord(id);
        }
        emit statusMessage(text);
    });
    editor->open();
}

void RecordActions::failed(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    const QString &kind = m_names.kind;
    box->setObjectName(kind.left(1).toLower() + kind.mid(1) + QStringLiteral("ActionFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace kartoitus
