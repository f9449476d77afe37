#include "persons/personlistwidget.h"

#include "models/persontablemodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>

namespace kartoitus {

PersonListWidget::PersonListWidget(QWidget *parent)
    : RecordListPageOf(QStringLiteral("personList/columns"),
                       {tr("Search by name, organisation or email…"), tr("Search persons")}, parent)
    , m_organisation(addFacetBox(tr("Organisation filter"), "personOrganisation"))
    , m_consent(addFacetBox(tr("Publish consent filter"), "personConsent"))
    , m_kind(addFacetBox(tr("Contact or liaison filter"), "personKind"))
{
    // Hundreds of organisations: typing part of a name finds one.
    m_organisation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organisation->setMinimumContentsLength(22);
    m_consent->addItem(tr("Any consent"));
    m_consent->addItem(tr("Consent to publish"), 1);
    m_consent->addItem(tr("No consent"), 0);
    m_kind->addItem(tr("Contact and liaison persons"));
    m_kind->addItem(tr("Contact persons"), int(RecordFilter::PersonKind::Contact));
    m_kind->addItem(tr("Liaison persons"), int(RecordFilter::PersonKind::Liaison));
    m_organisation->addItem(tr("All organisations"));
    m_organisation->installEventFilter(this);
}

void PersonListWidget::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_organisationsFilled = false;
    {
        const QSignalBlocker block(m_organisation);
        m_organisation->clear();
        m_organisation->addItem(tr("All organisations"));
    }
    {
        const QSignalBlocker consent(m_consent);
        const QSignalBlocker kind(m_kind);
        m_consent->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
    }
    RecordListPage::setDatabase(db);
}

// Every organisation with a person is a choice: 100,000 in a national register, a few
// seconds to read and add. They are read when the user turns to the drop-down, not when a
// register opens.
void PersonListWidget::fillOrganisations()
{
    if (m_organisationsFilled || !m_db.isValid() || !m_db.isOpen())
        return;
    m_organisationsFilled = true;
    const QSignalBlocker block(m_organisation);
    for (const auto &[id, name] : PersonQuery::organisationsWithPersons(m_db))
        m_organisation->addItem(name, id);
}

bool PersonListWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_organisation &&
        (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress ||
         event->type() == QEvent::KeyPress))
        fillOrganisations();
    return RecordListPage::eventFilter(watched, event);
}

RecordFilter PersonListWidget::filter() const
{
    RecordFilter filter;
    filter.search = searchText();
    if (const qint64 id = m_organisation->currentData().toLongLong(); id > 0)
        filter.organisationId = id;
    if (const QVariant consent = m_consent->currentData(); consent.isValid())
        filter.publishConsent = consent.toInt() == 1;
    if (const QVariant kind = m_kind->currentData(); kind.isValid())
        filter.personKind = RecordFilter::PersonKind(kind.toInt());
    return filter;
}

QString PersonListWidget::countText() const
{
    return countSentence(model()->isFiltered(), tr("%1 of %2 persons"), tr("1 person"),
                         tr("%1 persons"));
}

} // namespace kartoitus
