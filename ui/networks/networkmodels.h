#pragma once

#include "repositories/rosterrepository.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace kartoitus {

// The members of one network as it stood on a day. Role, joined and left are editable: an
// edit is not written here but handed on (memberEdited) for the view to write as one undo
// step, after which it reloads the model.
class NetworkMembersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OrganisationColumn,
        MunicipalityColumn,
        RoleColumn,
        JoinedColumn,
        LeftColumn,
        ContactColumn,
        EmailColumn,
        PhoneColumn,
        ColumnCount
    };

    explicit NetworkMembersModel(QObject *parent = nullptr);

    void setMembers(const QList<RosterMember> &members);
    const QList<RosterMember> &members() const { return m_members; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString roleText(const QString &role);

signals:
    void memberEdited(const kartoitus::NetworkMember &changed);

private:
    QList<RosterMember> m_members;
    bool m_readOnly = false;
};

// A network's representatives at the partnership table serving on a day. Role and the term's
// dates are editable, handed on as representativeEdited.
class RepresentativesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RoleColumn,
        NameColumn,
        OrganisationColumn,
        TermStartColumn,
        TermEndColumn,
        EmailColumn,
        PhoneColumn,
        ColumnCount
    };

    explicit RepresentativesModel(QObject *parent = nullptr);

    void setRepresentatives(const QList<RosterRepresentative> &representatives);
    const QList<RosterRepresentative> &representatives() const { return m_representatives; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString roleText(const QString &role);

signals:
    void representativeEdited(const kartoitus::NetworkRepresentative &changed);

private:
    QList<RosterRepresentative> m_representatives;
    bool m_readOnly = false;
};

// Edits a column of stored keys (a role) with a drop-down of their display texts.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(const QList<std::pair<QString, QString>> &choices, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QList<std::pair<QString, QString>> m_choices; // key, text
};

} // namespace kartoitus
