// The Networks and Municipalities views on the demo register, driven as a user drives them:
// two organisations picked from the filtered list join the sports network in one undo step,
// leaving keeps the membership as history (the day before still shows it), roles and dates
// are edited in place, the roster and the partnership table preview and save, and the
// municipalities without a liaison person are marked.
#include "common/openregister.h"
#include "common/reportoutput.h"
#include "common/searchfield.h"
#include "common/viewswitcher.h"
#include "mainwindow/mainwindow.h"
#include "models/organisationtablemodel.h"
#include "networks/addmembersdialog.h"
#include "networks/liaisondialog.h"
#include "networks/municipalitiesview.h"
#include "networks/networkmodels.h"
#include "networks/networksview.h"
#include "networks/representativedialog.h"
#include "networks/representativespage.h"
#include "reports/reportmodel.h"
#include "repositories/personrepository.h"
#include "storage/register.h"
#include "widgetpart.h"
#include "windowtestsetup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
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

QString statusText(MainWindow *window)
{
    QString text;
    for (QLabel *label : window->statusBar()->findChildren<QLabel *>())
        text += label->text();
    return text;
}

// The rows of `model` with `word` in a cell, by Qt's own case-insensitive comparison.
int rowsContaining(const QAbstractItemModel *model, const QString &word)
{
    int rows = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data().toString().contains(word, Qt::CaseInsensitive)) {
                ++rows;
                break;
            }
        }
    }
    return rows;
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
    void addAndRemoveARepresentative();
    void previewAndSaveTheRosterAndTheTable();
    void municipalitiesWithoutALiaisonPerson();
    void liaisonPersonsAddedEditedAndRemoved();
    void searchTheMembersWithFinnishLetters();
    void searchTheMunicipalities();
    void screenshotInFinnish();

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
    QCOMPARE(widgetPart<QListWidget>(m_view, "networkList")->count(), 13);
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
    OrganisationTableModel *model =
        widgetPart<OrganisationTableModel>(&dialog, "organisationModel");
    QVERIFY(model);
    const int all = model->rowCount();
    QVERIFY(all > 100);
    QTest::keyClicks(widgetPart<QLineEdit>(&dialog, "search"), QStringLiteral("Jyv"));
    QTRY_VERIFY(model->rowCount() < all && model->rowCount() > 2);
    QStringList picked;
    for (int row = 0; row < model->rowCount() && picked.size() < 2; ++row) {
        const QString name = model->index(row, 0).data().toString();
        if (before.contains(name))
            continue;
        widgetPart<QTableView>(&dialog, "organisations")
            ->selectionModel()
            ->select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
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
    QComboBox *choice = widgetPart<QComboBox>(m_view, "coordinatorChoice");
    QVERIFY(choice);
    QVERIFY(choice->isEnabled());
    QCOMPARE(choice->currentData().toLongLong(), before);
    // Only "(none)" and the coordinator until the user turns to the choice: the register's
    // persons are read then, not each time a network is shown.
    QVERIFY(choice->count() <= 2);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    choice->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(choice->count() > 2);
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

void TestNetworksView::addAndRemoveARepresentative()
{
    const auto storedTerms = [&](qint64 person) {
        QSqlQuery q(reg()->database());
        q.prepare(QStringLiteral("SELECT role || ' ' || term_start || ' ' || ifnull(term_end, '-')"
                                 " FROM network_representatives WHERE network_id = ? AND"
                                 " person_id = ?"));
        q.addBindValue(m_view->currentNetworkId());
        q.addBindValue(person);
        QStringList terms;
        if (q.exec())
            while (q.next())
                terms.append(q.value(0).toString());
        return terms;
    };
    RepresentativeDialog dialog(reg()->database(), m_view->currentNetworkId());
    dialog.show();
    QCOMPARE(widgetPart<QComboBox>(&dialog, "network")->currentText(),
             m_view->currentNetworkName());
    // Nobody chosen: OK is refused and the field named.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message()->text().startsWith(QStringLiteral("Person:")),
             qPrintable(dialog.message()->text()));
    // A person of the register who is no representative of the network, found by typing
    // the name.
    QComboBox *persons = widgetPart<QComboBox>(&dialog, "person");
    int index = 0;
    while (index < persons->count() &&
           (persons->findText(persons->itemText(index)) != index ||
            !storedTerms(persons->itemData(index).toLongLong()).isEmpty()))
        ++index;
    QVERIFY(index < persons->count());
    const QString name = persons->itemText(index);
    const qint64 person = persons->itemData(index).toLongLong();
    // (QTest types Latin-1 only; the names have ä and ö.)
    persons->setEditText(name);
    QCOMPARE(dialog.representative().personId, person);
    QComboBox *role = widgetPart<QComboBox>(&dialog, "role");
    role->setCurrentIndex(role->findData(QStringLiteral("deputy")));
    const QDate start = QDate::currentDate().addDays(-30);
    const QDate end = start.addYears(2);
    widgetPart<QDateEdit>(&dialog, "termStart")->setDate(start);
    widgetPart<QDateEdit>(&dialog, "termEndsDay")->setDate(start.addDays(-1));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message()->text().startsWith(QStringLiteral("Term ends:")),
             qPrintable(dialog.message()->text()));
    widgetPart<QDateEdit>(&dialog, "termEndsDay")->setDate(end);
    QString error;
    QVERIFY2(dialog.validate(&error), qPrintable(error));

    auto *page = widgetPart<RepresentativesPage>(m_view, "representativesPage");
    QVERIFY(page);
    const int serving = m_view->representativesModel()->rowCount();
    QVERIFY2(page->add(dialog.representative(), &error), qPrintable(error));
    const QString text =
        QStringLiteral("Add representative: %1, %2").arg(name, m_view->currentNetworkName());
    QCOMPARE(reg()->undoStack()->undoText(), text);
    QCOMPARE(storedTerms(person),
             QStringList{QStringLiteral("deputy %1 %2")
                             .arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate))});
    QTRY_COMPARE(m_view->representativesModel()->rowCount(), serving + 1);
    reg()->undo();
    QVERIFY(storedTerms(person).isEmpty());
    QTRY_COMPARE(m_view->representativesModel()->rowCount(), serving);
    reg()->redo();
    QCOMPARE(storedTerms(person).size(), 1);
    QTRY_COMPARE(m_view->representativesModel()->rowCount(), serving + 1);

    // Removing a term entered by mistake is one step too.
    const QList<RosterRepresentative> now = m_view->representativesModel()->representatives();
    const auto added = std::find_if(now.cbegin(), now.cend(), [&](const RosterRepresentative &r) {
        return r.term.personId == person;
    });
    QVERIFY(added != now.cend());
    QVERIFY2(page->remove(*added, &error), qPrintable(error));
    QCOMPARE(
        reg()->undoStack()->undoText(),
        QStringLiteral("Remove representative: %1, %2").arg(name, m_view->currentNetworkName()));
    QVERIFY(storedTerms(person).isEmpty());
    QTRY_COMPARE(m_view->representativesModel()->rowCount(), serving);
    reg()->undo();
    QCOMPARE(storedTerms(person).size(), 1);
    QTRY_COMPARE(m_view->representativesModel()->rowCount(), serving + 1);
}

void TestNetworksView::previewAndSaveTheRosterAndTheTable()
{
    ReportOutput *output = widgetPart<ReportOutput>(m_view, "output");
    QVERIFY(output);
    QPrintPreviewDialog *preview = output->printPreview(m_view->rosterReport(false));
    QTRY_VERIFY(preview->isVisible());
    preview->close();
    preview = output->printPreview(m_view->partnershipReport());
    QTRY_VERIFY(preview->isVisible());
    preview->close();
    QVERIFY(widgetPart<reports::ReportModel>(m_view, "partnership")->rowCount() > 0);

    const QString pdf = m_dir.filePath(QStringLiteral("liikunta.pdf"));
    for (const QString &format :
         {QStringLiteral("pdf"), QStringLiteral("csv-excel"), QStringLiteral("xlsx")}) {
        const QString path = format == QLatin1String("pdf")
                                 ? pdf
                                 : m_dir.filePath(QStringLiteral("liikunta.") + format.left(4));
        QSignalSpy done(output, &ReportOutput::savingFinished);
        output->saveTo(m_view->rosterReport(false), path, format);
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
    QLabel *summary = widgetPart<QLabel>(&view, "municipalitySummary");
    QVERIFY(summary);
    QVERIFY(summary->text().contains(QStringLiteral("Jokaisella kunnalla on yhdyshenkilö")));
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
    QTRY_VERIFY(summary->text().contains(QStringLiteral("Multia")));
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

void TestNetworksView::liaisonPersonsAddedEditedAndRemoved()
{
    QVERIFY(m_window->views()->setCurrentView(QStringLiteral("municipalities")));
    auto *view = qobject_cast<MunicipalitiesView *>(
        m_window->views()->view(QStringLiteral("municipalities")));
    QVERIFY(view);
    const auto multia = [&] {
        RecordFilter filter;
        filter.personKind = RecordFilter::PersonKind::Liaison;
        filter.municipalities = {QStringLiteral("495")};
        return PersonRepository(reg()->database()).list(filter);
    };
    const auto multiaRow = [&] {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->municipalityCodeAt(row) == QLatin1String("495"))
                return row;
        }
        return -1;
    };
    QCOMPARE(multia().size(), 1);
    const Person demo = multia().first();
    QCOMPARE(view->personIdAt(multiaRow()), demo.id);
    QUndoStack *stack = reg()->undoStack();

    // Removed: Multia is marked as without one; undo brings the person back.
    QString error;
    QVERIFY2(view->removeLiaison(demo.id, &error), qPrintable(error));
    QCOMPARE(stack->undoText(), QStringLiteral("Remove liaison person: %1, Multia").arg(demo.name));
    QVERIFY(multia().isEmpty());
    QTRY_COMPARE(view->personIdAt(multiaRow()), 0);
    QVERIFY(view->model()->index(multiaRow(), 0).data(reports::ReportModel::MarkedRole).toBool());
    reg()->undo();
    QCOMPARE(multia().size(), 1);
    QTRY_COMPARE(view->personIdAt(multiaRow()), demo.id);
    reg()->redo();
    QTRY_COMPARE(view->personIdAt(multiaRow()), 0);

    // Added through the dialog: a bad email and phone are refused, the field named.
    Person fresh;
    fresh.municipalityCode = view->municipalityCodeAt(multiaRow());
    LiaisonDialog dialog(fresh, QStringLiteral("Multia"));
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message()->text().startsWith(QStringLiteral("Name:")),
             qPrintable(dialog.message()->text()));
    widgetPart<QLineEdit>(&dialog, "name")->setText(QStringLiteral("Mäkelä Sanna"));
    QTest::keyClicks(widgetPart<QLineEdit>(&dialog, "role"), QStringLiteral("vapaa-aikasihteeri"));
    QTest::keyClicks(widgetPart<QLineEdit>(&dialog, "email"),
                     QStringLiteral("sanna.makela(at)multia.fi"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message()->text().startsWith(QStringLiteral("Email")),
             qPrintable(dialog.message()->text()));
    widgetPart<QLineEdit>(&dialog, "email")->setText(QStringLiteral("sanna.makela@multia.fi"));
    QTest::keyClicks(widgetPart<QLineEdit>(&dialog, "phone"), QStringLiteral("puh 040"));
    dialog.accept();
    QVERIFY2(dialog.message()->text().startsWith(QStringLiteral("Phone")),
             qPrintable(dialog.message()->text()));
    widgetPart<QLineEdit>(&dialog, "phone")->setText(QStringLiteral("0401234567"));
    widgetPart<QCheckBox>(&dialog, "checked")->setChecked(true);
    widgetPart<QDateEdit>(&dialog, "checkedDay")->setDate(QDate(2026, 9, 1));
    QVERIFY2(dialog.validate(&error), qPrintable(error));
    QVERIFY2(view->saveLiaison(dialog.person(), &error), qPrintable(error));
    QCOMPARE(stack->undoText(), QStringLiteral("Add liaison person: Mäkelä Sanna, Multia"));
    QCOMPARE(multia().size(), 1);
    const Person added = multia().first();
    QCOMPARE(added.name, QStringLiteral("Mäkelä Sanna"));
    QCOMPARE(added.role, QStringLiteral("vapaa-aikasihteeri"));
    QCOMPARE(added.phone, QStringLiteral("040 123 4567"));
    QCOMPARE(added.verifiedAt, QStringLiteral("2026-09-01"));
    QVERIFY(!added.organisationId);
    QTRY_COMPARE(view->personIdAt(multiaRow()), added.id);
    QCOMPARE(view->model()->index(multiaRow(), 1).data().toString(), added.name);

    // Edited: one step, undone to what it was.
    LiaisonDialog edit(added, QStringLiteral("Multia"));
    QCOMPARE(widgetPart<QLineEdit>(&edit, "email")->text(), added.email);
    widgetPart<QLineEdit>(&edit, "role")->setText(QStringLiteral("kulttuurisihteeri"));
    widgetPart<QCheckBox>(&edit, "checked")->setChecked(false);
    QVERIFY2(view->saveLiaison(edit.person(), &error), qPrintable(error));
    QCOMPARE(stack->undoText(), QStringLiteral("Edit liaison person: Mäkelä Sanna, Multia"));
    QCOMPARE(multia().first().role, QStringLiteral("kulttuurisihteeri"));
    QVERIFY(multia().first().verifiedAt.isEmpty());
    reg()->undo();
    QCOMPARE(multia().first().role, QStringLiteral("vapaa-aikasihteeri"));
    QCOMPARE(multia().first().verifiedAt, QStringLiteral("2026-09-01"));
    reg()->redo();
    QCOMPARE(multia().first().role, QStringLiteral("kulttuurisihteeri"));
    reg()->undo();
    reg()->undo();
    QVERIFY(multia().isEmpty());
    QTRY_COMPARE(view->personIdAt(multiaRow()), 0);
}

// Ctrl+F focuses the Networks view's search box; a word typed in capitals finds the members
// with it in small letters (Ä, Ö too); Down moves into the members, Esc shows them all again.
void TestNetworksView::searchTheMembersWithFinnishLetters()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    new QAbstractItemModelTester(widgetPart<SearchFilterModel>(m_view, "memberFilter"), m_view);
    QTableView *table = widgetPart<QTableView>(m_view, "networkMembers");
    QVERIFY(table);
    const int total = m_view->membersModel()->rowCount();
    QVERIFY(total > 2);
    QString word;
    const QRegularExpression finnish(QStringLiteral("[äöÄÖ]"));
    for (const QString &name : organisations(m_view->membersModel())) {
        for (const QString &part : name.split(QLatin1Char(' '))) {
            if (word.isEmpty() && part.size() > 3 && part.contains(finnish))
                word = part;
        }
    }
    QVERIFY(!word.isEmpty());
    const int expected = rowsContaining(m_view->membersModel(), word);
    QVERIFY(expected > 0);

    m_window->findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    QLineEdit *search = m_view->searchField();
    QVERIFY(search->hasFocus());
    search->insert(word.toUpper()); // as typed: QTest types ASCII only
    QCOMPARE(table->model()->rowCount(), expected);
    for (int row = 0; row < expected; ++row) {
        bool found = false;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            found = found || table->model()
                                 ->index(row, column)
                                 .data()
                                 .toString()
                                 .contains(word, Qt::CaseInsensitive);
        QVERIFY(found);
    }
    if (expected < total)
        QVERIFY2(statusText(m_window.get())
                     .contains(QStringLiteral("%1 of %2").arg(expected).arg(total)),
                 qPrintable(statusText(m_window.get())));

    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 0);
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(table->model()->rowCount(), total);
    QVERIFY(statusText(m_window.get()).contains(QString::number(total)));
}

// The Municipalities view's search: "äänekoski" finds Äänekoski's rows, and what the buttons
// act on is the row the user sees.
void TestNetworksView::searchTheMunicipalities()
{
    QVERIFY(m_window->views()->setCurrentView(QStringLiteral("municipalities")));
    auto *view = qobject_cast<MunicipalitiesView *>(
        m_window->views()->view(QStringLiteral("municipalities")));
    QVERIFY(view);
    auto *filter = widgetPart<SearchFilterModel>(view, "municipalityFilter");
    QVERIFY(filter);
    new QAbstractItemModelTester(filter, view);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTableView *table = widgetPart<QTableView>(view, "municipalityTable");
    QVERIFY(table);
    const int total = view->model()->rowCount();
    QVERIFY(total >= 22);
    QVERIFY(statusText(m_window.get()).contains(QStringLiteral("22 municipalities")));

    m_window->findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    QLineEdit *search = view->searchField();
    QVERIFY(search->hasFocus());
    search->insert(QStringLiteral("äänekoski")); // as typed: QTest types ASCII only
    const int shown = table->model()->rowCount();
    QCOMPARE(shown, rowsContaining(view->model(), QStringLiteral("Äänekoski")));
    QVERIFY(shown > 0 && shown < total);
    for (int row = 0; row < shown; ++row) {
        const int source = filter->mapToSource(table->model()->index(row, 0)).row();
        QCOMPARE(view->municipalityCodeAt(source), QStringLiteral("992"));
    }
    QVERIFY(statusText(m_window.get()).contains(QStringLiteral("%1 of %2").arg(shown).arg(total)));
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 0);
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(table->model()->rowCount(), total);
}

void TestNetworksView::screenshotInFinnish()
{
    // docs/screenshots/networks-view.png: saved with KARTOITUS_SCREENSHOTS=<folder>; the
    // Finnish texts are checked either way.
    const QString folder = qEnvironmentVariable("KARTOITUS_SCREENSHOTS");
    QTranslator finnish;
    QVERIFY(finnish.load(QStringLiteral(":/i18n/kartoitus_fi.qm")));
    QCoreApplication::installTranslator(&finnish);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&finnish);
        QLocale::setDefault(before);
    });
    const QString path = m_dir.filePath(QStringLiteral("Keski-Suomen järjestöt.kartoitus"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demoPath, path));
    MainWindow window;
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openRegister(path));
    QVERIFY(window.views()->setCurrentView(QStringLiteral("networks")));
    auto *view = qobject_cast<NetworksView *>(window.views()->view(QStringLiteral("networks")));
    QVERIFY(view);
    QVERIFY(view->selectSector(
        sectorId(window.openedRegister()->database(), QStringLiteral("Liikunta ja urheilu"))));
    // Two organisations join the sports network, as in the README's walk-through.
    AddMembersDialog dialog(window.openedRegister()->database(), view->currentNetworkName());
    OrganisationTableModel *model =
        widgetPart<OrganisationTableModel>(&dialog, "organisationModel");
    QVERIFY(model);
    const QStringList members = organisations(view->membersModel());
    QList<qint64> picked;
    for (int row = 0; row < model->rowCount() && picked.size() < 2; ++row) {
        if (!members.contains(model->index(row, 0).data().toString()))
            picked.append(model->organisationId(row));
    }
    QString error;
    QVERIFY2(view->addMembers(picked, QStringLiteral("member"), QDate::currentDate(), &error),
             qPrintable(error));
    auto *add = view->findChild<QPushButton *>(QStringLiteral("addRepresentative"));
    QVERIFY(add);
    QCOMPARE(add->text(), QStringLiteral("Lisää e&dustaja…"));
    // The members from Jyväskylä, found by the search box.
    view->searchField()->setText(QStringLiteral("jyväskylä"));
    QVERIFY(widgetPart<QTableView>(view, "networkMembers")->model()->rowCount() > 0);
    QVERIFY(widgetPart<QTableView>(view, "networkMembers")->model()->rowCount() <
            view->membersModel()->rowCount());
    QTest::qWait(50);
    const QPixmap shot = window.grab();
    QVERIFY(!shot.isNull());
    if (!folder.isEmpty())
        QVERIFY(shot.save(QDir(folder).filePath(QStringLiteral("networks-view.png"))));
}

QTEST_MAIN(TestNetworksView)
#include "tst_networksview.moc"
