#include "networks/municipalitiesview.h"

#include "commands/journaledcommand.h"
#include "common/namedpart.h"
#include "common/openregister.h"
#include "common/pagelayout.h"
#include "common/reportoutput.h"
#include "common/searchfield.h"
#include "networks/liaisondialog.h"
#include "reports/networkrosters.h"
#include "reports/reportlanguage.h"
#include "reports/reportmodel.h"
#include "repositories/personrepository.h"
#include "repositories/rosterrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace kartoitus {

MunicipalitiesView::MunicipalitiesView(QWidget *parent)
    : RegisterPage(parent)
    , m_model(new reports::ReportModel(this))
    , m_filter(namedPart<SearchFilterModel>("municipalityFilter", this))
    , m_search(namedPart<SearchField>("municipalitySearch", this))
    , m_view(namedPart<QTableView>("municipalityTable", this))
    , m_summary(namedPart<QLabel>("municipalitySummary", this))
    , m_status(new QLabel(this))
    , m_output(new ReportOutput(this))
{
    setObjectName(QStringLiteral("municipalitiesView"));
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_search->setPlaceholderText(tr("Search by municipality, liaison person, email…"));
    m_search->setAccessibleName(tr("Search municipalities and liaison persons"));
    m_search->setList(m_view);
    connect(m_search, &QLineEdit::textChanged, m_filter, &SearchFilterModel::setSearchText);
    // Enter in the search box and a double click open the liaison person.
    const auto editIfWritable = [this] {
        if (isWritable())
            askEdit();
    };
    connect(m_search, &SearchField::openRequested, this, editIfWritable);
    connect(m_view, &QTableView::doubleClicked, this, editIfWritable);
    countRowsOf(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_status->setWordWrap(true);
    buildLayout();

    connect(m_output, &ReportOutput::savingStarted, this, [this] {
        for (QPushButton *button : std::as_const(m_buttons))
            button->setEnabled(false);
    });
    connect(m_output, &ReportOutput::savingFinished, this, [this] {
        for (QPushButton *button : std::as_const(m_buttons))
            button->setEnabled(openRegister() != nullptr);
        emit statusMessage(m_status->text());
    });
    connect(m_output, &ReportOutput::statusChanged, m_status, &QLabel::setText);
    setRegister(nullptr);
}

// The search, the table, the buttons that edit the liaison persons and those that print and
// save their list.
void MunicipalitiesView::buildLayout()
{
    const auto addEditButton = [this](const QString &text, const QString &name,
                                      void (MunicipalitiesView::*run)()) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, run);
        m_editButtons.append(button);
    };
    addEditButton(tr("&Add Liaison Person…"), QStringLiteral("addLiaison"),
                  &MunicipalitiesView::askAdd);
    addEditButton(tr("&Edit…"), QStringLiteral("editLiaison"), &MunicipalitiesView::askEdit);
    addEditButton(tr("&Remove"), QStringLiteral("removeLiaison"), &MunicipalitiesView::askRemove);
    m_buttons = ReportOutput::makeButtons(
        this, [this] { m_output->printPreview(m_model->report()); },
        [this](const QString &format) { save(format); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttonRow({m_editButtons.cbegin(), m_editButtons.cend()}));
    layout->addLayout(buttonRow({m_buttons.cbegin(), m_buttons.cend()}));
    layout->addWidget(m_status);
}

void MunicipalitiesView::registerChanged(ChangeSet what)
{
    if (what & (RecordKind::Persons | RecordKind::ReferenceData))
        reload();
}

void MunicipalitiesView::registerSet()
{
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(openRegister() != nullptr);
    for (QPushButton *button : std::as_const(m_editButtons))
        button->setEnabled(isWritable());
    reload();
}

void MunicipalitiesView::reload()
{
    reports::Report report;
    m_rows.clear();
    if (openRegister()) {
        QString error;
        // The rows in the list's order: one per liaison person, one for a municipality
        // without.
        const QList<MunicipalityLiaisons> municipalities =
            RosterRepository(openRegister()->database(),
                             reports::ReportLanguage::forLocale(QLocale()))
                .liaisons(&error);
        for (const MunicipalityLiaisons &m : municipalities) {
            if (m.persons.isEmpty())
                m_rows.append({m.code, m.name, 0});
            for (const RosterPerson &p : m.persons)
                m_rows.append({m.code, m.name, p.id});
        }
        if (!reports::NetworkRosters::liaisonPersons(
                openRegister()->database(), reports::ReportLanguage::forLocale(QLocale()),
                QFileInfo(openRegister()->path()).completeBaseName(), &report, &error))
            m_status->setText(error);
    }
    m_model->setReport(report);
    m_summary->setText(report.filters.join(QLatin1Char('\n')));
    m_view->resizeColumnsToContents();
}

QLineEdit *MunicipalitiesView::searchField() const
{
    return m_search;
}

QString MunicipalitiesView::countText() const
{
    if (!openRegister())
        return {};
    const QLocale locale;
    if (m_filter->isFiltered())
        return tr("%1 of %2 rows of municipalities and liaison persons")
            .arg(locale.toString(m_filter->rowCount()), locale.toString(m_rows.size()));
    QSet<QString> municipalities;
    int persons = 0;
    for (const Row &row : m_rows) {
        municipalities.insert(row.code);
        persons += row.personId > 0 ? 1 : 0;
    }
    return tr("%1 municipalities, %2 liaison persons")
        .arg(locale.toString(municipalities.size()), locale.toString(persons));
}

// The row of model() that is selected (the first of several), else the current one; -1.
int MunicipalitiesView::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return m_filter->mapToSource(rows.isEmpty() ? m_view->currentIndex() : rows.first()).row();
}

QString MunicipalitiesView::municipalityName(const QString &code) const
{
    for (const Row &row : m_rows) {
        if (row.code == code)
            return row.name;
    }
    return code;
}

bool MunicipalitiesView::saveLiaison(const Person &person, QString *error)
{
    if (!isWritable())
        return false;
    const QString municipality = municipalityName(person.municipalityCode);
    const QString name = person.name.simplified();
    const QString text = person.id > 0 ? tr("Edit liaison person: %1, %2").arg(name, municipality)
                                       : tr("Add liaison person: %1, %2").arg(name, municipality);
    const bool done = runJournaledTransaction(
        openRegister(), text,
        [&](const QSqlDatabase &db, QString *e) {
            Person written = person;
            PersonRepository persons(db);
            return written.id > 0 ? persons.update(&written, e) : persons.create(&written, e);
        },
        error);
    if (done)
        emit statusMessage(text);
    return done;
}

bool MunicipalitiesView::removeLiaison(qint64 personId, QString *error)
{
    if (!isWritable())
        return false;
    const std::optional<Person> person =
        PersonRepository(openRegister()->database()).get(personId, error);
    if (!person)
        return false;
    const QString text = tr("Remove liaison person: %1, %2")
                             .arg(person->name, municipalityName(person->municipalityCode));
    const bool done = runJournaledTransaction(
        openRegister(), text,
        [&](const QSqlDatabase &db, QString *e) {
            return PersonRepository(db).remove(personId, e);
        },
        error);
    if (done)
        emit statusMessage(text);
    return done;
}

void MunicipalitiesView::askAdd()
{
    const int row = selectedRow();
    if (!openRegister() || row < 0 || row >= m_rows.size()) {
        failed(tr("Select the municipality first."));
        return;
    }
    Person person;
    person.municipalityCode = m_rows.at(row).code;
    editInDialog(person, m_rows.at(row).name);
}

void MunicipalitiesView::askEdit()
{
    const int row = selectedRow();
    if (!openRegister() || row < 0 || row >= m_rows.size()) {
        failed(tr("Select the liaison person first."));
        return;
    }
    if (m_rows.at(row).personId == 0) {
        askAdd();
        return;
    }
    QString error;
    const std::optional<Person> person =
        PersonRepository(openRegister()->database()).get(m_rows.at(row).personId, &error);
    if (!person) {
        failed(error);
        return;
    }
    editInDialog(*person, m_rows.at(row).name);
}

// The liaison person in LiaisonDialog; on OK, saved as one step.
void MunicipalitiesView::editInDialog(const Person &person, const QString &municipality)
{
    LiaisonDialog dialog(person, municipality, this);
    dialog.saveWhenAccepted([&](QString *e) { return saveLiaison(dialog.person(), e); },
                            [this](const QString &reason) { failed(reason); });
}

void MunicipalitiesView::askRemove()
{
    const int row = selectedRow();
    if (!openRegister() || row < 0 || row >= m_rows.size() || m_rows.at(row).personId == 0) {
        failed(tr("Select the liaison person to remove first."));
        return;
    }
    QString error;
    if (!removeLiaison(m_rows.at(row).personId, &error) && !error.isEmpty())
        failed(error);
}

void MunicipalitiesView::failed(const QString &message)
{
    m_status->setText(message);
    emit statusMessage(message);
}

void MunicipalitiesView::save(const QString &format)
{
    if (!openRegister())
        return;
    m_output->askAndSave(m_model->report(), format, openRegister()->path(), tr("liaison-persons"));
}

} // namespace kartoitus
