#pragma once

#include <QDialog>

class QFormLayout;
class QLineEdit;

namespace kartoitus {

class Register;

// File › Properties: where the register lives (a path that can be selected and copied), how
// large the file is, its schema version, what it holds, and when it was created and last
// changed. Read when the dialog opens; nothing here writes.
class RegisterPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterPropertiesDialog(const Register &reg, QWidget *parent = nullptr);

    QLineEdit *pathField() const { return m_path; }
    // The form's rows as label → value, in order (what a user reads).
    QList<std::pair<QString, QString>> rows() const { return m_rows; }

private:
    void addRow(const QString &label, const QString &value);

    QLineEdit *m_path;
    QList<std::pair<QString, QString>> m_rows;
    QFormLayout *m_form;
};

} // namespace kartoitus
