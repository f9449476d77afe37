#include "organisations/organisationtiespages.h"

#include "common/daytext.h"
#include "organisations/organisationtrees.h"

#include "repositories/networkrepository.h"
#include "repositories/surveyrepository.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace kartoitus {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int SectorRole = Qt::UserRole + 1;

} // namespace

// --- OrganisationNetworksPage ------------------------------------------------------------

OrganisationNetworksPage::OrganisationNetworksPage(QWidget *parent)
    : TitledListPage({tr("Network"), tr("Role"), tr("Joined"), tr("Left")}, "networkList",
                     tr("Enter or a double click shows the network in the Networks view."), parent)
{
    connect(list(), &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit networkRequested(item->data(0, SectorRole).toInt(),
                              item->data(0, IdRole).toLongLong());
    });
}

QString OrganisationNetworksPage::fill(const QSqlDatabase &db, qint64 id, QString *error)
{
    const NetworkRepository repository(db);
    const auto [memberships, networks] = tiesOf(
        id, [&] { return repository.memberships(id, error); },
        [&] { return repository.list(error); });
    for (const NetworkMember &m : memberships) {
        const Network network = networks.value(m.networkId);
        const QString role =
            m.role == QLatin1String("coordinator") ? tr("Coordinator") : tr("Member");
        auto *item = new QTreeWidgetItem(
            list(), {network.name, role, shownDay(m.joinedOn),
                     m.leftOn.isEmpty() ? tr("still a member") : shownDay(m.leftOn)});
        item->setData(0, IdRole, m.networkId);
        item->setData(0, SectorRole, network.sectorId);
        if (!m.leftOn.isEmpty()) // history, in grey
            for (int c = 0; c < list()->columnCount(); ++c)
                item->setForeground(c, list()->palette().brush(QPalette::Disabled, QPalette::Text));
    }
    return tr("Network memberships (%n):", nullptr, int(memberships.size()));
}

// --- OrganisationSurveysPage -------------------------------------------------------------

OrganisationSurveysPage::OrganisationSurveysPage(QWidget *parent)
    : TitledListPage({tr("Survey"), tr("Year"), tr("Respondent"), tr("Answered")}, "responseList",
                     tr("Enter or a double click shows the answers."), parent)
{
    connect(list(), &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showResponse(item->data(0, IdRole).toLongLong()); });
}

QString OrganisationSurveysPage::fill(const QSqlDatabase &db, qint64 id, QString *error)
{
    const SurveyRepository repository(db);
    const auto [responses, surveys] = tiesOf(
        id, [&] { return repository.responsesOf(id, error); },
        [&] { return repository.surveys(error); });
    for (const SurveyResponse &r : responses) {
        const Survey survey = surveys.value(r.surveyId);
        auto *item = new QTreeWidgetItem(
            list(), {survey.name, survey.year ? QString::number(*survey.year) : QString(),
                     r.respondent, shownDay(r.submittedAt)});
        item->setData(0, IdRole, r.id);
    }
    return tr("Survey responses (%n):", nullptr, int(responses.size()));
}

QDialog *OrganisationSurveysPage::showResponse(qint64 responseId)
{
    QTreeWidgetItem *chosen = nullptr;
    for (int i = 0; i < list()->topLevelItemCount() && !chosen; ++i) {
        if (list()->topLevelItem(i)->data(0, IdRole).toLongLong() == responseId)
            chosen = list()->topLevelItem(i);
    }
    if (!chosen)
        return nullptr;
    const SurveyRepository repository(database());
    std::optional<SurveyResponse> response;
    for (const SurveyResponse &r : repository.responsesOf(organisationId())) {
        if (r.id == responseId)
            response = r;
    }
    if (!response)
        return nullptr;
    const QString survey = chosen->text(1).isEmpty()
                               ? chosen->text(0)
                               : QStringLiteral("%1 %2").arg(chosen->text(0), chosen->text(1));
    auto *dialog = new SurveyResponseDialog(database(), *response, survey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

// --- SurveyResponseDialog ----------------------------------------------------------------

SurveyResponseDialog::SurveyResponseDialog(const QSqlDatabase &db, const SurveyResponse &response,
                                           const QString &surveyTitle, QWidget *parent)
    : QDialog(parent)
    , m_answers(makeList({tr("Question"), tr("Answer")}, this))
{
    setWindowTitle(tr("Survey Response: %1").arg(surveyTitle));
    m_answers->setObjectName(QStringLiteral("answerList"));
    m_answers->setWordWrap(true);
    m_answers->setUniformRowHeights(false);
    const SurveyRepository repository(db);
    QString error;
    QHash<qint64, QString> answerOf;
    for (const SurveyAnswer &answer : repository.answers(response.id, &error))
        answerOf.insert(answer.questionId,
                        QString(answer.value).replace(QLatin1Char('\n'), QStringLiteral(", ")));
    for (const SurveyQuestion &question : repository.questions(response.surveyId, &error)) {
        new QTreeWidgetItem(m_answers,
                            {question.text, answerOf.value(question.id, tr("(no answer)"))});
    }
    m_answers->setColumnWidth(0, 320);
    auto *about = new QLabel(this);
    about->setWordWrap(true);
    QStringList parts;
    if (!response.respondent.isEmpty())
        parts << tr("Answered by %1").arg(response.respondent);
    if (!response.submittedAt.isEmpty())
        parts << tr("on %1").arg(shownDay(response.submittedAt));
    about->setText(error.isEmpty() ? parts.join(u' ') : error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_answers, 1);
    layout->addWidget(buttons);
    resize(640, 480);
}

} // namespace kartoitus
