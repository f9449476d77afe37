// The wizard's value step when no saved mapping is in use, and its suggestions for
// municipalities.
#include "importing/importactions.h"
#include "importing/importmappingpage.h"
#include "importing/importvaluespage.h"
#include "importing/importwizard.h"
#include "mainwindow/mainwindow.h"
#include "repositories/mappingstore.h"
#include "storage/register.h"
#include "widgetpart.h"
#include "windowtestsetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kartoitus;

class TestImportValuesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        windowtest::isolateSettings(QStringLiteral("tst_importvaluespage"));
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->createRegister(
            m_dir.filePath(QStringLiteral("r%1.kartoitus").arg(++m_registerNumber))));
        m_window->show();
    }
    void cleanup() { m_window.reset(); }

    void valueChoicesRememberedWithoutASavedMapping();

private:
    ImportWizard *openWizard(const QString &file)
    {
        auto *actions = m_window->findChild<ImportActions *>();
        if (!actions || !actions->importAction()->isEnabled())
            return nullptr;
        return actions->startImport(file);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_registerNumber = 0;
};

// No mapping saved, none saved on the way: the choices are remembered all the same, in a new
// mapping named after the file (a mapping of that name for other columns is kept), and next
// year's file with the same columns uses them.
void TestImportValuesPage::valueChoicesRememberedWithoutASavedMapping()
{
    const QSqlDatabase db = m_window->currentRegister()->database();
    const importing::ColumnMapping other({QStringLiteral("Nimi")}, {QStringLiteral("name")});
    QString error;
    QVERIFY2(importing::MappingStore(db).save(QStringLiteral("kunnat"),
                                              fields::Entity::Organisations, other, &error),
             qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("kunnat.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Nimi;Kunta\nA ry;Jkl\nB ry;Muurme\n");
    csv.close();
    ImportWizard *wizard = openWizard(path);
    QVERIFY(wizard);
    wizard->next();
    QVERIFY(wizard->mappingPage()->currentSavedName().isEmpty());
    wizard->next();
    ImportValuesPage *values = wizard->valuesPage();
    values->waitForValues();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ValuesPage));
    QCOMPARE(values->unknownValues().size(), 2);
    // The suggestions: a municipality's code.
    QCOMPARE(values->valueCombo(0)->currentText(), QStringLiteral("Jyväskylä"));
    QCOMPARE(values->valueCombo(0)->currentData().toString(), QStringLiteral("179"));
    QCOMPARE(values->valueCombo(1)->currentText(), QStringLiteral("Muurame"));
    const QCheckBox *remember = widgetPart<QCheckBox>(values, "remember");
    QVERIFY(!remember->isHidden());
    QVERIFY(remember->isChecked());
    QVERIFY2(remember->text().contains(QStringLiteral("“kunnat (2)”")),
             qPrintable(remember->text()));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    QCOMPARE(wizard->mappingPage()->currentSavedName(), QStringLiteral("kunnat (2)"));
    wizard->reject();

    const QList<importing::SavedMapping> saved = importing::MappingStore(db).forHeaders(
        fields::Entity::Organisations, {QStringLiteral("Nimi"), QStringLiteral("Kunta")});
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().name, QStringLiteral("kunnat (2)"));
    QString target;
    QVERIFY(saved.first().mapping.mapsValue(QStringLiteral("municipality"), QStringLiteral("jkl"),
                                            &target));
    QCOMPARE(target, QStringLiteral("179"));
    QCOMPARE(importing::MappingStore(db)
                 .forHeaders(fields::Entity::Organisations, {QStringLiteral("Nimi")})
                 .size(),
             1);

    const QString nextYear = m_dir.filePath(QStringLiteral("kunnat-2.csv"));
    QFile second(nextYear);
    QVERIFY(second.open(QIODevice::WriteOnly));
    second.write("Nimi;Kunta\nC ry;JKL\nD ry;Muurme\n");
    second.close();
    ImportWizard *again = openWizard(nextYear);
    QVERIFY(again);
    again->next();
    QCOMPARE(again->mappingPage()->currentSavedName(), QStringLiteral("kunnat (2)"));
    again->next();
    again->valuesPage()->waitForValues();
    QCOMPARE(again->currentId(), int(ImportWizard::PreviewPage)); // nothing left to ask
    again->reject();
}

QTEST_MAIN(TestImportValuesPage)
#include "tst_importvaluespage.moc"
