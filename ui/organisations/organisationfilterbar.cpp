#include "organisations/organisationfilterbar.h"

#include "common/finnishtext.h"
#include "common/referencenames.h"
#include "fields/fieldvalues.h"
#include "reference/referencedata.h"

#include <QComboBox>
#include <QHBoxLayout>

#include <algorithm>

namespace kartoitus {

namespace {

QComboBox *makeBox(QWidget *parent, const QString &accessibleName, const char *name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMaxVisibleItems(24);
    return box;
}

void sortByFinnishName(QList<Municipality> *municipalities)
{
    std::sort(municipalities->begin(), municipalities->end(),
              [](const Municipality &a, const Municipality &b) {
                  return FinnishText::sortKey(a.nameFi) < FinnishText::sortKey(b.nameFi);
              });
}

} // namespace

OrganisationFilterBar::OrganisationFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_municipality(makeBox(this, tr("Municipality filter"), "organisationMunicipality"))
    , m_sector(makeBox(this, tr("Sector filter"), "organisationSector"))
    , m_status(makeBox(this, tr("Status filter"), "organisationStatus"))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_municipality);
    layout->addWidget(m_sector);
    layout->addWidget(m_status);
    fillStatuses();
    for (QComboBox *box : {m_municipality, m_sector, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &OrganisationFilterBar::changed);
}

void OrganisationFilterBar::setDatabase(const QSqlDatabase &db)
{
    const QSignalBlocker blockMunicipality(m_municipality);
    const QSignalBlocker blockSector(m_sector);
    const QSignalBlocker blockStatus(m_status);
    fillMunicipalities(db);
    fillSectors(db);
    m_status->setCurrentIndex(0);
}

// The home region's municipalities first (they are the ones the register is about), then
// the rest of Finland after a separator; both in Finnish alphabetical order.
void OrganisationFilterBar::fillMunicipalities(const QSqlDatabase &db)
{
    m_municipality->clear();
    m_municipality->addItem(tr("All municipalities"));
    MunicipalityDirectory directory;
    if (!db.isOpen() || !directory.load(db))
        return;
    QList<Municipality> home = directory.homeRegion();
    QList<Municipality> others;
    for (const Municipality &m : directory.all()) {
        if (!m.homeRegion)
            others.append(m);
    }
    sortByFinnishName(&home);
    sortByFinnishName(&others);
    for (const Municipality &m : home)
        m_municipality->addItem(m.nameFi, m.code);
    if (!home.isEmpty() && !others.isEmpty())
        m_municipality->insertSeparator(m_municipality->count());
    for (const Municipality &m : others)
        m_municipality->addItem(m.nameFi, m.code);
}

void OrganisationFilterBar::fillSectors(const QSqlDatabase &db)
{
    m_sector->clear();
    m_sector->addItem(tr("All sectors"));
    // Named in the window's language.
    for (const auto &[id, name] : referenceNames(db, QStringLiteral("sectors")))
        m_sector->addItem(name, id);
}

void OrganisationFilterBar::fillStatuses()
{
    m_status->addItem(tr("All statuses"));
    for (const char *status : {"active", "dormant", "dissolved"}) {
        const QString key = QLatin1String(status);
        m_status->addItem(fields::FieldValues::label(fields::FieldKind::Status, key), key);
    }
}

void OrganisationFilterBar::applyTo(RecordFilter *filter) const
{
    const QString code = m_municipality->currentData().toString();
    filter->municipalities = code.isEmpty() ? QStringList() : QStringList{code};
    const int sector = m_sector->currentData().toInt();
    filter->sectors = sector > 0 ? QList<int>{sector} : QList<int>();
    const QString status = m_status->currentData().toString();
    filter->statuses = status.isEmpty() ? QStringList() : QStringList{status};
}

bool OrganisationFilterBar::isActive() const
{
    return m_municipality->currentIndex() > 0 || m_sector->currentIndex() > 0 ||
           m_status->currentIndex() > 0;
}

void OrganisationFilterBar::clear()
{
    if (!isActive())
        return;
    {
        const QSignalBlocker blockMunicipality(m_municipality);
        const QSignalBlocker blockSector(m_sector);
        const QSignalBlocker blockStatus(m_status);
        for (QComboBox *box : {m_municipality, m_sector, m_status})
            box->setCurrentIndex(0);
    }
    emit changed(); // once for the three
}

} // namespace kartoitus
