// The Networks view's widgets: the network list beside the search, the day, the coordinator,
// the members, representatives and partnership table, and the buttons that print and save.
#include "networks/networksview.h"

#include "common/openregister.h"
#include "common/reportoutput.h"
#include "common/searchfield.h"
#include "networks/networkmodels.h"
#include "networks/representativespage.h"
#include "reports/reportmodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kartoitus {

void NetworksView::buildLayout()
{
    setUpTables();
    m_day->setCalendarPopup(true);
    m_day->setObjectName(QStringLiteral("networkDay"));
    m_networks->setObjectName(QStringLiteral("networkList"));
    m_tabs->addTab(buildMembersPage(), tr("&Members"));
    m_representativesPage = new RepresentativesPage(this, m_representativesView, m_representatives);
    m_tabs->addTab(m_representativesPage, tr("&Representatives"));
    m_tabs->addTab(m_partnershipView, tr("&Partnership Table"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setPlaceholderText(tr("Search the members by name, municipality, role…"));
    m_search->setAccessibleName(tr("Search the network's members"));
    m_search->setList(m_membersView);
    rightLayout->addWidget(m_search);
    rightLayout->addLayout(buildDayRow());
    rightLayout->addLayout(buildCoordinatorRow());
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addLayout(buildOutputRow());
    rightLayout->addWidget(m_status);
    m_summary->setWordWrap(true);
    m_status->setWordWrap(true);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_networks);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 800});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

// The tables over their models, with the roles chosen from a list where they are edited.
void NetworksView::setUpTables()
{
    m_memberFilter->setSourceModel(m_members);
    m_membersView->setModel(m_memberFilter);
    m_membersView->setItemDelegateForColumn(
        NetworkMembersModel::RoleColumn,
        new ChoiceDelegate(
            {{QStringLiteral("member"), NetworkMembersModel::roleText(QStringLiteral("member"))},
             {QStringLiteral("coordinator"),
              NetworkMembersModel::roleText(QStringLiteral("coordinator"))}},
            this));
    m_representativesView->setModel(m_representatives);
    m_representativesView->setItemDelegateForColumn(
        RepresentativesModel::RoleColumn,
        new ChoiceDelegate(
            {{QStringLiteral("chair"), RepresentativesModel::roleText(QStringLiteral("chair"))},
             {QStringLiteral("member"), RepresentativesModel::roleText(QStringLiteral("member"))},
             {QStringLiteral("deputy"), RepresentativesModel::roleText(QStringLiteral("deputy"))}},
            this));
    m_partnershipView->setModel(m_partnership);
    m_partnershipView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_membersView->setObjectName(QStringLiteral("networkMembers"));
}

QHBoxLayout *NetworksView::buildDayRow()
{
    auto *today = new QPushButton(tr("Toda&y"), this);
    connect(today, &QPushButton::clicked, this, [this] { setDay(QDate::currentDate()); });
    auto *dayRow = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("As on &day:"), this);
    dayLabel->setBuddy(m_day);
    dayRow->addWidget(dayLabel);
    dayRow->addWidget(m_day);
    dayRow->addWidget(today);
    dayRow->addStretch(1);
    return dayRow;
}

// The network's coordinator: a person of the register, picked by name (typed or chosen).
QHBoxLayout *NetworksView::buildCoordinatorRow()
{
    m_coordinator->setObjectName(QStringLiteral("coordinatorChoice"));
    m_coordinator->setEditable(true);
    m_coordinator->setInsertPolicy(QComboBox::NoInsert);
    m_coordinator->completer()->setFilterMode(Qt::MatchContains);
    m_coordinator->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_coordinator->setMinimumContentsLength(28);
    m_coordinator->installEventFilter(this);
    m_coordinator->lineEdit()->installEventFilter(this);
    connect(m_coordinator, &QComboBox::activated, this, [this](int index) {
        QString error;
        if (!setCoordinator(m_coordinator->itemData(index).toLongLong(), &error) &&
            !error.isEmpty())
            failed(error);
    });
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Coordinator:"), this);
    label->setBuddy(m_coordinator);
    row->addWidget(label);
    row->addWidget(m_coordinator);
    row->addStretch(1);
    return row;
}

QWidget *NetworksView::buildMembersPage()
{
    auto *membersPage = new QWidget(this);
    auto *membersLayout = new QVBoxLayout(membersPage);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    membersLayout->addWidget(m_membersView, 1);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_add);
    memberButtons->addWidget(m_leave);
    memberButtons->addStretch(1);
    membersLayout->addLayout(memberButtons);
    return membersPage;
}

QHBoxLayout *NetworksView::buildOutputRow()
{
    const auto addButton = [this](QHBoxLayout *row, const QString &text, const QString &name) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        row->addWidget(button);
        m_outputButtons.append(button);
        return button;
    };
    auto *outputRow = new QHBoxLayout;
    connect(addButton(outputRow, tr("Print R&oster…"), QStringLiteral("previewRoster")),
            &QPushButton::clicked, this, [this] { m_output->printPreview(rosterReport(false)); });
    connect(addButton(outputRow, tr("Print All Rost&ers…"), QStringLiteral("previewAll")),
            &QPushButton::clicked, this, [this] { m_output->printPreview(rosterReport(true)); });
    connect(
        addButton(outputRow, tr("Print Partnership &Table…"), QStringLiteral("previewPartnership")),
        &QPushButton::clicked, this, [this] { m_output->printPreview(partnershipReport()); });
    QPushButton *saveButton = addButton(outputRow, tr("&Save As"), QStringLiteral("save"));
    auto *menu = new QMenu(saveButton);
    const QList<std::pair<QString, QString>> formats = {
        {QStringLiteral("pdf"), QStringLiteral("PDF")},
        {QStringLiteral("csv-excel"), QStringLiteral("CSV")},
        {QStringLiteral("xlsx"), QStringLiteral("XLSX")}};
    for (const auto &[format, name] : formats)
        menu->addAction(tr("Roster as %1…").arg(name), this,
                        [this, format = format] { save(false, format); });
    menu->addSeparator();
    for (const auto &[format, name] : formats)
        menu->addAction(tr("Partnership Table as %1…").arg(name), this,
                        [this, format = format] { save(true, format); });
    saveButton->setMenu(menu);
    outputRow->addStretch(1);
    return outputRow;
}

} // namespace kartoitus
