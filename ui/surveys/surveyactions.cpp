#include "surveys/surveyactions.h"

#include "common/namedpart.h"
#include "common/openregister.h"
#include "surveys/surveysview.h"

#include <QAction>

namespace kartoitus {

SurveyActions::SurveyActions(QWidget *window)
    : QObject(window)
    , m_view(new SurveysView(window))
    , m_import(namedPart<QAction>("importSurveyAction", tr("Import Sur&vey…"), this))
{
    m_import->setStatusTip(
        tr("Import a Webropol, Microsoft Forms or Google Forms export of a survey"));
    m_import->setEnabled(false);
    connect(m_import, &QAction::triggered, this, [this] {
        emit showRequested();
        m_view->importSurvey();
    });
    connect(m_view, &SurveysView::statusMessage, this, &SurveyActions::statusMessage);
}

void SurveyActions::setRegister(OpenRegister *reg)
{
    m_view->setRegister(reg);
    m_import->setEnabled(reg != nullptr && !reg->isReadOnly());
}

} // namespace kartoitus
