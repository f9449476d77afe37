// The import wizard driven as a user would: a Windows-1252 file from Excel through every
// step into the window's table, one undo step that takes it all back, Cancel during the
// write, rejected rows with their lines, saved mappings and a file dropped on the window.
#include "importing/importactions.h"
#include "importing/importfilepage.h"
#include "importing/importmappingpage.h"
#include "importing/importplanmodel.h"
#include "importing/importpreviewpage.h"
#include "importing/importvaluespage.h"
#include "importing/importwizard.h"
#include "importing/importwritepage.h"
#include "importing/mappingpreviewmodel.h"
#include "mainwindow/mainwindow.h"
#include "models/organisationtablemodel.h"
#include "organisations/organisationlistwidget.h"
#include "repositories/mappingstore.h"
#include "storage/register.h"
#include "widgetpart.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace kartoitus;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(KARTOITUS_TEST_DATA "/import/") + name;
}

int organisationCount(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM organisations")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Every value the model shows, row by row, joined for easy searching.
QString modelText(const QAbstractItemModel *model)
{
    QStringList cells;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
    return cells.join(QLatin1Char('|'));
}

QStringList headerTexts(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int c = 0; c < model->columnCount(); ++c)
        texts << model->headerData(c, Qt::Horizontal).toString();
    return texts;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importWindows1252ThroughTheWizard();
    void undoAndRedoTheImport();
    void forcedWrongEncodingIsRefused();
    void cancelDuringWriteLeavesRegisterUnchanged();
    void rejectedRowsListedWithLines();
    void savedMappingIsOfferedAgain();
    void unknownValuesAreMappedAndRemembered();
    void typedPathIsReadWhenTypingPauses();
    void importWorkbookThroughTheWizard();
    void droppedCsvStartsTheWizard_data();
    void droppedCsvStartsTheWizard();

private:
    ImportWizard *openWizard(const QString &file);
    void runToWritten(ImportWizard *wizard);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_registerNumber = 0;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KartoitusTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard"));
    QVERIFY(m_dir.isValid());
}

void TestImportWizard::init()
{
    m_window = std::make_unique<MainWindow>();
    const QString path = m_dir.filePath(QStringLiteral("r%1.kartoitus").arg(++m_registerNumber));
    QVERIFY(m_window->createRegister(path));
    m_window->show();
}

void TestImportWizard::cleanup()
{
    m_window.reset();
}

ImportWizard *TestImportWizard::openWizard(const QString &file)
{
    auto *actions = m_window->findChild<ImportActions *>();
    if (!actions || !actions->importAction()->isEnabled())
        return nullptr;
    ImportWizard *wizard = actions->startImport(file);
    // Next waits while the whole file is read through for errors.
    if (wizard)
        wizard->filePage()->waitForFileCheck();
    return wizard;
}

// From the file page to the end of the write, checking each step is ready to go on.
void TestImportWizard::runToWritten(ImportWizard *wizard)
{
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
    QVERIFY(wizard->filePage()->isComplete());
    wizard->next();
    QVERIFY(wizard->mappingPage()->isComplete());
    wizard->next();
    // A municipality column: the file's values are looked at first, and all are known.
    wizard->valuesPage()->waitForValues();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    wizard->previewPage()->waitForPlan();
    QVERIFY2(wizard->previewPage()->isComplete(),
             qPrintable(widgetPart<QLabel>(wizard->previewPage(), "status")->text()));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::WritePage));
    wizard->writePage()->waitForImport();
}

void TestImportWizard::importWindows1252ThroughTheWizard()
{
    OrganisationTableModel *table = m_window->organisationList()->model();
    QCOMPARE(table->rowCount(), 0);
    ImportWizard *wizard = openWizard(fixture(QStringLiteral("organisations-windows1252.csv")));
    QVERIFY(wizard);

    // Step 1: what was detected is said, and the table shows the file decoded right.
    ImportFilePage *file = wizard->filePage();
    auto *sample = widgetPart<MappingPreviewModel>(file, "sample");
    QAbstractItemModelTester sampleTester(sample);
    const QLabel *detected = widgetPart<QLabel>(file, "detected");
    QVERIFY2(detected->text().contains(QLatin1String("Windows-1252")),
             qPrintable(detected->text()));
    QVERIFY(widgetPart<QComboBox>(file, "encoding")
                ->itemText(0)
                .contains(QLatin1String("Windows-1252")));
    QVERIFY(widgetPart<QComboBox>(file, "delimiter")->itemText(0).contains(QLatin1Char(';')));
    QCOMPARE(sample->rowCount(), 4);
    QCOMPARE(headerTexts(sample).first(), QStringLiteral("Järjestön nimi"));
    QVERIFY(modelText(sample).contains(QStringLiteral("Äänekosken Kävelijät ry")));

    // Step 2: columns matched by their Finnish headers; the preview is in field terms.
    wizard->next();
    ImportMappingPage *mapping = wizard->mappingPage();
    auto *previewModel = widgetPart<MappingPreviewModel>(mapping, "preview");
    QAbstractItemModelTester previewTester(previewModel);
    QCOMPARE(mapping->columnCombo(0)->currentData().toString(), QStringLiteral("name"));
    QCOMPARE(mapping->columnCombo(1)->currentData().toString(), QStringLiteral("business_id"));
    QCOMPARE(mapping->columnCombo(2)->currentData().toString(), QStringLiteral("municipality"));
    QCOMPARE(headerTexts(previewModel).first(), QStringLiteral("Name"));
    const QString preview = modelText(previewModel);
    QVERIFY(preview.contains(QStringLiteral("Jyväskylän Kööri ry")));
    QVERIFY(preview.contains(QStringLiteral("Petäjäveden Åland-seura ry")));

    // Step 3: the plan, with nothing written yet. Every municipality of the file is known,
    // so the value step goes straight on.
    wizard->next();
    wizard->valuesPage()->waitForValues();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    ImportPreviewPage *plan = wizard->previewPage();
    auto *planModel = widgetPart<ImportPlanModel>(plan, "plan");
    QAbstractItemModelTester planTester(planModel);
    plan->waitForPlan();
    QCOMPARE(wizard->session().preview.created, 4);
    QCOMPARE(wizard->session().preview.rejected, 0);
    QCOMPARE(planModel->rowCount(), 4);
    QVERIFY(widgetPart<QLabel>(plan, "counts")->text().contains(QLatin1String("<b>4</b> new")));
    QCOMPARE(organisationCount(m_window->currentRegister()->database()), 0);

    // Step 4: the write, and the window's table grows.
    wizard->next();
    wizard->writePage()->waitForImport();
    QVERIFY2(wizard->writePage()->result().ok, qPrintable(wizard->writePage()->result().error));
    QCOMPARE(wizard->writePage()->result().created, 4);
    QVERIFY(wizard->writePage()->isComplete());
    QCOMPARE(organisationCount(m_window->currentRegister()->database()), 4);
    QTRY_COMPARE(table->rowCount(), 4);
    QVERIFY(modelText(table).contains(QStringLiteral("Äänekosken Kävelijät ry")));
    wizard->accept();
}

void TestImportWizard::undoAndRedoTheImport()
{
    OrganisationTableModel *table = m_window->organisationList()->model();
    const QSqlDatabase db = m_window->currentRegister()->database();
    ImportWizard *wizard = openWizard(fixture(QStringLiteral("organisations-windows1252.csv")));
    QVERIFY(wizard);
    runToWritten(wizard);
    wizard->accept();
    QTRY_COMPARE(table->rowCount(), 4);

    // One step, named after the file, as Edit › Undo shows it.
    QUndoStack *stack = m_window->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Import of organisations-windows1252.csv"));
    QAction *undoAction = nullptr;
    for (QAction *action : m_window->editMenu()->actions()) {
        if (action->text().contains(QLatin1String("Import of")))
            undoAction = action;
    }
    QVERIFY(undoAction);
    QCOMPARE(undoAction->text().remove(QLatin1Char('&')),
             QStringLiteral("Undo Import of organisations-windows1252.csv"));
    QVERIFY(m_window->isWindowModified());

    undoAction->trigger();
    QCOMPARE(organisationCount(db), 0);
    QTRY_COMPARE(table->rowCount(), 0);
    QSqlQuery persons(db);
    QVERIFY(persons.exec(QStringLiteral("SELECT count(*) FROM organisation_search")));
    QVERIFY(persons.next());
    QCOMPARE(persons.value(0).toInt(), 0); // nothing left to find either

    stack->redo();
    QCOMPARE(organisationCount(db), 4);
    QTRY_COMPARE(table->rowCount(), 4);
    QVERIFY(modelText(table).contains(QStringLiteral("Petäjäveden Åland-seura ry")));

    stack->undo();
    QCOMPARE(organisationCount(db), 0);
    QTRY_COMPARE(table->rowCount(), 0);
}

void TestImportWizard::forcedWrongEncodingIsRefused()
{
    ImportWizard *wizard = openWizard(fixture(QStringLiteral("organisations-windows1252.csv")));
    QVERIFY(wizard);
    ImportFilePage *file = wizard->filePage();
    QVERIFY(file->isComplete());
    // Read as UTF-8, the Windows-1252 bytes do not decode: said, and no way on.
    QComboBox *encoding = widgetPart<QComboBox>(file, "encoding");
    auto *sample = widgetPart<MappingPreviewModel>(file, "sample");
    const QLabel *detected = widgetPart<QLabel>(file, "detected");
    encoding->setCurrentIndex(encoding->findData(int(csv::Encoding::Utf8)));
    QVERIFY(!file->isComplete());
    QVERIFY(!detected->text().isEmpty());
    QVERIFY(!detected->text().contains(QStringLiteral("Äänekosken")));
    QCOMPARE(sample->rowCount(), 0);
    // Back to what was detected, and the file reads again.
    encoding->setCurrentIndex(0);
    file->waitForFileCheck();
    QVERIFY(file->isComplete());
    QVERIFY(modelText(sample).contains(QStringLiteral("Kinnulan Nuorisoseura ry")));
    wizard->reject();
}

void TestImportWizard::cancelDuringWriteLeavesRegisterUnchanged()
{
    const QSqlDatabase db = m_window->currentRegister()->database();
    // Something already in the register, which the cancelled import must not touch.
    ImportWizard *first = openWizard(fixture(QStringLiteral("organisations-windows1252.csv")));
    QVERIFY(first);
    runToWritten(first);
    first->accept();
    QCOMPARE(organisationCount(db), 4);

    // A file big enough that the write is still running when Cancel is pressed.
    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    QFile out(big);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("nimi;kotikunta;jäsenmäärä\n");
    for (int i = 0; i < 40000; ++i)
        out.write(QStringLiteral("Yhdistys %1 ry;Jyväskylä;%2\n").arg(i).arg(i % 300).toUtf8());
    out.close();

    ImportWizard *wizard = openWizard(big);
    QVERIFY(wizard);
    wizard->next();
    wizard->next();
    wizard->valuesPage()->waitForValues();
    wizard->previewPage()->waitForPlan();
    QCOMPARE(wizard->session().preview.created, 40000);
    wizard->next();
    QVERIFY(wizard->writePage()->isRunning());
    QVERIFY(!wizard->writePage()->isComplete());
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(wizard->isVisible()); // stays to say what became of the import
    wizard->writePage()->waitForImport();

    QVERIFY(wizard->writePage()->result().cancelled);
    QVERIFY(widgetPart<QLabel>(wizard->writePage(), "summary")
                ->text()
                .contains(QLatin1String("exactly as it was")));
    QVERIFY(wizard->writePage()->isComplete());
    QCOMPARE(organisationCount(db), 4);
    QCOMPARE(m_window->undoStack()->count(), 1); // only the first import
    QCOMPARE(m_window->organisationList()->model()->rowCount(), 4);
    wizard->accept();
}

void TestImportWizard::rejectedRowsListedWithLines()
{
    ImportWizard *wizard = openWizard(fixture(QStringLiteral("organisations-bad-rows.csv")));
    QVERIFY(wizard);
    wizard->next();
    wizard->next();
    wizard->valuesPage()->waitForValues();
    ImportPreviewPage *plan = wizard->previewPage();
    QAbstractItemModelTester tester(widgetPart<ImportPlanModel>(plan, "plan"));
    plan->waitForPlan();
    QCOMPARE(wizard->session().preview.created, 2);
    QCOMPARE(wizard->session().preview.rejected, 3);
    QVERIFY(plan->isComplete()); // the good rows can still be imported

    // Only the rejects are listed, each with its line and a reason.
    QCOMPARE(widgetPart<QComboBox>(plan, "show")->currentData().toInt(),
             int(ImportPlanModel::Show::Rejected));
    ImportPlanModel *model = widgetPart<ImportPlanModel>(plan, "plan");
    QCOMPARE(model->rowCount(), 3);
    QList<qint64> lines;
    for (int r = 0; r < model->rowCount(); ++r) {
        lines << model->index(r, ImportPlanModel::LineColumn).data().toLongLong();
        QVERIFY(!model->index(r, ImportPlanModel::DetailsColumn).data().toString().isEmpty());
    }
    QCOMPARE(lines, (QList<qint64>{3, 4, 5}));
    QVERIFY(model->index(2, ImportPlanModel::DetailsColumn)
                .data()
                .toString()
                .contains(QLatin1String("5 columns")));
    QComboBox *show = widgetPart<QComboBox>(plan, "show");
    show->setCurrentIndex(show->findData(int(ImportPlanModel::Show::All)));
    QCOMPARE(model->rowCount(), 5);

    // Saved as a CSV to correct: the header, the three rows as they were, a reason each.
    QVERIFY(widgetPart<QPushButton>(plan, "saveRejects")->isEnabled());
    const QString rejects = m_dir.filePath(QStringLiteral("rejects.csv"));
    plan->saveRejects(rejects);
    plan->waitForPlan();
    QFile file(rejects);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList written =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(written.size() == 4, qPrintable(written.join(QLatin1Char('\n'))));
    QVERIFY(written.at(0).startsWith(QLatin1String("name,business_id,municipality,members")));
    QVERIFY2(written.at(1).startsWith(QStringLiteral("Väärä Tunnus ry,2077474-1,")),
             qPrintable(written.at(1)));
    QVERIFY2(written.at(2).startsWith(QStringLiteral("Laskematon ry,,Laukaa,paljon")),
             qPrintable(written.at(2)));
    QCOMPARE(organisationCount(m_window->currentRegister()->database()), 0);
    wizard->reject();
}

void TestImportWizard::savedMappingIsOfferedAgain()
{
    const QString path = fixture(QStringLiteral("organisations-windows1252.csv"));
    ImportWizard *wizard = openWizard(path);
    QVERIFY(wizard);
    wizard->next();
    ImportMappingPage *mapping = wizard->mappingPage();
    // Nothing is saved for these columns yet.
    QVERIFY(!widgetPart<QComboBox>(mapping, "savedMappings")->isEnabled());
    // The user leaves the email out and keeps that for next year's file.
    mapping->setColumnKey(3, QString());
    QCOMPARE(mapping->columnCombo(3)->currentIndex(), 0);
    QVERIFY(!headerTexts(widgetPart<MappingPreviewModel>(mapping, "preview"))
                 .contains(QStringLiteral("Email")));
    QString error;
    QVERIFY2(mapping->saveMapping(QStringLiteral("Kunnan lista 2025"), &error), qPrintable(error));
    // Mapping two columns to one field leaves only the later one mapped.
    mapping->setColumnKey(5, QStringLiteral("name"));
    QCOMPARE(mapping->columnCombo(0)->currentIndex(), 0);
    QCOMPARE(wizard->session().options.mapping.columnOf(QStringLiteral("name")), 5);
    wizard->reject();

    ImportWizard *again = openWizard(path);
    QVERIFY(again);
    again->next();
    ImportMappingPage *offered = again->mappingPage();
    QCOMPARE(widgetPart<QComboBox>(offered, "savedMappings")->currentText(),
             QStringLiteral("Kunnan lista 2025"));
    QVERIFY(widgetPart<QLabel>(offered, "savedNote")
                ->text()
                .contains(QStringLiteral("Kunnan lista 2025")));
    QCOMPARE(offered->columnCombo(0)->currentData().toString(), QStringLiteral("name"));
    QCOMPARE(offered->columnCombo(3)->currentData().toString(), QString());
    again->reject();
}

// The file calls its sectors "Liikunta", "Urheiluseurat" and "Kuvataide". The value step,
// reached with the Next button, reads the file on a worker and lists the three: "Liikunta"
// with "Liikunta ja urheilu" chosen (the reasons' "did you mean"), the others "Leave empty".
// The user picks "Liikunta ja urheilu" for "Urheiluseurat" too; the import writes the
// choices without rejects, and the saved mapping in use carries them, for the command line
// and next year's file. Back to the columns takes the choices back.
void TestImportWizard::unknownValuesAreMappedAndRemembered()
{
    const QString path = m_dir.filePath(QStringLiteral("toimialat.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Nimi;Toimiala\nA ry;Liikunta\nB ry;Kuvataide\nC ry;urheiluseurat|Liikunta\n"
              "D ry;Urheiluseurat\n");
    csv.close();
    ImportWizard *wizard = openWizard(path);
    QVERIFY(wizard);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    QString error;
    QVERIFY2(wizard->mappingPage()->saveMapping(QStringLiteral("Kysely"), &error),
             qPrintable(error));
    QCOMPARE(wizard->mappingPage()->currentSavedName(), QStringLiteral("Kysely"));

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ImportWizard::ValuesPage));
    ImportValuesPage *values = wizard->valuesPage();
    values->waitForValues();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ValuesPage));
    QVERIFY(values->isComplete());
    QVERIFY(widgetPart<QProgressBar>(values, "progress")->isHidden());
    QStringList listed;
    for (const importing::UnknownValue &value : values->unknownValues())
        listed.append(QStringLiteral("%1 %2 %3").arg(value.header, value.value).arg(value.rows));
    QCOMPARE(listed, QStringList({"Toimiala Liikunta 2", "Toimiala Kuvataide 1",
                                  "Toimiala urheiluseurat 2"}));
    QCOMPARE(values->valueCombo(0)->currentText(), QStringLiteral("Liikunta ja urheilu"));
    QCOMPARE(values->valueCombo(1)->currentText(), QStringLiteral("Leave empty"));
    QVERIFY(values->valueCombo(1)->currentData().toString().isEmpty());
    QCOMPARE(values->valueCombo(2)->currentIndex(), 0);
    QVERIFY(!widgetPart<QCheckBox>(values, "remember")->isHidden());
    QVERIFY(widgetPart<QCheckBox>(values, "remember")->isChecked());

    // Back to the columns and on again: asked again, nothing chosen kept.
    values->valueCombo(2)->setCurrentIndex(3);
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    QVERIFY(wizard->session().options.mapping.values().isEmpty());
    QTest::mouseClick(next, Qt::LeftButton);
    values->waitForValues();
    QCOMPARE(values->unknownValues().size(), 3);
    QCOMPARE(values->valueCombo(2)->currentIndex(), 0);

    // The user picks the sector for "urheiluseurat" from the list, as typed into the combo.
    QComboBox *sports = values->valueCombo(2);
    sports->setFocus();
    const int sportsItem = sports->findText(QStringLiteral("Liikunta ja urheilu"));
    QVERIFY(sportsItem > 0);
    while (sports->currentIndex() < sportsItem)
        QTest::keyClick(sports, Qt::Key_Down);
    QCOMPARE(sports->currentText(), QStringLiteral("Liikunta ja urheilu"));

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    wizard->previewPage()->waitForPlan();
    QCOMPARE(wizard->session().preview.created, 4);
    QCOMPARE(wizard->session().preview.rejected, 0);
    const QSqlDatabase db = m_window->currentRegister()->database();
    const QList<importing::SavedMapping> saved = importing::MappingStore(db).forHeaders(
        fields::Entity::Organisations, wizard->session().inspection.headers);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().name, QStringLiteral("Kysely"));
    QString target;
    QVERIFY(saved.first().mapping.mapsValue(QStringLiteral("sectors"), QStringLiteral("LIIKUNTA"),
                                            &target));
    QCOMPARE(target, QStringLiteral("Liikunta ja urheilu"));
    QVERIFY(saved.first().mapping.mapsValue(QStringLiteral("sectors"),
                                            QStringLiteral("Urheiluseurat"), &target));
    QCOMPARE(target, QStringLiteral("Liikunta ja urheilu"));
    QVERIFY(saved.first().mapping.mapsValue(QStringLiteral("sectors"), QStringLiteral("kuvataide"),
                                            &target));
    QVERIFY(target.isEmpty());

    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    wizard->writePage()->waitForImport();
    QVERIFY2(wizard->writePage()->result().ok, qPrintable(wizard->writePage()->result().error));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral(
        "SELECT o.name || '|' || ifnull(s.name_fi, '') FROM organisations o LEFT JOIN "
        "organisation_sectors os ON os.organisation_id = o.id LEFT JOIN sectors s ON s.id = "
        "os.sector_id ORDER BY o.name")));
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString());
    QCOMPARE(rows, QStringList({"A ry|Liikunta ja urheilu", "B ry|", "C ry|Liikunta ja urheilu",
                                "D ry|Liikunta ja urheilu"}));
    wizard->accept();

    // Next year's file with the same columns: only what is new is asked.
    const QString nextYear = m_dir.filePath(QStringLiteral("toimialat-2.csv"));
    QFile second(nextYear);
    QVERIFY(second.open(QIODevice::WriteOnly));
    second.write("Nimi;Toimiala\nE ry;LIIKUNTA\nF ry;Kuvataide|Eläkeläiset\n");
    second.close();
    ImportWizard *again = openWizard(nextYear);
    QVERIFY(again);
    again->next();
    QCOMPARE(again->mappingPage()->currentSavedName(), QStringLiteral("Kysely"));
    again->next();
    again->valuesPage()->waitForValues();
    QCOMPARE(again->valuesPage()->unknownValues().size(), 1);
    QCOMPARE(again->valuesPage()->unknownValues().first().value, QStringLiteral("Eläkeläiset"));
    QCOMPARE(again->valuesPage()->valueCombo(0)->currentText(),
             QStringLiteral("Eläkeläiset ja ikäihmiset"));
    again->reject();
}

// A path typed (or pasted) into the field is read without pressing Enter, once it names a
// file: the table fills and Next becomes available.
void TestImportWizard::typedPathIsReadWhenTypingPauses()
{
    ImportWizard *wizard = openWizard(QString());
    QVERIFY(wizard);
    ImportFilePage *file = wizard->filePage();
    QVERIFY(!file->isComplete());
    const QString path = fixture(QStringLiteral("organisations-windows1252.csv"));
    auto *sample = widgetPart<MappingPreviewModel>(file, "sample");
    QTest::keyClicks(file->fileEdit(), path.left(path.size() - 4)); // not yet a file
    QTest::qWait(400);
    QCOMPARE(sample->rowCount(), 0);
    QTest::keyClicks(file->fileEdit(), path.right(4));
    QTRY_COMPARE(sample->rowCount(), 4);
    QTRY_VERIFY(file->isComplete()); // once the whole file is read through
    QVERIFY(modelText(sample).contains(QStringLiteral("Äänekosken Kävelijät ry")));

    // Closing the window while the path field has focus: the field's last editingFinished
    // must not reach the wizard's session, which is already gone (it once did).
    file->fileEdit()->setFocus();
    m_window.reset();
}

// A LibreOffice workbook: the sheet is chosen instead of encoding and delimiter; another
// sheet is read at once when chosen; the first imports through every step.
void TestImportWizard::importWorkbookThroughTheWizard()
{
    ImportWizard *wizard = openWizard(fixture(QStringLiteral("organisations-sheet.xlsx")));
    QVERIFY(wizard);
    ImportFilePage *file = wizard->filePage();
    QComboBox *sheet = widgetPart<QComboBox>(file, "sheet");
    auto *sample = widgetPart<MappingPreviewModel>(file, "sample");
    const QLabel *detected = widgetPart<QLabel>(file, "detected");
    QVERIFY(sheet->isEnabled());
    QVERIFY(!widgetPart<QComboBox>(file, "encoding")->isEnabled());
    QVERIFY(!widgetPart<QComboBox>(file, "delimiter")->isEnabled());
    QCOMPARE(sheet->count(), 2);
    QCOMPARE(sheet->currentText(), QStringLiteral("Järjestöt"));
    QVERIFY2(detected->text().contains(QStringLiteral("Järjestöt")), qPrintable(detected->text()));
    QCOMPARE(sample->rowCount(), 4);
    QVERIFY(modelText(sample).contains(QStringLiteral("00100")));

    sheet->setCurrentIndex(1);
    QCOMPARE(headerTexts(sample).first(), QStringLiteral("Muistiinpano"));
    QCOMPARE(sheet->count(), 2);
    sheet->setCurrentIndex(0);
    QCOMPARE(headerTexts(sample).first(), QStringLiteral("Nimi"));
    file->waitForFileCheck(); // Next waits while the sheet is read through

    runToWritten(wizard);
    QVERIFY2(wizard->writePage()->result().ok, qPrintable(wizard->writePage()->result().error));
    QCOMPARE(wizard->writePage()->result().created, 4);
    QCOMPARE(organisationCount(m_window->currentRegister()->database()), 4);
    wizard->accept();
}

void TestImportWizard::droppedCsvStartsTheWizard_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("csv") << fixture(QStringLiteral("organisations-windows1252.csv")) << true;
    QTest::newRow("xlsx") << fixture(QStringLiteral("organisations-sheet.xlsx")) << true;
    QTest::newRow("ods") << fixture(QStringLiteral("organisations-sheet.ods")) << true;
    // A register dropped on the window opens (the window's own test); other files are refused.
    QTest::newRow("other file") << m_dir.filePath(QStringLiteral("notes.pdf")) << false;
}

void TestImportWizard::droppedCsvStartsTheWizard()
{
    QFETCH(QString, file);
    QFETCH(bool, accepted);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QCOMPARE(enter.isAccepted(), accepted);
    if (!accepted)
        return;
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    auto *wizard = m_window->findChild<ImportWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->session().filePath, file);
    QTRY_VERIFY(wizard->filePage()->isComplete()); // once the file is read through
    wizard->reject();
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
