#pragma once

#include "repositories/surveyrepository.h"
#include "survey/answerapplier.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace kartoitus {

class OpenRegister;

// Survey › Apply Answers…: a question's answers into an organisation field (the catalogue's
// counts, sectors, municipalities served). The preview lists every answering
// organisation with the value before and after; the ticked ones are written in one
// transaction, one undo step.
class ApplyAnswersDialog : public QDialog
{
    Q_OBJECT

public:
    ApplyAnswersDialog(OpenRegister *reg, qint64 surveyId, QWidget *parent = nullptr);

    // For tests: the question by its position and the field.
    void choose(int question, const QString &target); // target: a catalogue key
    QTableWidget *previewTable() const { return m_preview; }
    QList<survey::AnswerChange> changes() const { return m_changes; }
    // Writes the ticked rows; false and *error when nothing could be written.
    bool applyNow(QString *error, int *written = nullptr);

signals:
    void applied(const QString &message);

private:
    void fillTargets();
    void refresh();

    QPointer<OpenRegister> m_register;
    QList<SurveyQuestion> m_questionList;
    QList<survey::AnswerChange> m_changes;
    QComboBox *m_question;
    QComboBox *m_target;
    QTableWidget *m_preview;
    QLabel *m_status;
    QPushButton *m_apply;
};

} // namespace kartoitus
