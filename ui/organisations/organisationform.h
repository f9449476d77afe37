#pragma once

#include "fields/fieldcatalogue.h"
#include "repositories/organisation.h"
#include "repositories/person.h"

#include <QHash>
#include <QMap>
#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kartoitus {

class OpenRegister;
class VerifiedField;

// The fields of one organisation as editors, built from the field catalogue: its labels
// and kinds decide what each editor is (a line checked as it is typed, a drop-down of a
// reference list, a list of check boxes). Two pages: the details, and the sectors,
// target groups and municipalities served. Every editor's object name is its field's key.
//
// Each field is checked as it is typed (the same Validators as import); a bad value shows
// its message under the field, naming the field and the reason, and isValid() is false.
class OrganisationForm : public QObject
{
    Q_OBJECT

public:
    explicit OrganisationForm(QWidget *parent);

    // The register's reference lists (municipalities, sectors, ...) fill the drop-downs.
    // The form keeps no connection: a closing register is never held open by it.
    void setRegister(OpenRegister *reg);
    // Shows `organisation`; `persons` are its contact persons (for the contact person).
    void setRecord(const Organisation &organisation, const QList<Person> &persons);
    // The record as edited: the one shown with the editors' values (not yet normalised).
    Organisation record() const;
    void setReadOnly(bool readOnly);

    QWidget *detailsPage() const { return m_details; }
    QWidget *facetsPage() const { return m_facets; }
    // The editor of a catalogue field (null for an unknown key).
    QWidget *editor(const QString &key) const { return m_editors.value(key); }

    // Whether every field is valid; errors() lists the messages, first field first.
    bool isValid() const { return m_errors.isEmpty(); }
    QStringList errors() const;

signals:
    // A value was changed by the user.
    void edited();

private:
    void build();
    void buildDetailsPage();
    void buildFacetsPage();
    QWidget *makeEditor(const fields::Field &field);
    QLineEdit *makeLine(const fields::Field &field);
    QComboBox *makeCombo();
    QListWidget *makeChecklist(const QString &key);
    QWidget *makeVerifiedEditor();
    void fillReference(QComboBox *box, const QString &table);
    void fillMunicipalities();
    void fillChecklist(QListWidget *list, const QString &table);
    void fillChooser(const QString &listKey);
    bool isFacet(const fields::Field &field) const;
    void showChoices(const Organisation &organisation);
    // Selects the entry with `data`, or the first ("none") when there is none.
    static void selectData(QComboBox *box, const QVariant &data);
    void check();
    void changed();

    QWidget *m_details;
    QWidget *m_facets;
    QFormLayout *m_detailsForm = nullptr;
    QSqlDatabase database() const;

    QPointer<OpenRegister> m_register;
    Organisation m_record;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errorLabels;
    QList<fields::Field> m_fields;
    QMap<int, QString> m_errors;         // field order -> message
    QHash<QString, QString> m_chooserOf; // a list's key -> the drop-down choosing one of it
    QLabel *m_timesLabel = nullptr;
    bool m_loading = false;
    bool m_readOnly = false;
};

} // namespace kartoitus
