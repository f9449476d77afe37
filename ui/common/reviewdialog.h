#pragma once

#include <QDialog>

class QBoxLayout;
class QLabel;
class QLayout;
class QPushButton;

namespace kartoitus {

// A dialog around a table the user looks through before one action (add the organisations
// selected, apply the answers ticked, save the matches chosen): the parts a subclass adds
// (addPart(), top to bottom, the table among them), a status line under them, and the
// action's button beside Cancel. The button runs run(); when that fails, its reason is
// shown in a message box and the dialog stays open, else the dialog is accepted and done()
// says what was done.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(const QString &action, QWidget *parent);

    // Does what the action's button says; false with *error when nothing could be done.
    // *count: how many records it wrote.
    virtual bool run(QString *error, int *count = nullptr) = 0;

signals:
    // What the action did, for the window's status bar.
    void done(const QString &message);

protected:
    // Adds a part above the status line.
    void addPart(QWidget *part, int stretch = 0);
    void addPart(QLayout *part);
    QLabel *status() const { return m_status; }
    QPushButton *actionButton() const { return m_action; }

private:
    QBoxLayout *m_layout;
    QLabel *m_status;
    QPushButton *m_action;
};

} // namespace kartoitus
