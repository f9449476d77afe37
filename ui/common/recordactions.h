#pragma once

#include "common/openregister.h"
#include "storage/undojournal.h"

#include <QFutureWatcher>
#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QTableView;
class QWidget;

namespace kartoitus {

class LazyListPage;
class RecordEditor;
class RecordListPage;

// What a selection step written on a worker hands back to the GUI thread.
struct SelectionWrite
{
    bool ok = false;
    QString error;
    UndoRange undo;
    QStringList tables;
};

// What the record lists (organisations, activities, persons) share: Open (Enter, F2, a
// double click), New, Delete (Del, after a question that names the records) and Mark as
// Verified Today, in the list's context menu and in the window's menu for the kind of
// record; each write is one step on the register's undo stack. In a read-only register
// only Open is enabled (the editor opens read-only).
//
// A selection's rows are not read on the GUI thread: the ids come from the list's model,
// the question and the step's text name at most a few records, and a step over more than
// largeSelection() records is written on a worker with a connection of its own (the undo
// store attached); it becomes the step when the worker has committed. While it runs, the
// actions that write are disabled.
class RecordActions : public QObject
{
    Q_OBJECT

public:
    // Writes `id` on `db` inside the step's transaction; false with *error. Runs on the
    // GUI thread or on a worker, so it must not touch anything but `db`.
    using EachRecord = std::function<bool(const QSqlDatabase &db, qint64 id, QString *error)>;

    // What the actions of one kind of record are called. `kind` names the actions' objects
    // and the delete question ("Activity": "openActivityAction", …,
    // "deleteActivityQuestion"), `menuTitle` is the menu's title ("&Activity"), `newText`
    // the New action's text ("&New Activity…"), `deleteTitle` the delete question's
    // ("Delete Activities").
    struct Names
    {
        QString kind;
        QString menuTitle;
        QString newText;
        QString deleteTitle;
    };

    // The actions over the records of `list`: Enter and a double click there open one.
    RecordActions(LazyListPage *list, QWidget *window, const Names &names);
    ~RecordActions() override;

    void setRegister(kartoitus::OpenRegister *reg);

    QAction *openAction() const { return m_open; }
    QAction *newAction() const { return m_new; }
    QAction *deleteAction() const { return m_delete; }
    QAction *verifyAction() const { return m_verify; }
    // The menu for the kind of record (New, Open, Mark as Verified, Delete), with the
    // window as its parent; a subclass with more actions adds them.
    virtual QMenu *createMenu(QWidget *parent);

    // The open question before a delete (or another destructive action).
    QMessageBox *question() const { return m_question; }
    QMessageBox *deleteQuestion() const { return m_question; }

    // Delete / mark verified as one undo step. A large selection is written on a worker:
    // true means it started (isWriting()); the step is pushed, or the failure shown,
    // when it ends. False with *error when nothing could be written.
    bool deleteRecords(const QList<qint64> &ids, QString *error);
    bool markVerified(const QList<qint64> &ids, QString *error);

    // More ids than this are written on a worker (default LargeSelection).
    static constexpr int LargeSelection = 200;
    void setLargeSelection(int ids) { m_largeSelection = ids; }
    int largeSelection() const { return m_largeSelection; }
    bool isWriting() const { return m_writing; }
    // Blocks until a step written on a worker is pushed (for tests).
    void waitForWrite();

signals:
    void statusMessage(const QString &text);

protected:
    OpenRegister *openRegister() const { return m_register; }
    QWidget *window() const { return m_window; }
    QTableView *view() const { return m_view; }
    LazyListPage *list() const { return m_list; }

    // The record with the keyboard focus (0: none) and the selected ones, from the list.
    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    // Opens the editor on record `id` (0: a new one).
    virtual void openRecord(qint64 id) = 0;
    // The names of the records `ids` (a few: what a question or a step text shows).
    virtual QStringList names(const QList<qint64> &ids) const = 0;

    // The delete question's first line ("Delete %n activities?" with the names under it,
    // or the one name) and what goes with them.
    virtual QString deleteHeadline(int count, const QString &name) const = 0;
    virtual QString deleteConsequences(const QList<qint64> &ids) const = 0;
    // The steps' texts: "Delete: X" or "Delete 3 activities", and the same for verify.
    virtual QString deleteText(int count, const QString &name) const = 0;
    virtual QString verifyText(int count, const QString &name) const = 0;
    // What deleting one record / marking it verified at `timestamp` writes.
    virtual EachRecord removeEach() const = 0;
    virtual EachRecord verifyEach(const QString &timestamp) const = 0;

    // Enables the actions for the register and the selection; a subclass with more
    // actions extends it.
    virtual void updateEnabled();
    bool isWritable() const;
    bool hasTargets() const;
    // The selected records, or the current one when none is selected.
    QList<qint64> targets() const;

    // Asks `headline` (with `details` as informative text) in a window-modal question
    // named `name` whose destructive button `yes` (named `yesName`) runs `onYes`.
    void ask(const QString &title, const QString &headline, const QString &details,
             const QString &name, const QString &yes, const QString &yesName,
             const std::function<void()> &onYes);
    // Opens `editor` window-modal (it deletes itself when closed). What it saves is
    // named in the status bar and, when `list` is given, read again and selected there.
    void showEditor(RecordEditor *editor, RecordListPage *list = nullptr);
    // Shows a failed write in a window-modal message box.
    void failed(const QString &title, const QString &message);
    // Runs `each` over `ids` as one undo step named `text`: on the GUI connection, or on a
    // worker for more than largeSelection() ids.
    bool writeStep(const QString &text, const QList<qint64> &ids, const EachRecord &each,
                   const QString &failureTitle, QString *error);

private:
    void askToDelete();
    void verifyTargets();
    void writtenOnWorker();

    LazyListPage *m_list;
    QTableView *m_view;
    QWidget *m_window;
    Names m_names;
    QPointer<OpenRegister> m_register;
    QAction *m_open;
    QAction *m_new;
    QAction *m_delete;
    QAction *m_verify;
    QPointer<QMessageBox> m_question;
    int m_largeSelection = LargeSelection;
    QFutureWatcher<SelectionWrite> m_watcher;
    bool m_writing = false;
    QString m_pendingText; // the step the worker writes
    QString m_pendingFailure;
};

// RecordActions over one kind of record listed by `List` (ActivityListWidget, …), read and
// written through `Repository` (ActivityRepository, PersonRepository,
// OrganisationRepository), the steps named by `Texts` (ActivityRecord, …): the records'
// names, and what deleting one and marking it verified write.
template<typename Repository, typename Texts, typename List>
class RepositoryActions : public RecordActions
{
public:
    RepositoryActions(List *list, QWidget *window, const Names &names)
        : RecordActions(list, window, names)
    {}

protected:
    List *list() const { return static_cast<List *>(RecordActions::list()); }
    QStringList names(const QList<qint64> &ids) const override
    {
        QStringList result;
        const Repository repository(openRegister()->database());
        for (qint64 id : ids) {
            if (const auto record = repository.get(id))
                result.append(record->name);
        }
        return result;
    }
    QString deleteText(int count, const QString &name) const override
    {
        return Texts::deleteText(count, name);
    }
    QString verifyText(int count, const QString &name) const override
    {
        return Texts::verifyText(count, name);
    }
    EachRecord removeEach() const override
    {
        return [](const QSqlDatabase &db, qint64 id, QString *error) {
            return Repository(db).remove(id, error);
        };
    }
    EachRecord verifyEach(const QString &timestamp) const override
    {
        return [timestamp](const QSqlDatabase &db, qint64 id, QString *error) {
            Repository repository(db);
            auto record = repository.get(id, error);
            if (!record)
                return false;
            record->verifiedAt = timestamp;
            if (repository.update(&*record, error))
                return true;
            // The message names the record whose stored data stops it.
            *error = QStringLiteral("%1: %2").arg(record->name, *error);
            return false;
        };
    }
};

// RepositoryActions over records that belong to an organisation (activities, persons),
// edited in `Editor`: a new one may be one of a given organisation.
template<typename Repository, typename Texts, typename List, typename Editor>
class OrganisationRecordActions : public RepositoryActions<Repository, Texts, List>
{
public:
    using RepositoryActions<Repository, Texts, List>::RepositoryActions;

    // Opens the editor on record `id` (0: a new one of `organisationId`, 0 for none), as a
    // window-modal dialog over `parent` (the window when null). Null when no register is
    // open.
    Editor *openEditor(qint64 id, qint64 organisationId = 0, QWidget *parent = nullptr)
    {
        OpenRegister *reg = this->openRegister();
        if (!reg)
            return nullptr;
        auto *editor = new Editor(reg, id, organisationId, parent ? parent : this->window());
        this->showEditor(editor, this->list());
        return editor;
    }

protected:
    void openRecord(qint64 id) override { openEditor(id); }
};

} // namespace kartoitus
