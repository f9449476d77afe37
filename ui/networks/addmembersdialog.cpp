#include "networks/addmembersdialog.h"

#include "common/namedpart.h"
#include "models/organisationtablemodel.h"
#include "networks/networkmodels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace kartoitus {

AddMembersDialog::AddMembersDialog(const QSqlDatabase &db, const QString &networkName,
                                   QWidget *parent)
    : ReviewDialog(tr("&Add"), parent)
    , m_model(namedPart<OrganisationTableModel>("organisationModel", this))
    , m_search(namedPart<QLineEdit>("search", this))
    , m_view(namedPart<QTableView>("organisations", this))
    , m_role(new QComboBox(this))
    , m_joined(new QDateEdit(QDate::currentDate(), this))
    , m_filterTimer(new QTimer(this))
{
    setWindowTitle(tr("Add Organisations to %1").arg(networkName));
    setObjectName(QStringLiteral("addMembersDialog"));
    m_search->setPlaceholderText(tr("Search organisations by name, municipality, …"));
    m_search->setClearButtonEnabled(true);
    m_model->setColumns(
        {OrganisationColumn::Name, OrganisationColumn::Municipality, OrganisationColumn::Sectors});
    m_model->setDatabase(db, RecordFilter());
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_role->addItem(NetworkMembersModel::roleText(QStringLiteral("member")),
                    QStringLiteral("member"));
    m_role->addItem(NetworkMembersModel::roleText(QStringLiteral("coordinator")),
                    QStringLiteral("coordinator"));
    m_joined->setCalendarPopup(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Joined:"), m_joined);
    addPart(m_search);
    addPart(m_view, 1);
    addPart(form);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(120);
    connect(m_filterTimer, &QTimer::timeout, this, &AddMembersDialog::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AddMembersDialog::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AddMembersDialog::updateCount);
    updateCount();
    resize(720, 560);
}

void AddMembersDialog::applyFilter()
{
    RecordFilter filter;
    filter.search = m_search->text();
    m_model->setFilter(filter);
}

void AddMembersDialog::updateCount()
{
    const int selected = int(selectedIds().size());
    status()->setText(tr("%n organisations shown", nullptr, m_model->rowCount()) +
                      QStringLiteral(" · ") + tr("%n selected", nullptr, selected));
    actionButton()->setEnabled(selected > 0);
}

QList<qint64> AddMembersDialog::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const qint64 id = m_model->organisationId(index.row());
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString AddMembersDialog::role() const
{
    return m_role->currentData().toString();
}

QDate AddMembersDialog::joinedOn() const
{
    return m_joined->date();
}

} // namespace kartoitus
