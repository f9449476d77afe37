#include "networks/representativedialog.h"

#include "networks/networkmodels.h"
#include "repositories/personrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace kartoitus {

RepresentativeDialog::RepresentativeDialog(const QSqlDatabase &db, qint64 networkId,
                                           QWidget *parent)
    : EntryDialog(parent)
    , m_network(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_start(new QDateEdit(QDate::currentDate(), this))
    , m_ends(new QCheckBox(tr("Term &ends:"), this))
    , m_end(new QDateEdit(QDate::currentDate().addYears(2), this))
{
    setWindowTitle(tr("Add Representative"));
    setObjectName(QStringLiteral("representativeDialog"));
    for (const Network &network : NetworkRepository(db).list())
        m_network->addItem(network.name, network.id);
    m_network->setCurrentIndex(qMax(0, m_network->findData(networkId)));

    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->completer()->setFilterMode(Qt::MatchContains);
    m_person->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_person->setMinimumContentsLength(28);
    for (const Person &person : PersonRepository(db).list())
        m_person->addItem(person.name, person.id);
    m_person->setCurrentIndex(-1);

    for (const char *role : {"chair", "member", "deputy"})
        m_role->addItem(RepresentativesModel::roleText(QLatin1String(role)), QLatin1String(role));
    m_role->setCurrentIndex(m_role->findData(QStringLiteral("member")));

    for (QDateEdit *date : {m_start, m_end})
        date->setCalendarPopup(true);
    m_ends->setChecked(true);
    connect(m_ends, &QCheckBox::toggled, m_end, &QWidget::setEnabled);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Network:"), m_network);
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Term &starts:"), m_start);
    form->addRow(m_ends, m_end);
    form->addRow(message());
    form->addRow(buttons());
}

NetworkRepresentative RepresentativeDialog::representative() const
{
    NetworkRepresentative r;
    r.networkId = m_network->currentData().toLongLong();
    const int person = m_person->findText(m_person->currentText().trimmed(), Qt::MatchFixedString);
    r.personId = m_person->currentIndex() >= 0 &&
                         m_person->itemText(m_person->currentIndex()) == m_person->currentText()
                     ? m_person->currentData().toLongLong()
                     : m_person->itemData(person).toLongLong();
    r.role = m_role->currentData().toString();
    r.termStart = m_start->date().toString(Qt::ISODate);
    if (m_ends->isChecked())
        r.termEnd = m_end->date().toString(Qt::ISODate);
    return r;
}

bool RepresentativeDialog::validate(QString *error) const
{
    const NetworkRepresentative r = representative();
    if (r.networkId <= 0) {
        *error = tr("Network: the register has no networks.");
        return false;
    }
    if (r.personId <= 0) {
        *error = m_person->currentText().trimmed().isEmpty()
                     ? tr("Person: choose a person of the register.")
                     : tr("Person: the register has no person \"%1\".")
                           .arg(m_person->currentText().trimmed());
        return false;
    }
    if (m_ends->isChecked() && m_end->date() < m_start->date()) {
        *error = tr("Term ends: %1 is before the term starts (%2).")
                     .arg(QLocale().toString(m_end->date(), QLocale::ShortFormat),
                          QLocale().toString(m_start->date(), QLocale::ShortFormat));
        return false;
    }
    return true;
}

} // namespace kartoitus
