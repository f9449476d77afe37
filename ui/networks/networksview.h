#pragma once

#include "common/registerpage.h"
#include "reports/report.h"

#include <QDate>
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
class NetworkRepository;
class ReportOutput;
class RepresentativesModel;
class SearchField;
class SearchFilterModel;
class RepresentativesPage;
struct NetworkMember;
struct NetworkRepresentative;
namespace reports {
class ReportModel;
struct RosterOptions;
} // namespace reports

// The sector networks: each network's members and representatives at the partnership
// table as they stood on a chosen day (today by default), the partnership table on that
// day, and their printed lists. Organisations are added one or many at a time from a
// filtered list; leaving sets a date (the membership stays as history); roles and dates are
// edited in place. Every change is one undo step on the register's stack. The search box
// narrows the members to those that hold every word typed (Finnish letters, any case).
class NetworksView : public RegisterPage
{
    Q_OBJECT

public:
    explicit NetworksView(QWidget *parent = nullptr);
    ~NetworksView() override;

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
    // The current network's coordinator: person `personId`, 0 for none.
    bool setCoordinator(qint64 personId, QString *error);

    reports::Report rosterReport(bool allNetworks) const;
    reports::Report partnershipReport() const;

    NetworkMembersModel *membersModel() const { return m_members; }
    RepresentativesModel *representativesModel() const { return m_representatives; }
    QLineEdit *searchField() const override;
    // "40 member organisations in …", or how many of them the search leaves.
    QString countText() const override;

    // The dialogs behind the buttons.
    void askAddMembers();
    void askLeave();

protected:
    void registerChanged(ChangeSet what) override;
    void registerSet() override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Runs `write` as the one undo step `text` when the register can be written.
    bool writeStep(const QString &text,
                   const std::function<bool(const QSqlDatabase &db, QString *error)> &write,
                   QString *error);
    // Writes a membership or term edited in place (`update` of the repository) as the undo
    // step `text` ("… of %1", the network); a failure is shown and the table read again.
    template<typename Entry>
    void writeEdit(const QString &text,
                   bool (NetworkRepository::*update)(const Entry &entry, QString *error),
                   const Entry &entry);
    // One of NetworkRosters' reports (`write`) on day(), in the user's language, of the
    // networks of `sectors` (empty: all).
    reports::Report
    networksReport(bool (*write)(const QSqlDatabase &db, const reports::RosterOptions &options,
                                 const QString &source, reports::Report *report, QString *error),
                   const QList<int> &sectors) const;
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
