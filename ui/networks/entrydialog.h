#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace kartoitus {

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

protected:
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace kartoitus
