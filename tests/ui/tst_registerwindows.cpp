// One register, one window that writes it: a second open offers to bring the first window
// to the front or to open the register read-only; a socket left by a crashed window does
// not count.
#include "common/infobanner.h"
#include "common/openregister.h"
#include "common/registerbeacon.h"
#include "mainwindow/mainwindow.h"
#include "organisations/organisationlistwidget.h"
#include "storage/register.h"
#include "widgetpart.h"
#include "windowtestsetup.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace kartoitus;

class TestRegisterWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondOpenRaisesTheFirstWindow();
    void secondOpenCanBeReadOnly();
    void reopeningInTheSameWindowKeepsItsSteps();
    void socketLeftByACrashIsTakenOver();

private:
    QString copyOfDemo(const QString &name);

    QTemporaryDir m_dir;
    QString m_demoPath;
};

void TestRegisterWindows::initTestCase()
{
    windowtest::isolateSettings(QStringLiteral("tst_registerwindows"), m_dir.filePath("settings"));
    m_demoPath = m_dir.filePath(QStringLiteral("demo.kartoitus"));
    QString error;
    QVERIFY2(windowtest::writeDemoFile(m_demoPath, &error), qPrintable(error));
}

QString TestRegisterWindows::copyOfDemo(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_demoPath, path) ? path : QString();
}

void TestRegisterWindows::secondOpenRaisesTheFirstWindow()
{
    const QString path = copyOfDemo(QStringLiteral("shared.kartoitus"));
    MainWindow first;
    first.show();
    QVERIFY(first.openRegister(path));
    QSignalSpy raised(first.openedRegister(), &OpenRegister::raiseRequested);

    MainWindow second;
    second.show();
    QVERIFY(!second.openRegister(path));
    QVERIFY(!second.currentRegister());
    auto *box = second.findChild<QMessageBox *>(QStringLiteral("alreadyOpenBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("shared.kartoitus")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QLatin1String("already open")));
    QCOMPARE(second.lastError(), box->text());
    // The user chooses: go to the window that has it.
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("goToWindowButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(raised.count(), 1); // the first window was asked to come forward
    QVERIFY(!second.currentRegister());

    // A third open still reaches the first.
    MainWindow third;
    QVERIFY(!third.openRegister(path));
    box = third.findChild<QMessageBox *>(QStringLiteral("alreadyOpenBox"));
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("goToWindowButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(raised.count(), 2);

    // Once the first window has closed it, the register opens for writing anywhere.
    first.closeRegister();
    MainWindow fourth;
    QVERIFY(fourth.openRegister(path));
    QVERIFY(!fourth.openedRegister()->isReadOnly());
}

void TestRegisterWindows::secondOpenCanBeReadOnly()
{
    const QString path = copyOfDemo(QStringLiteral("beside.kartoitus"));
    MainWindow first;
    first.show();
    QVERIFY(first.openRegister(path));
    QSignalSpy raised(first.openedRegister(), &OpenRegister::raiseRequested);

    MainWindow second;
    second.show();
    QVERIFY(!second.openRegister(path));
    auto *box = second.findChild<QMessageBox *>(QStringLiteral("alreadyOpenBox"));
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("openReadOnlyButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(second.currentRegister());
    QVERIFY(second.openedRegister()->isReadOnly());
    QVERIFY(second.windowTitle().contains(QLatin1String("(read only)")));
    QVERIFY(widgetPart<InfoBanner>(&second, "readOnlyBanner")->isVisible());
    QVERIFY2(widgetPart<InfoBanner>(&second, "readOnlyBanner")
                 ->text()
                 .contains(QLatin1String("another Kartoitus window")),
             qPrintable(widgetPart<InfoBanner>(&second, "readOnlyBanner")->text()));
    QVERIFY(!second.findChild<QAction *>(QStringLiteral("importAction"))->isEnabled());
    const int count = second.organisationList()->totalCount();
    QVERIFY(count > 0);
    QCOMPARE(raised.count(), 0);

    // The first window still writes while the second reads.
    Transaction write(first.openedRegister()->database());
    QVERIFY2(write.isActive(), qPrintable(write.error()));
    QSqlQuery query(first.openedRegister()->database());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM organisations WHERE id IN "
                                      "(SELECT id FROM organisations ORDER BY id LIMIT 3)")));
    QVERIFY2(write.commit(), qPrintable(write.error()));
    // And it still answers for the register: the read-only window does not.
    QVERIFY(RegisterBeacon::isOpenElsewhere(path));
    first.closeRegister();
    QVERIFY(!RegisterBeacon::isOpenElsewhere(path));
    // Opened again, the second window shows what the first wrote.
    QVERIFY(second.openRegister(path));
    QVERIFY(!second.openedRegister()->isReadOnly());
    QCOMPARE(second.organisationList()->totalCount(), count - 3);
}

void TestRegisterWindows::reopeningInTheSameWindowKeepsItsSteps()
{
    const QString path = copyOfDemo(QStringLiteral("same.kartoitus"));
    MainWindow window;
    QVERIFY(window.openRegister(path));
    OpenRegister *open = window.openedRegister();
    window.undoStack()->push(new QUndoCommand(QStringLiteral("Edit")));
    // File › Open Recent on the register already open here: it stays as it is.
    QVERIFY(window.openRegister(path));
    QCOMPARE(window.openedRegister(), open);
    QCOMPARE(window.undoStack()->count(), 1);
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("alreadyOpenBox")));
}

void TestRegisterWindows::socketLeftByACrashIsTakenOver()
{
    const QString path = copyOfDemo(QStringLiteral("crashed.kartoitus"));
    // What a killed window leaves: a socket file that nobody listens on.
    const QString socketPath = QDir(QDir::tempPath()).filePath(RegisterBeacon::socketName(path));
    QFile::remove(socketPath);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(socketPath);
    QVERIFY(size_t(encoded.size()) < sizeof(address.sun_path));
    memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd); // never listened, never removed
    QVERIFY(QFile::exists(socketPath));

    MainWindow window;
    QVERIFY(window.openRegister(path));
    QVERIFY(!window.openedRegister()->isReadOnly());
    // The window answers for the register now: another open reaches it.
    QSignalSpy raised(window.openedRegister(), &OpenRegister::raiseRequested);
    QVERIFY(RegisterBeacon::raiseOtherWindow(path));
    QTRY_COMPARE(raised.count(), 1);
}

QTEST_MAIN(TestRegisterWindows)
#include "tst_registerwindows.moc"
