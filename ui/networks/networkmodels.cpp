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

QVariant NetworkMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RosterMember &m = members().at(index.row());
    if (role == Qt::BackgroundRole)
        return m.membership.role == QLatin1String("coordinator")
                   ? QVariant(QColor(0xe3, 0xed, 0xf3))
                   : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case OrganisationColumn:
        return m.organisation;
    case MunicipalityColumn:
        return m.municipality;
    case RoleColumn:
        return editable(m.membership.role, roleText(m.membership.role), role);
    case JoinedColumn:
        return editable(m.membership.joinedOn, shownDay(m.membership.joinedOn), role);
    case LeftColumn:
        return editable(m.membership.leftOn, shownDay(m.membership.leftOn), role);
    case ContactColumn:
        return m.contact.name;
    case EmailColumn:
        return m.contact.email.isEmpty() ? m.organisationEmail : m.contact.email;
    case PhoneColumn:
        return m.contact.phone.isEmpty() ? m.organisationPhone : m.contact.phone;
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

QVariant RepresentativesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RosterRepresentative &r = representatives().at(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case RoleColumn:
        return editable(r.term.role, roleText(r.term.role), role);
    case NameColumn:
        return r.person.name;
    case OrganisationColumn:
        return r.person.organisation;
    case TermStartColumn:
        return editable(r.term.termStart, shownDay(r.term.termStart), role);
    case TermEndColumn:
        return editable(r.term.termEnd, shownDay(r.term.termEnd), role);
    case EmailColumn:
        return r.person.email;
    case PhoneColumn:
        return r.person.phone;
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
