#include "activities/activitylistwidget.h"

#include "common/finnishtext.h"
#include "common/referencenames.h"
#include "models/activitytablemodel.h"
#include "reference/referencedata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>

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

QCheckBox *makeCheck(const QString &text, QWidget *parent, const char *name)
{
    auto *check = new QCheckBox(text, parent);
    check->setObjectName(QLatin1String(name));
    return check;
}

} // namespace

ActivityListWidget::ActivityListWidget(QWidget *parent)
    : RecordListPage(new ActivityTableModel, QStringLiteral("activityList/columns"), parent)
    , m_model(static_cast<ActivityTableModel *>(listModel()))
    , m_municipality(makeBox(this, tr("Municipality filter"), "activityMunicipality"))
    , m_theme(makeBox(this, tr("Theme filter"), "activityTheme"))
    , m_targetGroup(makeBox(this, tr("Target group filter"), "activityTargetGroup"))
    , m_free(makeCheck(tr("Free"), this, "activityFree"))
    , m_hyte(makeCheck(tr("HYTE"), this, "activityHyte"))
    , m_referral(makeCheck(tr("Open for referral"), this, "activityReferral"))
{
    searchField()->setPlaceholderText(tr("Search by activity or organisation name…"));
    searchField()->setAccessibleName(tr("Search activities"));
    m_hyte->setToolTip(tr("Health and well-being promotion (hyte)"));
    for (QWidget *w : {static_cast<QWidget *>(m_municipality), static_cast<QWidget *>(m_theme),
                       static_cast<QWidget *>(m_targetGroup), static_cast<QWidget *>(m_free),
                       static_cast<QWidget *>(m_hyte), static_cast<QWidget *>(m_referral)})
        facetLayout()->addWidget(w);
    for (QComboBox *box : {m_municipality, m_theme, m_targetGroup})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    for (QCheckBox *check : {m_free, m_hyte, m_referral})
        connect(check, &QCheckBox::toggled, this, [this] { applyFilter(); });
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
    m_model->setFilter(filter());
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
    MunicipalityDirectory directory;
    if (directory.load(db)) {
        QList<Municipality> home = directory.homeRegion();
        QList<Municipality> others;
        for (const Municipality &m : directory.all()) {
            if (!m.homeRegion)
                others.append(m);
        }
        const auto byName = [](const Municipality &a, const Municipality &b) {
            return FinnishText::sortKey(a.nameFi) < FinnishText::sortKey(b.nameFi);
        };
        std::sort(home.begin(), home.end(), byName);
        std::sort(others.begin(), others.end(), byName);
        for (const Municipality &m : std::as_const(home))
            m_municipality->addItem(m.nameFi, m.code);
        if (!home.isEmpty() && !others.isEmpty())
            m_municipality->insertSeparator(m_municipality->count());
        for (const Municipality &m : std::as_const(others))
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

void ActivityListWidget::applyFilter()
{
    m_model->setFilter(filter());
}

QString ActivityListWidget::countText() const
{
    const QLocale locale;
    const int shown = shownCount();
    const int total = totalCount();
    // Whole sentences per case, so that a translation can word each of them.
    if (m_model->isFiltered())
        return tr("%1 of %2 activities").arg(locale.toString(shown), locale.toString(total));
    if (total == 1)
        return tr("1 activity");
    return tr("%1 activities").arg(locale.toString(total));
}

} // namespace kartoitus
