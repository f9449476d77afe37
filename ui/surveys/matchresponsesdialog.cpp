#include "surveys/matchresponsesdialog.h"

#include "commands/journaledcommand.h"
#include "common/openregister.h"
#include "reference/referencedata.h"
#include "storage/register.h"
#include "survey/surveyimport.h"
#include "surveys/respondentchoice.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace kartoitus {

using namespace survey;

MatchResponsesDialog::MatchResponsesDialog(OpenRegister *reg, qint64 surveyId, QWidget *parent)
    : ReviewDialog(tr("&Save Matches"), parent)
    , m_register(reg)
    , m_surveyId(surveyId)
    , m_review(new RespondentTable(tr("Submitted"), this))
    , m_find(new QLineEdit(this))
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
    m_find->setObjectName(QStringLiteral("findOrganisation"));
    m_find->setPlaceholderText(tr("Type an organisation's name, then Enter"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (!chooseByName(m_find->text()))
            status()->setText(tr("No organisation is called \"%1\".").arg(m_find->text()));
    });
    auto *form = new QFormLayout;
    form->addRow(tr("&Find an organisation for the selected response:"), m_find);
    addPart(intro);
    addPart(m_review, 1);
    addPart(form);
    QString error;
    if (!load(&error))
        status()->setText(error);
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
        QComboBox *box = m_review->setResponse(row, m_responses.at(row).submittedAt,
                                               m_respondents.at(row), m_matches.at(row), m_matcher);
        connect(box, &QComboBox::currentIndexChanged, this, &MatchResponsesDialog::updateStatus);
    }
    if (!m_responses.isEmpty())
        m_review->selectRow(0);
    m_find->setEnabled(!m_responses.isEmpty());
    updateStatus();
}

QComboBox *MatchResponsesDialog::choiceBox(int row) const
{
    return m_review->choiceBox(row);
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
        status()->setText(tr("Every response of this survey is matched to an organisation."));
    else
        status()->setText(tr("%1 of %n responses will be matched; the rest stay unmatched.",
                             nullptr, int(m_responses.size()))
                              .arg(linked));
    actionButton()->setEnabled(linked > 0 && m_register && !m_register->isReadOnly());
}

bool MatchResponsesDialog::run(QString *error, int *linked)
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
    emit done(tr("%n survey responses matched to organisations.", nullptr, count));
    return true;
}

} // namespace kartoitus
