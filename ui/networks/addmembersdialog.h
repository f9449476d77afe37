#pragma once

#include "common/reviewdialog.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;
class QTimer;

namespace kartoitus {

class OrganisationTableModel;

// Picks organisations to add to a network: the register's organisations filtered by what is
// typed (the list's own search) and by sector, one or many selected, with the role and the
// day they joined.
class AddMembersDialog : public ReviewDialog
{
    Q_OBJECT

public:
    AddMembersDialog(const QSqlDatabase &db, const QString &networkName, QWidget *parent = nullptr);

    QList<qint64> selectedIds() const;
    QString role() const;
    QDate joinedOn() const;
    // Nothing is written here: the view adds the organisations chosen.
    bool run(QString *, int *) override { return true; }

private:
    void applyFilter();
    void updateCount();

    OrganisationTableModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QComboBox *m_role;
    QDateEdit *m_joined;
    QTimer *m_filterTimer;
};

} // namespace kartoitus
