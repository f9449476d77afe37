#include "common/reviewdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kartoitus {

ReviewDialog::ReviewDialog(const QString &action, QWidget *parent)
    : QDialog(parent)
    , m_layout(new QVBoxLayout(this))
    , m_status(new QLabel(this))
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_action = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QPushButton::clicked, this, [this] {
        QString error;
        if (!run(&error)) {
            QMessageBox::warning(this, windowTitle(), error);
            return;
        }
        accept();
    });
    m_status->setWordWrap(true);
    m_layout->addWidget(m_status);
    m_layout->addWidget(buttons);
}

void ReviewDialog::addPart(QWidget *part, int stretch)
{
    m_layout->insertWidget(m_layout->count() - 2, part, stretch);
}

void ReviewDialog::addPart(QLayout *part)
{
    m_layout->insertLayout(m_layout->count() - 2, part);
}

} // namespace kartoitus
