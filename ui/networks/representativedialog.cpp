#include "networks/representativedialog.h"

#include "common/namedpart.h"
#include "networks/networkmodels.h"
#include "repositories/personrepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLocale>

namespace kartoitus {

RepresentativeDialog::RepresentativeDialog(const QSqlDatabase &db, qint64 networkId,
                                           QWidget *parent)
    : EntryDialog(parent)
    , m_network(namedPart<QComboBox>("network", this))
    , m_person(namedPart<QComboBox>("person", this))
    , m_role(namedPart<QComboBox>("role", this))
    , m_start(namedPart<QDateEdit>("termStart", QDate::currentDate(), this))
    , m_end(tr("Term &ends:"), "termEnds", this)
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

    m_start->setCalendarPopup(true);
    m_end.setDay(QDate::currentDate().addYears(2));

    layOut({{tr("&Network:"), m_network},
            {tr("&Person:"), m_person},
            {tr("&Role:"), m_role},
            {tr("Term &starts:"), m_start}},
           m_end);
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
    if (const std::optional<QDate> end = m_end.day())
        r.termEnd = end->toString(Qt::ISODate);
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
    const std::optional<QDate> end = m_end.day();
    if (end && *end < m_start->date()) {
        *error = tr("Term ends: %1 is before the term starts (%2).")
                     .arg(QLocale().toString(*end, QLocale::ShortFormat),
                          QLocale().toString(m_start->date(), QLocale::ShortFormat));
        return false;
    }
    return true;
}

} // namespace kartoitus
