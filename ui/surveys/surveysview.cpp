#include "surveys/surveysview.h"

#include "common/openregister.h"
#include "common/reportoutput.h"
#include "reports/reportlanguage.h"
#include "survey/surveysummary.h"
#include "surveys/applyanswersdialog.h"
#include "surveys/matchresponsesdialog.h"
#include "surveys/surveychart.h"
#include "surveys/surveyimportwizard.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kartoitus {

using namespace survey;

SurveysView::SurveysView(QWidget *parent)
    : ViewPage(parent)
    , m_surveys(new QComboBox(this))
    , m_surveyInfo(new QLabel(this))
    , m_questions(new QListWidget(this))
    , m_breakdown(new QComboBox(this))
    , m_groups(new QListWidget(this))
    , m_compare(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_model(new SurveyResultModel(this))
    , m_chart(new SurveyChart(this))
    , m_status(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Import Survey…"), this))
    , m_applyButton(new QPushButton(tr("&Apply Answers…"), this))
    , m_matchButton(new QPushButton(tr("&Match Responses…"), this))
    , m_output(new ReportOutput(this))
{
    setObjectName(QStringLiteral("surveysView"));
    m_surveys->setObjectName(QStringLiteral("surveyChoice"));
    m_questions->setObjectName(QStringLiteral("questionList"));
    m_breakdown->setObjectName(QStringLiteral("breakdownChoice"));
    m_groups->setObjectName(QStringLiteral("groupList"));
    m_compare->setObjectName(QStringLiteral("compareChoice"));
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_chart->setObjectName(QStringLiteral("resultChart"));
    m_breakdown->addItem(tr("All responses"), QString());
    m_breakdown->addItem(tr("By sector"), QStringLiteral("sectors"));
    m_breakdown->addItem(tr("By municipality"), QStringLiteral("municipality"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status->setWordWrap(true);
    m_questions->setWordWrap(true);
    m_questions->setTextElideMode(Qt::ElideNone);
    buildLayout();
    connect(m_surveys, &QComboBox::currentIndexChanged, this, &SurveysView::loadQuestions);
    connect(m_questions, &QListWidget::currentRowChanged, this, &SurveysView::showQuestion);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, [this] {
        loadGroups();
        showQuestion();
    });
    connect(m_groups, &QListWidget::itemChanged, this, &SurveysView::showQuestion);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &SurveysView::showQuestion);
    connect(m_importButton, &QPushButton::clicked, this, &SurveysView::importSurvey);
    connect(m_applyButton, &QPushButton::clicked, this, &SurveysView::applyAnswers);
    connect(m_output, &ReportOutput::statusChanged, m_status, &QLabel::setText);
    connect(m_output, &ReportOutput::savingStarted, this, [this] {
        for (QPushButton *button : std::as_const(m_outputButtons))
            button->setEnabled(false);
    });
    connect(m_output, &ReportOutput::savingFinished, this,
            [this](bool ok, const QString &path, const QString &error) {
                for (QPushButton *button : std::as_const(m_outputButtons))
                    button->setEnabled(true);
                emit savingFinished(ok, path, error);
            });
    m_matchButton->setObjectName(QStringLiteral("matchResponsesButton"));
    m_matchButton->setToolTip(tr("Match the responses an import left unmatched to organisations"));
    connect(m_matchButton, &QPushButton::clicked, this, &SurveysView::matchResponses);
    setRegister(nullptr);
}

SurveysView::~SurveysView() = default;

void SurveysView::buildLayout()
{
    auto *top = new QHBoxLayout;
    auto *surveyLabel = new QLabel(tr("&Survey:"), this);
    surveyLabel->setBuddy(m_surveys);
    top->addWidget(surveyLabel);
    top->addWidget(m_surveys, 1);
    top->addWidget(m_surveyInfo, 1);
    top->addWidget(m_matchButton);
    top->addWidget(m_importButton);
    top->addWidget(m_applyButton);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *questionsLabel = new QLabel(tr("&Questions"), left);
    questionsLabel->setBuddy(m_questions);
    leftLayout->addWidget(questionsLabel);
    leftLayout->addWidget(m_questions, 3);
    auto *choices = new QFormLayout;
    choices->addRow(tr("&Break down:"), m_breakdown);
    choices->addRow(tr("&Compare with:"), m_compare);
    leftLayout->addLayout(choices);
    auto *groupsLabel = new QLabel(tr("&Groups shown"), left);
    groupsLabel->setBuddy(m_groups);
    leftLayout->addWidget(groupsLabel);
    leftLayout->addWidget(m_groups, 2);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_table);
    right->addWidget(m_chart);
    right->setStretchFactor(1, 2);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setSizes({340, 900});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(buildOutputButtons());
}

QWidget *SurveysView::buildOutputButtons()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    m_outputButtons = ReportOutput::makeButtons(
        row, [this] { printPreview(); }, [this](const QString &format) { askAndSave(format); });
    for (QPushButton *button : std::as_const(m_outputButtons))
        layout->addWidget(button);
    return row;
}

void SurveysView::setRegister(OpenRegister *reg)
{
    if (m_register)
        disconnect(m_register, nullptr, this, nullptr);
    m_register = reg;
    if (reg) {
        connect(reg, &OpenRegister::changed, this, [this](ChangeSet what) {
            if (what & (RecordKind::Surveys | RecordKind::Organisations))
                reload();
        });
    }
    reload();
}

void SurveysView::reload()
{
    const qint64 current = currentSurveyId();
    const int question = m_questions->currentRow();
    const QSignalBlocker blocker(m_surveys);
    m_surveys->clear();
    QList<Survey> surveys;
    if (m_register)
        surveys = SurveyRepository(m_register->database()).surveys();
    for (const Survey &s : std::as_const(surveys))
        m_surveys->addItem(s.year ? QStringLiteral("%1 %2").arg(s.name).arg(*s.year) : s.name,
                           s.id);
    const int index = m_surveys->findData(current);
    m_surveys->setCurrentIndex(index >= 0 ? index : 0);
    const bool writable = m_register && !m_register->isReadOnly();
    m_importButton->setEnabled(writable);
    m_applyButton->setEnabled(writable && !surveys.isEmpty());
    for (QPushButton *button : std::as_const(m_outputButtons))
        button->setEnabled(!surveys.isEmpty());
    m_status->setText(m_register && surveys.isEmpty()
                          ? tr("The register has no surveys yet: import one with Import Survey….")
                          : QString());
    loadQuestions();
    if (index >= 0 && question >= 0)
        selectQuestion(question);
    emit countTextChanged();
}

QString SurveysView::countText() const
{
    return m_register ? tr("Surveys: %1").arg(m_surveys->count()) : QString();
}

qint64 SurveysView::currentSurveyId() const
{
    return m_surveys->currentData().toLongLong();
}

bool SurveysView::selectSurvey(qint64 surveyId)
{
    const int index = m_surveys->findData(surveyId);
    if (index < 0)
        return false;
    m_surveys->setCurrentIndex(index);
    return true;
}

void SurveysView::selectQuestion(int index)
{
    m_questions->setCurrentRow(index);
}

void SurveysView::setBreakdown(const QString &by)
{
    m_breakdown->setCurrentIndex(qMax(0, m_breakdown->findData(by)));
}

void SurveysView::setGroups(const QStringList &groups)
{
    const QSignalBlocker blocker(m_groups);
    for (int i = 0; i < m_groups->count(); ++i)
        m_groups->item(i)->setCheckState(
            groups.contains(m_groups->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    showQuestion();
}

QStringList SurveysView::groups() const
{
    QStringList list;
    for (int i = 0; i < m_groups->count(); ++i)
        list.append(m_groups->item(i)->text());
    return list;
}

void SurveysView::setComparison(qint64 otherSurveyId)
{
    m_compare->setCurrentIndex(qMax(0, m_compare->findData(otherSurveyId)));
}

void SurveysView::loadQuestions()
{
    const QSignalBlocker blocker(m_questions);
    const QSignalBlocker compareBlocker(m_compare);
    m_questions->clear();
    m_questionList.clear();
    m_compare->clear();
    m_compare->addItem(tr("(no comparison)"), qint64(0));
    const qint64 id = currentSurveyId();
    if (m_register && id > 0) {
        SurveyRepository surveys(m_register->database());
        m_questionList = surveys.questions(id);
        for (const SurveyQuestion &q : std::as_const(m_questionList))
            m_questions->addItem(q.text);
        const int responses = surveys.responseCount(id);
        const int unmatched = int(surveys.unmatchedResponses(id).size());
        m_surveyInfo->setText(tr("%n responses", nullptr, responses) + QStringLiteral(", ") +
                              tr("%n not matched to an organisation", nullptr, unmatched));
        m_matchButton->setEnabled(unmatched > 0 && !m_register->isReadOnly());
        for (const Survey &s : surveys.surveys()) {
            if (s.id != id)
                m_compare->addItem(
                    s.year ? QStringLiteral("%1 %2").arg(s.name).arg(*s.year) : s.name, s.id);
        }
    } else {
        m_surveyInfo->clear();
        m_matchButton->setEnabled(false);
    }
    m_compare->setEnabled(m_compare->count() > 1);
    loadGroups();
    if (!m_questionList.isEmpty())
        m_questions->setCurrentRow(0);
    showQuestion();
}

void SurveysView::loadGroups()
{
    const QSignalBlocker blocker(m_groups);
    const QStringList wasChecked = [&] {
        QStringList checked;
        for (int i = 0; i < m_groups->count(); ++i) {
            if (m_groups->item(i)->checkState() == Qt::Checked)
                checked.append(m_groups->item(i)->text());
        }
        return checked;
    }();
    m_groups->clear();
    const QString by = m_breakdown->currentData().toString();
    m_groups->setEnabled(!by.isEmpty());
    if (by.isEmpty() || !m_register || m_questionList.isEmpty())
        return;
    CrossTab table;
    QString error;
    if (!SurveyResults::crossTab(m_register->database(), m_questionList.first(), by, &table,
                                 &error))
        return;
    // The two largest groups are ticked at first: two to compare, the rest a tick away.
    QList<int> bySize;
    for (int i = 0; i < table.groups.size(); ++i)
        bySize.append(i);
    // Responses without an organisation are no group to compare: they come last.
    const auto size = [&](int i) {
        return table.groups.at(i) == SurveyResults::notMatchedGroup()
                   ? -1
                   : table.results.at(i).answered;
    };
    std::stable_sort(bySize.begin(), bySize.end(), [&](int a, int b) { return size(a) > size(b); });
    for (int i = 0; i < table.groups.size(); ++i) {
        auto *item = new QListWidgetItem(table.groups.at(i), m_groups);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool checked =
            wasChecked.isEmpty() ? bySize.indexOf(i) < 2 : wasChecked.contains(table.groups.at(i));
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QList<ResultSeries> SurveysView::breakdownSeries(const SurveyQuestion &question, QString *error)
{
    CrossTab table;
    if (!SurveyResults::crossTab(m_register->database(), question,
                                 m_breakdown->currentData().toString(), &table, error))
        return {};
    QList<ResultSeries> series;
    for (int i = 0; i < m_groups->count(); ++i) {
        if (m_groups->item(i)->checkState() != Qt::Checked)
            continue;
        const int at = int(table.groups.indexOf(m_groups->item(i)->text()));
        if (at >= 0)
            series.append({table.groups.at(at), table.results.at(at)});
    }
    return series;
}

void SurveysView::showQuestion()
{
    const int row = m_questions->currentRow();
    if (!m_register || row < 0 || row >= m_questionList.size()) {
        m_model->setSeries({});
        m_chart->showResults(QString(), {}, {});
        return;
    }
    const SurveyQuestion &question = m_questionList.at(row);
    const QSqlDatabase db = m_register->database();
    QString error;
    QList<ResultSeries> series;
    QStringList options;
    const qint64 other = m_compare->currentData().toLongLong();
    if (other > 0) {
        const auto counterpart =
            SurveyResults::counterpart(question, SurveyRepository(db).questions(other));
        if (!counterpart) {
            m_status->setText(
                tr("%1 has no question like this one.").arg(m_compare->currentText()));
        } else {
            Comparison comparison;
            if (SurveyResults::compare(db, question, *counterpart, &comparison, &error)) {
                series = {{m_surveys->currentText(), comparison.first},
                          {m_compare->currentText(), comparison.second}};
                options = comparison.options;
            }
        }
    } else if (!m_breakdown->currentData().toString().isEmpty()) {
        series = breakdownSeries(question, &error);
        for (const ResultSeries &s : std::as_const(series)) {
            for (const OptionCount &count : s.result.counts) {
                if (!options.contains(count.option))
                    options.append(count.option);
            }
        }
    } else {
        series = {{m_surveys->currentText(),
                   SurveyResults::compute(question, SurveyRepository(db).answersTo(question.id))}};
    }
    if (!error.isEmpty())
        m_status->setText(error);
    m_model->setSeries(series, options);
    m_chart->showResults(question.text, series, m_model->options());
}

void SurveysView::importSurvey()
{
    if (!m_register || m_register->isReadOnly())
        return;
    auto *wizard = new SurveyImportWizard(m_register, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SurveyImportWizard::imported, this, [this](qint64 id, const QString &text) {
        reload();
        selectSurvey(id);
        emit statusMessage(text);
    });
    wizard->open();
}

void SurveysView::applyAnswers()
{
    if (!m_register || m_register->isReadOnly() || currentSurveyId() <= 0)
        return;
    auto *dialog = new ApplyAnswersDialog(m_register, currentSurveyId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApplyAnswersDialog::applied, this, &SurveysView::statusMessage);
    dialog->open();
}

MatchResponsesDialog *SurveysView::matchResponses()
{
    if (!m_register || m_register->isReadOnly() || currentSurveyId() <= 0)
        return nullptr;
    auto *dialog = new MatchResponsesDialog(m_register, currentSurveyId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MatchResponsesDialog::saved, this, &SurveysView::statusMessage);
    dialog->open();
    return dialog;
}

// The summary of the current survey, or nothing (the reason shown).
std::optional<reports::Report> SurveysView::summaryReport()
{
    if (!m_register || currentSurveyId() <= 0)
        return std::nullopt;
    reports::Report report;
    QString error;
    if (!SurveySummary::build(m_register->database(), currentSurveyId(),
                              reports::ReportLanguage::forLocale(QLocale()), &report, &error)) {
        m_status->setText(error);
        return std::nullopt;
    }
    report.source = QFileInfo(m_register->path()).completeBaseName();
    return report;
}

QPrintPreviewDialog *SurveysView::printPreview()
{
    const std::optional<reports::Report> report = summaryReport();
    return report ? m_output->printPreview(*report) : nullptr;
}

void SurveysView::askAndSave(const QString &format)
{
    if (const std::optional<reports::Report> report = summaryReport())
        m_output->askAndSave(*report, format, m_register->path(), m_surveys->currentText(),
                             tr("Save the Summary"));
}

void SurveysView::saveSummary(const QString &path, const QString &format)
{
    const std::optional<reports::Report> report = summaryReport();
    if (!report) {
        emit savingFinished(false, path, m_status->text());
        return;
    }
    m_output->saveTo(*report, path, format);
}

} // namespace kartoitus
