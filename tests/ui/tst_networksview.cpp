// The Networks and Municipalities views on the demo register, driven as a user drives them:
// two organisations picked from the filtered list join the sports network in one undo step,
// leaving keeps the membership as history (the day before still shows it), roles and dates
// are edited in place, the roster and the partnership table preview and save, and the
// municipalities without a liaison person are marked.
#include "common/openregister.h"
#include "common/reportoutput.h"
#include "common/viewswitcher.h"
#include "mainwindow/mainwindow.h"
#include "models/organisationtablemodel.h"
#include "networks/addmembersdialog.h"
#include "networks/municipalitiesview.h"
#include "networks/networkmodels.h"
#include "networks/networksview.h"
#include "reports/reportmodel.h"
#include "repositories/personrepository.h"
#include "storage/register.h"
#include "windowtestsetup.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace kartoitus;

namespace {

int sectorId(const QSqlDatabase &db, const QString &nameFi)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM sectors WHERE name_fi = ?"));
    q.addBindValue(nameFi);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QStringList organisations(const NetworkMembersModel *model)
{
    QStringList names;
    for (const RosterMember &member : model->members())
        names.append(member.organisation);
    return names;
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class TestNetworksView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addTwoOrganisationsToTheSportsNetwork();
    void leavingKeepsHistory();
    void rolesAndDatesEditedInPlace();
    void chooseTheCoordinator();
    void previewAndSaveTheRosterAndTheTable();
    void municipalitiesWithoutALiaisonPerson();

private:
    OpenRegister *reg() const { return m_window->openedRegister(); }

    QTemporaryDir m_dir;
    QString m_demoPath;
    int m_copies = 0;
    std::unique_ptr<MainWindow> m_window;
    NetworksView *m_view = nullptr; // the window's
};

void TestNetworksView::initTestCase()
{
    windowtest::isolateSettings(QStringLiteral("tst_networksview"));
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(QStringLiteral("demo.kartoitus"));
    QString error;
    QVERIFY2(windowtest::writeDemoFile(m_demoPath, &error), qPrintable(error));
}

void TestNetworksView::init()
{
    // Each test edits a copy of its own.
    const QString copy = m_dir.filePath(QStringLiteral("demo%1.kartoitus").arg(++m_copies));
    QVERIFY(QFile::copy(m_demoPath, copy));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openRegister(copy));
    m_window->show();
    // The window has the view in its side bar and hands it the register it opened.
    QVERIFY(m_window->views()->setCurrentView(QStringLiteral("networks")));
    m_view = qobject_cast<NetworksView *>(m_window->views()->view(QStringLiteral("networks")));
    QVERIFY(m_view);
    QVERIFY(m_view->isVisible());
    new QAbstractItemModelTester(m_view->membersModel(), m_view);
    new QAbstractItemModelTester(m_view->representativesModel(), m_view);
    QCOMPARE(m_view->networkList()->count(), 13);
    QVERIFY(
        m_view->selectSector(sectorId(reg()->database(), QStringLiteral("Liikunta ja urheilu"))));
}

void TestNetworksView::cleanup()
{
    m_view = nullptr;
    m_window.reset();
}

void TestNetworksView::addTwoOrganisationsToTheSportsNetwork()
{
    const QStringList before = organisations(m_view->membersModel());
    QVERIFY(!before.isEmpty());
    QCOMPARE(m_view->currentNetworkName(), QStringLiteral("Liikunta ja urheilu -toimialaverkosto"));

    // The user searches the organisation list and picks two that are not members yet.
    AddMembersDialog dialog(reg()->database(), m_view->currentNetworkName());
    dialog.show();
    const int all = dialog.model()->rowCount();
    QVERIFY(all > 100);
    QTest::keyClicks(dialog.searchBox(), QStringLiteral("Jyv"));
    QTRY_VERIFY(dialog.model()->rowCount() < all && dialog.model()->rowCount() > 2);
    QStringList picked;
    for (int row = 0; row < dialog.model()->rowCount() && picked.size() < 2; ++row) {
        const QString name = dialog.model()->index(row, 0).data().toString();
        if (before.contains(name))
            continue;
        dialog.view()->selectionModel()->select(
            dialog.model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        picked.append(name);
    }
    QCOMPARE(picked.size(), 2);
    QCOMPARE(dialog.selectedIds().size(), 2);

    QUndoStack *stack = reg()->undoStack();
    const int steps = stack->count();
    QString error;
    QVERIFY2(m_view->addMembers(dialog.selectedIds(), dialog.role(), dialog.joinedOn(), &error),
             qPrintable(error));
    QCOMPARE(stack->count(), steps + 1);
    QTRY_COMPARE(m_view->membersModel()->rowCount(), before.size() + 2);
    for (const QString &name : std::as_const(picked))
        QVERIFY(organisations(m_view->membersModel()).contains(name));
    // Adding them again adds nobody, and says so.
    QVERIFY(!m_view->addMembers(dialog.selectedIds(), QStringLiteral("member"),
                                QDate::currentDate(), &error));
    QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(m_view->membersModel()->rowCount(), before.size() + 2);

    // One step undoes both, and redoes them.
    const int afterAdding = stack->count();
    reg()->undo();
    QTRY_COMPARE(m_view->membersModel()->rowCount(), before.size());
    QCOMPARE(stack->index(), afterAdding - 1);
    reg()->redo();
    QTRY_COMPARE(m_view->membersModel()->rowCount(), before.size() + 2);
}

void TestNetworksView::leavingKeepsHistory()
{
    const RosterMember first = m_view->membersModel()->members().first();
    const int count = m_view->membersModel()->rowCount();
    const int steps = reg()->undoStack()->count();
    QString error;
    const QDate today = QDate::currentDate();
    QVERIFY2(m_view->leave({first.membership.id}, today, &error), qPrintable(error));
    QCOMPARE(reg()->undoStack()->count(), steps + 1);
    QTRY_COMPARE(m_view->membersModel()->rowCount(), count - 1);
    QVERIFY(!organisations(m_view->membersModel()).contains(first.organisation));
    // The day before, the network still had it.
    m_view->setDay(today.addDays(-1));
    QTRY_COMPARE(m_view->membersModel()->rowCount(), count);
    QVERIFY(organisations(m_view->membersModel()).contains(first.organisation));
    QVERIFY(m_view->rosterReport(false).groups.value(0).entries.size() == count);
    m_view->setDay(today);
    QTRY_COMPARE(m_view->membersModel()->rowCount(), count - 1);
    reg()->undo();
    QTRY_COMPARE(m_view->membersModel()->rowCount(), count);
}

void TestNetworksView::rolesAndDatesEditedInPlace()
{
    NetworkMembersModel *model = m_view->membersModel();
    int row = 0;
    while (row < model->rowCount() &&
           model->members().at(row).membership.role == QLatin1String("coordinator"))
        ++row;
    QVERIFY(row < model->rowCount());
    const QString name = model->members().at(row).organisation;
    const int steps = reg()->undoStack()->count();
    QVERIFY(model->setData(model->index(row, NetworkMembersModel::RoleColumn),
                           QStringLiteral("coordinator")));
    QCOMPARE(reg()->undoStack()->count(), steps + 1);
    QTRY_COMPARE(model->members().at(organisations(model).indexOf(name)).membership.role,
                 QStringLiteral("coordinator"));
    QCOMPARE(model->index(organisations(model).indexOf(name), NetworkMembersModel::RoleColumn)
                 .data()
                 .toString(),
             QStringLiteral("Coordinator"));
    // A date typed the Finnish way is stored as a date; nonsense is refused and named.
    row = organisations(model).indexOf(name);
    QVERIFY(model->setData(model->index(row, NetworkMembersModel::JoinedColumn),
                           QStringLiteral("1.2.2016")));
    QCOMPARE(reg()->undoStack()->count(), steps + 2);
    QTRY_COMPARE(model->members().at(organisations(model).indexOf(name)).membership.joinedOn,
                 QStringLiteral("2016-02-01"));
    QSignalSpy messages(m_view, &NetworksView::statusMessage);
    row = organisations(model).indexOf(name);
    model->setData(model->index(row, NetworkMembersModel::JoinedColumn), QStringLiteral("eilen"));
    QCOMPARE(reg()->undoStack()->count(), steps + 2);
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("eilen")),
             qPrintable(messages.last().at(0).toString()));

    // A representative's term is edited the same way.
    RepresentativesModel *representatives = m_view->representativesModel();
    QVERIFY(representatives->rowCount() > 0);
    QVERIFY(representatives->setData(representatives->index(0, RepresentativesModel::TermEndColumn),
                                     QStringLiteral("2030-12-31")));
    QCOMPARE(reg()->undoStack()->count(), steps + 3);
    QTRY_COMPARE(representatives->index(0, RepresentativesModel::TermEndColumn)
                     .data(Qt::EditRole)
                     .toString(),
                 QStringLiteral("2030-12-31"));
    reg()->undo();
    QTRY_VERIFY(representatives->index(0, RepresentativesModel::TermEndColumn)
                    .data(Qt::EditRole)
                    .toString() != QStringLiteral("2030-12-31"));
}

void TestNetworksView::chooseTheCoordinator()
{
    const qint64 network = m_view->currentNetworkId();
    QVERIFY(network > 0);
    const QString sql = QStringLiteral("SELECT ifnull(coordinator_person_id, 0) FROM networks "
                                       "WHERE id = ?");
    const auto stored = [&] {
        QSqlQuery q(reg()->database());
        q.prepare(sql);
        q.addBindValue(network);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 before = stored();
    QComboBox *choice = m_view->coordinatorChoice();
    QVERIFY(choice->isEnabled());
    QCOMPARE(choice->currentData().toLongLong(), before);
    // Another person of the register, picked as a user picks one from the list.
    int index = 1;
    while (index < choice->count() && choice->itemData(index).toLongLong() == before)
        ++index;
    QVERIFY(index < choice->count());
    const qint64 person = choice->itemData(index).toLongLong();
    const QString name = choice->itemText(index);
    choice->setCurrentIndex(index);
    emit choice->activated(index);
    QCOMPARE(stored(), person);
    QCOMPARE(reg()->undoStack()->undoText(),
             QStringLiteral("Choose the coordinator of %1").arg(m_view->currentNetworkName()));
    QTRY_COMPARE(choice->currentData().toLongLong(), person);
    reg()->undo();
    QCOMPARE(stored(), before);
    QTRY_COMPARE(choice->currentData().toLongLong(), before);
    reg()->redo();
    QCOMPARE(stored(), person);
    QTRY_COMPARE(choice->currentText(), name);
    // "(none)" takes the coordinator away, as one step too.
    emit choice->activated(0);
    QCOMPARE(stored(), 0);
}

void TestNetworksView::previewAndSaveTheRosterAndTheTable()
{
    QPrintPreviewDialog *preview = m_view->output()->printPreview(m_view->rosterReport(false));
    QTRY_VERIFY(preview->isVisible());
    preview->close();
    preview = m_view->output()->printPreview(m_view->partnershipReport());
    QTRY_VERIFY(preview->isVisible());
    preview->close();
    QVERIFY(m_view->partnershipModel()->rowCount() > 0);

    const QString pdf = m_dir.filePath(QStringLiteral("liikunta.pdf"));
    for (const QString &format :
         {QStringLiteral("pdf"), QStringLiteral("csv-excel"), QStringLiteral("xlsx")}) {
        const QString path = format == QLatin1String("pdf")
                                 ? pdf
                                 : m_dir.filePath(QStringLiteral("liikunta.") + format.left(4));
        QSignalSpy done(m_view->output(), &ReportOutput::savingFinished);
        m_view->output()->saveTo(m_view->rosterReport(false), path, format);
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(2).toString()));
        QVERIFY(QFileInfo(path).size() > 0);
    }
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (scripts/setup.sh installs it)");
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Toimialaverkoston jäsenluettelo")));
    for (const QString &name : organisations(m_view->membersModel()))
        QVERIFY2(text.contains(name), qPrintable(name));
    QVERIFY(text.contains(QStringLiteral("vain sisäiseen käyttöön")));
}

void TestNetworksView::municipalitiesWithoutALiaisonPerson()
{
    QVERIFY(m_window->views()->setCurrentView(QStringLiteral("municipalities")));
    auto *found = qobject_cast<MunicipalitiesView *>(
        m_window->views()->view(QStringLiteral("municipalities")));
    QVERIFY(found);
    MunicipalitiesView &view = *found;
    new QAbstractItemModelTester(view.model(), &view);
    QCOMPARE(view.model()->rowCount(), 22);
    QVERIFY(view.summary()->text().contains(QStringLiteral("Jokaisella kunnalla on yhdyshenkilö")));
    // The demo's liaison person of Multia is removed: Multia is marked and named.
    PersonRepository persons(reg()->database());
    RecordFilter filter;
    filter.personKind = RecordFilter::PersonKind::Liaison;
    filter.municipalities = {QStringLiteral("495")};
    const QList<Person> multia = persons.list(filter);
    QCOMPARE(multia.size(), 1);
    QString error;
    QVERIFY2(persons.remove(multia.first().id, &error), qPrintable(error));
    reg()->notifyChanged(RecordKind::Persons);
    QTRY_VERIFY(view.summary()->text().contains(QStringLiteral("Multia")));
    int marked = 0;
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (view.model()->index(row, 0).data(reports::ReportModel::MarkedRole).toBool()) {
            ++marked;
            QCOMPARE(view.model()->index(row, 0).data().toString(), QStringLiteral("Multia"));
            QCOMPARE(view.model()->index(row, 6).data().toString(),
                     QStringLiteral("Ei yhdyshenkilöä"));
        }
    }
    QCOMPARE(marked, 1);
}

QTEST_MAIN(TestNetworksView)
#include "tst_networksview.moc"
