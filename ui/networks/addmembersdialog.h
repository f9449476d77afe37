#pragma once

#include <QDate>
#include <QDialog>
#include <QList>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace kartoitus {

class OrganisationTableModel;

// Picks organisations to add to a network: the register's organisations filtered by what is
// typed (the list's own search) and by sector, one or many selected, with the role and the
// day they joined.
class AddMembersDialog : public QDialog
{
    Q_OBJECT

public:
    AddMembersDialog(const QSqlDatabase &db, const QString &networkName, QWidget *parent = nullptr);

    QList<qint64> selectedIds() const;
    QString role() const;
    QDate joinedOn() const;

    QLineEdit *searchBox() const { return m_search; }
    QTableView *view() const { return m_view; }
    OrganisationTableModel *model() const { return m_model; }

private:
    void applyFilter();
    void updateCount();

    OrganisationTableModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QComboBox *m_role;
    QDateEdit *m_joined;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
    QTimer *m_filterTimer;
};

} // namespace kartoitus
