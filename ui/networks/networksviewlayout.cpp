// The Networks view's widgets: the network list beside the search, the day, the coordinator,
// the members, representatives and partnership table, and the buttons that print and save.
#include "networks/networksview.h"

#include "common/openregister.h"
#include "common/pagelayout.h"
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
    m_tabs->addTab(buildMembersPage(), tr("&Members"));
    m_representativesPage = new RepresentativesPage(this, m_representativesView, m_representatives);
    m_representativesPage->setObjectName(QStringLiteral("representativesPage"));
    m_tabs->addTab(m_representativesPage, tr("&Representatives"));
    m_tabs->addTab(m_partnershipView, tr("&Partnership Table"));

    auto *right = new QWidget(this);
    QVBoxLayout *rightLayout = bareColumn(right);
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sideBySide(m_networks, right, {260, 800}, 1, this));
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
    return labelledRow(tr("As on &day:"), {m_day, today}, this);
}

// The network's coordinator: a person of the register, picked by name (typed or chosen).
QHBoxLayout *NetworksView::buildCoordinatorRow()
{
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
    return labelledRow(tr("&Coordinator:"), {m_coordinator}, this);
}

QWidget *NetworksView::buildMembersPage()
{
    auto *membersPage = new QWidget(this);
    tableWithButtons(membersPage, m_membersView, {m_add, m_leave});
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
