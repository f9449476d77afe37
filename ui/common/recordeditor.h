#pragma once

#include "commands/journaledcommand.h"
#include "common/openregister.h"
#include "common/recordtexts.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace kartoitus {

// What the activity and the person editor share: a dialog over one record of
// the open register with Save and Cancel (Close in a read-only register), a
// line under the form that names the field that keeps Save disabled and why,
// and Esc that asks before it discards changes. Save writes through the
// subclass as one undo step. A register that closes under the editor takes the
// editor with it.
class RecordEditor : public QDialog
{
    Q_OBJECT

public:
    RecordEditor(OpenRegister *reg, QWidget *parent = nullptr);

    bool isReadOnly() const { return m_readOnly; }
    QPushButton *saveButton() const;
    QLabel *problemLabel() const { return m_problem; }

    // Writes the changes as one undo step and closes; false (the reason shown)
    // when nothing could be written.
    bool save();
    // Esc and Cancel: closes, asking first when something was changed.
    void reject() override;

signals:
    // A save wrote record `id` as the undo step `text`.
    void saved(qint64 id, const QString &text);

protected:
    OpenRegister *openRegister() const { return m_register; }
    // Where the subclass puts its form.
    QVBoxLayout *formLayout() const { return m_formLayout; }
    // The problem of the form as it stands ("Name: an activity needs a name."),
    // or empty.
    virtual QString problem() const = 0;
    // Whether anything differs from the stored record (always true for a new one
    // with a name).
    virtual bool isChanged() const = 0;
    // Writes the record as one undo step; its id and the step's text, or false
    // with *error.
    virtual bool write(qint64 *id, QString *text, QString *error) = 0;
    // "the new activity", or the record's name: for "Discard the changes to %1?".
    virtual QString recordName() const = 0;
    // Call after every edit: shows the problem and enables Save.
    void updateState();
    // The form's fields (see formfields.h), once they show the record: every edit of one
    // updates the state, and in a read-only register they are read-only.
    void watchFields(const QList<QWidget *> &fields);
    // The window's title: `title` (the record's name, or "New Activity"), marked when
    // the register is read-only.
    void setRecordTitle(const QString &title);

private:
    QPointer<OpenRegister> m_register;
    QVBoxLayout *m_formLayout;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_readOnly = false;
};

// A RecordEditor over one kind of record: `Record` (Activity, Person, Organisation) read,
// checked and written through its `Repository`, the undo steps named by `Texts`
// (ActivityRecord, …: createText()) and by the catalogue of `entity` ("Edit: X, schedule").
// The subclass builds the form, fills it from original() and says what it holds now
// (record()) and which of its fields changed (changedKeys()).
template<typename Record, typename Repository, typename Texts, fields::Entity entity>
class RecordEditorOf : public RecordEditor
{
public:
    using RecordEditor::RecordEditor;

    bool isNew() const { return m_original.id == 0; }
    // The id of the record edited (0 for a new one until it is saved).
    qint64 recordId() const { return m_original.id; }
    // Why the record could not be read (the form then stays empty and cannot be saved).
    QString loadError() const { return m_loadError; }
    // The record as the form has it now.
    virtual Record record() const = 0;
    // The catalogue keys of the fields changed so far: both sides compared as the
    // repository stores them, so that "040 1234567" retyped as "0401234567" is no change.
    virtual QStringList changedKeys() const
    {
        if (!openRegister())
            return {};
        const Repository repository(openRegister()->database());
        Record before = m_original;
        Record after = record();
        repository.validate(&before, nullptr);
        repository.validate(&after, nullptr);
        return Texts::changedKeys(before, after);
    }

protected:
    const Record &original() const { return m_original; }
    Record &original() { return m_original; }
    // Reads record `id` into original(), or keeps it new (`id` 0).
    void readRecord(qint64 id)
    {
        if (id <= 0)
            return;
        const Repository repository(openRegister()->database());
        if (const std::optional<Record> found = repository.get(id, &m_loadError))
            m_original = *found;
    }
    // The load error, or what the repository finds wrong in the form's record.
    QString problem() const override
    {
        if (!m_loadError.isEmpty())
            return m_loadError;
        Record edited = record();
        QString error;
        if (!Repository(openRegister()->database()).validate(&edited, &error))
            return error;
        return {};
    }
    // A new record is changed once it has a name.
    bool isChanged() const override
    {
        return isNew() ? !record().name.trimmed().isEmpty() : !changedKeys().isEmpty();
    }
    // Creates or updates the record as one undo step: "New activity: X", or
    // "Edit: X, schedule".
    bool write(qint64 *id, QString *text, QString *error) override
    {
        Record edited = record();
        *text = isNew() ? Texts::createText(edited.name.simplified())
                        : RecordTexts::editText(m_original.name, entity, changedKeys());
        Repository repository(openRegister()->database());
        const bool creating = isNew();
        const bool written = runJournaled(
            openRegister(), *text,
            [&](QString *e) {
                return creating ? repository.create(&edited, e) : repository.update(&edited, e);
            },
            error);
        if (!written)
            return false;
        m_original = edited;
        *id = edited.id;
        return true;
    }

private:
    Record m_original;
    QString m_loadError;
};

} // namespace kartoitus
