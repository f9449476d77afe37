#include "networks/municipalitiesview.h"

#include "common/openregister.h"
#include "common/reportoutput.h"
#include "reports/networkrosters.h"
#include "reports/reportlanguage.h"
#include "reports/reportmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace kartoitus {

MunicipalitiesView::MunicipalitiesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new reports::ReportModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_output(new ReportOutput(this))
{
    setObjectName(QStringLiteral("municipalitiesView"));
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("municipalityTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    const auto addButton = [this, buttons](const QString &text, const std::function<void()> &run) {
        auto *button = new QPushButton(text, this);
        connect(button, &QPushButton::clicked, this, run);
        buttons->addWidget(button);
        m_buttons.append(button);
    };
    addButton(tr("Print Pre&view…"), [this] { m_output->printPreview(m_model->report()); });
    addButton(tr("Save as &PDF…"), [this] { save(QStringLiteral("pdf")); });
    addButton(tr("Save as &CSV…"), [this] { save(QStringLiteral("csv-excel")); });
    addButton(tr("Save as &XLSX…"), [this] { save(QStringLiteral("xlsx")); });
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_output, &ReportOutput::savingStarted, this, [this] {
        for (QPushButton *button : std::as_const(m_buttons))
            button->setEnabled(false);
    });
    connect(m_output, &ReportOutput::savingFinished, this, [this] {
        for (QPushButton *button : std::as_const(m_buttons))
            button->setEnabled(m_register);
        emit statusMessage(m_status->text());
    });
    connect(m_output, &ReportOutput::statusChanged, m_status, &QLabel::setText);
    setRegister(nullptr);
}

void MunicipalitiesView::setRegister(OpenRegister *reg)
{
    if (m_register)
        disconnect(m_register, nullptr, this, nullptr);
    m_register = reg;
    if (m_register) {
        connect(m_register, &OpenRegister::changed, this, [this](ChangeSet what) {
            if (what & (RecordKind::Persons | RecordKind::ReferenceData))
                reload();
        });
        connect(m_register, &QObject::destroyed, this, [this] { setRegister(nullptr); });
    }
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(m_register);
    reload();
}

void MunicipalitiesView::reload()
{
    reports::Report report;
    if (m_register) {
        QString error;
        if (!reports::NetworkRosters::liaisonPersons(
                m_register->database(), reports::ReportLanguage::forLocale(QLocale()),
                QFileInfo(m_register->path()).completeBaseName(), &report, &error))
            m_status->setText(error);
    }
    m_model->setReport(report);
    m_summary->setText(report.filters.join(QLatin1Char('\n')));
    m_view->resizeColumnsToContents();
}

void MunicipalitiesView::save(const QString &format)
{
    if (!m_register)
        return;
    m_output->askAndSave(m_model->report(), format, m_register->path(), tr("liaison-persons"));
}

} // namespace kartoitus
