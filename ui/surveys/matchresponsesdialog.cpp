#include "surveys/matchresponsesdialog.h"

#include "commands/journaledcommand.h"
#include "common/openregister.h"
#include "reference/referencedata.h"
#include "storage/register.h"
#include "survey/surveyimport.h"
#include "surveys/respondentchoice.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kartoitus {

using namespace survey;

MatchResponsesDialog::MatchResponsesDialog(OpenRegister *reg, qint64 surveyId, QWidget *parent)
    : QDialog(parent)
    , m_register(reg)
    , m_surveyId(surveyId)
    , m_review(new QTableWidget(this))
    , m_find(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("matchResponsesDialog"));
    setWindowTitle(tr("Match Survey Responses"));
    auto *intro = new QLabel(
        tr("These responses are not linked to an organisation. They were matched again by "
           "business ID, email and name; a similar name is only a suggestion. Choose the "
           "organisation, look one up by name, create it, or leave the response for later."),
        this);
    intro->setWordWrap(true);
    m_review->setObjectName(QStringLiteral("unmatchedTable"));
    m_review->setColumnCount(3);
    m_review->setHorizontalHeaderLabels(
        {tr("Submitted"), tr("Respondent as written"), tr("Organisation")});
    m_review->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_review->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_review->verticalHeader()->hide();
    m_review->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_review->setSelectionMode(QAbstractItemView::SingleSelection);
    m_find->setObjectName(QStringLiteral("findOrganisation"));
    m_find->setPlaceholderText(tr("Type an organisation's name, then Enter"));
    m_find->setClearButtonEnabled(true);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save Matches"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        QString error;
        if (!saveNow(&error)) {
            QMessageBox::warning(this, windowTitle(), error);
            return;
        }
        accept();
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (!chooseByName(m_find->text()))
            m_status->setText(tr("No organisation is called \"%1\".").arg(m_find->text()));
    });
    auto *form = new QFormLayout;
    form->addRow(tr("&Find an organisation for the selected response:"), m_find);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_review, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    QString error;
    if (!load(&error))
        m_status->setText(error);
    fillRows();
    resize(900, 560);
}

bool MatchResponsesDialog::load(QString *error)
{
    const QSqlDatabase db = m_register->database();
    if (!m_matcher.load(db, error))
        return false;
    m_responses = SurveyRepository(db).unmatchedResponses(m_surveyId, error);
    for (const SurveyResponse &response : std::as_const(m_responses)) {
        m_respondents.append(SurveyImport::respondent(response));
        m_matches.append(m_matcher.match(m_respondents.last()));
    }
    MunicipalityDirectory municipalities;
    municipalities.load(db);
    QStringList names;
    for (const MatchableOrganisation &o : SurveyRepository(db).matchableOrganisations(error)) {
        const QString place = municipalities.name(o.municipality);
        const QString name = place.isEmpty() ? o.name : tr("%1 (%2)").arg(o.name, place);
        m_organisationsByName.insert(name, o.id);
        names.append(name);
    }
    auto *completer = new QCompleter(names, m_find);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_find->setCompleter(completer);
    return true;
}

void MatchResponsesDialog::fillRows()
{
    m_review->setRowCount(int(m_responses.size()));
    for (int row = 0; row < m_responses.size(); ++row) {
        auto *submitted = new QTableWidgetItem(m_responses.at(row).submittedAt);
        submitted->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_review->setItem(row, 0, submitted);
        const QString written = RespondentChoice::writtenText(m_respondents.at(row));
        auto *text = new QTableWidgetItem(written.isEmpty() ? tr("(no name, business ID or email)")
                                                            : written);
        text->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_review->setItem(row, 1, text);
        auto *box = new QComboBox(m_review);
        RespondentChoice::fill(box, m_respondents.at(row), m_matches.at(row), m_matcher);
        connect(box, &QComboBox::currentIndexChanged, this, &MatchResponsesDialog::updateStatus);
        m_review->setCellWidget(row, 2, box);
    }
    if (!m_responses.isEmpty())
        m_review->selectRow(0);
    m_find->setEnabled(!m_responses.isEmpty());
    updateStatus();
}

QComboBox *MatchResponsesDialog::choiceBox(int row) const
{
    return qobject_cast<QComboBox *>(m_review->cellWidget(row, 2));
}

bool MatchResponsesDialog::chooseByName(const QString &name)
{
    const int row = m_review->currentRow();
    const auto found = m_organisationsByName.constFind(name.trimmed());
    if (row < 0 || found == m_organisationsByName.constEnd())
        return false;
    RespondentChoice::choose(choiceBox(row), found.value(), found.key());
    m_find->clear();
    return true;
}

void MatchResponsesDialog::updateStatus()
{
    int linked = 0;
    for (int row = 0; row < m_review->rowCount(); ++row)
        linked += choiceBox(row)->currentData().toLongLong() != RespondentChoice::Unmatched;
    if (m_responses.isEmpty())
        m_status->setText(tr("Every response of this survey is matched to an organisation."));
    else
        m_status->setText(tr("%1 of %n responses will be matched; the rest stay unmatched.",
                             nullptr, int(m_responses.size()))
                              .arg(linked));
    m_save->setEnabled(linked > 0 && m_register && !m_register->isReadOnly());
}

bool MatchResponsesDialog::saveNow(QString *error, int *linked)
{
    if (!m_register || m_register->isReadOnly()) {
        *error = tr("The register is read-only.");
        return false;
    }
    const std::optional<Survey> survey =
        SurveyRepository(m_register->database()).survey(m_surveyId, error);
    if (!survey)
        return false;
    int count = 0;
    const bool ok = runJournaledTransaction(
        m_register, tr("Matching of Responses to \"%1\"").arg(survey->name),
        [&](const QSqlDatabase &db, QString *e) {
            count = 0;
            SurveyRepository surveys(db);
            for (int row = 0; row < m_responses.size(); ++row) {
                RespondentMatch chosen;
                if (!RespondentChoice::resolve(db, choiceBox(row), m_respondents.at(row),
                                               m_matches.at(row), &chosen, e))
                    return false;
                if (!chosen.organisationId)
                    continue;
                if (!surveys.linkResponse(m_responses.at(row).id, chosen.organisationId,
                                          chosen.matchedBy, e))
                    return false;
                ++count;
            }
            return true;
        },
        error);
    if (!ok)
        return false;
    if (linked)
        *linked = count;
    emit saved(tr("%n survey responses matched to organisations.", nullptr, count));
    return true;
}

} // namespace kartoitus
