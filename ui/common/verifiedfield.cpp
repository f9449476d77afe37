#include "common/verifiedfield.h"

#include "storage/register.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace kartoitus {

VerifiedField::VerifiedField(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_button(new QPushButton(tr("Mark as verified &today"), this))
{
    m_label->setObjectName(QStringLiteral("verifiedDay"));
    m_button->setObjectName(QStringLiteral("verifyTodayButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_button);
    layout->addStretch(1);
    connect(m_button, &QPushButton::clicked, this, [this] {
        m_timestamp = currentTimestamp();
        show();
        emit changed();
    });
    show();
}

void VerifiedField::setTimestamp(const QString &timestamp)
{
    m_timestamp = timestamp;
    show();
}

void VerifiedField::setReadOnly(bool readOnly)
{
    m_button->setVisible(!readOnly);
}

QString VerifiedField::shownDay(const QString &timestamp)
{
    const QDateTime time = QDateTime::fromString(timestamp, Qt::ISODate);
    if (time.isValid() && timestamp.size() > 10)
        return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
    const QDate day = QDate::fromString(timestamp.left(10), Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : timestamp;
}

void VerifiedField::show()
{
    m_label->setText(m_timestamp.isEmpty() ? tr("never") : shownDay(m_timestamp));
}

} // namespace kartoitus
