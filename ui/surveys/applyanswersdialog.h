#pragma once

#include "common/reviewdialog.h"
#include "repositories/surveyrepository.h"
#include "survey/answerapplier.h"

#include <QPointer>

class QComboBox;
class QTableWidget;

namespace kartoitus {

class OpenRegister;

// Survey › Apply Answers…: a question's answers into an organisation field (the catalogue's
// counts, sectors, municipalities served). The preview lists every answering
// organisation with the value before and after; the ticked ones are written in one
// transaction, one undo step.
class ApplyAnswersDialog : public ReviewDialog
{
    Q_OBJECT

public:
    ApplyAnswersDialog(OpenRegister *reg, qint64 surveyId, QWidget *parent = nullptr);

    // For tests: the question by its position and the field.
    void choose(int question, const QString &target); // target: a catalogue key
    QList<survey::AnswerChange> changes() const { return m_changes; }
    // Writes the ticked rows.
    bool run(QString *error, int *written = nullptr) override;

private:
    void fillTargets();
    void refresh();
    QString noFieldText() const;

    QPointer<OpenRegister> m_register;
    QList<SurveyQuestion> m_questionList;
    QList<survey::AnswerChange> m_changes;
    QComboBox *m_question;
    QComboBox *m_target;
    QTableWidget *m_preview;
};

} // namespace kartoitus
