#include "networks/entrydialog.h"

#include <QDialogButtonBox>
#include <QLabel>

namespace kartoitus {

EntryDialog::EntryDialog(QWidget *parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void EntryDialog::accept()
{
    QString error;
    if (!validate(&error)) {
        m_message->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace kartoitus
