#pragma once

#include "common/recordactions.h"
#include "persons/personeditor.h"
#include "persons/personlistwidget.h"
#include "persons/personrecord.h"
#include "repositories/personrepository.h"

namespace kartoitus {

using PersonActionsBase =
    OrganisationRecordActions<PersonRepository, PersonRecord, PersonListWidget, PersonEditor>;

// What can be done to the persons of the Persons view (RecordActions): open one in the
// editor, add one, delete the selected ones, mark them verified today, and forget one —
// erase the person everywhere, survey raw rows included, after a question that names
// what goes. Undoing a forget brings the person back only while the register is open: the
// undo store is removed when it closes, and with it the last copy. The window puts the
// actions in its Person menu and the list's context menu.
class PersonActions : public PersonActionsBase
{
    Q_OBJECT

public:
    PersonActions(PersonListWidget *list, QWidget *window);

    QAction *forgetAction() const { return m_forget; }
    QMenu *createMenu(QWidget *parent) override;

    // The question's explanation of what forgetting person `id` erases.
    QString forgetConsequences(qint64 id) const;

    bool forgetPerson(qint64 id, QString *error);

protected:
    QString deleteHeadline(int count, const QString &name) const override;
    QString deleteConsequences(const QList<qint64> &ids) const override;
    void updateEnabled() override;

private:
    void askToForget();

    QAction *m_forget;
};

} // namespace kartoitus
