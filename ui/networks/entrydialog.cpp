#include "networks/entrydialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
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

void EntryDialog::saveWhenAccepted(const std::function<bool(QString *error)> &save,
                                   const std::function<void(const QString &reason)> &failed)
{
    if (exec() != QDialog::Accepted)
        return;
    QString error;
    if (!save(&error) && !error.isEmpty())
        failed(error);
}

void EntryDialog::layOut(const QList<std::pair<QString, QWidget *>> &rows, const OptionalDay &day)
{
    auto *form = new QFormLayout(this);
    for (const auto &[label, field] : rows)
        form->addRow(label, field);
    day.addTo(form);
    form->addRow(m_message);
    form->addRow(m_buttons);
}

OptionalDay::OptionalDay(const QString &label, const char *name, QWidget *parent)
    : m_check(new QCheckBox(label, parent))
    , m_date(new QDateEdit(QDate::currentDate(), parent))
{
    m_check->setObjectName(QLatin1String(name));
    m_date->setObjectName(QLatin1String(name) + QLatin1String("Day"));
    m_date->setCalendarPopup(true);
    m_date->setEnabled(false);
    QObject::connect(m_check, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
}

std::optional<QDate> OptionalDay::day() const
{
    return m_check->isChecked() ? std::optional<QDate>(m_date->date()) : std::nullopt;
}

void OptionalDay::setDay(const std::optional<QDate> &day)
{
    if (day)
        m_date->setDate(*day);
    m_check->setChecked(day.has_value());
    m_date->setEnabled(day.has_value());
}

void OptionalDay::addTo(QFormLayout *form) const
{
    form->addRow(m_check, m_date);
}

} // namespace kartoitus
