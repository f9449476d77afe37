#include "organisations/organisationform.h"

#include "common/openregister.h"
#include "common/verifiedfield.h"
#include "organisations/organisationrecord.h"
#include "repositories/organisationrepository.h"
#include "storage/register.h"
#include "validation/validators.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace kartoitus {

using fields::Field;
using fields::FieldKind;

namespace {

// The fields kept on the second page: a record's links to the register's lists.
bool isFacet(const QString &key)
{
    static const QStringList facets = {QStringLiteral("sectors"), QStringLiteral("primary_sector"),
                                       QStringLiteral("target_groups"),
                                       QStringLiteral("municipalities_served")};
    return facets.contains(key);
}

// Long free text gets a box of several lines.
bool isLongText(const QString &key)
{
    return key == QLatin1String("description") || key == QLatin1String("notes");
}

QString editorText(const QWidget *editor)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text().trimmed();
    if (const auto *box = qobject_cast<const QPlainTextEdit *>(editor))
        return box->toPlainText().trimmed();
    return {};
}

void setEditorText(QWidget *editor, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(text);
        line->setCursorPosition(0);
    } else if (auto *box = qobject_cast<QPlainTextEdit *>(editor)) {
        box->setPlainText(text);
    }
}

// The check a typed value of this kind gets: the same as import and the repository.
Validation checkValue(const Field &field, const QString &text)
{
    switch (field.kind) {
    case FieldKind::BusinessId:
        return Validators::businessId(text);
    case FieldKind::RegisterNumber:
        return Validators::registerNumber(text);
    case FieldKind::PostalCode:
        return Validators::postalCode(text);
    case FieldKind::Email:
        return Validators::email(text);
    case FieldKind::Phone:
        return Validators::phone(text);
    case FieldKind::Website:
        return Validators::website(text);
    case FieldKind::Year:
        return Validators::foundedYear(text);
    case FieldKind::Count:
        return Validators::count(text, field.label);
    default:
        return Validation::valid(text);
    }
}

QList<QVariant> checkedData(const QListWidget *list)
{
    QList<QVariant> values;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            values.append(list->item(row)->data(Qt::UserRole));
    }
    return values;
}

void setChecked(QListWidget *list, const QList<QVariant> &values)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setCheckState(values.contains(item->data(Qt::UserRole)) ? Qt::Checked
                                                                      : Qt::Unchecked);
    }
}

template<typename T> QList<QVariant> variants(const QList<T> &values)
{
    QList<QVariant> result;
    for (const T &value : values)
        result.append(value);
    return result;
}

} // namespace

OrganisationForm::OrganisationForm(QWidget *parent)
    : QObject(parent)
    , m_details(new QWidget(parent))
    , m_facets(new QWidget(parent))
{
    build();
}

void OrganisationForm::build()
{
    m_fields = fields::FieldCatalogue::fields(fields::Entity::Organisations);
    for (const Field &field : std::as_const(m_fields)) {
        QWidget *editor = makeEditor(field);
        editor->setObjectName(field.key);
        editor->setAccessibleName(field.label);
        m_editors.insert(field.key, editor);
        auto *error = new QLabel;
        error->setObjectName(QStringLiteral("error_") + field.key);
        error->setWordWrap(true);
        QPalette palette = error->palette();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
        error->setPalette(palette);
        error->hide();
        m_errorLabels.insert(field.key, error);
    }
    buildDetailsPage();
    buildFacetsPage();
}

// Every field that is not a link to a list, in catalogue order, each with its message line.
void OrganisationForm::buildDetailsPage()
{
    auto *inner = new QWidget;
    m_detailsForm = new QFormLayout(inner);
    m_detailsForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const Field &field : std::as_const(m_fields)) {
        if (isFacet(field.key))
            continue;
        auto *label = new QLabel(field.label + QLatin1Char(':'));
        label->setBuddy(m_editors.value(field.key));
        m_detailsForm->addRow(label, m_editors.value(field.key));
        m_detailsForm->addRow(QString(), m_errorLabels.value(field.key));
    }
    m_timesLabel = new QLabel;
    m_timesLabel->setObjectName(QStringLiteral("recordTimes"));
    m_timesLabel->setEnabled(false);
    m_detailsForm->addRow(m_timesLabel);
    auto *scroll = new QScrollArea(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(m_details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

// Sectors with the primary one, and target groups, side by side; municipalities served
// (all of Finland) with a filter box above them.
void OrganisationForm::buildFacetsPage()
{
    const auto label = [this](const QString &key) {
        auto *l = new QLabel(fields::FieldCatalogue::label(fields::Entity::Organisations, key) +
                             QLatin1Char(':'));
        l->setBuddy(m_editors.value(key));
        return l;
    };
    auto *grid = new QGridLayout(m_facets);
    grid->addWidget(label(QStringLiteral("sectors")), 0, 0);
    grid->addWidget(m_editors.value(QStringLiteral("sectors")), 1, 0);
    auto *primary = new QHBoxLayout;
    primary->addWidget(label(QStringLiteral("primary_sector")));
    primary->addWidget(m_editors.value(QStringLiteral("primary_sector")), 1);
    grid->addLayout(primary, 2, 0);
    grid->addWidget(label(QStringLiteral("target_groups")), 0, 1);
    grid->addWidget(m_editors.value(QStringLiteral("target_groups")), 1, 1, 2, 1);
    grid->addWidget(label(QStringLiteral("municipalities_served")), 0, 2);
    m_municipalityFilter = new QLineEdit;
    m_municipalityFilter->setObjectName(QStringLiteral("municipalityFilter"));
    m_municipalityFilter->setPlaceholderText(tr("Filter municipalities…"));
    m_municipalityFilter->setClearButtonEnabled(true);
    auto *served = new QVBoxLayout;
    served->addWidget(m_municipalityFilter);
    served->addWidget(m_editors.value(QStringLiteral("municipalities_served")), 1);
    grid->addLayout(served, 1, 2, 2, 1);
    auto *errors = new QVBoxLayout;
    for (const Field &field : std::as_const(m_fields)) {
        if (isFacet(field.key))
            errors->addWidget(m_errorLabels.value(field.key));
    }
    grid->addLayout(errors, 3, 0, 1, 3);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 2);
    connect(m_municipalityFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        auto *list =
            qobject_cast<QListWidget *>(m_editors.value(QStringLiteral("municipalities_served")));
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setHidden(
                !list->item(row)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
}

QWidget *OrganisationForm::makeEditor(const Field &field)
{
    switch (field.kind) {
    case FieldKind::Uuid: {
        auto *label = new QLabel;
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    }
    case FieldKind::Text:
        if (isLongText(field.key)) {
            auto *box = new QPlainTextEdit;
            box->setTabChangesFocus(true);
            box->setMaximumHeight(box->fontMetrics().lineSpacing() * 5 + 12);
            connect(box, &QPlainTextEdit::textChanged, this, &OrganisationForm::changed);
            return box;
        }
        return makeLine(field);
    case FieldKind::Count:
    case FieldKind::Year:
    case FieldKind::BusinessId:
    case FieldKind::RegisterNumber:
    case FieldKind::PostalCode:
    case FieldKind::Email:
    case FieldKind::Phone:
    case FieldKind::Website:
        return makeLine(field);
    case FieldKind::Municipality:
    case FieldKind::Reference:
    case FieldKind::Status:
    case FieldKind::PersonName:
        return makeCombo();
    case FieldKind::MunicipalityList:
    case FieldKind::ReferenceList:
        return makeChecklist(field.key);
    case FieldKind::Date:
        return makeVerifiedEditor();
    default:
        // A kind no organisation field has (yet): shown, not edited.
        return new QLabel;
    }
}

QLineEdit *OrganisationForm::makeLine(const Field &field)
{
    auto *line = new QLineEdit;
    const bool narrow = field.kind == FieldKind::Count || field.kind == FieldKind::Year ||
                        field.kind == FieldKind::PostalCode;
    if (narrow)
        line->setMaximumWidth(line->fontMetrics().averageCharWidth() * 14);
    connect(line, &QLineEdit::textChanged, this, &OrganisationForm::changed);
    return line;
}

QComboBox *OrganisationForm::makeCombo()
{
    auto *box = new QComboBox;
    box->setMaxVisibleItems(24);
    connect(box, &QComboBox::currentIndexChanged, this, &OrganisationForm::changed);
    return box;
}

QListWidget *OrganisationForm::makeChecklist(const QString &key)
{
    auto *list = new QListWidget;
    list->setUniformItemSizes(true);
    connect(list, &QListWidget::itemChanged, this, [this, key] {
        if (key == QLatin1String("sectors"))
            fillPrimarySectors();
        changed();
    });
    return list;
}

QWidget *OrganisationForm::makeVerifiedEditor()
{
    m_verified = new VerifiedField;
    connect(m_verified, &VerifiedField::changed, this, &OrganisationForm::changed);
    return m_verified;
}

void OrganisationForm::selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

void OrganisationForm::setRecord(const Organisation &o, const QList<Person> &persons)
{
    m_loading = true;
    m_record = o;
    auto *contact = qobject_cast<QComboBox *>(m_editors.value(QStringLiteral("contact_person")));
    contact->clear();
    contact->addItem(tr("(none)"), qint64(0));
    for (const Person &person : persons)
        contact->addItem(person.name, person.id);
    Organisation copy = o;
    for (const Field &field : std::as_const(m_fields)) {
        QWidget *editor = m_editors.value(field.key);
        if (QString *text = OrganisationRecord::textMember(&copy, field.key)) {
            setEditorText(editor, field.kind == FieldKind::RegisterNumber
                                      ? Validators::formatRegisterNumber(*text)
                                      : *text);
        } else if (std::optional<int> *number =
                       OrganisationRecord::numberMember(&copy, field.key)) {
            setEditorText(editor, *number ? QString::number(**number) : QString());
        } else if (auto *label = qobject_cast<QLabel *>(editor)) {
            label->setText(field.kind == FieldKind::Uuid && o.uuid.isEmpty()
                               ? tr("(given when saved)")
                               : OrganisationRecord::value(o, field.key));
        }
    }
    showChoices(o);
    m_verified->setTimestamp(o.verifiedAt);
    m_timesLabel->setText(o.id > 0 ? tr("Created %1, last changed %2.")
                                         .arg(VerifiedField::shownDay(o.createdAt),
                                              VerifiedField::shownDay(o.updatedAt))
                                   : QString());
    m_loading = false;
    check();
}

// The drop-downs and check lists: references to the register's lists.
void OrganisationForm::showChoices(const Organisation &o)
{
    selectData(qobject_cast<QComboBox *>(m_editors.value(QStringLiteral("legal_form"))),
               o.legalFormId.value_or(0));
    selectData(qobject_cast<QComboBox *>(m_editors.value(QStringLiteral("municipality"))),
               o.homeMunicipality);
    selectData(qobject_cast<QComboBox *>(m_editors.value(QStringLiteral("status"))), o.status);
    selectData(qobject_cast<QComboBox *>(m_editors.value(QStringLiteral("contact_person"))),
               o.contactPersonId.value_or(0));
    setChecked(
        qobject_cast<QListWidget *>(m_editors.value(QStringLiteral("municipalities_served"))),
        variants(o.municipalitiesServed));
    setChecked(qobject_cast<QListWidget *>(m_editors.value(QStringLiteral("target_groups"))),
               variants(o.targetGroupIds));
    setChecked(qobject_cast<QListWidget *>(m_editors.value(QStringLiteral("sectors"))),
               variants(o.sectorIds));
    fillPrimarySectors();
    selectData(qobject_cast<QComboBox *>(m_editors.value(QStringLiteral("primary_sector"))),
               o.primarySectorId.value_or(0));
}

Organisation OrganisationForm::record() const
{
    Organisation o = m_record;
    for (const Field &field : std::as_const(m_fields)) {
        const QWidget *editor = m_editors.value(field.key);
        if (QString *text = OrganisationRecord::textMember(&o, field.key)) {
            *text = editorText(editor);
        } else if (std::optional<int> *number = OrganisationRecord::numberMember(&o, field.key)) {
            const Validation checked = checkValue(field, editorText(editor));
            bool ok = false;
            const int value = checked.value.toInt(&ok);
            *number = checked.ok && ok ? std::optional<int>(value) : std::nullopt;
        }
    }
    const auto combo = [this](const char *key) {
        return qobject_cast<QComboBox *>(m_editors.value(QLatin1String(key)))->currentData();
    };
    const auto checked = [this](const char *key) {
        return checkedData(qobject_cast<QListWidget *>(m_editors.value(QLatin1String(key))));
    };
    const int legalForm = combo("legal_form").toInt();
    o.legalFormId = legalForm > 0 ? std::optional<int>(legalForm) : std::nullopt;
    o.homeMunicipality = combo("municipality").toString();
    o.status = combo("status").toString();
    const qint64 contact = combo("contact_person").toLongLong();
    o.contactPersonId = contact > 0 ? std::optional<qint64>(contact) : std::nullopt;
    o.municipalitiesServed.clear();
    for (const QVariant &code : checked("municipalities_served"))
        o.municipalitiesServed.append(code.toString());
    o.sectorIds.clear();
    for (const QVariant &id : checked("sectors"))
        o.sectorIds.append(id.toInt());
    const int primary = combo("primary_sector").toInt();
    o.primarySectorId = primary > 0 ? std::optional<int>(primary) : std::nullopt;
    o.targetGroupIds.clear();
    for (const QVariant &id : checked("target_groups"))
        o.targetGroupIds.append(id.toInt());
    o.verifiedAt = m_verified->timestamp();
    return o;
}

void OrganisationForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *editor : std::as_const(m_editors)) {
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setReadOnly(readOnly);
        else if (auto *box = qobject_cast<QPlainTextEdit *>(editor))
            box->setReadOnly(readOnly);
        else if (qobject_cast<QComboBox *>(editor) || qobject_cast<QListWidget *>(editor))
            editor->setEnabled(!readOnly);
    }
    m_verified->setReadOnly(readOnly);
}

QStringList OrganisationForm::errors() const
{
    return m_errors.values();
}

void OrganisationForm::changed()
{
    if (m_loading)
        return;
    check();
    emit edited();
}

// Every field on its own first, so that each bad one shows its message at once; then the
// repository's check of the whole record (the name, references), which guards the rest.
void OrganisationForm::check()
{
    m_errors.clear();
    for (int i = 0; i < m_fields.size(); ++i) {
        const Field &field = m_fields.at(i);
        QString message;
        const QString text = editorText(m_editors.value(field.key));
        if (field.key == QLatin1String("name") && text.isEmpty())
            message = tr("Name: an organisation needs a name.");
        else if (const Validation v = checkValue(field, text); !v.ok)
            message = v.error;
        QLabel *label = m_errorLabels.value(field.key);
        label->setText(message);
        label->setVisible(!message.isEmpty());
        if (!message.isEmpty())
            m_errors.insert(i, message);
    }
    if (m_errors.isEmpty() && m_register) {
        Organisation copy = record();
        QString error;
        if (!OrganisationRepository(database()).validate(&copy, &error))
            m_errors.insert(int(m_fields.size()), error);
    }
}

} // namespace kartoitus
