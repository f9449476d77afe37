// File › Export… driven as a user would: what the list shows — its search, its order and
// its visible columns — is what the file holds; the format picks the suffix; personal data
// only when asked for.
#include "activities/activitylistwidget.h"
#include "common/viewswitcher.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "exporting/exportactions.h"
#include "exporting/exportdialog.h"
#include "finnishui.h"
#include "mainwindow/mainwindow.h"
#include "models/activitytablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/persontablemodel.h"
#include "organisations/organisationlistwidget.h"
#include "persons/personlistwidget.h"
#include "storage/register.h"
#include "widgetpart.h"
#include "windowtestsetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kartoitus;

namespace {

// The records of a CSV file, read by the project's own reader.
QList<QStringList> readCsv(const QString &path, QChar delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    csv::Dialect dialect = csv::Dialect::autoDetect();
    dialect.delimiter = delimiter;
    csv::Reader reader(&file, dialect);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.readRow(&fields))
        rows.append(fields);
    return rows;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportsTheFilterAndVisibleColumns();
    void formatPicksTheSuffix_data();
    void formatPicksTheSuffix();
    void personalDataOnlyWhenAsked();
    void columnsAsInTheList();
    void proposesAFolderThatExists();
    void remembersTheFolderAndFormat();
    void activitiesViewExportsItsFilteredList();
    void personsViewLeavesPersonalDataOut();
    void otherViewsExportOrganisations();
    void screenshot();
    void activitiesScreenshot();

private:
    ExportDialog *openDialog();
    // File › Export… as the user chooses it, in the current view.
    ExportDialog *triggerExport();
    QStringList column(const QString &sql) const;
    bool runExport(ExportDialog *dialog, const QString &path);

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<MainWindow> m_window;
};

void TestExportDialog::initTestCase()
{
    windowtest::isolateSettings(QStringLiteral("tst_exportdialog"));
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(QStringLiteral("demo.kartoitus"));
    QString error;
    QVERIFY2(windowtest::writeDemoFile(m_demoPath, &error), qPrintable(error));
}

void TestExportDialog::init()
{
    // Each test starts as a first export: no folder or format remembered.
    QSettings().remove(QStringLiteral("export"));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openRegister(m_demoPath));
    m_window->show();
    // The window opens the view used last, which a test before may have left elsewhere.
    QVERIFY(m_window->views()->setCurrentView(QStringLiteral("organisations")));
}

void TestExportDialog::cleanup()
{
    m_window.reset();
}

ExportDialog *TestExportDialog::openDialog()
{
    auto *actions = m_window->findChild<ExportActions *>();
    return actions && actions->exportAction()->isEnabled() ? actions->startExport() : nullptr;
}

ExportDialog *TestExportDialog::triggerExport()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("exportAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    const QList<ExportDialog *> before = m_window->findChildren<ExportDialog *>();
    action->trigger();
    for (ExportDialog *dialog : m_window->findChildren<ExportDialog *>()) {
        if (!before.contains(dialog))
            return dialog;
    }
    return nullptr;
}

QStringList TestExportDialog::column(const QString &sql) const
{
    QSqlQuery query(m_window->currentRegister()->database());
    QStringList values;
    if (!query.exec(sql))
        return values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

bool TestExportDialog::runExport(ExportDialog *dialog, const QString &path)
{
    QSignalSpy done(dialog, &ExportDialog::exportFinished);
    dialog->setFilePath(path);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    return done.wait(20000) && dialog->lastResult().ok;
}

void TestExportDialog::exportsTheFilterAndVisibleColumns()
{
    OrganisationListWidget *list = m_window->organisationList();
    OrganisationTableModel *model = list->model();
    const int all = model->rowCount();
    QVERIFY(all > 100);
    // The user searches, and hides a column.
    list->searchField()->setText(QStringLiteral("Jyväskylä"));
    QTRY_VERIFY(model->rowCount() > 0 && model->rowCount() < all);
    const int shown = model->rowCount();
    const int emailSection = model->sectionOf(OrganisationColumn::Email);
    QVERIFY(emailSection >= 0);
    list->view()->horizontalHeader()->hideSection(emailSection);
    const QList<OrganisationColumn> visible = list->visibleColumns();
    QVERIFY(!visible.contains(OrganisationColumn::Email));

    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->visibleColumnsButton()->isChecked());
    dialog->formatCombo()->setCurrentIndex(
        dialog->formatCombo()->findData(int(exporting::Format::Csv)));
    dialog->headersCombo()->setCurrentIndex(
        dialog->headersCombo()->findData(int(exporting::HeaderStyle::Keys)));
    const QString path = m_dir.filePath(QStringLiteral("list.csv"));
    QVERIFY(runExport(dialog, path));

    const QList<QStringList> rows = readCsv(path, QLatin1Char(','));
    QStringList expectedHeader;
    for (OrganisationColumn column : visible)
        expectedHeader << OrganisationColumns::key(column);
    QVERIFY(expectedHeader.contains(QStringLiteral("updated_at"))); // the list's own column
    QCOMPARE(rows.value(0), expectedHeader);
    QCOMPARE(rows.size() - 1, shown);
    // Same order as the list: the names row by row.
    const int nameSection = model->sectionOf(OrganisationColumn::Name);
    const int nameColumn = int(expectedHeader.indexOf(QStringLiteral("name")));
    for (int r = 0; r < shown; r += 7) {
        const QString name = model->index(r, nameSection).data().toString();
        if (!name.contains(QLatin1Char(',')) && !name.contains(QLatin1Char('"')))
            QCOMPARE(rows.at(r + 1).value(nameColumn), name);
    }
}

void TestExportDialog::formatPicksTheSuffix_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("excel") << int(exporting::Format::CsvExcel) << QStringLiteral(".csv");
    QTest::newRow("standard") << int(exporting::Format::Csv) << QStringLiteral(".csv");
    QTest::newRow("xlsx") << int(exporting::Format::Xlsx) << QStringLiteral(".xlsx");
}

void TestExportDialog::formatPicksTheSuffix()
{
    QFETCH(int, format);
    QFETCH(QString, suffix);
    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    // Excel (Finnish) is the default: what most users open the file in.
    QCOMPARE(dialog->formatCombo()->currentData().toInt(), int(exporting::Format::CsvExcel));
    const QString base = QStringLiteral("lista-%1").arg(QLatin1String(QTest::currentDataTag()));
    dialog->setFilePath(m_dir.filePath(base + QStringLiteral(".csv")));
    dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(format));
    QVERIFY2(dialog->filePath().endsWith(base + suffix), qPrintable(dialog->filePath()));
    const QString path = dialog->filePath();
    QVERIFY(runExport(dialog, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray start = file.read(4);
    if (format == int(exporting::Format::Xlsx))
        QVERIFY(start.startsWith("PK")); // a zip container
    else if (format == int(exporting::Format::CsvExcel))
        QVERIFY(start.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs for UTF-8
    else
        QVERIFY(!start.startsWith("\xEF\xBB\xBF"));
}

void TestExportDialog::personalDataOnlyWhenAsked()
{
    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCheckBox *personal = dialog->personalDataCheck();
    QVERIFY(!personal->isChecked());
    // The list's columns hold no personal data: the box has nothing to decide.
    QVERIFY(!personal->isEnabled());
    dialog->allColumnsButton()->setChecked(true);
    QVERIFY(personal->isEnabled());
    QVERIFY(!personal->isChecked());
    dialog->formatCombo()->setCurrentIndex(
        dialog->formatCombo()->findData(int(exporting::Format::Csv)));
    dialog->headersCombo()->setCurrentIndex(
        dialog->headersCombo()->findData(int(exporting::HeaderStyle::Keys)));
    QVERIFY(!dialog->request().columns.isEmpty());
    QVERIFY(!dialog->request().includePersonalData);

    const QString without = m_dir.filePath(QStringLiteral("without.csv"));
    QVERIFY(runExport(dialog, without));
    QVERIFY(
        !readCsv(without, QLatin1Char(',')).value(0).contains(QStringLiteral("contact_person")));

    ExportDialog *second = openDialog();
    second->allColumnsButton()->setChecked(true);
    second->personalDataCheck()->setChecked(true);
    second->formatCombo()->setCurrentIndex(
        second->formatCombo()->findData(int(exporting::Format::Csv)));
    second->headersCombo()->setCurrentIndex(
        second->headersCombo()->findData(int(exporting::HeaderStyle::Keys)));
    const QString with = m_dir.filePath(QStringLiteral("with.csv"));
    QVERIFY(runExport(second, with));
    QVERIFY(second->lastResult().containsPersonalData);
    QFile file(with);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().contains("contact_person"));
}

// "Columns the list shows" is the list as the user sees it: every visible column in its
// order, under the list's header names, and in the Excel (Finnish) preset the values as
// the cells show them (the status by its name, the last change as a day).
void TestExportDialog::columnsAsInTheList()
{
    OrganisationListWidget *list = m_window->organisationList();
    OrganisationTableModel *model = list->model();
    QHeaderView *header = list->view()->horizontalHeader();
    // The user moves Status to the front.
    const int statusSection = model->sectionOf(OrganisationColumn::Status);
    QVERIFY(statusSection >= 0 && !header->isSectionHidden(statusSection));
    header->moveSection(header->visualIndex(statusSection), 0);
    QStringList shownHeaders;
    QList<int> sections;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int section = header->logicalIndex(visual);
        if (header->isSectionHidden(section))
            continue;
        sections << section;
        shownHeaders << model->headerData(section, Qt::Horizontal).toString();
    }
    QCOMPARE(list->visibleColumns().size(), sections.size());

    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->formatCombo()->currentData().toInt(), int(exporting::Format::CsvExcel));
    QCOMPARE(dialog->headersCombo()->currentData().toInt(), int(exporting::HeaderStyle::Labels));
    const QString path = m_dir.filePath(QStringLiteral("as-in-the-list.csv"));
    QVERIFY(runExport(dialog, path));
    const QList<QStringList> rows = readCsv(path, QLatin1Char(';'));
    QCOMPARE(rows.value(0), shownHeaders);
    QCOMPARE(rows.size() - 1, model->rowCount());
    // Row by row, the cells the list shows, except numbers (the list groups digits) and
    // the day, which the Excel preset always writes the Finnish way.
    const int updatedSection = model->sectionOf(OrganisationColumn::UpdatedAt);
    for (int r = 0; r < model->rowCount(); r += 37) {
        for (int c = 0; c < sections.size(); ++c) {
            const QModelIndex index = model->index(r, sections.at(c));
            // The Excel preset guards cells a spreadsheet would run (a phone's leading +).
            const QString cell = csv::restoreNeutralised(rows.at(r + 1).value(c));
            if (sections.at(c) == updatedSection) {
                const QDate day =
                    QDateTime::fromString(index.data(Qt::EditRole).toString(), Qt::ISODate)
                        .toLocalTime()
                        .date();
                QCOMPARE(cell, day.toString(QStringLiteral("d.M.yyyy")));
            } else if (index.data().userType() == QMetaType::QString) {
                QCOMPARE(cell, index.data().toString());
            } else {
                QCOMPARE(cell.toLongLong(), index.data().toLongLong());
            }
        }
    }
    QCOMPARE(rows.at(1).value(0), model->index(0, statusSection).data().toString());
    QCOMPARE(rows.at(1).value(0), QStringLiteral("Active")); // the English UI's name
}

// A first export goes to the Documents folder, made if the account has none yet; a
// remembered folder that has gone since is not proposed.
void TestExportDialog::proposesAFolderThatExists()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    const auto restore = qScopeGuard([&] { qputenv("HOME", oldHome); });
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY2(documents.startsWith(home.path()), qPrintable(documents));
    QVERIFY(!QFileInfo::exists(documents));
    QSettings().setValue(QStringLiteral("export/folder"), home.filePath(QStringLiteral("gone")));

    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QFileInfo proposed(QDir::fromNativeSeparators(dialog->filePath()));
    QCOMPARE(proposed.absolutePath(), documents);
    QVERIFY(QFileInfo(documents).isDir());
    QVERIFY(!proposed.exists());
    dialog->close();
}

// The next export starts where the last one went, in its format.
void TestExportDialog::remembersTheFolderAndFormat()
{
    ExportDialog *first = openDialog();
    QVERIFY(first);
    first->formatCombo()->setCurrentIndex(
        first->formatCombo()->findData(int(exporting::Format::Xlsx)));
    QDir(m_dir.path()).mkpath(QStringLiteral("lists"));
    const QString folder = m_dir.filePath(QStringLiteral("lists"));
    QVERIFY(runExport(first, QDir(folder).filePath(QStringLiteral("first.xlsx"))));

    ExportDialog *next = openDialog();
    QVERIFY(next);
    QCOMPARE(next->formatCombo()->currentData().toInt(), int(exporting::Format::Xlsx));
    const QFileInfo proposed(QDir::fromNativeSeparators(next->filePath()));
    QCOMPARE(proposed.absolutePath(), QFileInfo(folder).absoluteFilePath());
    QCOMPARE(proposed.suffix(), QStringLiteral("xlsx"));
    next->close();
}

// In the Activities view, File › Export… writes the activities the list shows — a theme
// chosen, sorted by organisation from Ö to A — with its columns in its order.
void TestExportDialog::activitiesViewExportsItsFilteredList()
{
    QVERIFY(m_window->views()->setCurrentView(QStringLiteral("activities")));
    auto *list = m_window->findChild<ActivityListWidget *>();
    QVERIFY(list);
    ActivityTableModel *model = list->model();
    const int all = model->rowCount();
    const QString theme =
        column(QStringLiteral("SELECT id FROM themes WHERE name_fi = 'Mielen hyvinvointi'"))
            .value(0);
    QVERIFY(!theme.isEmpty());
    QVERIFY(
        ActivityListWidget::choose(widgetPart<QComboBox>(list, "activityTheme"), theme.toInt()));
    const QStringList expectedNames =
        column(QStringLiteral("SELECT name FROM activities WHERE id IN (SELECT activity_id FROM "
                              "activity_themes WHERE theme_id = %1)")
                   .arg(theme));
    QVERIFY(!expectedNames.isEmpty() && expectedNames.size() < all);
    QTRY_COMPARE(model->rowCount(), int(expectedNames.size()));
    const int organisationSection = model->sectionOf(QStringLiteral("organisation"));
    QVERIFY(organisationSection >= 0);
    list->view()->sortByColumn(organisationSection, Qt::DescendingOrder);

    ExportDialog *dialog = triggerExport();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Export Activities"));
    QCOMPARE(dialog->request().what, exporting::Entity::Activities);
    QVERIFY(dialog->noteLabel()->text().contains(QStringLiteral("Health-Station List")));
    dialog->formatCombo()->setCurrentIndex(
        dialog->formatCombo()->findData(int(exporting::Format::Csv)));
    const QString path = m_dir.filePath(QStringLiteral("activities.csv"));
    QVERIFY(runExport(dialog, path));

    const QList<QStringList> rows = readCsv(path, QLatin1Char(','));
    QStringList headers;
    for (const QString &key : list->visibleKeys())
        headers << model->columnLabel(key);
    QCOMPARE(rows.value(0), headers);
    QCOMPARE(rows.size() - 1, model->rowCount());
    // Exactly the activities of the theme, each row as the list has it, in its order.
    const int nameColumn = int(headers.indexOf(model->columnLabel(QStringLiteral("name"))));
    const int organisationColumn =
        int(headers.indexOf(model->columnLabel(QStringLiteral("organisation"))));
    const int themesColumn = int(headers.indexOf(model->columnLabel(QStringLiteral("themes"))));
    QVERIFY(nameColumn >= 0 && organisationColumn >= 0 && themesColumn >= 0);
    QStringList exportedNames;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QStringList &row = rows.at(r + 1);
        exportedNames << row.value(nameColumn);
        QCOMPARE(row.value(nameColumn),
                 model->index(r, model->sectionOf(QStringLiteral("name"))).data().toString());
        QCOMPARE(row.value(organisationColumn),
                 model->index(r, organisationSection).data().toString());
        QVERIFY(row.value(themesColumn).contains(QStringLiteral("Mielen hyvinvointi")));
    }
    QVERIFY(rows.at(1).value(organisationColumn) > rows.last().value(organisationColumn));
    QStringList expected = expectedNames;
    expected.sort();
    exportedNames.sort();
    QCOMPARE(exportedNames, expected);

    // A search on top of the theme narrows the file as it narrows the list.
    list->searchField()->setText(rows.at(1).value(nameColumn));
    QTRY_VERIFY(model->rowCount() < int(expectedNames.size()));
    const int searched = model->rowCount();
    QVERIFY(searched > 0);
    ExportDialog *second = triggerExport();
    QVERIFY(second);
    second->formatCombo()->setCurrentIndex(
        second->formatCombo()->findData(int(exporting::Format::Csv)));
    const QString searchedPath = m_dir.filePath(QStringLiteral("activities-searched.csv"));
    QVERIFY(runExport(second, searchedPath));
    QCOMPARE(readCsv(searchedPath, QLatin1Char(',')).size() - 1, searched);
}

// In the Persons view the export is of persons, and names, emails and phone numbers leave
// the program only when the user ticks the box that says they are personal data.
void TestExportDialog::personsViewLeavesPersonalDataOut()
{
    QVERIFY(m_window->views()->setCurrentView(QStringLiteral("persons")));
    auto *list = m_window->findChild<PersonListWidget *>();
    QVERIFY(list);
    const int persons = list->listModel()->rowCount();
    QVERIFY(persons > 0);
    QVERIFY(!column(QStringLiteral("SELECT email FROM persons WHERE email LIKE '%@%'")).isEmpty());

    ExportDialog *dialog = triggerExport();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Export Persons"));
    QCheckBox *personal = dialog->personalDataCheck();
    // The list shows names and emails: the box decides, and is off.
    QVERIFY(personal->isEnabled());
    QVERIFY(!personal->isChecked());
    QVERIFY(dialog->personalDataNote()->text().contains(QStringLiteral("personal data")));
    dialog->formatCombo()->setCurrentIndex(
        dialog->formatCombo()->findData(int(exporting::Format::Csv)));
    dialog->headersCombo()->setCurrentIndex(
        dialog->headersCombo()->findData(int(exporting::HeaderStyle::Keys)));
    QSignalSpy status(m_window->statusBar(), &QStatusBar::messageChanged);
    const QString without = m_dir.filePath(QStringLiteral("persons-without.csv"));
    QVERIFY(runExport(dialog, without));
    QVERIFY(!dialog->lastResult().containsPersonalData);
    QFile file(without);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains('@')); // no email, of a person or anyone
    const QList<QStringList> rows = readCsv(without, QLatin1Char(','));
    for (const char *key : {"name", "email", "phone"})
        QVERIFY2(!rows.value(0).contains(QLatin1String(key)), key);
    for (const char *key : {"role", "organisation", "kind", "publish_consent", "consent_date"})
        QVERIFY2(rows.value(0).contains(QLatin1String(key)), key);
    QCOMPARE(rows.size() - 1, persons);
    QVERIFY(!status.isEmpty());
    QVERIFY(status.last().value(0).toString().contains(QStringLiteral("without personal data")));

    ExportDialog *second = triggerExport();
    QVERIFY(second);
    second->personalDataCheck()->setChecked(true);
    second->formatCombo()->setCurrentIndex(
        second->formatCombo()->findData(int(exporting::Format::Csv)));
    second->headersCombo()->setCurrentIndex(
        second->headersCombo()->findData(int(exporting::HeaderStyle::Keys)));
    const QString with = m_dir.filePath(QStringLiteral("persons-with.csv"));
    QVERIFY(runExport(second, with));
    QVERIFY(second->lastResult().containsPersonalData);
    const QList<QStringList> withRows = readCsv(with, QLatin1Char(','));
    QVERIFY(withRows.value(0).contains(QStringLiteral("name")));
    QVERIFY(withRows.value(0).contains(QStringLiteral("email")));
    QCOMPARE(withRows.size() - 1, persons);
}

// The Networks, Municipalities and Surveys views save their own lists with their own buttons:
// File › Export… there writes the organisation list, and the dialog says so.
void TestExportDialog::otherViewsExportOrganisations()
{
    for (const char *view : {"networks", "municipalities", "surveys"}) {
        QVERIFY(m_window->views()->setCurrentView(QLatin1String(view)));
        ExportDialog *dialog = triggerExport();
        QVERIFY2(dialog, view);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Export Organisations"));
        QCOMPARE(dialog->request().what, exporting::Entity::Organisations);
        QVERIFY2(dialog->noteLabel()->text().contains(QStringLiteral("organisation list")), view);
        QVERIFY(!dialog->noteLabel()->isHidden());
        delete dialog;
    }
    QVERIFY(m_window->views()->setCurrentView(QStringLiteral("organisations")));
    ExportDialog *dialog = triggerExport();
    QVERIFY(dialog);
    QVERIFY(dialog->noteLabel()->isHidden());
    delete dialog;
}

// docs/screenshots/export.png, in Finnish on the demo register: taken with
// KARTOITUS_SCREENSHOTS=<folder>.
void TestExportDialog::screenshot()
{
    m_window.reset();
    windowtest::FinnishUi finnish;
    QVERIFY(finnish.isLoaded());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openRegister(m_demoPath));
    m_window->show();
    m_window->organisationList()->searchField()->setText(QStringLiteral("Laukaa"));
    QTRY_VERIFY(m_window->organisationList()->model()->rowCount() > 0);
    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setFilePath(QStringLiteral("/home/kayttaja/Asiakirjat/") +
                        QFileInfo(dialog->filePath()).fileName());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->adjustSize();
    QTest::qWait(50);
    const QPixmap shot = dialog->grab();
    QVERIFY(!shot.isNull());
    const QString folder = qEnvironmentVariable("KARTOITUS_SCREENSHOTS");
    if (!folder.isEmpty())
        QVERIFY(shot.save(folder + QStringLiteral("/export.png")));
    dialog->close();
}

// docs/screenshots/export-activities.png: File › Export… in the Activities view with a theme
// chosen, in Finnish on the demo register.
void TestExportDialog::activitiesScreenshot()
{
    m_window.reset();
    windowtest::FinnishUi finnish;
    QVERIFY(finnish.isLoaded());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openRegister(m_demoPath));
    m_window->show();
    QVERIFY(m_window->views()->setCurrentView(QStringLiteral("activities")));
    auto *list = m_window->findChild<ActivityListWidget *>();
    const QString theme =
        column(QStringLiteral("SELECT id FROM themes WHERE name_fi = 'Mielen hyvinvointi'"))
            .value(0);
    QVERIFY(
        ActivityListWidget::choose(widgetPart<QComboBox>(list, "activityTheme"), theme.toInt()));
    ExportDialog *dialog = triggerExport();
    QVERIFY(dialog);
    dialog->setFilePath(QStringLiteral("/home/kayttaja/Asiakirjat/") +
                        QFileInfo(dialog->filePath()).fileName());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->adjustSize();
    QTest::qWait(50);
    const QPixmap shot = dialog->grab();
    QVERIFY(!shot.isNull());
    const QString folder = qEnvironmentVariable("KARTOITUS_SCREENSHOTS");
    if (!folder.isEmpty())
        QVERIFY(shot.save(folder + QStringLiteral("/export-activities.png")));
    dialog->close();
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
