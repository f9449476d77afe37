#include "common/recordeditor.h"

#include "common/formfields.h"
#include "common/openregister.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kartoitus {

RecordEditor::RecordEditor(OpenRegister *reg, QWidget *parent)
    : QDialog(parent)
    , m_register(reg)
    , m_formLayout(new QVBoxLayout)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_readOnly(reg->isReadOnly())
{
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
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordEditor::reject);
    auto *layout = new QVBoxLayout(this);
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_formLayout, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    // Nothing may hold the connection of a register that closes, and nothing is
    // left to save to.
    connect(reg, &QObject::destroyed, this, [this] {
        m_readOnly = true;
        QDialog::done(QDialog::Rejected);
    });
}

QPushButton *RecordEditor::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void RecordEditor::updateState()
{
    const QString text =
        m_readOnly ? tr("The register is open read-only: nothing can be changed.") : problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (QPushButton *button = saveButton())
        button->setEnabled(text.isEmpty() && isChanged());
}

void RecordEditor::watchFields(const QList<QWidget *> &fields)
{
    onEdited(fields, this, [this] { updateState(); });
    if (m_readOnly) {
        for (QWidget *field : fields)
            setFieldReadOnly(field, true);
    }
    updateState();
}

void RecordEditor::setRecordTitle(const QString &title)
{
    setWindowTitle(m_readOnly ? tr("%1 (read-only)").arg(title) : title);
}

bool RecordEditor::save()
{
    QPushButton *button = saveButton();
    if (m_readOnly || !m_register || !button || !button->isEnabled())
        return false;
    qint64 id = 0;
    QString text;
    QString error;
    if (!write(&id, &text, &error)) {
        m_problem->setText(tr("Not saved: %1").arg(error));
        m_problem->show();
        return false;
    }
    emit saved(id, text);
    QDialog::accept();
    return true;
}

void RecordEditor::reject()
{
    if (m_readOnly || !m_register || !isChanged()) {
        QDialog::reject();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard Changes"),
                                tr("Discard the changes to %1?").arg(recordName()),
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
