#include "activities/activitylistwidget.h"

#include "common/recordchoices.h"
#include "common/referencenames.h"
#include "models/activitytablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace kartoitus {

ActivityListWidget::ActivityListWidget(QWidget *parent)
    : RecordListPageOf(QStringLiteral("activityList/columns"),
                       {tr("Search by activity or organisation name…"), tr("Search activities")},
                       parent)
    , m_municipality(addFacetBox(tr("Municipality filter"), "activityMunicipality"))
    , m_theme(addFacetBox(tr("Theme filter"), "activityTheme"))
    , m_targetGroup(addFacetBox(tr("Target group filter"), "activityTargetGroup"))
    , m_free(addFacetCheck(tr("Free"), "activityFree"))
    , m_hyte(addFacetCheck(tr("HYTE"), "activityHyte"))
    , m_referral(addFacetCheck(tr("Open for referral"), "activityReferral"))
{
    m_hyte->setToolTip(tr("Health and well-being promotion (hyte)"));
    fillFacets(QSqlDatabase());
}

void ActivityListWidget::setDatabase(const QSqlDatabase &db)
{
    // Another register has other lists: the facets start again from "All".
    fillFacets(db);
    {
        const QSignalBlocker free(m_free);
        const QSignalBlocker hyte(m_hyte);
        const QSignalBlocker referral(m_referral);
        for (QCheckBox *check : {m_free, m_hyte, m_referral})
            check->setChecked(false);
    }
    RecordListPage::setDatabase(db);
}

void ActivityListWidget::fillFacets(const QSqlDatabase &db)
{
    const QSignalBlocker municipality(m_municipality);
    const QSignalBlocker theme(m_theme);
    const QSignalBlocker targetGroup(m_targetGroup);
    m_municipality->clear();
    m_municipality->addItem(tr("All municipalities"));
    m_theme->clear();
    m_theme->addItem(tr("All themes"));
    m_targetGroup->clear();
    m_targetGroup->addItem(tr("All target groups"));
    if (!db.isValid() || !db.isOpen())
        return;
    // The home region's municipalities first (the ones the register is about),
    // then the rest.
    bool home = false;
    for (const Municipality &m : municipalitiesHomeFirst(db)) {
        if (home && !m.homeRegion)
            m_municipality->insertSeparator(m_municipality->count());
        home = m.homeRegion;
        m_municipality->addItem(m.nameFi, m.code);
    }
    // Named in the window's language.
    for (const auto &[id, name] : referenceNames(db, QStringLiteral("themes")))
        m_theme->addItem(name, id);
    for (const auto &[id, name] : referenceNames(db, QStringLiteral("target_groups")))
        m_targetGroup->addItem(name, id);
}

bool ActivityListWidget::choose(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    return true;
}

RecordFilter ActivityListWidget::filter() const
{
    RecordFilter filter;
    filter.search = searchText();
    const QString code = m_municipality->currentData().toString();
    if (!code.isEmpty())
        filter.municipalities = {code};
    if (const int theme = m_theme->currentData().toInt(); theme > 0)
        filter.themes = {theme};
    if (const int group = m_targetGroup->currentData().toInt(); group > 0)
        filter.targetGroups = {group};
    filter.free = RecordFilter::onlyIf(m_free->isChecked());
    filter.hyte = RecordFilter::onlyIf(m_hyte->isChecked());
    filter.openForReferral = RecordFilter::onlyIf(m_referral->isChecked());
    return filter;
}

QString ActivityListWidget::countText() const
{
    return countSentence(model()->isFiltered(), tr("%1 of %2 activities"), tr("1 activity"),
                         tr("%1 activities"));
}

} // namespace kartoitus
