#include "surveys/surveyimportwizard.h"

#include "surveys/respondentchoice.h"

#include "commands/journaledcommand.h"
#include "common/filechooser.h"
#include "common/openregister.h"
#include "repositories/organisationrepository.h"
#include "storage/register.h"
#include "survey/surveyimport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kartoitus {

using namespace survey;

SurveyImportWizard::SurveyImportWizard(OpenRegister *reg, QWidget *parent)
    : QWizard(parent)
    , m_register(reg)
    , m_path(new FileChooser(FileChooser::Mode::Open, this))
    , m_name(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_tool(new QLineEdit(this))
    , m_fileStatus(new QLabel(this))
    , m_questions(new QTableWidget(this))
    , m_review(new RespondentTable(tr("Line"), this))
    , m_onlyOpen(new QCheckBox(tr("Show only responses that need a decision"), this))
    , m_confirmation(new QLabel(this))
{
    setObjectName(QStringLiteral("surveyImportWizard"));
    setWindowTitle(tr("Import Survey"));
    setWizardStyle(QWizard::ClassicStyle);
    setPage(FilePage, createFilePage());
    setPage(QuestionsPage, createQuestionsPage());
    setPage(MatchingPage, createMatchingPage());
    setPage(ConfirmPage, createConfirmPage());
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(900, 620);
}

QWizardPage *SurveyImportWizard::newPage(const QString &title, const QString &subTitle,
                                         const QList<QWidget *> &parts)
{
    auto *page = new QWizardPage(this);
    page->setTitle(title);
    page->setSubTitle(subTitle);
    if (!parts.isEmpty()) {
        auto *layout = new QVBoxLayout(page);
        for (QWidget *part : parts)
            layout->addWidget(part);
    }
    return page;
}

QWizardPage *SurveyImportWizard::createFilePage()
{
    QWizardPage *page =
        newPage(tr("Survey File"), tr("A Webropol, Microsoft Forms or Google Forms export (CSV, "
                                      "XLSX or ODS): one response per row, the questions as "
                                      "headers."));
    m_path->setDialogTitle(tr("Survey File"));
    m_path->setNameFilter(tr("Survey exports (*.csv *.txt *.xlsx *.ods)"));
    connect(m_path, &FileChooser::chosen, this, &SurveyImportWizard::setFile);
    m_year->setRange(1990, 2200);
    m_year->setValue(QDate::currentDate().year());
    m_tool->setPlaceholderText(QStringLiteral("Webropol"));
    m_path->lineEdit()->setObjectName(QStringLiteral("surveyPath"));
    m_name->setObjectName(QStringLiteral("surveyName"));
    m_year->setObjectName(QStringLiteral("surveyYear"));
    m_fileStatus->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&File:"), m_path);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Collected with:"), m_tool);
    form->addRow(m_fileStatus);
    return page;
}

QWizardPage *SurveyImportWizard::createQuestionsPage()
{
    m_questions->setObjectName(QStringLiteral("questionTable"));
    m_questions->setColumnCount(4);
    m_questions->setHorizontalHeaderLabels(
        {tr("Import"), tr("Question"), tr("Type"), tr("Options")});
    m_questions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_questions->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_questions->verticalHeader()->hide();
    connect(m_questions, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 0 && item->row() < m_plan.questions.size())
            m_plan.questions[item->row()].include = item->checkState() == Qt::Checked;
    });
    return newPage(tr("Questions"),
                   tr("Each column became a question; options given one column each became "
                      "one multiple-choice question. Correct a type or leave a question "
                      "out: its cells stay in the raw rows."),
                   {m_questions});
}

QWizardPage *SurveyImportWizard::createMatchingPage()
{
    m_review->setObjectName(QStringLiteral("reviewTable"));
    connect(m_onlyOpen, &QCheckBox::toggled, this, [this](bool only) {
        for (int row = 0; row < m_review->rowCount(); ++row)
            m_review->setRowHidden(row, only && m_matches.value(row).organisationId.has_value());
    });
    return newPage(tr("Respondents"),
                   tr("Responses are matched by business ID, email or the organisation's "
                      "name. A similar name is only a suggestion: choose the organisation, "
                      "create it, or leave the response unmatched to match it later."),
                   {m_onlyOpen, m_review});
}

QWizardPage *SurveyImportWizard::createConfirmPage()
{
    m_confirmation->setWordWrap(true);
    m_confirmation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return newPage(tr("Import"), QString(), {m_confirmation});
}

void SurveyImportWizard::setFile(const QString &path)
{
    m_path->setPath(path);
    if (m_name->text().isEmpty())
        m_name->setText(QFileInfo(path).completeBaseName());
}

void SurveyImportWizard::setSurvey(const QString &name, int year, const QString &tool)
{
    m_name->setText(name);
    m_year->setValue(year);
    m_tool->setText(tool);
}

bool SurveyImportWizard::readFile(QString *error)
{
    if (m_readPath == m_path->path() && !m_plan.rows.isEmpty())
        return true;
    if (!SurveyImport::read(m_path->path(), spreadsheet::SourceOptions(), &m_plan, error))
        return false;
    m_readPath = m_path->path();
    if (!m_matcher.load(m_register->database(), error))
        return false;
    m_matches = SurveyImport::match(m_plan, m_matcher);
    fillQuestions();
    fillMatches();
    return true;
}

bool SurveyImportWizard::validateCurrentPage()
{
    if (currentId() != FilePage)
        return true;
    QString error;
    if (m_name->text().trimmed().isEmpty())
        error = tr("Give the survey a name.");
    else if (!m_register)
        error = tr("No register is open.");
    else
        readFile(&error);
    m_fileStatus->setText(error);
    return error.isEmpty();
}

void SurveyImportWizard::initializePage(int id)
{
    if (id == ConfirmPage)
        updateConfirmation();
    QWizard::initializePage(id);
}

void SurveyImportWizard::fillQuestions()
{
    const QSignalBlocker blocker(m_questions);
    m_questions->setRowCount(int(m_plan.questions.size()));
    for (int row = 0; row < m_plan.questions.size(); ++row) {
        const PlannedQuestion &q = m_plan.questions.at(row);
        auto *include = new QTableWidgetItem;
        include->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        include->setCheckState(q.include ? Qt::Checked : Qt::Unchecked);
        m_questions->setItem(row, 0, include);
        auto *text = new QTableWidgetItem(q.text);
        text->setFlags(Qt::ItemIsEnabled);
        m_questions->setItem(row, 1, text);
        auto *type = new QComboBox(m_questions);
        for (QuestionType each : QuestionTypes::all())
            type->addItem(QuestionTypes::label(each), int(each));
        type->setCurrentIndex(type->findData(int(q.type)));
        // One column per option is a multiple choice whatever it is called.
        type->setEnabled(!q.optionColumns);
        connect(type, &QComboBox::currentIndexChanged, this, [this, row, type] {
            setQuestionType(row, QuestionType(type->currentData().toInt()));
        });
        m_questions->setCellWidget(row, 2, type);
        auto *options = new QTableWidgetItem(q.options.join(QStringLiteral(", ")));
        options->setFlags(Qt::ItemIsEnabled);
        m_questions->setItem(row, 3, options);
    }
}

void SurveyImportWizard::setQuestionType(int question, QuestionType type)
{
    SurveyPlanner::setType(&m_plan, question, type);
    if (auto *item = m_questions->item(question, 3))
        item->setText(m_plan.questions.at(question).options.join(QStringLiteral(", ")));
    if (auto *box = qobject_cast<QComboBox *>(m_questions->cellWidget(question, 2))) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(box->findData(int(m_plan.questions.at(question).type)));
    }
}

void SurveyImportWizard::setQuestionIncluded(int question, bool include)
{
    if (auto *item = m_questions->item(question, 0))
        item->setCheckState(include ? Qt::Checked : Qt::Unchecked);
}

QComboBox *SurveyImportWizard::choiceBox(int row) const
{
    return m_review->choiceBox(row);
}

void SurveyImportWizard::fillMatches()
{
    m_review->setRowCount(int(m_plan.rows.size()));
    for (int row = 0; row < m_plan.rows.size(); ++row) {
        m_review->setResponse(row, QString::number(m_plan.lines.value(row)),
                              SurveyImport::respondent(m_plan, row), m_matches.at(row), m_matcher);
    }
    m_onlyOpen->setChecked(true);
}

void SurveyImportWizard::updateConfirmation()
{
    int matched = 0, created = 0, unmatched = 0;
    for (int row = 0; row < m_review->rowCount(); ++row) {
        const qint64 choice = choiceBox(row)->currentData().toLongLong();
        ++(choice > 0 ? matched : choice == RespondentChoice::Create ? created : unmatched);
    }
    int questions = 0;
    for (const PlannedQuestion &q : std::as_const(m_plan.questions))
        questions += q.include ? 1 : 0;
    m_confirmation->setText(
        tr("Import \"%1\" %2: %n responses", nullptr, int(m_plan.rows.size()))
            .arg(m_name->text().simplified())
            .arg(m_year->value()) +
        QStringLiteral("\n") + tr("%n questions", nullptr, questions) + QStringLiteral("\n") +
        tr("%n matched to organisations", nullptr, matched) + QStringLiteral("\n") +
        tr("%n new organisations", nullptr, created) + QStringLiteral("\n") +
        tr("%n left unmatched (they can be matched later)", nullptr, unmatched) +
        QStringLiteral("\n\n") + tr("The import is one step: Edit › Undo takes it back."));
}

bool SurveyImportWizard::importNow(QString *error)
{
    if (!m_register || m_register->isReadOnly()) {
        *error = tr("The register is read-only.");
        return false;
    }
    if (m_plan.rows.isEmpty() && !readFile(error))
        return false;
    Survey survey;
    survey.name = m_name->text().simplified();
    survey.year = m_year->value();
    survey.source = m_tool->text().simplified();
    QList<RespondentMatch> matches = m_matches;
    SurveyImportResult result;
    const bool ok = runJournaledTransaction(
        m_register, tr("Import of Survey \"%1\"").arg(survey.name),
        [&](const QSqlDatabase &db, QString *e) {
            for (int row = 0; row < matches.size(); ++row) {
                if (!RespondentChoice::resolve(db, choiceBox(row),
                                               SurveyImport::respondent(m_plan, row),
                                               m_matches.at(row), &matches[row], e))
                    return false;
            }
            return SurveyImport::write(db, m_plan, survey, matches, &result, e);
        },
        error);
    if (!ok)
        return false;
    emit imported(result.surveyId, tr("Imported \"%1\": %2 responses, %3 matched, %4 unmatched.")
                                       .arg(survey.name)
                                       .arg(result.responses)
                                       .arg(result.matched)
                                       .arg(result.unmatched));
    return true;
}

void SurveyImportWizard::accept()
{
    QString error;
    if (!importNow(&error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QWizard::accept();
}

} // namespace kartoitus
