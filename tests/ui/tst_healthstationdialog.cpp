// File › Health-Station List… driven as a new user would, on the demo register: tick
// Jyväskylä and Laukaa, older people and free only; the matching activities show at once;
// preview the print, save it as PDF, CSV and XLSX; save the choices as a list, undo that,
// and run a saved list with one click.
#include "common/openregister.h"
#include "mainwindow/mainwindow.h"
#include "reports/healthstationdialog.h"
#include "reports/healthstationfilterpanel.h"
#include "reports/reportactions.h"
#include "reports/reportmodel.h"
#include "storage/register.h"
#include "widgetpart.h"
#include "windowtestsetup.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace kartoitus;

namespace {

// Ticks the items of a list whose text is one of `names`.
int tick(QListWidget *list, const QStringList &names)
{
    int ticked = 0;
    for (int i = 0; i < list->count(); ++i) {
        if (names.contains(list->item(i)->text())) {
            list->item(i)->setCheckState(Qt::Checked);
            ++ticked;
        }
    }
    return ticked;
}

int column(const QAbstractItemModel *model, const QString &key)
{
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal, reports::ReportModel::ColumnKeyRole) == key)
            return c;
    }
    return -1;
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class TestHealthStationDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuOpensTheList();
    void choicesShowTheMatchingActivitiesAtOnce();
    void previewAndSaveAsPdfCsvAndXlsx();
    void savedListIsOneUndoStepAndRunsWithOneClick();

private:
    HealthStationDialog *openDialog();
    void chooseOlderPeopleInJyvaskylaAndLaukaa(HealthStationDialog *dialog);

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<MainWindow> m_window;
};

void TestHealthStationDialog::initTestCase()
{
    windowtest::isolateSettings(QStringLiteral("tst_healthstationdialog"));
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(QStringLiteral("demo.kartoitus"));
    QString error;
    QVERIFY2(windowtest::writeDemoFile(m_demoPath, &error), qPrintable(error));
}

void TestHealthStationDialog::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openRegister(m_demoPath));
    m_window->show();
}

void TestHealthStationDialog::cleanup()
{
    m_window.reset();
}

HealthStationDialog *TestHealthStationDialog::openDialog()
{
    auto *actions = m_window->findChild<ReportActions *>();
    return actions && actions->healthStationAction()->isEnabled() ? actions->openHealthStationList()
                                                                  : nullptr;
}

void TestHealthStationDialog::chooseOlderPeopleInJyvaskylaAndLaukaa(HealthStationDialog *dialog)
{
    HealthStationFilterPanel *panel = widgetPart<HealthStationFilterPanel>(dialog, "filters");
    QCOMPARE(widgetPart<QListWidget>(panel, "municipalities")->count(),
             22); // Central Finland's municipalities
    QCOMPARE(tick(widgetPart<QListWidget>(panel, "municipalities"),
                  {QStringLiteral("Jyväskylä"), QStringLiteral("Laukaa")}),
             2);
    QCOMPARE(tick(widgetPart<QListWidget>(panel, "targetGroups"), {QStringLiteral("Ikäihmiset")}),
             1);
    widgetPart<QCheckBox>(panel, "freeOnly")->click();
    QVERIFY(widgetPart<QCheckBox>(panel, "freeOnly")->isChecked());
    // The list follows the choices as soon as the user stops changing them.
    QTRY_VERIFY(dialog->report().filters.contains(QStringLiteral("Rajaukset: maksuton")));
    QVERIFY(dialog->report().filters.contains(QStringLiteral("Kunnat: Jyväskylä, Laukaa")));
}

void TestHealthStationDialog::menuOpensTheList()
{
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("healthStationAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    bool inMenu = false;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(action))
            inMenu = true;
    }
    QVERIFY(inMenu);
    action->trigger();
    auto *dialog = m_window->findChild<HealthStationDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Without choices: every activity of the register, under its themes.
    QVERIFY(dialog->model()->rowCount() > 500);
}

void TestHealthStationDialog::choicesShowTheMatchingActivitiesAtOnce()
{
    HealthStationDialog *dialog = openDialog();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = dialog->model()->rowCount();
    chooseOlderPeopleInJyvaskylaAndLaukaa(dialog);
    QTRY_VERIFY(dialog->model()->rowCount() > 0 && dialog->model()->rowCount() < all);
    const QAbstractItemModel *model = dialog->model();
    const int cost = column(model, QStringLiteral("cost"));
    const int where = column(model, QStringLiteral("where"));
    QVERIFY(cost > 0 && where > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, cost).data().toString().startsWith(QStringLiteral("Maksuton")));
    // Grouped by municipality, only the two chosen are headings.
    QComboBox *grouping = widgetPart<QComboBox>(dialog, "grouping");
    grouping->setCurrentIndex(
        grouping->findData(int(reports::HealthStationGrouping::Municipality)));
    QTRY_COMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Kunta"));
    QSet<QString> headings;
    for (int row = 0; row < model->rowCount(); ++row)
        headings.insert(model->index(row, 0).data().toString());
    QCOMPARE(headings, (QSet<QString>{QStringLiteral("Jyväskylä"), QStringLiteral("Laukaa")}));
}

void TestHealthStationDialog::previewAndSaveAsPdfCsvAndXlsx()
{
    HealthStationDialog *dialog = openDialog();
    QVERIFY(dialog);
    chooseOlderPeopleInJyvaskylaAndLaukaa(dialog);
    QTRY_VERIFY(dialog->model()->rowCount() > 0);

    QPrintPreviewDialog *preview = dialog->printPreview();
    QVERIFY(preview);
    QTRY_VERIFY(preview->isVisible());
    preview->close();

    for (const QString format :
         {QStringLiteral("pdf"), QStringLiteral("csv-excel"), QStringLiteral("xlsx")}) {
        const QString path = m_dir.filePath(QStringLiteral("older.") + format.left(4));
        QSignalSpy done(dialog, &HealthStationDialog::savingFinished);
        dialog->saveTo(path, format);
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(2).toString()));
        QVERIFY(QFileInfo(path).size() > 0);
    }
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (scripts/setup.sh installs it)");
    const QString text = pdfText(m_dir.filePath(QStringLiteral("older.pdf")));
    QVERIFY(text.contains(QStringLiteral("Järjestöjen toimintaa lähelläsi")));
    QVERIFY(text.contains(QStringLiteral("Kunnat: Jyväskylä, Laukaa")));
    QVERIFY(text.contains(QStringLiteral("Kohderyhmät: Ikäihmiset")));
    QVERIFY(text.contains(QStringLiteral("sivu 1 / ")));
    const QAbstractItemModel *model = dialog->model();
    const int activity = column(model, QStringLiteral("activity"));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(text.contains(model->index(row, activity).data().toString()));
}

void TestHealthStationDialog::savedListIsOneUndoStepAndRunsWithOneClick()
{
    HealthStationDialog *dialog = openDialog();
    QVERIFY(dialog);
    chooseOlderPeopleInJyvaskylaAndLaukaa(dialog);
    QTRY_VERIFY(dialog->model()->rowCount() > 0);
    const int chosen = dialog->model()->rowCount();
    QUndoStack *stack = m_window->openedRegister()->undoStack();
    const int steps = stack->count();

    QString error;
    QVERIFY2(dialog->saveListAs(QStringLiteral("Jyväskylän ja Laukaan ikäihmiset"), &error),
             qPrintable(error));
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(widgetPart<QListWidget>(dialog, "savedLists")->count(), 1);

    // Other choices, then one click on the saved list brings its choices and entries back.
    widgetPart<QCheckBox>(dialog, "freeOnly")->click();
    QTRY_VERIFY(!dialog->report().filters.contains(QStringLiteral("Rajaukset: maksuton")));
    QVERIFY(dialog->model()->rowCount() > chosen);
    QListWidget *saved = widgetPart<QListWidget>(dialog, "savedLists");
    const QRect rect = saved->visualItemRect(saved->item(0));
    QTest::mouseClick(saved->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(dialog->model()->rowCount(), chosen);
    QVERIFY(widgetPart<QCheckBox>(dialog, "freeOnly")->isChecked());
    QCOMPARE(dialog->report().subtitle, QStringLiteral("Jyväskylän ja Laukaan ikäihmiset"));

    m_window->openedRegister()->undo();
    QTRY_COMPARE(widgetPart<QListWidget>(dialog, "savedLists")->count(), 0);
    m_window->openedRegister()->redo();
    QTRY_COMPARE(widgetPart<QListWidget>(dialog, "savedLists")->count(), 1);
}

QTEST_MAIN(TestHealthStationDialog)
#include "tst_healthstationdialog.moc"
