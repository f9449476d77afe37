#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace kartoitus {

class OpenRegister;
class SurveysView;

// The surveys for the window: the Surveys view (added to the window's views) and File ›
// Import Survey…, which shows that view and opens its import wizard.
class SurveyActions : public QObject
{
    Q_OBJECT

public:
    explicit SurveyActions(QWidget *window);

    SurveysView *view() const { return m_view; }
    QAction *importAction() const { return m_import; }

    void setRegister(OpenRegister *reg);

signals:
    // The window should make the Surveys view current.
    void showRequested();
    void statusMessage(const QString &text);

private:
    SurveysView *m_view;
    QAction *m_import;
};

} // namespace kartoitus
