#include "common/formfields.h"

#include "common/verifiedfield.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace kartoitus {

QString fieldLabel(fields::Entity entity, const char *key)
{
    return fields::FieldCatalogue::label(entity, QLatin1String(key)) + QLatin1Char(':');
}

void addFieldRows(QFormLayout *form, fields::Entity entity, const QList<FieldRow> &rows)
{
    for (const FieldRow &row : rows) {
        row.field->setObjectName(QLatin1String(row.key));
        if (auto *button = qobject_cast<QAbstractButton *>(row.field)) {
            button->setText(fields::FieldCatalogue::label(entity, QLatin1String(row.key)));
            form->addRow(QString(), button);
        } else {
            form->addRow(fieldLabel(entity, row.key), row.field);
        }
    }
}

void onEdited(const QList<QWidget *> &fields, QObject *context, const std::function<void()> &edited)
{
    for (QWidget *field : fields) {
        if (auto *line = qobject_cast<QLineEdit *>(field))
            QObject::connect(line, &QLineEdit::textChanged, context, edited);
        else if (auto *area = qobject_cast<QPlainTextEdit *>(field))
            QObject::connect(area, &QPlainTextEdit::textChanged, context, edited);
        else if (auto *box = qobject_cast<QComboBox *>(field))
            QObject::connect(box, &QComboBox::currentIndexChanged, context, edited);
        else if (auto *button = qobject_cast<QAbstractButton *>(field))
            QObject::connect(button, &QAbstractButton::toggled, context, edited);
        else if (auto *list = qobject_cast<QListWidget *>(field))
            QObject::connect(list, &QListWidget::itemChanged, context, edited);
        else if (auto *day = qobject_cast<VerifiedField *>(field))
            QObject::connect(day, &VerifiedField::changed, context, edited);
    }
}

void setFieldReadOnly(QWidget *field, bool readOnly)
{
    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        line->setReadOnly(readOnly);
    } else if (auto *area = qobject_cast<QPlainTextEdit *>(field)) {
        area->setReadOnly(readOnly);
    } else if (auto *list = qobject_cast<QListWidget *>(field)) {
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            item->setFlags(item->flags().setFlag(Qt::ItemIsUserCheckable, !readOnly));
        }
    } else if (auto *day = qobject_cast<VerifiedField *>(field)) {
        day->setReadOnly(readOnly);
    } else {
        field->setEnabled(!readOnly);
    }
}

} // namespace kartoitus
