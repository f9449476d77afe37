#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;

namespace kartoitus {

// Edit › Settings…: the program's language (Finnish, Swedish, English or the system's),
// which applies at the next start, and the window's remembered layout, which can be set
// back to that of a first start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QPushButton *resetLayoutButton() const { return m_resetLayout; }

    // OK: the choices are stored (AppSettings).
    void accept() override;

signals:
    // The user asked for the window's first-start layout, now.
    void layoutResetRequested();

private:
    QComboBox *m_language;
    QPushButton *m_resetLayout;
};

} // namespace kartoitus
