#include "reports/healthstationdialog.h"

#include "commands/journaledcommand.h"
#include "common/openregister.h"
#include "common/pagelayout.h"
#include "common/reportoutput.h"
#include "reports/healthstationfilterpanel.h"
#include "reports/reportlanguage.h"
#include "reports/reportmodel.h"
#include "repositories/savedlistrepository.h"
#include "storage/register.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kartoitus {

namespace {

const QString Kind = QStringLiteral("health-station");

} // namespace

HealthStationDialog::HealthStationDialog(OpenRegister *reg, QWidget *parent)
    : QDialog(parent)
    , m_register(reg)
    , m_language(reports::ReportLanguage::forLocale(QLocale()))
    , m_panel(new HealthStationFilterPanel(this))
    , m_saved(new QListWidget(this))
    , m_table(new QTableView(this))
    , m_model(new reports::ReportModel(this))
    , m_count(new QLabel(this))
    , m_status(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
    , m_output(new ReportOutput(this))
{
    setWindowTitle(tr("Health-Station List"));
    setObjectName(QStringLiteral("healthStationDialog"));
    m_panel->setObjectName(QStringLiteral("filters"));
    buildLayout();
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &HealthStationDialog::refresh);
    connect(m_panel, &HealthStationFilterPanel::changed, this, [this] {
        m_listName.clear();
        m_saved->clearSelection();
        m_refreshTimer->start();
    });
    connect(m_saved, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { runSavedList(item->text()); });
    if (m_register) {
        m_panel->load(m_register->database(), m_language);
        connect(m_register, &OpenRegister::changed, this, [this](ChangeSet what) {
            if (what & RecordKind::ReferenceData) {
                m_panel->load(m_register->database(), m_language);
                reloadSavedLists();
            }
            m_refreshTimer->start();
        });
    }
    connect(m_output, &ReportOutput::statusChanged, m_status, &QLabel::setText);
    connect(m_output, &ReportOutput::savingStarted, this, [this] { setBusy(true); });
    connect(m_output, &ReportOutput::savingFinished, this,
            [this](bool ok, const QString &path, const QString &error) {
                setBusy(false);
                emit savingFinished(ok, path, error);
            });
    reloadSavedLists();
    refresh();
    resize(1100, 720);
}

HealthStationDialog::~HealthStationDialog() = default;

const reports::Report &HealthStationDialog::report() const
{
    return m_model->report();
}

void HealthStationDialog::buildLayout()
{
    auto *savedBox = new QGroupBox(tr("Saved lists"), this);
    auto *savedLayout = new QVBoxLayout(savedBox);
    m_saved->setObjectName(QStringLiteral("savedLists"));
    m_saved->setToolTip(tr("Click a saved list to run it against the register as it is today."));
    m_saved->setMaximumHeight(m_saved->fontMetrics().height() * 7);
    savedLayout->addWidget(m_saved);
    auto *savedButtons = new QHBoxLayout;
    auto *save = new QPushButton(tr("&Save List…"), savedBox);
    save->setObjectName(QStringLiteral("saveList"));
    auto *remove = new QPushButton(tr("&Delete"), savedBox);
    remove->setObjectName(QStringLiteral("deleteList"));
    const bool writable = m_register && !m_register->isReadOnly();
    save->setEnabled(writable);
    remove->setEnabled(writable);
    connect(save, &QPushButton::clicked, this, &HealthStationDialog::askListName);
    connect(remove, &QPushButton::clicked, this, &HealthStationDialog::deleteSavedList);
    savedButtons->addWidget(save);
    savedButtons->addWidget(remove);
    savedLayout->addLayout(savedButtons);

    QWidget *left = partsBox(Qt::Vertical, {{savedBox}, {m_panel, 1}}, this);
    QScrollArea *scroll = scrollingPanel(left, this);

    m_table->setObjectName(QStringLiteral("activities"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultSectionSize(170);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_count->setObjectName(QStringLiteral("count"));
    QWidget *right = partsBox(Qt::Vertical, {{m_count}, {m_table, 1}}, this);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 800});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_outputButtons = ReportOutput::makeButtons(
        this, [this] { printPreview(); }, [this](const QString &format) { askAndSave(format); });
    for (QPushButton *button : std::as_const(m_outputButtons))
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_status->setObjectName(QStringLiteral("status"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

void HealthStationDialog::refresh()
{
    if (!m_register)
        return;
    reports::HealthStationOptions options = m_panel->options();
    options.language = m_language;
    options.name = m_listName;
    // A list nobody would pin on a wall is not built while the user chooses: in a
    // national-scale register "everything" is a quarter of a million activities.
    const qint64 activities = ActivityListing(m_register->database()).count(options.filter);
    if (activities > MaxListed) {
        m_model->setReport(reports::Report());
        setBusy(true);
        m_count->setText(tr("%n activities match: choose municipalities, themes or target "
                            "groups to narrow the list to at most %1.",
                            nullptr, int(activities))
                             .arg(QLocale().toString(MaxListed)));
        return;
    }
    reports::Report report;
    QString error;
    if (!reports::HealthStationList::build(m_register->database(), options,
                                           QFileInfo(m_register->path()).completeBaseName(),
                                           &report, &error)) {
        m_count->setText(error);
        return;
    }
    m_model->setReport(report);
    setBusy(false);
    const QString entries = QLocale().toString(report.entryCount());
    m_count->setText(
        options.grouping == reports::HealthStationGrouping::Theme
            ? tr("%n activities match: %1 entries under their themes.", nullptr, int(activities))
                  .arg(entries)
            : tr("%n activities match: %1 entries under their municipalities.", nullptr,
                 int(activities))
                  .arg(entries));
}

void HealthStationDialog::reloadSavedLists()
{
    m_saved->clear();
    if (!m_register)
        return;
    for (const SavedList &list : SavedListRepository(m_register->database()).list(Kind))
        m_saved->addItem(list.name);
}

bool HealthStationDialog::saveListAs(const QString &name, QString *error)
{
    if (!m_register)
        return false;
    SavedList list;
    list.kind = Kind;
    list.name = name;
    list.definition = m_panel->options().toJson();
    const bool ok = runJournaled(
        m_register, tr("Save List \"%1\"").arg(name.simplified()),
        [&](QString *e) { return SavedListRepository(m_register->database()).save(&list, e); },
        error);
    if (ok) {
        m_listName = list.name;
        reloadSavedLists();
        refresh();
    }
    return ok;
}

void HealthStationDialog::runSavedList(const QString &name)
{
    if (!m_register)
        return;
    QString error;
    const auto saved = SavedListRepository(m_register->database()).find(Kind, name, &error);
    reports::HealthStationOptions options;
    if (!saved || !reports::HealthStationOptions::fromJson(saved->definition, &options, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    m_panel->setOptions(options);
    m_listName = saved->name;
    const QList<QListWidgetItem *> items = m_saved->findItems(saved->name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_saved->setCurrentItem(items.first());
    m_refreshTimer->stop();
    refresh();
}

void HealthStationDialog::askListName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save List"), tr("Name of the list:"),
                                               QLineEdit::Normal, m_listName, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    if (!saveListAs(name, &error))
        QMessageBox::warning(this, tr("Save List"), error);
}

void HealthStationDialog::deleteSavedList()
{
    QListWidgetItem *item = m_saved->currentItem();
    if (!m_register || !item)
        return;
    const QString name = item->text();
    QString error;
    SavedListRepository lists(m_register->database());
    const auto saved = lists.find(Kind, name, &error);
    const bool ok = saved && runJournaled(
                                 m_register, tr("Delete List \"%1\"").arg(name),
                                 [&](QString *e) { return lists.remove(saved->id, e); }, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Delete List"), error);
    reloadSavedLists();
}

void HealthStationDialog::askAndSave(const QString &format)
{
    m_output->askAndSave(report(), format, m_register ? m_register->path() : QString(),
                         m_listName.isEmpty() ? tr("health-station-list") : m_listName);
}

void HealthStationDialog::saveTo(const QString &path, const QString &format)
{
    m_output->saveTo(report(), path, format);
}

QPrintPreviewDialog *HealthStationDialog::printPreview()
{
    return m_output->printPreview(report(), windowTitle());
}

void HealthStationDialog::setBusy(bool busy)
{
    for (QPushButton *button : std::as_const(m_outputButtons))
        button->setEnabled(!busy);
}

} // namespace kartoitus
