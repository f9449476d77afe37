#include "networks/networkmodels.h"

#include "common/daytext.h"

#include <QColor>
#include <QComboBox>
#include <QLocale>

namespace kartoitus {

NetworkMembersModel::NetworkMembersModel(QObject *parent)
    : RosterTableModel(&RosterMember::membership,
                       {tr("Organisation"), tr("Municipality"), tr("Role"), tr("Joined"),
                        tr("Left"), tr("Contact person"), tr("Email"), tr("Phone")},
                       {RoleColumn, &NetworkMember::role, JoinedColumn, &NetworkMember::joinedOn,
                        LeftColumn, &NetworkMember::leftOn},
                       parent)
{}

QString NetworkMembersModel::roleText(const QString &role)
{
    return role == QLatin1String("coordinator") ? tr("Coordinator") : tr("Member");
}

QVariant NetworkMembersModel::rowBackground(const RosterMember &member) const
{
    return member.membership.role == QLatin1String("coordinator")
               ? QVariant(QColor(0xe3, 0xed, 0xf3))
               : QVariant();
}

QVariant NetworkMembersModel::rowText(const RosterMember &member, int column) const
{
    switch (column) {
    case OrganisationColumn:
        return member.organisation;
    case MunicipalityColumn:
        return member.municipality;
    case ContactColumn:
        return member.contact.name;
    case EmailColumn:
        return member.contact.email.isEmpty() ? member.organisationEmail : member.contact.email;
    case PhoneColumn:
        return member.contact.phone.isEmpty() ? member.organisationPhone : member.contact.phone;
    default:
        return {};
    }
}

RepresentativesModel::RepresentativesModel(QObject *parent)
    : RosterTableModel(&RosterRepresentative::term,
                       {tr("Role"), tr("Representative"), tr("Organisation"), tr("Term start"),
                        tr("Term end"), tr("Email"), tr("Phone")},
                       {RoleColumn, &NetworkRepresentative::role, TermStartColumn,
                        &NetworkRepresentative::termStart, TermEndColumn,
                        &NetworkRepresentative::termEnd},
                       parent)
{}

QString RepresentativesModel::roleText(const QString &role)
{
    if (role == QLatin1String("chair"))
        return tr("Chair");
    return role == QLatin1String("deputy") ? tr("Deputy") : tr("Member");
}

QVariant RepresentativesModel::rowText(const RosterRepresentative &representative, int column) const
{
    const RosterPerson &person = representative.person;
    switch (column) {
    case NameColumn:
        return person.name;
    case OrganisationColumn:
        return person.organisation;
    case EmailColumn:
        return person.email;
    case PhoneColumn:
        return person.phone;
    default:
        return {};
    }
}

ChoiceDelegate::ChoiceDelegate(const QList<std::pair<QString, QString>> &choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(choices)
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    for (const auto &[key, text] : m_choices)
        box->addItem(text, key);
    return box;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole))));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace kartoitus
