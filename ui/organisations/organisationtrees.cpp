#include "organisations/organisationtrees.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kartoitus {

TitledListPage::TitledListPage(const QStringList &headers, const char *name, const QString &toolTip,
                               QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(makeList(headers, this))
{
    m_list->setObjectName(QLatin1String(name));
    m_list->setToolTip(toolTip);
    m_title->setBuddy(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
}

void TitledListPage::load(const QSqlDatabase &db, qint64 id)
{
    m_db = db;
    m_organisationId = id;
    m_list->clear();
    QString error;
    const QString title = fill(db, id, &error);
    fitColumns(m_list);
    m_title->setText(error.isEmpty() ? title : error);
}

} // namespace kartoitus
