#pragma once

#include "common/daytext.h"
#include "repositories/rosterrepository.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace kartoitus {

// The rows of one network on a day (members or representatives) in a table whose role and
// two dates are editable. An edit is not written here but handed on (edited()) for the view
// to write as one undo step, after which it reloads the model. `Entry` is the stored part of
// a `Row` (Row::*entry): the membership or the term.
template<typename Row, typename Entry> class RosterTableModel : public QAbstractTableModel
{
public:
    // The three editable columns and the members of Entry they set.
    struct Editable
    {
        int roleColumn;
        QString Entry::*role;
        int fromColumn;
        QString Entry::*from;
        int toColumn;
        QString Entry::*to;
    };

    // `headers` name the columns, in order.
    RosterTableModel(Entry Row::*entry, const QStringList &headers, Editable editable,
                     QObject *parent)
        : QAbstractTableModel(parent)
        , m_entry(entry)
        , m_headers(headers)
        , m_editable(editable)
    {}

    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        return m_headers.value(section);
    }

    // The editable columns from the entry (the stored value as EditRole, its text as
    // DisplayRole), the others from rowText(); BackgroundRole from rowBackground().
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const Row &row = m_rows.at(index.row());
        if (role == Qt::BackgroundRole)
            return rowBackground(row);
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        const Entry &entry = row.*m_entry;
        const int column = index.column();
        const bool stored = role == Qt::EditRole;
        if (column == m_editable.roleColumn)
            return stored ? entry.*m_editable.role : shownRole(entry.*m_editable.role);
        if (column == m_editable.fromColumn)
            return stored ? entry.*m_editable.from : shownDay(entry.*m_editable.from);
        if (column == m_editable.toColumn)
            return stored ? entry.*m_editable.to : shownDay(entry.*m_editable.to);
        return rowText(row, column);
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags result = QAbstractTableModel::flags(index);
        const int column = index.column();
        if (!m_readOnly && (column == m_editable.roleColumn || column == m_editable.fromColumn ||
                            column == m_editable.toColumn))
            result |= Qt::ItemIsEditable;
        return result;
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole ||
            !(flags(index) & Qt::ItemIsEditable))
            return false;
        const Entry &before = m_rows.at(index.row()).*m_entry;
        Entry changed = before;
        const QString text = value.toString();
        if (index.column() == m_editable.roleColumn)
            changed.*m_editable.role = text;
        else if (index.column() == m_editable.fromColumn)
            changed.*m_editable.from = typedDay(text);
        else
            changed.*m_editable.to = typedDay(text);
        for (QString Entry::*member : {m_editable.role, m_editable.from, m_editable.to}) {
            if (changed.*member != before.*member) {
                edited(changed);
                return true;
            }
        }
        return false;
    }

protected:
    // Hands an edited entry on (the subclass's signal).
    virtual void edited(const Entry &changed) = 0;
    // The text of a role as the table shows it.
    virtual QString shownRole(const QString &role) const = 0;
    // A column that is not editable.
    virtual QVariant rowText(const Row &row, int column) const = 0;
    virtual QVariant rowBackground(const Row &) const { return {}; }

private:
    QList<Row> m_rows;
    Entry Row::*m_entry;
    QStringList m_headers;
    Editable m_editable;
    bool m_readOnly = false;
};

// The members of one network as it stood on a day; role, joined and left are editable.
class NetworkMembersModel : public RosterTableModel<RosterMember, NetworkMember>
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

    void setMembers(const QList<RosterMember> &members) { setRows(members); }
    const QList<RosterMember> &members() const { return rows(); }

    static QString roleText(const QString &role);

signals:
    void memberEdited(const kartoitus::NetworkMember &changed);

protected:
    void edited(const NetworkMember &changed) override { emit memberEdited(changed); }
    QString shownRole(const QString &role) const override { return roleText(role); }
    QVariant rowText(const RosterMember &member, int column) const override;
    // A coordinator's row is tinted.
    QVariant rowBackground(const RosterMember &member) const override;
};

// A network's representatives at the partnership table serving on a day; role and the
// term's dates are editable.
class RepresentativesModel : public RosterTableModel<RosterRepresentative, NetworkRepresentative>
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

    void setRepresentatives(const QList<RosterRepresentative> &representatives)
    {
        setRows(representatives);
    }
    const QList<RosterRepresentative> &representatives() const { return rows(); }

    static QString roleText(const QString &role);

signals:
    void representativeEdited(const kartoitus::NetworkRepresentative &changed);

protected:
    void edited(const NetworkRepresentative &changed) override
    {
        emit representativeEdited(changed);
    }
    QString shownRole(const QString &role) const override { return roleText(role); }
    QVariant rowText(const RosterRepresentative &representative, int column) const override;
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
