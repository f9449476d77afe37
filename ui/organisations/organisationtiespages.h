#pragma once

#include "organisations/organisationtrees.h"

#include <QDialog>
#include <QSqlDatabase>

class QTreeWidget;

namespace kartoitus {

struct SurveyResponse;

// The editor's page of the sector networks an organisation belongs to or belonged to:
// network, role, joined, left. Enter or a double click on a membership asks to show that
// network in the Networks view.
class OrganisationNetworksPage : public TitledListPage
{
    Q_OBJECT

public:
    explicit OrganisationNetworksPage(QWidget *parent = nullptr);

signals:
    // Show the network of sector `sectorId` (network `networkId`).
    void networkRequested(int sectorId, qint64 networkId);

protected:
    QString fill(const QSqlDatabase &db, qint64 id, QString *error) override;
};

// The editor's page of the survey responses linked to an organisation, newest survey
// first. Enter or a double click shows the response: each question with the answer.
class OrganisationSurveysPage : public TitledListPage
{
    Q_OBJECT

public:
    explicit OrganisationSurveysPage(QWidget *parent = nullptr);

    // Shows response `responseId` (one of the list) in a dialog over this page.
    QDialog *showResponse(qint64 responseId);

protected:
    QString fill(const QSqlDatabase &db, qint64 id, QString *error) override;
};

// One survey response as the organisation answered it: the survey, who answered and when,
// and every question with its answer. Read only.
class SurveyResponseDialog : public QDialog
{
    Q_OBJECT

public:
    SurveyResponseDialog(const QSqlDatabase &db, const SurveyResponse &response,
                         const QString &surveyTitle, QWidget *parent = nullptr);

    QTreeWidget *answers() const { return m_answers; }

private:
    QTreeWidget *m_answers;
};

} // namespace kartoitus
