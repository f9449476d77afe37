#include "networks/representativespage.h"

#include "commands/journaledcommand.h"
#include "common/pagelayout.h"
#include "networks/networkmodels.h"
#include "networks/networksview.h"
#include "networks/representativedialog.h"
#include "repositories/personrepository.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

namespace kartoitus {

RepresentativesPage::RepresentativesPage(NetworksView *view, QTableView *table,
                                         RepresentativesModel *model)
    : QWidget(view)
    , m_networks(view)
    , m_table(table)
    , m_model(model)
    , m_add(new QPushButton(tr("A&dd Representative…"), this))
    , m_remove(new QPushButton(tr("Remo&ve Representative"), this))
{
    m_add->setObjectName(QStringLiteral("addRepresentative"));
    m_remove->setObjectName(QStringLiteral("removeRepresentative"));
    m_remove->setToolTip(tr("Removes a term entered by mistake. A term that ended gets its end "
                            "date in the table instead."));
    connect(m_add, &QPushButton::clicked, this, &RepresentativesPage::askAdd);
    connect(m_remove, &QPushButton::clicked, this, &RepresentativesPage::askRemove);
    tableWithButtons(this, m_table, {m_add, m_remove});
}

void RepresentativesPage::setWritable(bool writable)
{
    m_add->setEnabled(writable);
    m_remove->setEnabled(writable);
}

bool RepresentativesPage::add(const NetworkRepresentative &representative, QString *error)
{
    if (!m_networks->isWritable())
        return false;
    OpenRegister *reg = m_networks->openRegister();
    const std::optional<Network> network =
        NetworkRepository(reg->database()).get(representative.networkId, error);
    const std::optional<Person> person =
        PersonRepository(reg->database()).get(representative.personId, error);
    if (!network || !person)
        return false;
    const QString text = tr("Add representative: %1, %2").arg(person->name, network->name);
    const bool done = runJournaledTransaction(
        reg, text,
        [&](const QSqlDatabase &db, QString *e) {
            NetworkRepresentative added = representative;
            return NetworkRepository(db).addRepresentative(&added, e);
        },
        error);
    if (done)
        emit m_networks->statusMessage(text);
    return done;
}

bool RepresentativesPage::remove(const RosterRepresentative &representative, QString *error)
{
    if (!m_networks->isWritable())
        return false;
    OpenRegister *reg = m_networks->openRegister();
    const QString text = tr("Remove representative: %1, %2")
                             .arg(representative.person.name, m_networks->currentNetworkName());
    const bool done = runJournaledTransaction(
        reg, text,
        [&](const QSqlDatabase &db, QString *e) {
            return NetworkRepository(db).removeRepresentative(representative.term.id, e);
        },
        error);
    if (done)
        emit m_networks->statusMessage(text);
    return done;
}

void RepresentativesPage::askAdd()
{
    OpenRegister *reg = m_networks->openRegister();
    if (!reg)
        return;
    RepresentativeDialog dialog(reg->database(), m_networks->currentNetworkId(), this);
    dialog.saveWhenAccepted([&](QString *e) { return add(dialog.representative(), e); },
                            [this](const QString &reason) { failed(reason); });
}

void RepresentativesPage::askRemove()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        failed(tr("Select the representative to remove first."));
        return;
    }
    QString error;
    if (!remove(m_model->representatives().at(rows.first().row()), &error) && !error.isEmpty())
        failed(error);
}

void RepresentativesPage::failed(const QString &message)
{
    emit m_networks->statusMessage(message);
}

} // namespace kartoitus
