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
class OrganisationEditor;
class OrganisationListWidget;

// What can be done to the organisations of the list: open one in the editor (Enter, F2,
// a double click, Enter in the search box on a hit), add one, delete the selected ones
// (after a question that says what goes with them) and mark them verified today. Every
// write is one step on the register's undo stack. The window puts the actions in its
// Organisation menu; they are in the list's context menu as well. In a read-only register
// the editor opens read-only and nothing else is enabled.
class OrganisationActions : public QObject
{
    Q_OBJECT

public:
    OrganisationActions(OrganisationListWidget *list, QWidget *window);

    void setRegister(kartoitus::OpenRegister *reg);

    QAction *openAction() const { return m_open; }
    QAction *newAction() const { return m_new; }
    QAction *deleteAction() const { return m_delete; }
    QAction *verifyAction() const { return m_verify; }
    // The Organisation menu, with the window as its parent.
    QMenu *createMenu(QWidget *parent);

    // Opens the editor on organisation `id` (0: a new one); it shows itself and closes
    // itself. Null when no register is open.
    OrganisationEditor *openEditor(qint64 id);
    // The question before deleting the selected organisations (open while it asks).
    QMessageBox *deleteQuestion() const { return m_question; }
    // Deletes / marks verified as one undo step; false with *error.
    bool deleteOrganisations(const QList<qint64> &ids, QString *error);
    bool markVerified(const QList<qint64> &ids, QString *error);

signals:
    void statusMessage(const QString &text);
    // The editor asks to open activity / person `id` over `over` (0: a new one of
    // `organisationId`): the window hands it to the feature that edits them.
    void activityRequested(qint64 id, qint64 organisationId, QWidget *over);
    void personRequested(qint64 id, qint64 organisationId, QWidget *over);

private:
    QList<qint64> targets() const;
    QStringList names(const QList<qint64> &ids) const;
    QString deleteConsequences(const QList<qint64> &ids) const;
    void askToDelete();
    void verifySelected();
    void updateEnabled();
    void failed(const QString &title, const QString &message);

    OrganisationListWidget *m_list;
    QWidget *m_window;
    QPointer<OpenRegister> m_register;
    QAction *m_open;
    QAction *m_new;
    QAction *m_delete;
    QAction *m_verify;
    QPointer<QMessageBox> m_question;
};

} // namespace kartoitus
