#pragma once

#include "repositories/organisation.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace kartoitus {

class OpenRegister;
class OrganisationForm;
class OrganisationLinksPage;
class OrganisationNetworksPage;
class OrganisationSurveysPage;

// Edits one organisation of the open register, or a new one: every field of the field
// catalogue, its sectors, target groups and municipalities served, and pages listing its
// activities and contact persons, its network memberships and its survey responses (each
// openable). Save writes the changes through the repository as one
// step on the register's undo stack, named after the organisation and the fields changed;
// it is disabled while a field is invalid (the field says why). Esc closes, asking first
// when something was changed. In a read-only register everything can be read, nothing
// saved.
class OrganisationEditor : public QDialog
{
    Q_OBJECT

public:
    // `id` 0 edits a new organisation.
    OrganisationEditor(OpenRegister *reg, qint64 id, QWidget *parent = nullptr);

    qint64 organisationId() const { return m_original.id; }
    bool isNew() const { return m_original.id == 0; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the record could not be read (the editor then shows nothing to edit).
    QString loadError() const { return m_loadError; }

    OrganisationForm *form() const { return m_form; }
    OrganisationLinksPage *linksPage() const { return m_links; }
    OrganisationNetworksPage *networksPage() const { return m_networks; }
    OrganisationSurveysPage *surveysPage() const { return m_surveys; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const;
    // What keeps Save disabled, or the reason the last save failed.
    QLabel *problemLabel() const { return m_problem; }
    // The catalogue keys of the fields changed so far.
    QStringList changedKeys() const;

    // Writes the changes as one undo step and closes; false (the reason shown) when
    // nothing could be written.
    bool save();

signals:
    // A save wrote organisation `id` as the undo step `text`.
    void saved(qint64 id, const QString &text);
    // Open activity / person `id` over this editor (0: a new one of this organisation).
    void activityRequested(qint64 id, qint64 organisationId, QWidget *over);
    void personRequested(qint64 id, qint64 organisationId, QWidget *over);
    // Show the network of sector `sectorId` in the Networks view.
    void networkRequested(int sectorId, qint64 networkId);

protected:
    void reject() override;

private:
    void load(qint64 id);
    void updateState();

    QPointer<OpenRegister> m_register; // the editor closes when it goes
    Organisation m_original;
    OrganisationForm *m_form;
    OrganisationLinksPage *m_links;
    OrganisationNetworksPage *m_networks;
    OrganisationSurveysPage *m_surveys;
    QTabWidget *m_tabs;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QString m_loadError;
    bool m_readOnly = false;
};

} // namespace kartoitus
