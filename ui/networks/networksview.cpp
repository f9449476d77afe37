#include "networks/networksview.h"

#include "common/referencenames.h"

#include "commands/journaledcommand.h"
#include "common/namedpart.h"
#include "common/openregister.h"
#include "common/reportoutput.h"
#include "common/searchfield.h"
#include "networks/addmembersdialog.h"
#include "networks/networkmodels.h"
#include "networks/representativespage.h"
#include "reports/networkrosters.h"
#include "reports/reportlanguage.h"
#include "reports/reportmodel.h"
#include "repositories/personrepository.h"
#include "repositories/rosterrepository.h"
#include "storage/register.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace kartoitus {

namespace {

constexpr int SectorRole = Qt::UserRole + 1;
constexpr int NetworkRole = Qt::UserRole + 2;

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    return view;
}

} // namespace

template<typename Entry>
void NetworksView::writeEdit(const QString &text,
                             bool (NetworkRepository::*update)(const Entry &entry, QString *error),
                             const Entry &entry)
{
    QString error;
    if (!writeStep(
            text.arg(currentNetworkName()),
            [&](const QSqlDatabase &db, QString *e) {
                return (NetworkRepository(db).*update)(entry, e);
            },
            &error))
        failed(error);
}

NetworksView::NetworksView(QWidget *parent)
    : RegisterPage(parent)
    , m_networks(namedPart<QListWidget>("networkList", this))
    , m_day(namedPart<QDateEdit>("networkDay", QDate::currentDate(), this))
    , m_tabs(new QTabWidget(this))
    , m_membersView(makeTable(this))
    , m_representativesView(makeTable(this))
    , m_partnershipView(makeTable(this))
    , m_members(new NetworkMembersModel(this))
    , m_memberFilter(namedPart<SearchFilterModel>("memberFilter", this))
    , m_search(namedPart<SearchField>("memberSearch", this))
    , m_representatives(new RepresentativesModel(this))
    , m_partnership(namedPart<reports::ReportModel>("partnership", this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add Organisations…"), this))
    , m_leave(new QPushButton(tr("&Leave…"), this))
    , m_output(namedPart<ReportOutput>("output", this))
    , m_coordinator(namedPart<QComboBox>("coordinatorChoice", this))
{
    setObjectName(QStringLiteral("networksView"));
    buildLayout();
    connect(m_networks, &QListWidget::currentRowChanged, this, [this] { reload(); });
    connect(m_day, &QDateEdit::dateChanged, this, [this] { reload(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_memberFilter->setSearchText(text);
        m_tabs->setCurrentIndex(0); // what is searched: the members
    });
    countRowsOf(m_memberFilter);
    connect(m_add, &QPushButton::clicked, this, &NetworksView::askAddMembers);
    connect(m_leave, &QPushButton::clicked, this, &NetworksView::askLeave);
    connect(m_members, &NetworkMembersModel::memberEdited, this, [this](const NetworkMember &m) {
        writeEdit(tr("Change a membership of %1"), &NetworkRepository::updateMember, m);
    });
    connect(m_representatives, &RepresentativesModel::representativeEdited, this,
            [this](const NetworkRepresentative &r) {
                writeEdit(tr("Change a representative of %1"),
                          &NetworkRepository::updateRepresentative, r);
            });
    connect(m_output, &ReportOutput::savingStarted, this, [this] { setBusy(true); });
    connect(m_output, &ReportOutput::savingFinished, this, [this] {
        setBusy(false);
        emit statusMessage(m_status->text());
    });
    connect(m_output, &ReportOutput::statusChanged, m_status, &QLabel::setText);
    setRegister(nullptr);
}

NetworksView::~NetworksView() = default;

void NetworksView::registerChanged(ChangeSet what)
{
    if (what & (RecordKind::Networks | RecordKind::ReferenceData))
        reloadNetworks();
    else if (what & (RecordKind::Organisations | RecordKind::Persons))
        reload();
}

void NetworksView::registerSet()
{
    const bool writable = isWritable();
    m_members->setReadOnly(!writable);
    m_representatives->setReadOnly(!writable);
    m_add->setEnabled(writable);
    m_leave->setEnabled(writable);
    m_coordinator->setEnabled(writable);
    m_representativesPage->setWritable(writable);
    for (QPushButton *button : std::as_const(m_outputButtons))
        button->setEnabled(openRegister() != nullptr);
    reloadNetworks();
}

QLineEdit *NetworksView::searchField() const
{
    return m_search;
}

QString NetworksView::countText() const
{
    if (currentNetworkId() == 0)
        return {};
    const int total = m_members->rowCount();
    if (!m_memberFilter->isFiltered())
        return tr("%n member organisations in %1", nullptr, total).arg(currentNetworkName());
    const QLocale locale;
    return tr("%1 of %2 member organisations in %3")
        .arg(locale.toString(m_memberFilter->rowCount()), locale.toString(total),
             currentNetworkName());
}

QString NetworksView::languageCode() const
{
    return reports::ReportLanguage::forLocale(QLocale());
}

void NetworksView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        loadNetworks();
}

void NetworksView::reloadNetworks()
{
    // A register of 100,000 organisations has thousands of members in a network: the view
    // reads them when it is shown, not whenever a register opens in another view.
    if (isVisible())
        loadNetworks();
    else
        m_stale = true;
}

void NetworksView::loadNetworks()
{
    m_stale = false;
    const int sector =
        m_networks->currentItem() ? m_networks->currentItem()->data(SectorRole).toInt() : 0;
    const QSignalBlocker blocker(m_networks);
    m_networks->clear();
    if (openRegister()) {
        const QSqlDatabase db = openRegister()->database();
        QHash<int, QString> sectorNames;
        for (const auto &[id, name] : referenceNames(db, QStringLiteral("sectors")))
            sectorNames.insert(id, name);
        for (const Network &network : NetworkRepository(db).list()) {
            auto *item = new QListWidgetItem(network.name, m_networks);
            item->setData(SectorRole, network.sectorId);
            item->setData(NetworkRole, network.id);
            item->setToolTip(sectorNames.value(network.sectorId));
            if (network.sectorId == sector)
                m_networks->setCurrentItem(item);
        }
        if (!m_networks->currentItem() && m_networks->count() > 0)
            m_networks->setCurrentRow(0);
    }
    reload();
}

void NetworksView::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    const qint64 network = currentNetworkId();
    if (!openRegister() || network == 0) {
        m_members->setMembers({});
        m_representatives->setRepresentatives({});
        m_partnership->setReport({});
        m_summary->clear();
        showCoordinator(std::nullopt);
        return;
    }
    const RosterRepository repository(openRegister()->database(), languageCode());
    QString error;
    const int sector = m_networks->currentItem()->data(SectorRole).toInt();
    const QList<NetworkRoster> rosters = repository.rosters({sector}, day(), &error);
    const NetworkRoster roster = rosters.value(0);
    m_members->setMembers(roster.members);
    m_representatives->setRepresentatives(roster.representatives);
    m_partnership->setReport(partnershipReport());
    showCoordinator(roster.network.coordinatorPersonId);
    QStringList summary;
    if (roster.coordinator)
        summary.append(tr("Coordinator: %1").arg(roster.coordinator->name));
    summary.append(tr("%n member organisations", nullptr, int(roster.members.size())));
    summary.append(tr("%n representatives at the partnership table", nullptr,
                      int(roster.representatives.size())));
    m_summary->setText(error.isEmpty() ? summary.join(QStringLiteral(" · ")) : error);
    m_membersView->resizeColumnsToContents();
    m_representativesView->resizeColumnsToContents();
    m_partnershipView->resizeColumnsToContents();
}

bool NetworksView::selectSector(int sectorId)
{
    if (m_stale)
        loadNetworks();
    for (int row = 0; row < m_networks->count(); ++row) {
        if (m_networks->item(row)->data(SectorRole).toInt() == sectorId) {
            m_networks->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

qint64 NetworksView::currentNetworkId() const
{
    const QListWidgetItem *item = m_networks->currentItem();
    return item ? item->data(NetworkRole).toLongLong() : 0;
}

QString NetworksView::currentNetworkName() const
{
    const QListWidgetItem *item = m_networks->currentItem();
    return item ? item->text() : QString();
}

void NetworksView::setDay(const QDate &day)
{
    m_day->setDate(day);
}

QDate NetworksView::day() const
{
    return m_day->date();
}

bool NetworksView::addMembers(const QList<qint64> &organisationIds, const QString &role,
                              const QDate &joined, QString *error)
{
    const qint64 network = currentNetworkId();
    if (network == 0 || organisationIds.isEmpty())
        return false;
    const QString text = tr("Add %n organisations to %1", nullptr, int(organisationIds.size()))
                             .arg(currentNetworkName());
    int added = 0;
    const bool done = writeStep(
        text,
        [&](const QSqlDatabase &db, QString *e) {
            return NetworkRepository(db).addMembers(network, organisationIds, role,
                                                    joined.toString(Qt::ISODate), e, &added);
        },
        error);
    if (done && added == 0) {
        *error = tr("Those organisations are members already.");
        return false;
    }
    if (done)
        emit statusMessage(text);
    return done;
}

bool NetworksView::leave(const QList<qint64> &memberIds, const QDate &day, QString *error)
{
    if (memberIds.isEmpty())
        return false;
    const QString text =
        tr("%n organisations leave %1", nullptr, int(memberIds.size())).arg(currentNetworkName());
    const bool done = writeStep(
        text,
        [&](const QSqlDatabase &db, QString *e) {
            NetworkRepository repository(db);
            for (qint64 id : memberIds) {
                if (!repository.leave(id, day.toString(Qt::ISODate), e))
                    return false;
            }
            return true;
        },
        error);
    if (done)
        emit statusMessage(text);
    return done;
}

// The coordinator choice holds "(none)" and the coordinator; the register's other persons
// (100,000 in a national register: seconds to read and add) come when the user turns to it.
void NetworksView::showCoordinator(std::optional<qint64> personId)
{
    const QSignalBlocker blocker(m_coordinator);
    m_coordinator->clear();
    m_coordinator->addItem(tr("(none)"), qint64(0));
    m_coordinatorFilled = false;
    if (openRegister() && personId) {
        if (const std::optional<Person> person =
                PersonRepository(openRegister()->database()).get(*personId))
            m_coordinator->addItem(person->name, person->id);
    }
    m_coordinator->setCurrentIndex(m_coordinator->count() - 1);
}

// Every person of the register in the choice, in the Finnish name order the repository
// gives; the current one stays chosen.
void NetworksView::fillCoordinatorChoice()
{
    if (m_coordinatorFilled || !openRegister())
        return;
    m_coordinatorFilled = true;
    const QSignalBlocker blocker(m_coordinator);
    const qint64 current = m_coordinator->currentData().toLongLong();
    m_coordinator->clear();
    m_coordinator->addItem(tr("(none)"), qint64(0));
    const QList<Person> persons = PersonRepository(openRegister()->database()).list();
    for (const Person &person : std::as_const(persons))
        m_coordinator->addItem(person.name, person.id);
    const int index = m_coordinator->findData(current);
    m_coordinator->setCurrentIndex(index < 0 ? 0 : index);
}

bool NetworksView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn &&
        (watched == m_coordinator || watched == m_coordinator->lineEdit()))
        fillCoordinatorChoice();
    return QWidget::eventFilter(watched, event);
}

bool NetworksView::setCoordinator(qint64 personId, QString *error)
{
    const qint64 networkId = currentNetworkId();
    if (networkId <= 0)
        return false;
    const QString text = tr("Choose the coordinator of %1").arg(currentNetworkName());
    const bool done = writeStep(
        text,
        [&](const QSqlDatabase &db, QString *e) {
            NetworkRepository networks(db);
            std::optional<Network> network = networks.get(networkId, e);
            if (!network)
                return false;
            network->coordinatorPersonId =
                personId > 0 ? std::optional<qint64>(personId) : std::nullopt;
            return networks.update(&*network, e);
        },
        error);
    if (done)
        emit statusMessage(text);
    return done;
}

bool NetworksView::writeStep(
    const QString &text, const std::function<bool(const QSqlDatabase &db, QString *error)> &write,
    QString *error)
{
    if (!isWritable())
        return false;
    return runJournaledTransaction(openRegister(), text, write, error);
}

reports::Report NetworksView::rosterReport(bool allNetworks) const
{
    QList<int> sectors;
    if (!allNetworks && m_networks->currentItem())
        sectors = {m_networks->currentItem()->data(SectorRole).toInt()};
    return networksReport(&reports::NetworkRosters::roster, sectors);
}

reports::Report NetworksView::partnershipReport() const
{
    return networksReport(&reports::NetworkRosters::partnershipTable, {});
}

reports::Report NetworksView::networksReport(bool (*write)(const QSqlDatabase &db,
                                                           const reports::RosterOptions &options,
                                                           const QString &source,
                                                           reports::Report *report, QString *error),
                                             const QList<int> &sectors) const
{
    reports::Report report;
    if (!openRegister())
        return report;
    reports::RosterOptions options;
    options.on = day();
    options.language = languageCode();
    options.sectors = sectors;
    QString error;
    write(openRegister()->database(), options, QFileInfo(openRegister()->path()).completeBaseName(),
          &report, &error);
    return report;
}

void NetworksView::save(bool partnership, const QString &format)
{
    if (!openRegister())
        return;
    const QString base = partnership ? tr("partnership-table") : currentNetworkName();
    m_output->askAndSave(partnership ? partnershipReport() : rosterReport(false), format,
                         openRegister()->path(), base);
}

QList<qint64> NetworksView::selectedMemberIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_membersView->selectionModel()->selectedRows())
        ids.append(m_members->members().at(m_memberFilter->mapToSource(index).row()).membership.id);
    return ids;
}

void NetworksView::askAddMembers()
{
    if (!openRegister() || currentNetworkId() == 0)
        return;
    AddMembersDialog dialog(openRegister()->database(), currentNetworkName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!addMembers(dialog.selectedIds(), dialog.role(), dialog.joinedOn(), &error) &&
        !error.isEmpty())
        failed(error);
}

void NetworksView::askLeave()
{
    const QList<qint64> ids = selectedMemberIds();
    if (!openRegister() || ids.isEmpty()) {
        m_status->setText(tr("Select the organisations that leave the network first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Leave %1").arg(currentNetworkName()));
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setCalendarPopup(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("%n organisations leave the network. The membership is kept as "
                               "history.",
                               nullptr, int(ids.size())),
                            &dialog));
    form->addRow(tr("&Left on:"), date);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!leave(ids, date->date(), &error) && !error.isEmpty())
        failed(error);
}

void NetworksView::setBusy(bool busy)
{
    for (QPushButton *button : std::as_const(m_outputButtons))
        button->setEnabled(!busy && openRegister());
}

void NetworksView::failed(const QString &message)
{
    m_status->setText(message);
    emit statusMessage(message);
    reload(); // the table shows what the register holds
}

} // namespace kartoitus
