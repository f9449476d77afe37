#include "organisations/organisationeditor.h"

#include "common/openregister.h"
#include "organisations/organisationform.h"
#include "organisations/organisationlinkspage.h"
#include "organisations/organisationtiespages.h"
#include "repositories/personrepository.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace kartoitus {

OrganisationEditor::OrganisationEditor(OpenRegister *reg, qint64 id, QWidget *parent)
    : OrganisationEditorBase(reg, parent)
    , m_form(new OrganisationForm(this))
    , m_links(new OrganisationLinksPage(this))
    , m_networks(new OrganisationNetworksPage(this))
    , m_surveys(new OrganisationSurveysPage(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("organisationEditor"));
    m_tabs->addTab(m_form->detailsPage(), tr("&Details"));
    m_tabs->addTab(m_form->facetsPage(), tr("&Sectors and municipalities"));
    m_tabs->addTab(m_links, tr("Contacts and &activities"));
    m_tabs->addTab(m_networks, tr("&Networks"));
    m_tabs->addTab(m_surveys, tr("Su&rvey answers"));
    formLayout()->addWidget(m_tabs);
    resize(780, 640);

    m_form->setRegister(reg);
    load(id);
    m_form->setReadOnly(isReadOnly());
    m_links->setCanAdd(!isReadOnly() && !isNew());
    connect(m_links, &OrganisationLinksPage::activityRequested, this,
            [this](qint64 activity) { emit activityRequested(activity, original().id, this); });
    connect(m_links, &OrganisationLinksPage::personRequested, this,
            [this](qint64 person) { emit personRequested(person, original().id, this); });
    // The Networks view takes over: the editor closes (asking first when something was
    // changed) so that the view is not left behind a dialog.
    connect(m_networks, &OrganisationNetworksPage::networkRequested, this,
            [this](int sectorId, qint64 networkId) {
                emit networkRequested(sectorId, networkId);
                reject();
            });
    // What is saved (or undone) elsewhere shows in the lists at once.
    connect(reg, &OpenRegister::changed, this, [this](ChangeSet what) {
        if (!openRegister())
            return;
        const QSqlDatabase db = openRegister()->database();
        if (what & (RecordKind::Activities | RecordKind::Persons))
            m_links->load(db, original().id);
        if (what & (RecordKind::Networks | RecordKind::Organisations))
            m_networks->load(db, original().id);
        if (what & RecordKind::Surveys)
            m_surveys->load(db, original().id);
    });
    connect(m_form, &OrganisationForm::edited, this, &OrganisationEditor::updateState);
    updateState();
}

void OrganisationEditor::load(qint64 id)
{
    const QSqlDatabase db = openRegister()->database();
    readRecord(id);
    QList<Person> persons;
    if (!isNew()) {
        RecordFilter filter;
        filter.organisationId = id;
        persons = PersonRepository(db).list(filter);
    }
    m_form->setRecord(original(), persons);
    m_links->load(db, original().id);
    m_networks->load(db, original().id);
    m_surveys->load(db, original().id);
    setRecordTitle(isNew() ? tr("New Organisation") : original().name);
}

Organisation OrganisationEditor::record() const
{
    return m_form->record();
}

QString OrganisationEditor::problem() const
{
    if (!loadError().isEmpty() || m_form->isValid())
        return OrganisationEditorBase::problem();
    return m_form->errors().join(QLatin1Char('\n'));
}

QString OrganisationEditor::recordName() const
{
    return isNew() ? tr("the new organisation") : original().name;
}

} // namespace kartoitus
