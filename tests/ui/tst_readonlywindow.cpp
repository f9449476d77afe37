// A register the window may not change, opened as a user would: a file marked read-only
// (chmod 444), a folder that cannot be written, and a register opened read-only on purpose.
// The title and a banner say so; every action that writes is disabled; search, the list,
// export and the health-station list work; File › Save a Copy As… writes a register that
// opens for writing; the file is left byte-identical.
#include "common/infobanner.h"
#include "common/openregister.h"
#include "exporting/exportactions.h"
#include "exporting/exportdialog.h"
#include "importing/importactions.h"
#include "mainwindow/mainwindow.h"
#include "models/organisationtablemodel.h"
#include "organisations/organisationlistwidget.h"
#include "reports/healthstationdialog.h"
#include "reports/reportactions.h"
#include "storage/register.h"
#include "widgetpart.h"
#include "windowtestsetup.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kartoitus;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int organisations(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM organisations")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

int csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().count('\n');
}

} // namespace

class TestReadOnlyWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readOnlyRegister_data();
    void readOnlyRegister();
    void openedReadOnlyOnPurpose();

private:
    void checkNothingWrites(MainWindow &window);
    void checkExport(MainWindow &window, const QString &name);

    QTemporaryDir m_dir;
    QString m_demoPath;
    int m_demoCount = 0;
};

void TestReadOnlyWindow::initTestCase()
{
    windowtest::isolateSettings(QStringLiteral("tst_readonlywindow"), m_dir.filePath("settings"));
    m_demoPath = m_dir.filePath(QStringLiteral("demo.kartoitus"));
    QString error;
    QVERIFY2(windowtest::writeDemoFile(m_demoPath, &error), qPrintable(error));
    Register demo;
    QVERIFY(demo.open(m_demoPath).ok());
    m_demoCount = organisations(demo.database());
    QVERIFY(m_demoCount > 100);
}

// Import, drops, undo and redo, and saving a health-station list are all off.
void TestReadOnlyWindow::checkNothingWrites(MainWindow &window)
{
    auto *imports = window.findChild<ImportActions *>();
    QVERIFY(imports);
    QVERIFY(!imports->importAction()->isEnabled());
    QVERIFY(!imports->startImport());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("redoAction"))->isEnabled());
    QCOMPARE(window.undoStack()->count(), 0);

    auto *reports = window.findChild<ReportActions *>();
    QVERIFY(reports->healthStationAction()->isEnabled());
    HealthStationDialog *list = reports->openHealthStationList();
    QVERIFY(list);
    QVERIFY(!list->findChild<QPushButton *>(QStringLiteral("saveList"))->isEnabled());
    QVERIFY(!list->findChild<QPushButton *>(QStringLiteral("deleteList"))->isEnabled());
    list->close();
}

// File › Export… of what the search shows writes those rows.
void TestReadOnlyWindow::checkExport(MainWindow &window, const QString &name)
{
    OrganisationListWidget *list = window.organisationList();
    list->searchField()->setText(QStringLiteral("Jyväskylä"));
    QTRY_VERIFY(list->shownCount() > 0 && list->shownCount() < m_demoCount);
    auto *exports = window.findChild<ExportActions *>();
    QVERIFY(exports->exportAction()->isEnabled());
    ExportDialog *dialog = exports->startExport();
    QVERIFY(dialog);
    QSignalSpy done(dialog, &ExportDialog::exportFinished);
    const QString out = m_dir.filePath(name);
    dialog->setFilePath(out);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QVERIFY2(dialog->lastResult().ok, qPrintable(dialog->lastResult().error));
    QCOMPARE(csvLines(out), list->shownCount() + 1); // the header and the rows shown
    list->searchField()->clear();
    QTRY_COMPARE(list->shownCount(), m_demoCount);
}

void TestReadOnlyWindow::readOnlyRegister_data()
{
    QTest::addColumn<bool>("folder");
    QTest::addColumn<QString>("because");
    QTest::newRow("file (chmod 444)") << false << QStringLiteral("marked read-only");
    QTest::newRow("folder") << true << QStringLiteral("folder it is in cannot be written");
}

void TestReadOnlyWindow::readOnlyRegister()
{
    QFETCH(bool, folder);
    QFETCH(QString, because);
    const QString dir = m_dir.filePath(folder ? QStringLiteral("ro-folder") : QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(QStringLiteral("shared.kartoitus"));
    QVERIFY(QFile::copy(m_demoPath, path));
    const QString locked = folder ? dir : path;
    const QFileDevice::Permissions before = QFile::permissions(locked);
    const QFileDevice::Permissions readable =
        QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QFileDevice::Permissions searchable =
        QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(locked, folder ? readable | searchable : readable));
    const QByteArray hash = fileHash(path);

    {
        MainWindow window;
        window.show();
        QVERIFY2(window.openRegister(path), qPrintable(window.lastError()));
        QVERIFY(window.openedRegister()->isReadOnly());
        QCOMPARE(window.windowTitle(),
                 QStringLiteral("shared.kartoitus[*] (read only) — Kartoitus"));
        InfoBanner *banner = widgetPart<InfoBanner>(&window, "readOnlyBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("shared.kartoitus")),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(because), qPrintable(banner->text()));
        QVERIFY(banner->findChild<QPushButton *>(QStringLiteral("saveCopyButton")));
        QVERIFY(widgetPart<QAction>(&window, "saveCopyAction")->isEnabled());
        QCOMPARE(window.organisationList()->totalCount(), m_demoCount);

        checkNothingWrites(window);
        checkExport(window, folder ? QStringLiteral("folder.csv") : QStringLiteral("file.csv"));

        // File › Save a Copy As…, then open the copy: it can be changed.
        const QString copy = m_dir.filePath(folder ? QStringLiteral("folder-copy.kartoitus")
                                                   : QStringLiteral("file-copy.kartoitus"));
        QSignalSpy saved(&window, &MainWindow::copySaved);
        window.saveCopyAs(copy);
        QVERIFY(saved.wait(20000));
        QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(saved.at(0).at(2).toString()));
        QCOMPARE(saved.at(0).at(1).toString(), copy);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("copySavedBox"))));
        QVERIFY(box->text().contains(QFileInfo(copy).fileName()));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("openCopyButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(window.openedRegister()->path(), copy);
        QVERIFY(!window.openedRegister()->isReadOnly());
        QCOMPARE(window.windowTitle(),
                 QFileInfo(copy).fileName() + QStringLiteral("[*] — Kartoitus"));
        QVERIFY(!widgetPart<InfoBanner>(&window, "readOnlyBanner")->isVisible());
        QVERIFY(window.findChild<ImportActions *>()->importAction()->isEnabled());
        QCOMPARE(window.organisationList()->totalCount(), m_demoCount);
        Transaction write(window.openedRegister()->database());
        QVERIFY2(write.isActive(), qPrintable(write.error()));
        QSqlQuery query(window.openedRegister()->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE organisations SET members = 7")));
        QVERIFY(write.commit());
        QCOMPARE(organisations(window.openedRegister()->database()), m_demoCount);
    }
    QCOMPARE(fileHash(path), hash);
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("shared.kartoitus")});
    QVERIFY(QFile::setPermissions(locked, before));
}

void TestReadOnlyWindow::openedReadOnlyOnPurpose()
{
    const QString path = m_dir.filePath(QStringLiteral("chosen.kartoitus"));
    QVERIFY(QFile::copy(m_demoPath, path));
    const QByteArray hash = fileHash(path);
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openRegister(path, OpenMode::ReadOnly));
        QVERIFY(window.openedRegister()->isReadOnly());
        QVERIFY(window.windowTitle().contains(QLatin1String("(read only)")));
        QVERIFY2(widgetPart<InfoBanner>(&window, "readOnlyBanner")
                     ->text()
                     .contains(QLatin1String("You opened")),
                 qPrintable(widgetPart<InfoBanner>(&window, "readOnlyBanner")->text()));
        checkNothingWrites(window);
        checkExport(window, QStringLiteral("chosen.csv"));
        // Opened again the ordinary way, it can be changed.
        QVERIFY(window.openRegister(path));
        QVERIFY(!window.openedRegister()->isReadOnly());
        QVERIFY(!widgetPart<InfoBanner>(&window, "readOnlyBanner")->isVisible());
        QVERIFY(window.findChild<ImportActions *>()->importAction()->isEnabled());
    }
    QCOMPARE(fileHash(path), hash);
}

QTEST_MAIN(TestReadOnlyWindow)
#include "tst_readonlywindow.moc"
