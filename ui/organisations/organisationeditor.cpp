#include "organisations/organisationeditor.h"

#include "commands/journaledcommand.h"
#include "common/openregister.h"
#include "common/recordtexts.h"
#include "organisations/organisationform.h"
#include "organisations/organisationlinkspage.h"
#include "organisations/organisationrecord.h"
#include "organisations/organisationtiespages.h"
#include "repositories/organisationrepository.h"
#include "repositories/personrepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kartoitus {

OrganisationEditor::OrganisationEditor(OpenRegister *reg, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_register(reg)
    , m_form(new OrganisationForm(this))
    , m_links(new OrganisationLinksPage(this))
    , m_networks(new OrganisationNetworksPage(this))
    , m_surveys(new OrganisationSurveysPage(this))
    , m_tabs(new QTabWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_readOnly(reg->isReadOnly())
{
    setObjectName(QStringLiteral("organisationEditor"));
    m_tabs->addTab(m_form->detailsPage(), tr("&Details"));
    m_tabs->addTab(m_form->facetsPage(), tr("&Sectors and municipalities"));
    m_tabs->addTab(m_links, tr("Contacts and &activities"));
    m_tabs->addTab(m_networks, tr("&Networks"));
    m_tabs->addTab(m_surveys, tr("Su&rvey answers"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_problem->setPalette(palette);

    if (m_readOnly) {
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
    } else {
        m_buttons->setStandardButtons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        saveButton()->setDefault(true);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrganisationEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrganisationEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(780, 640);

    m_form->setRegister(reg);
    // A register closing under the editor takes the editor with it: nothing may hold its
    // connection, and nothing is left to save to.
    connect(reg, &QObject::destroyed, this, [this] {
        m_readOnly = true;
        QDialog::done(QDialog::Rejected);
    });
    load(id);
    m_form->setReadOnly(m_readOnly);
    m_links->setCanAdd(!m_readOnly && !isNew());
    connect(m_links, &OrganisationLinksPage::activityRequested, this,
            [this](qint64 activity) { emit activityRequested(activity, m_original.id, this); });
    connect(m_links, &OrganisationLinksPage::personRequested, this,
            [this](qint64 person) { emit personRequested(person, m_original.id, this); });
    // The Networks view takes over: the editor closes (asking first when something was
    // changed) so that the view is not left behind a dialog.
    connect(m_networks, &OrganisationNetworksPage::networkRequested, this,
            [this](int sectorId, qint64 networkId) {
                emit networkRequested(sectorId, networkId);
                reject();
            });
    // What is saved (or undone) elsewhere shows in the lists at once.
    connect(reg, &OpenRegister::changed, this, [this](ChangeSet what) {
        if (!m_register)
            return;
        if (what & (RecordKind::Activities | RecordKind::Persons))
            m_links->load(m_register->database(), m_original.id);
        if (what & (RecordKind::Networks | RecordKind::Organisations))
            m_networks->load(m_register->database(), m_original.id);
        if (what & RecordKind::Surveys)
            m_surveys->load(m_register->database(), m_original.id);
    });
    connect(m_form, &OrganisationForm::edited, this, &OrganisationEditor::updateState);
    updateState();
}

QPushButton *OrganisationEditor::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void OrganisationEditor::load(qint64 id)
{
    const QSqlDatabase db = m_register->database();
    QList<Person> persons;
    if (id > 0) {
        const std::optional<Organisation> found = OrganisationRepository(db).get(id, &m_loadError);
        if (found) {
            m_original = *found;
            RecordFilter filter;
            filter.organisationId = id;
            persons = PersonRepository(db).list(filter);
        }
    }
    m_form->setRecord(m_original, persons);
    m_links->load(db, m_original.id);
    m_networks->load(db, m_original.id);
    m_surveys->load(db, m_original.id);
    QString title = isNew() ? tr("New Organisation") : m_original.name;
    if (m_readOnly)
        title = tr("%1 (read-only)").arg(title);
    setWindowTitle(title);
}

QStringList OrganisationEditor::changedKeys() const
{
    // Both sides as the repository would store them, so that "040 1234567" retyped as
    // "0401234567" is no change.
    if (!m_register)
        return {};
    OrganisationRepository repository(m_register->database());
    Organisation before = m_original;
    Organisation after = m_form->record();
    repository.validate(&before, nullptr);
    repository.validate(&after, nullptr);
    return OrganisationRecord::changedKeys(before, after);
}

void OrganisationEditor::updateState()
{
    const bool valid = m_form->isValid();
    if (m_readOnly)
        m_problem->setText(tr("The register is open read-only: nothing can be changed."));
    else
        m_problem->setText(valid ? QString() : m_form->errors().join(QLatin1Char('\n')));
    m_problem->setVisible(!m_problem->text().isEmpty());
    if (QPushButton *save = saveButton())
        save->setEnabled(valid && m_loadError.isEmpty() && (isNew() || !changedKeys().isEmpty()));
}

bool OrganisationEditor::save()
{
    QPushButton *button = saveButton();
    if (m_readOnly || !m_register || !button || !button->isEnabled())
        return false;
    OrganisationRepository repository(m_register->database());
    Organisation edited = m_form->record();
    QString error;
    if (!repository.validate(&edited, &error)) {
        m_problem->setText(error);
        m_problem->show();
        return false;
    }
    const QStringList keys = changedKeys();
    const bool creating = isNew();
    const QString text =
        creating ? OrganisationRecord::createText(edited.name)
                 : RecordTexts::editText(m_original.name, fields::Entity::Organisations, keys);
    const bool written = runJournaled(
        m_register, text,
        [&](QString *writeError) {
            return creating ? repository.create(&edited, writeError)
                            : repository.update(&edited, writeError);
        },
        &error);
    if (!written) {
        m_problem->setText(tr("Not saved: %1").arg(error));
        m_problem->show();
        return false;
    }
    m_original = edited;
    emit saved(edited.id, text);
    QDialog::accept();
    return true;
}

void OrganisationEditor::reject()
{
    if (m_readOnly || (!isNew() && changedKeys().isEmpty()) ||
        (isNew() && m_form->record().name.isEmpty())) {
        QDialog::reject();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard Changes"),
                                tr("Discard the changes to %1?")
                                    .arg(isNew() ? tr("the new organisation") : m_original.name),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardChangesBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            QDialog::reject();
    });
    box->open();
}

} // namespace kartoitus
