#include "surveys/applyanswersdialog.h"

#include "commands/journaledcommand.h"
#include "common/namedpart.h"
#include "common/openregister.h"
#include "storage/register.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace kartoitus {

using namespace survey;

ApplyAnswersDialog::ApplyAnswersDialog(OpenRegister *reg, qint64 surveyId, QWidget *parent)
    : ReviewDialog(tr("&Apply"), parent)
    , m_register(reg)
    , m_question(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_preview(namedPart<QTableWidget>("answerPreview", this))
{
    setObjectName(QStringLiteral("applyAnswersDialog"));
    setWindowTitle(tr("Apply Survey Answers"));
    m_questionList = SurveyRepository(reg->database()).questions(surveyId);
    for (const SurveyQuestion &q : std::as_const(m_questionList))
        m_question->addItem(q.text, q.id);
    m_preview->setColumnCount(5);
    m_preview->setHorizontalHeaderLabels(
        {tr("Organisation"), tr("Answer"), tr("Now"), tr("After"), tr("Note")});
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Question:"), m_question);
    form->addRow(tr("&Field:"), m_target);
    addPart(form);
    addPart(m_preview, 1);
    connect(m_question, &QComboBox::currentIndexChanged, this, &ApplyAnswersDialog::fillTargets);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ApplyAnswersDialog::refresh);
    fillTargets();
    resize(820, 560);
}

void ApplyAnswersDialog::fillTargets()
{
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    const SurveyQuestion question = m_questionList.value(m_question->currentIndex());
    for (const QString &target : AnswerApplier::targets()) {
        if (AnswerApplier::fits(question.type, target))
            m_target->addItem(AnswerApplier::targetLabel(target), target);
    }
    refresh();
}

void ApplyAnswersDialog::choose(int question, const QString &target)
{
    m_question->setCurrentIndex(question);
    m_target->setCurrentIndex(m_target->findData(target));
}

// Why a question's answers fill no field: the fields each kind of answer fills, named as
// the catalogue names them.
QString ApplyAnswersDialog::noFieldText() const
{
    QStringList numbers;
    QStringList choices;
    for (const QString &target : AnswerApplier::targets()) {
        const QString label = AnswerApplier::targetLabel(target).toLower();
        if (AnswerApplier::fits(QStringLiteral("number"), target))
            numbers.append(label);
        else
            choices.append(label);
    }
    return tr("The answers to this question cannot fill an organisation field: "
              "numbers fill %1; choices fill %2.")
        .arg(numbers.join(QStringLiteral(", ")), choices.join(QStringLiteral(", ")));
}

void ApplyAnswersDialog::refresh()
{
    m_changes.clear();
    m_preview->setRowCount(0);
    const SurveyQuestion question = m_questionList.value(m_question->currentIndex());
    if (m_target->count() == 0) {
        status()->setText(noFieldText());
        actionButton()->setEnabled(false);
        return;
    }
    QString error;
    if (!AnswerApplier::preview(m_register->database(), question,
                                m_target->currentData().toString(), &m_changes, &error)) {
        status()->setText(error);
        actionButton()->setEnabled(false);
        return;
    }
    m_preview->setRowCount(int(m_changes.size()));
    int changing = 0;
    for (int row = 0; row < m_changes.size(); ++row) {
        const AnswerChange &change = m_changes.at(row);
        auto *name = new QTableWidgetItem(change.organisation);
        name->setFlags(Qt::ItemIsEnabled |
                       (change.changes() ? Qt::ItemIsUserCheckable : Qt::ItemFlag(0)));
        name->setCheckState(change.changes() ? Qt::Checked : Qt::Unchecked);
        m_preview->setItem(row, 0, name);
        const QStringList cells = {change.answer, change.before, change.after,
                                   change.problem.isEmpty() && !change.changes() ? tr("No change")
                                                                                 : change.problem};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setFlags(Qt::ItemIsEnabled);
            m_preview->setItem(row, column + 1, item);
        }
        changing += change.changes() ? 1 : 0;
    }
    m_preview->resizeColumnsToContents();
    status()->setText(tr("%n organisations answered; ", nullptr, int(m_changes.size())) +
                      tr("%n would change. Untick those to leave as they are.", nullptr, changing));
    actionButton()->setEnabled(changing > 0 && !m_register->isReadOnly());
}

bool ApplyAnswersDialog::run(QString *error, int *writtenOut)
{
    QList<qint64> ids;
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        if (m_preview->item(row, 0)->checkState() == Qt::Checked)
            ids.append(m_changes.at(row).organisationId);
    }
    const SurveyQuestion question = m_questionList.value(m_question->currentIndex());
    const QString target = m_target->currentData().toString();
    int written = 0;
    const bool ok = runJournaledTransaction(
        m_register, tr("Apply Answers to %1").arg(AnswerApplier::targetLabel(target)),
        [&](const QSqlDatabase &db, QString *e) {
            return AnswerApplier::apply(db, question, target, ids, &written, e);
        },
        error);
    if (writtenOut)
        *writtenOut = written;
    if (!ok)
        return false;
    emit done(tr("%n organisations updated from the survey.", nullptr, written));
    refresh();
    return true;
}

} // namespace kartoitus
