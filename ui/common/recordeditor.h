#pragma once

#include "commands/journaledcommand.h"
#include "common/openregister.h"

#include <QDialog>
#include <QPointer>

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
    // What write() does in the activity and the person editor: `record` created (its id
    // 0) or updated through its `Repository`, as the one undo step `text`.
    template<typename Repository, typename Record>
    bool writeRecord(Record *record, const QString &text, QString *error)
    {
        Repository repository(openRegister()->database());
        const bool creating = record->id == 0;
        return runJournaled(
            openRegister(), text,
            [&](QString *e) {
                return creating ? repository.create(record, e) : repository.update(record, e);
            },
            error);
    }

private:
    QPointer<OpenRegister> m_register;
    QVBoxLayout *m_formLayout;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_readOnly = false;
};

} // namespace kartoitus
