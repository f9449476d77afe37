#include "activities/activityeditor.h"

#include "common/finnishtext.h"
#include "common/formfields.h"
#include "common/openregister.h"
#include "common/recordchoices.h"
#include "common/referencenames.h"
#include "common/verifiedfield.h"
#include "fields/fieldcatalogue.h"
#include "fields/fieldvalues.h"
#include "repositories/personrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kartoitus {

using fields::Entity;
using fields::FieldKind;

namespace {

QPlainTextEdit *textArea(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QComboBox *valueBox(FieldKind kind, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(QString());
    for (const fields::FieldValue &value : fields::FieldValues::of(kind))
        box->addItem(fields::FieldValues::label(kind, QLatin1String(value.key)),
                     QLatin1String(value.key));
    return box;
}

QListWidget *checkList(QWidget *parent, const char *name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setUniformItemSizes(true);
    return list;
}

void addChecked(QListWidget *list, const QString &text, const QVariant &data)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, data);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

template<typename T> QList<T> checkedData(const QListWidget *list)
{
    QList<T> values;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked)
            values.append(item->data(Qt::UserRole).value<T>());
    }
    return values;
}

template<typename T> void setChecked(QListWidget *list, const QList<T> &values)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setCheckState(values.contains(item->data(Qt::UserRole).value<T>()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
}

// A title over `buddy` in `layout`: its shortcut leads there.
void addTitled(QVBoxLayout *layout, const QString &title, QWidget *buddy)
{
    auto *label = new QLabel(title, buddy->parentWidget());
    label->setBuddy(buddy);
    layout->addWidget(label);
}

QString comboKey(const QComboBox *box)
{
    return box->currentData().toString();
}

} // namespace

ActivityEditor::ActivityEditor(OpenRegister *reg, qint64 id, qint64 organisationId, QWidget *parent)
    : ActivityEditorBase(reg, parent)
    , m_organisation(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_description(textArea(this, 4))
    , m_hyte(new QCheckBox(this))
    , m_placeType(valueBox(FieldKind::PlaceType, this))
    , m_address(new QLineEdit(this))
    , m_schedule(new QLineEdit(this))
    , m_cost(valueBox(FieldKind::Cost, this))
    , m_costText(new QLineEdit(this))
    , m_accessibility(textArea(this, 2))
    , m_languages(new QLineEdit(this))
    , m_howToJoin(textArea(this, 2))
    , m_referral(new QCheckBox(this))
    , m_contact(new QComboBox(this))
    , m_themes(checkList(this, "themeList"))
    , m_targetGroups(checkList(this, "targetGroupList"))
    , m_municipalityFilter(new QLineEdit(this))
    , m_municipalities(checkList(this, "municipalityList"))
    , m_verified(new VerifiedField(this))
{
    setObjectName(QStringLiteral("activityEditor"));
    m_languages->setPlaceholderText(tr("fi, sv, en"));
    m_municipalityFilter->setObjectName(QStringLiteral("municipalityFilter"));
    m_municipalityFilter->setPlaceholderText(tr("Find a municipality…"));
    m_municipalityFilter->setClearButtonEnabled(true);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildDetails(), tr("&Details"));
    tabs->addTab(buildFacets(), tr("&Themes and municipalities"));
    formLayout()->addWidget(tabs);
    resize(720, 640);

    // Every organisation by name, typed to find.
    fillOrganisationChoice(m_organisation, reg->database(), QString());
    fillLists();
    load(id, organisationId);
    // The contact person is one of the organisation's own: chosen again before the form's
    // state is.
    connect(m_organisation, &QComboBox::currentIndexChanged, this,
            [this] { fillContacts(m_organisation->currentData().toLongLong(), std::nullopt); });
    watchFields({m_organisation, m_name, m_description, m_hyte, m_placeType, m_address, m_schedule,
                 m_cost, m_costText, m_accessibility, m_languages, m_howToJoin, m_referral,
                 m_contact, m_themes, m_targetGroups, m_municipalities, m_verified});
    connect(m_municipalityFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString key = FinnishText::sortKey(text);
        for (int row = 0; row < m_municipalities->count(); ++row) {
            QListWidgetItem *item = m_municipalities->item(row);
            item->setHidden(!FinnishText::sortKey(item->text()).contains(key));
        }
    });
}

QWidget *ActivityEditor::buildDetails()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    addFieldRows(form, Entity::Activities,
                 {{"organisation", m_organisation},
                  {"name", m_name},
                  {"description", m_description},
                  {"hyte", m_hyte},
                  {"place", m_placeType},
                  {"address", m_address},
                  {"schedule", m_schedule},
                  {"cost", m_cost},
                  {"cost_text", m_costText},
                  {"accessibility", m_accessibility},
                  {"languages", m_languages},
                  {"how_to_join", m_howToJoin},
                  {"open_for_referral", m_referral},
                  {"contact_person", m_contact}});
    form->addRow(tr("Verified:"), m_verified);
    return page;
}

QWidget *ActivityEditor::buildFacets()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    addTitled(left, fieldLabel(Entity::Activities, "themes"), m_themes);
    left->addWidget(m_themes, 1);
    addTitled(left, fieldLabel(Entity::Activities, "target_groups"), m_targetGroups);
    left->addWidget(m_targetGroups, 1);
    auto *right = new QVBoxLayout;
    // The title leads to the box that finds a municipality in the long list.
    addTitled(right, fieldLabel(Entity::Activities, "municipalities"), m_municipalityFilter);
    right->addWidget(m_municipalityFilter);
    right->addWidget(m_municipalities, 1);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    return page;
}

void ActivityEditor::fillContacts(qint64 organisationId, std::optional<qint64> current)
{
    const QSignalBlocker block(m_contact);
    m_contact->clear();
    m_contact->addItem(tr("(none)"), qint64(0));
    const PersonRepository persons(openRegister()->database());
    RecordFilter filter;
    filter.organisationId = organisationId;
    QList<Person> list = organisationId > 0 ? persons.list(filter) : QList<Person>();
    // A contact person of another organisation stays shown until it is changed.
    if (current && std::none_of(list.cbegin(), list.cend(),
                                [&](const Person &p) { return p.id == *current; })) {
        if (const std::optional<Person> other = persons.get(*current))
            list.append(*other);
    }
    for (const Person &p : std::as_const(list))
        m_contact->addItem(p.role.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.role), p.id);
    m_contact->setCurrentIndex(qMax(0, m_contact->findData(current.value_or(0))));
}

void ActivityEditor::fillLists()
{
    const QSqlDatabase db = openRegister()->database();
    // Named in the window's language.
    for (const auto &[id, name] : referenceNames(db, QStringLiteral("themes")))
        addChecked(m_themes, name, id);
    for (const auto &[id, name] : referenceNames(db, QStringLiteral("target_groups")))
        addChecked(m_targetGroups, name, id);
    for (const Municipality &m : municipalitiesHomeFirst(db))
        addChecked(m_municipalities, m.nameFi, m.code);
}

void ActivityEditor::load(qint64 id, qint64 organisationId)
{
    readRecord(id);
    if (id <= 0)
        original().organisationId = organisationId;
    show(original());
    setRecordTitle(isNew() ? tr("New Activity") : original().name);
}

void ActivityEditor::show(const Activity &a)
{
    const QSignalBlocker block(m_organisation);
    m_organisation->setCurrentIndex(qMax(0, m_organisation->findData(a.organisationId)));
    fillContacts(a.organisationId, a.contactPersonId);
    m_name->setText(a.name);
    m_description->setPlainText(a.description);
    m_hyte->setChecked(a.hyte);
    m_placeType->setCurrentIndex(qMax(0, m_placeType->findData(a.placeType)));
    m_address->setText(a.address);
    m_schedule->setText(a.schedule);
    m_cost->setCurrentIndex(qMax(0, m_cost->findData(a.cost)));
    m_costText->setText(a.costText);
    m_accessibility->setPlainText(a.accessibility);
    m_languages->setText(a.languages);
    m_howToJoin->setPlainText(a.howToJoin);
    m_referral->setChecked(a.openForReferral);
    setChecked(m_themes, a.themeIds);
    setChecked(m_targetGroups, a.targetGroupIds);
    setChecked(m_municipalities, a.municipalityCodes);
    m_verified->setTimestamp(a.verifiedAt);
}

Activity ActivityEditor::record() const
{
    Activity a = original();
    a.organisationId = m_organisation->currentData().toLongLong();
    a.name = m_name->text();
    a.description = m_description->toPlainText().trimmed();
    a.hyte = m_hyte->isChecked();
    a.placeType = comboKey(m_placeType);
    a.address = m_address->text().trimmed();
    a.schedule = m_schedule->text().trimmed();
    a.cost = comboKey(m_cost);
    a.costText = m_costText->text().trimmed();
    a.accessibility = m_accessibility->toPlainText().trimmed();
    a.languages = m_languages->text().trimmed();
    a.howToJoin = m_howToJoin->toPlainText().trimmed();
    a.openForReferral = m_referral->isChecked();
    const qint64 contact = m_contact->currentData().toLongLong();
    a.contactPersonId = contact > 0 ? std::optional<qint64>(contact) : std::nullopt;
    a.themeIds = checkedData<int>(m_themes);
    a.targetGroupIds = checkedData<int>(m_targetGroups);
    a.municipalityCodes = checkedData<QString>(m_municipalities);
    a.verifiedAt = m_verified->timestamp();
    return a;
}

QStringList ActivityEditor::changedKeys() const
{
    Activity before = original();
    Activity after = record();
    before.name = before.name.simplified();
    after.name = after.name.simplified();
    return ActivityRecord::changedKeys(before, after);
}

QString ActivityEditor::problem() const
{
    if (loadError().isEmpty() && m_organisation->currentData().toLongLong() <= 0)
        return tr("Organisation: choose the organisation that runs the activity.");
    return ActivityEditorBase::problem();
}

QString ActivityEditor::recordName() const
{
    return isNew() ? tr("the new activity") : original().name;
}

} // namespace kartoitus
