#pragma once

#include "common/viewpage.h"
#include "reports/report.h"

#include <QDate>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace kartoitus {

class NetworkMembersModel;
class OpenRegister;
class ReportOutput;
class RepresentativesModel;
class SearchField;
class SearchFilterModel;
class RepresentativesPage;
struct NetworkMember;
struct NetworkRepresentative;
namespace reports {
class ReportModel;
}

// The sector networks: each network's members and representatives at the partnership
// table as they stood on a chosen day (today by default), the partnership table on that
// day, and their printed lists. Organisations are added one or many at a time from a
// filtered list; leaving sets a date (the membership stays as history); roles and dates are
// edited in place. Every change is one undo step on the register's stack. The search box
// narrows the members to those that hold every word typed (Finnish letters, any case).
class NetworksView : public ViewPage
{
    Q_OBJECT

public:
    explicit NetworksView(QWidget *parent = nullptr);
    ~NetworksView() override;

    void setRegister(OpenRegister *reg);
    OpenRegister *openRegister() const { return m_register; }

    // The network shown: by its sector; false when the register has no network for it.
    bool selectSector(int sectorId);
    qint64 currentNetworkId() const;
    QString currentNetworkName() const;
    void setDay(const QDate &day);
    QDate day() const;

    // Each one undo step; false with *error (nothing changed) when it cannot be done.
    bool addMembers(const QList<qint64> &organisationIds, const QString &role, const QDate &joined,
                    QString *error);
    bool leave(const QList<qint64> &memberIds, const QDate &day, QString *error);
    bool updateMember(const NetworkMember &member, QString *error);
    bool updateRepresentative(const NetworkRepresentative &representative, QString *error);
    // The current network's coordinator: person `personId`, 0 for none.
    bool setCoordinator(qint64 personId, QString *error);

    reports::Report rosterReport(bool allNetworks) const;
    reports::Report partnershipReport() const;

    NetworkMembersModel *membersModel() const { return m_members; }
    RepresentativesModel *representativesModel() const { return m_representatives; }
    reports::ReportModel *partnershipModel() const { return m_partnership; }
    QTableView *membersTable() const { return m_membersView; }
    // The members as the search leaves them, over membersModel().
    SearchFilterModel *membersFilter() const { return m_memberFilter; }
    QLineEdit *searchField() const override;
    // "40 member organisations in …", or how many of them the search leaves.
    QString countText() const override;
    ReportOutput *output() const { return m_output; }
    QListWidget *networkList() const { return m_networks; }
    QComboBox *coordinatorChoice() const { return m_coordinator; }
    RepresentativesPage *representativesPage() const { return m_representativesPage; }

    // The dialogs behind the buttons.
    void askAddMembers();
    void askLeave();

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Runs `write` as the one undo step `text` when the register can be written.
    bool writeStep(const QString &text,
                   const std::function<bool(const QSqlDatabase &db, QString *error)> &write,
                   QString *error);
    void buildLayout();
    void setUpTables();
    QHBoxLayout *buildDayRow();
    QHBoxLayout *buildCoordinatorRow();
    QWidget *buildMembersPage();
    QHBoxLayout *buildOutputRow();
    void showCoordinator(std::optional<qint64> personId);
    void reloadNetworks();
    void loadNetworks();
    void fillCoordinatorChoice();
    void reload();
    void setBusy(bool busy);
    void failed(const QString &message);
    void save(bool partnership, const QString &format);
    QList<qint64> selectedMemberIds() const;
    QString languageCode() const;

    QPointer<OpenRegister> m_register;
    bool m_stale = true;              // the register changed while the view was hidden
    bool m_coordinatorFilled = false; // every person is in the coordinator choice
    QListWidget *m_networks;
    QDateEdit *m_day;
    QTabWidget *m_tabs;
    QTableView *m_membersView;
    QTableView *m_representativesView;
    QTableView *m_partnershipView;
    NetworkMembersModel *m_members;
    SearchFilterModel *m_memberFilter;
    SearchField *m_search;
    RepresentativesModel *m_representatives;
    reports::ReportModel *m_partnership;
    QLabel *m_summary;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_leave;
    QList<QPushButton *> m_outputButtons;
    ReportOutput *m_output;
    QComboBox *m_coordinator;
    RepresentativesPage *m_representativesPage = nullptr;
};

} // namespace kartoitus
