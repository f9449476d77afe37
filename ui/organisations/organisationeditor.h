#pragma once

#include "common/recordeditor.h"
#include "organisations/organisationrecord.h"
#include "repositories/organisationrepository.h"

class QTabWidget;

namespace kartoitus {

class OrganisationForm;
class OrganisationLinksPage;
class OrganisationNetworksPage;
class OrganisationSurveysPage;

using OrganisationEditorBase = RecordEditorOf<Organisation, OrganisationRepository,
                                              OrganisationRecord, fields::Entity::Organisations>;

// Edits one organisation of the open register, or a new one: every field of the field
// catalogue, its sectors, target groups and municipalities served, and pages listing its
// activities and contact persons, its network memberships and its survey responses (each
// openable). Save writes the changes through the repository as one
// step on the register's undo stack, named after the organisation and the fields changed;
// it is disabled while a field is invalid (the field says why). Esc closes, asking first
// when something was changed. In a read-only register everything can be read, nothing
// saved.
class OrganisationEditor : public OrganisationEditorBase
{
    Q_OBJECT

public:
    // `id` 0 edits a new organisation.
    OrganisationEditor(OpenRegister *reg, qint64 id, QWidget *parent = nullptr);

    OrganisationForm *form() const { return m_form; }
    OrganisationLinksPage *linksPage() const { return m_links; }
    OrganisationNetworksPage *networksPage() const { return m_networks; }
    OrganisationSurveysPage *surveysPage() const { return m_surveys; }
    QTabWidget *tabs() const { return m_tabs; }
    Organisation record() const override;

signals:
    // Open activity / person `id` over this editor (0: a new one of this organisation).
    void activityRequested(qint64 id, qint64 organisationId, QWidget *over);
    void personRequested(qint64 id, qint64 organisationId, QWidget *over);
    // Show the network of sector `sectorId` in the Networks view.
    void networkRequested(int sectorId, qint64 networkId);

protected:
    // The first invalid field and why, as the form says it.
    QString problem() const override;
    QString recordName() const override;

private:
    void load(qint64 id);

    OrganisationForm *m_form;
    OrganisationLinksPage *m_links;
    OrganisationNetworksPage *m_networks;
    OrganisationSurveysPage *m_surveys;
    QTabWidget *m_tabs;
};

} // namespace kartoitus
