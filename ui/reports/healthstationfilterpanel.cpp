#include "reports/healthstationfilterpanel.h"

#include "common/finnishtext.h"
#include "reference/referencedata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kartoitus {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;

// Every ticked item's key.
QVariantList ticked(const QListWidget *list)
{
    QVariantList keys;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            keys.append(list->item(i)->data(KeyRole));
    }
    return keys;
}

void tick(QListWidget *list, const QVariantList &keys)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(keys.contains(item->data(KeyRole)) ? Qt::Checked : Qt::Unchecked);
    }
}

void fill(QListWidget *list, const QList<std::pair<QVariant, QString>> &items)
{
    const QVariantList keep = ticked(list);
    list->clear();
    for (const auto &[key, name] : items) {
        auto *item = new QListWidgetItem(name, list);
        item->setData(KeyRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(keep.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
}

template<typename T> QList<T> as(const QVariantList &values)
{
    QList<T> result;
    for (const QVariant &value : values)
        result.append(value.value<T>());
    return result;
}

template<typename T> QVariantList variants(const QList<T> &values)
{
    QVariantList result;
    for (const T &value : values)
        result.append(QVariant::fromValue(value));
    return result;
}

} // namespace

HealthStationFilterPanel::HealthStationFilterPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_municipalities = addList(tr("&Municipalities"), QStringLiteral("municipalities"));
    m_themes = addList(tr("&Themes"), QStringLiteral("themes"));
    m_targetGroups = addList(tr("Target &groups"), QStringLiteral("targetGroups"));
    m_languages = addList(tr("&Languages"), QStringLiteral("languages"));
    m_free = addCheck(tr("&Free only"), QStringLiteral("freeOnly"));
    m_accessible = addCheck(tr("&Accessible only"), QStringLiteral("accessibleOnly"));
    m_referral = addCheck(tr("&Open for referral only"), QStringLiteral("openForReferralOnly"));
    m_hyte = addCheck(tr("&Health-promoting (hyte) only"), QStringLiteral("hyteOnly"));
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    m_grouping->addItem(tr("By theme"), int(reports::HealthStationGrouping::Theme));
    m_grouping->addItem(tr("By municipality"), int(reports::HealthStationGrouping::Municipality));
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Gro&up:"), this);
    label->setBuddy(m_grouping);
    form->addRow(label, m_grouping);
    layout->addLayout(form);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_setting)
            emit changed();
    });
}

QListWidget *HealthStationFilterPanel::addList(const QString &title, const QString &objectName)
{
    auto *box = new QGroupBox(title, this);
    auto *boxLayout = new QVBoxLayout(box);
    auto *list = new QListWidget(box);
    list->setObjectName(objectName);
    list->setMinimumHeight(list->fontMetrics().height() * 5);
    boxLayout->addWidget(list);
    static_cast<QVBoxLayout *>(layout())->addWidget(box, 1);
    connect(list, &QListWidget::itemChanged, this, [this] {
        if (!m_setting)
            emit changed();
    });
    return list;
}

QCheckBox *HealthStationFilterPanel::addCheck(const QString &text, const QString &objectName)
{
    auto *box = new QCheckBox(text, this);
    box->setObjectName(objectName);
    static_cast<QVBoxLayout *>(layout())->addWidget(box);
    connect(box, &QCheckBox::toggled, this, [this] {
        if (!m_setting)
            emit changed();
    });
    return box;
}

void HealthStationFilterPanel::load(const QSqlDatabase &db, const QString &language)
{
    m_setting = true;
    MunicipalityDirectory directory;
    directory.load(db);
    QList<Municipality> home = directory.homeRegion();
    std::sort(home.begin(), home.end(), [](const Municipality &a, const Municipality &b) {
        return FinnishText::sortKey(a.nameFi) < FinnishText::sortKey(b.nameFi);
    });
    QList<std::pair<QVariant, QString>> items;
    for (const Municipality &m : home)
        items.append(
            {m.code, language == QLatin1String("sv") && !m.nameSv.isEmpty() ? m.nameSv : m.nameFi});
    fill(m_municipalities, items);
    const auto reference = [&](const QString &table) {
        QList<std::pair<QVariant, QString>> list;
        for (const auto &[id, name] : ActivityListing::referenceNames(db, table, language))
            list.append({id, name});
        return list;
    };
    fill(m_themes, reference(QStringLiteral("themes")));
    fill(m_targetGroups, reference(QStringLiteral("target_groups")));
    items.clear();
    for (const QString &code : reports::HealthStationList::languageCodes(db))
        items.append({code, reports::HealthStationList::languageName(code, language)});
    fill(m_languages, items);
    m_setting = false;
}

reports::HealthStationOptions HealthStationFilterPanel::options() const
{
    reports::HealthStationOptions options;
    RecordFilter &r = options.filter;
    r = m_unshown;
    r.municipalities = as<QString>(ticked(m_municipalities));
    r.themes = as<int>(ticked(m_themes));
    r.targetGroups = as<int>(ticked(m_targetGroups));
    r.languages = as<QString>(ticked(m_languages));
    // A box asks for "yes"; unticked it leaves a saved "no" (which it cannot show) as it was.
    const auto choice = [](const QCheckBox *box, const std::optional<bool> &kept) {
        return kept == false && !box->isChecked() ? kept : RecordFilter::onlyIf(box->isChecked());
    };
    r.free = choice(m_free, m_unshown.free);
    r.accessibleOnly = m_accessible->isChecked();
    r.openForReferral = choice(m_referral, m_unshown.openForReferral);
    r.hyte = choice(m_hyte, m_unshown.hyte);
    options.grouping = reports::HealthStationGrouping(m_grouping->currentData().toInt());
    return options;
}

void HealthStationFilterPanel::setOptions(const reports::HealthStationOptions &options)
{
    m_setting = true;
    const RecordFilter &r = options.filter;
    m_unshown = r; // what the panel does not show is kept; what it shows, it sets again
    tick(m_municipalities, variants(r.municipalities));
    tick(m_themes, variants(r.themes));
    tick(m_targetGroups, variants(r.targetGroups));
    tick(m_languages, variants(r.languages));
    m_free->setChecked(r.free == true);
    m_accessible->setChecked(r.accessibleOnly);
    m_referral->setChecked(r.openForReferral == true);
    m_hyte->setChecked(r.hyte == true);
    m_grouping->setCurrentIndex(m_grouping->findData(int(options.grouping)));
    m_setting = false;
}

} // namespace kartoitus
