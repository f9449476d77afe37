#pragma once

#include <QDate>
#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace kartoitus {

// A day the entry dialogs ask for that may be left out (when a liaison person was last
// checked, when a term ends): a check box, the form row's label, that enables the date
// beside it. The box is named `name` and the date `name` + "Day".
class OptionalDay
{
public:
    OptionalDay(const QString &label, const char *name, QWidget *parent);

    // The day, or none while the box is not ticked.
    std::optional<QDate> day() const;
    // Ticks the box and shows `day`, or unticks it (the date shown stays).
    void setDay(const std::optional<QDate> &day);
    void addTo(QFormLayout *form) const;

private:
    QCheckBox *m_check;
    QDateEdit *m_date;
};

// What the liaison person's and the representative's dialogs share: OK and Cancel, and a
// line under the form where OK, refused while validate() finds the entries cannot be
// saved, names the field and why.
class EntryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EntryDialog(QWidget *parent = nullptr);

    // False with *error naming the field when the entries cannot be saved.
    virtual bool validate(QString *error) const = 0;
    QLabel *message() const { return m_message; }

    void accept() override;

    // Shows the dialog until OK (with entries validate() takes) or Cancel. On OK `save`
    // writes the entries, false with *error when it could not; a reason is handed to
    // `failed`.
    void saveWhenAccepted(const std::function<bool(QString *error)> &save,
                          const std::function<void(const QString &reason)> &failed);

protected:
    // The form: `rows` (label, field), the optional `day` under them, then the message and
    // OK and Cancel.
    void layOut(const QList<std::pair<QString, QWidget *>> &rows, const OptionalDay &day);

private:
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace kartoitus
