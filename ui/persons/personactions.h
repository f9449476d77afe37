#pragma once

#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace kartoitus {

class OpenRegister;
class PersonEditor;
class PersonListWidget;

// What can be done to the persons of the Persons view: open one in the editor,
// add one, delete the selected ones, mark them verified today, and forget one —
// erase the person everywhere, survey raw rows included, after a question that
// names what goes. Every write is one step on the register's undo stack.
// Undoing a forget brings the person back only while the register is open: the
// undo store is removed when it closes, and with it the last copy. The window
// puts the actions in its Person menu and the list's context menu.
class PersonActions : public QObject
{
    Q_OBJECT

public:
    PersonActions(PersonListWidget *list, QWidget *window);

    void setRegister(kartoitus::OpenRegister *reg);

    QAction *openAction() const { return m_open; }
    QAction *newAction() const { return m_new; }
    QAction *deleteAction() const { return m_delete; }
    QAction *verifyAction() const { return m_verify; }
    QAction *forgetAction() const { return m_forget; }
    QMenu *createMenu(QWidget *parent);

    // Opens the editor on person `id` (0: a new one of `organisationId`) over
    // `parent` (the window when null). Null when no register is open.
    PersonEditor *openEditor(qint64 id, qint64 organisationId = 0, QWidget *parent = nullptr);
    // The open question before a delete or a forget.
    QMessageBox *question() const { return m_question; }
    // The question's explanation of what forgetting person `id` erases.
    QString forgetConsequences(qint64 id) const;

    bool deletePersons(const QList<qint64> &ids, QString *error);
    bool markVerified(const QList<qint64> &ids, QString *error);
    bool forgetPerson(qint64 id, QString *error);

signals:
    void statusMessage(const QString &text);

private:
    QList<qint64> targets() const;
    QStringList names(const QList<qint64> &ids) const;
    void askToDelete();
    void askToForget();
    void updateEnabled();
    void failed(const QString &title, const QString &message);

    PersonListWidget *m_list;
    QWidget *m_window;
    QPointer<OpenRegister> m_register;
    QAction *m_open;
    QAction *m_new;
    QAction *m_delete;
    QAction *m_verify;
    QAction *m_forget;
    QPointer<QMessageBox> m_question;
};

} // namespace kartoitus
