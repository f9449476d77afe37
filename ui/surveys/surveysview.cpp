#include "surveys/surveysview.h"

#include "common/namedpart.h"
#include "common/openregister.h"
#include "common/pagelayout.h"
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
    : RegisterPage(parent)
    , m_surveys(namedPart<QComboBox>("surveyChoice", this))
    , m_surveyInfo(new QLabel(this))
    , m_questions(namedPart<QListWidget>("questionList", this))
    , m_breakdown(namedPart<QComboBox>("breakdownChoice", this))
    , m_groups(namedPart<QListWidget>("groupList", this))
    , m_compare(namedPart<QComboBox>("compareChoice", this))
    , m_table(namedPart<QTableView>("resultTable", this))
    , m_model(namedPart<SurveyResultModel>("resultModel", this))
    , m_chart(namedPart<SurveyChart>("resultChart", this))
    , m_status(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Import Survey…"), this))
    , m_applyButton(new QPushButton(tr("&Apply Answers…"), this))
    , m_matchButton(namedPart<QPushButton>("matchResponsesButton", tr("&Match Responses…"), this))
    , m_output(new ReportOutput(this))
{
    setObjectName(QStringLiteral("surveysView"));
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
    m_matchButton->setToolTip(tr("Match the responses an import left unmatched to organisations"));
    connect(m_matchButton, &QPushButton::clicked, this, &SurveysView::matchResponses);
    setRegister(nullptr);
}

SurveysView::~SurveysView() = default;

void SurveysView::buildLayout()
{
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

    auto *top = new QHBoxLayout;
    top->addWidget(buddyLabel(tr("&Survey:"), m_surveys, this));
    top->addWidget(m_surveys, 1);
    top->addWidget(m_surveyInfo, 1);
    top->addWidget(m_matchButton);
    top->addWidget(m_importButton);
    top->addWidget(m_applyButton);

    auto *left = new QWidget(this);
    QVBoxLayout *leftLayout = bareColumn(left);
    leftLayout->addWidget(buddyLabel(tr("&Questions"), m_questions, left));
    leftLayout->addWidget(m_questions, 3);
    auto *choices = new QFormLayout;
    choices->addRow(tr("&Break down:"), m_breakdown);
    choices->addRow(tr("&Compare with:"), m_compare);
    leftLayout->addLayout(choices);
    leftLayout->addWidget(buddyLabel(tr("&Groups shown"), m_groups, left));
    leftLayout->addWidget(m_groups, 2);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_table);
    right->addWidget(m_chart);
    right->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(sideBySide(left, right, {340, 900}, 3, this), 1);
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

void SurveysView::registerChanged(ChangeSet what)
{
    if (what & (RecordKind::Surveys | RecordKind::Organisations))
        reload();
}

void SurveysView::registerSet()
{
    reload();
}

void SurveysView::reload()
{
    const qint64 current = currentSurveyId();
    const int question = m_questions->currentRow();
    const QSignalBlocker blocker(m_surveys);
    m_surveys->clear();
    QList<Survey> surveys;
    if (openRegister())
        surveys = SurveyRepository(openRegister()->database()).surveys();
    for (const Survey &s : std::as_const(surveys))
        m_surveys->addItem(s.year ? QStringLiteral("%1 %2").arg(s.name).arg(*s.year) : s.name,
                           s.id);
    const int index = m_surveys->findData(current);
    m_surveys->setCurrentIndex(index >= 0 ? index : 0);
    const bool writable = isWritable();
    m_importButton->setEnabled(writable);
    m_applyButton->setEnabled(writable && !surveys.isEmpty());
    for (QPushButton *button : std::as_const(m_outputButtons))
        button->setEnabled(!surveys.isEmpty());
    m_status->setText(openRegister() && surveys.isEmpty()
                          ? tr("The register has no surveys yet: import one with Import Survey….")
                          : QString());
    loadQuestions();
    if (index >= 0 && question >= 0)
        selectQuestion(question);
    emit countTextChanged();
}

QString SurveysView::countText() const
{
    return openRegister() ? tr("Surveys: %1").arg(m_surveys->count()) : QString();
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
    if (openRegister() && id > 0) {
        SurveyRepository surveys(openRegister()->database());
        m_questionList = surveys.questions(id);
        for (const SurveyQuestion &q : std::as_const(m_questionList))
            m_questions->addItem(q.text);
        const int responses = surveys.responseCount(id);
        const int unmatched = int(surveys.unmatchedResponses(id).size());
        m_surveyInfo->setText(tr("%n responses", nullptr, responses) + QStringLiteral(", ") +
                              tr("%n not matched to an organisation", nullptr, unmatched));
        m_matchButton->setEnabled(unmatched > 0 && !openRegister()->isReadOnly());
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
    if (by.isEmpty() || !openRegister() || m_questionList.isEmpty())
        return;
    CrossTab table;
    QString error;
    if (!SurveyResults::crossTab(openRegister()->database(), m_questionList.first(), by, &table,
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
    if (!SurveyResults::crossTab(openRegister()->database(), question,
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
    if (!openRegister() || row < 0 || row >= m_questionList.size()) {
        m_model->setSeries({});
        m_chart->showResults(QString(), {}, {});
        return;
    }
    const SurveyQuestion &question = m_questionList.at(row);
    const QSqlDatabase db = openRegister()->database();
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
    if (!isWritable())
        return;
    auto *wizard = new SurveyImportWizard(openRegister(), this);
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
    if (!isWritable() || currentSurveyId() <= 0)
        return;
    auto *dialog = new ApplyAnswersDialog(openRegister(), currentSurveyId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApplyAnswersDialog::done, this, &SurveysView::statusMessage);
    dialog->open();
}

MatchResponsesDialog *SurveysView::matchResponses()
{
    if (!isWritable() || currentSurveyId() <= 0)
        return nullptr;
    auto *dialog = new MatchResponsesDialog(openRegister(), currentSurveyId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MatchResponsesDialog::done, this, &SurveysView::statusMessage);
    dialog->open();
    return dialog;
}

// The summary of the current survey, or nothing (the reason shown).
std::optional<reports::Report> SurveysView::summaryReport()
{
    if (!openRegister() || currentSurveyId() <= 0)
        return std::nullopt;
    reports::Report report;
    QString error;
    if (!SurveySummary::build(openRegister()->database(), currentSurveyId(),
                              reports::ReportLanguage::forLocale(QLocale()), &report, &error)) {
        m_status->setText(error);
        return std::nullopt;
    }
    report.source = QFileInfo(openRegister()->path()).completeBaseName();
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
        m_output->askAndSave(*report, format, openRegister()->path(), m_surveys->currentText(),
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
