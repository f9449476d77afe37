#include "organisations/organisationform.h"

#include "common/formfields.h"
#include "common/openregister.h"
#include "common/verifiedfield.h"
#include "fields/fieldformat.h"
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

bool isList(const Field &field)
{
    return field.kind == FieldKind::ReferenceList || field.kind == FieldKind::MunicipalityList;
}

// The list of `fields` that a reference chooses one entry of (the primary sector among the
// sectors): a list of the same reference table. Empty for every other field.
QString listChosenFrom(const QList<Field> &fields, const Field &field)
{
    if (field.kind != FieldKind::Reference)
        return {};
    for (const Field &list : fields) {
        if (list.kind == FieldKind::ReferenceList && list.referenceTable == field.referenceTable)
            return list.key;
    }
    return {};
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
    return fields::checkFormat(field, text).value_or(Validation::valid(text));
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
        if (const QString list = listChosenFrom(m_fields, field); !list.isEmpty())
            m_chooserOf.insert(list, field.key);
    }
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
        if (isFacet(field))
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

bool OrganisationForm::isFacet(const Field &field) const
{
    return isList(field) || m_chooserOf.values().contains(field.key);
}

// The lists side by side in catalogue order (sectors, target groups, municipalities
// served), each under its label; below a list, the drop-down that chooses one of its
// entries (the primary sector); above a list of municipalities (all of Finland), a box
// that filters it.
void OrganisationForm::buildFacetsPage()
{
    const auto label = [this](const Field &field) {
        auto *l = new QLabel(field.label + QLatin1Char(':'));
        l->setBuddy(m_editors.value(field.key));
        return l;
    };
    auto *grid = new QGridLayout(m_facets);
    int column = 0;
    for (const Field &field : std::as_const(m_fields)) {
        if (!isList(field))
            continue;
        grid->addWidget(label(field), 0, column);
        QWidget *list = m_editors.value(field.key);
        const QString chooser = m_chooserOf.value(field.key);
        if (field.kind == FieldKind::MunicipalityList) {
            auto *filter = new QLineEdit;
            filter->setObjectName(QStringLiteral("municipalityFilter"));
            filter->setPlaceholderText(tr("Filter municipalities…"));
            filter->setClearButtonEnabled(true);
            connect(filter, &QLineEdit::textChanged, this, [list](const QString &text) {
                auto *items = qobject_cast<QListWidget *>(list);
                for (int row = 0; row < items->count(); ++row)
                    items->item(row)->setHidden(
                        !items->item(row)->text().contains(text.trimmed(), Qt::CaseInsensitive));
            });
            auto *filtered = new QVBoxLayout;
            filtered->addWidget(filter);
            filtered->addWidget(list, 1);
            grid->addLayout(filtered, 1, column, 2, 1);
        } else if (!chooser.isEmpty()) {
            grid->addWidget(list, 1, column);
            const Field chosen =
                *fields::FieldCatalogue::find(fields::Entity::Organisations, chooser);
            auto *row = new QHBoxLayout;
            row->addWidget(label(chosen));
            row->addWidget(m_editors.value(chooser), 1);
            grid->addLayout(row, 2, column);
        } else {
            grid->addWidget(list, 1, column, 2, 1);
        }
        // The list with a drop-down below it is the widest.
        grid->setColumnStretch(column, chooser.isEmpty() ? 2 : 3);
        ++column;
    }
    auto *errors = new QVBoxLayout;
    for (const Field &field : std::as_const(m_fields)) {
        if (isFacet(field))
            errors->addWidget(m_errorLabels.value(field.key));
    }
    grid->addLayout(errors, 3, 0, 1, qMax(column, 1));
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
        if (field.multiline) {
            auto *box = new QPlainTextEdit;
            box->setTabChangesFocus(true);
            box->setMaximumHeight(box->fontMetrics().lineSpacing() * 5 + 12);
            connect(box, &QPlainTextEdit::textChanged, this, &OrganisationForm::changed);
            return box;
        }
        return makeLine(field);
    case FieldKind::Count:
    case FieldKind::Number:
    case FieldKind::Year:
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
        // Text of a kind with a format (a business ID, an email, …) in a line; a kind no
        // organisation field has (yet) shown, not edited.
        if (OrganisationRecord::isTextKind(field.kind))
            return makeLine(field);
        return new QLabel;
    }
}

QLineEdit *OrganisationForm::makeLine(const Field &field)
{
    auto *line = new QLineEdit;
    const bool narrow = field.isWholeNumber() || field.kind == FieldKind::Year ||
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
        if (m_chooserOf.contains(key))
            fillChooser(key);
        changed();
    });
    return list;
}

QWidget *OrganisationForm::makeVerifiedEditor()
{
    auto *day = new VerifiedField;
    connect(day, &VerifiedField::changed, this, &OrganisationForm::changed);
    return day;
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
    for (const Field &field : std::as_const(m_fields)) {
        if (field.kind != FieldKind::PersonName)
            continue;
        auto *contact = qobject_cast<QComboBox *>(m_editors.value(field.key));
        contact->clear();
        contact->addItem(tr("(none)"), qint64(0));
        for (const Person &person : persons)
            contact->addItem(person.name, person.id);
    }
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
        } else if (auto *day = qobject_cast<VerifiedField *>(editor)) {
            day->setTimestamp(OrganisationRepository::value(o, field.key).toString());
        }
    }
    showChoices(o);
    m_timesLabel->setText(o.id > 0 ? tr("Created %1, last changed %2.")
                                         .arg(VerifiedField::shownDay(o.createdAt),
                                              VerifiedField::shownDay(o.updatedAt))
                                   : QString());
    m_loading = false;
    check();
}

// The check lists, then the drop-downs (references to the register's lists, the contact
// person), once the lists they choose from are filled.
void OrganisationForm::showChoices(const Organisation &o)
{
    for (const Field &field : std::as_const(m_fields)) {
        if (auto *list = qobject_cast<QListWidget *>(m_editors.value(field.key)))
            setChecked(list, OrganisationRepository::value(o, field.key).toList());
    }
    for (const QString &list : m_chooserOf.keys())
        fillChooser(list);
    for (const Field &field : std::as_const(m_fields)) {
        if (auto *box = qobject_cast<QComboBox *>(m_editors.value(field.key))) {
            const QVariant value = OrganisationRepository::value(o, field.key);
            selectData(box, value.isValid() ? value : box->itemData(0));
        }
    }
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
        } else if (const auto *box = qobject_cast<const QComboBox *>(editor)) {
            // A reference or a person chosen by id; "(none)" is id 0.
            QVariant data = box->currentData();
            const bool byId =
                field.kind == FieldKind::Reference || field.kind == FieldKind::PersonName;
            if (byId && data.toLongLong() <= 0)
                data = QVariant();
            OrganisationRepository::setValue(&o, field.key, data);
        } else if (const auto *list = qobject_cast<const QListWidget *>(editor)) {
            OrganisationRepository::setValue(&o, field.key, checkedData(list));
        } else if (const auto *day = qobject_cast<const VerifiedField *>(editor)) {
            OrganisationRepository::setValue(&o, field.key, day->timestamp());
        }
    }
    return o;
}

void OrganisationForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *editor : std::as_const(m_editors)) {
        // What is only shown (a label) stays as it is; a list of check boxes is disabled
        // as a whole.
        if (qobject_cast<QListWidget *>(editor))
            editor->setEnabled(!readOnly);
        else if (!qobject_cast<QLabel *>(editor))
            setFieldReadOnly(editor, readOnly);
    }
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
