#pragma once

#include "common/recordactions.h"
#include "organisations/organisationeditor.h"
#include "organisations/organisationrecord.h"
#include "repositories/organisationrepository.h"

namespace kartoitus {

class OrganisationListWidget;

using OrganisationActionsBase =
    RepositoryActions<OrganisationRepository, OrganisationRecord, OrganisationListWidget>;

// What can be done to the organisations of the list (RecordActions): open one in the
// editor (Enter, F2, a double click, Enter in the search box on a hit), add one, delete
// the selected ones (after a question that says what goes with them) and mark them
// verified today. The window puts the actions in its Organisation menu; they are in the
// list's context menu as well.
class OrganisationActions : public OrganisationActionsBase
{
    Q_OBJECT

public:
    OrganisationActions(OrganisationListWidget *list, QWidget *window);

    // Opens the editor on organisation `id` (0: a new one); it shows itself and closes
    // itself. Null when no register is open.
    OrganisationEditor *openEditor(qint64 id);

signals:
    // An editor opened: the window hands what it asks for (an activity, a person, a
    // network) to the feature that shows it.
    void editorOpened(OrganisationEditor *editor);

protected:
    void openRecord(qint64 id) override { openEditor(id); }
    QString deleteHeadline(int count, const QString &name) const override;
    QString deleteConsequences(const QList<qint64> &ids) const override;
};

} // namespace kartoitus
