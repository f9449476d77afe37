#pragma once

#include "common/recordactions.h"
#include "organisations/organisationrecord.h"
#include "repositories/organisationrepository.h"

namespace kartoitus {

class OrganisationEditor;
class OrganisationListWidget;

using OrganisationActionsBase = RepositoryActions<OrganisationRepository, OrganisationRecord>;

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

    // The Organisation menu, with the window as its parent.
    QMenu *createMenu(QWidget *parent);

    // Opens the editor on organisation `id` (0: a new one); it shows itself and closes
    // itself. Null when no register is open.
    OrganisationEditor *openEditor(qint64 id);

signals:
    // The editor asks to open activity / person `id` over `over` (0: a new one of
    // `organisationId`): the window hands it to the feature that edits them.
    void activityRequested(qint64 id, qint64 organisationId, QWidget *over);
    void personRequested(qint64 id, qint64 organisationId, QWidget *over);
    // The editor asked to show the network of sector `sectorId` in the Networks view.
    void networkRequested(int sectorId, qint64 networkId);

protected:
    qint64 currentId() const override;
    QList<qint64> selectedIds() const override;
    void openRecord(qint64 id) override { openEditor(id); }
    QString deleteHeadline(int count, const QString &name) const override;
    QString deleteConsequences(const QList<qint64> &ids) const override;

private:
    OrganisationListWidget *m_list;
};

} // namespace kartoitus
