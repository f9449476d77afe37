#pragma once

#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace kartoitus {

class ActivityEditor;
class ActivityListWidget;
class OpenRegister;

// What can be done to the activities of the Activities view: open one in the
// editor (Enter, F2, a double click, Enter in the search box on a hit), add
// one, delete the selected ones (after a question that names them) and mark
// them verified today. Every write is one step on the register's undo stack.
// The window puts the actions in its Activity menu; they are in the list's
// context menu as well. In a read-only register the editor opens read-only and
// nothing else is enabled.
class ActivityActions : public QObject
{
    Q_OBJECT

public:
    ActivityActions(ActivityListWidget *list, QWidget *window);

    void setRegister(kartoitus::OpenRegister *reg);

    QAction *openAction() const { return m_open; }
    QAction *newAction() const { return m_new; }
    QAction *deleteAction() const { return m_delete; }
    QAction *verifyAction() const { return m_verify; }
    QMenu *createMenu(QWidget *parent);

    // Opens the editor on activity `id` (0: a new one of `organisationId`, 0 for
    // none), as a window-modal dialog over `parent` (the window when null). Null
    // when no register is open.
    ActivityEditor *openEditor(qint64 id, qint64 organisationId = 0, QWidget *parent = nullptr);
    QMessageBox *deleteQuestion() const { return m_question; }
    bool deleteActivities(const QList<qint64> &ids, QString *error);
    bool markVerified(const QList<qint64> &ids, QString *error);

signals:
    void statusMessage(const QString &text);

private:
    QList<qint64> targets() const;
    QStringList names(const QList<qint64> &ids) const;
    void askToDelete();
    void updateEnabled();
    void failed(const QString &title, const QString &message);

    ActivityListWidget *m_list;
    QWidget *m_window;
    QPointer<OpenRegister> m_register;
    QAction *m_open;
    QAction *m_new;
    QAction *m_delete;
    QAction *m_verify;
    QPointer<QMessageBox> m_question;
};

} // namespace kartoitus
