#include "mainwindow/registerproperties.h"

#include "stats/registerstats.h"
#include "storage/register.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kartoitus {

namespace {

// The counts a user asks about first; the CLI's `stats` lists every one.
const char *const shownCounts[] = {"organisations",   "activities", "persons",
                                   "liaison_persons", "networks",   "surveys",
                                   "survey_responses"};

QString dateTimeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : RegisterPropertiesDialog::tr("not known");
}

} // namespace

RegisterPropertiesDialog::RegisterPropertiesDialog(const Register &reg, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("registerProperties"));
    const QFileInfo info(reg.path());
    setWindowTitle(tr("Properties of %1").arg(info.fileName()));

    // A read-only line: the whole path can be selected and copied, also with the keyboard.
    m_path->setObjectName(QStringLiteral("propertiesPath"));
    m_path->setReadOnly(true);
    m_path->setText(QDir::toNativeSeparators(info.absoluteFilePath()));
    m_path->setCursorPosition(0);
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyPathButton"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_path->text()); });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(copy);
    auto *pathLabel = new QLabel(tr("&Location:"), this);
    pathLabel->setBuddy(m_path);
    m_form->addRow(pathLabel, pathRow);
    m_rows.append({tr("Location:"), m_path->text()});

    const QLocale locale;
    addRow(tr("Size:"),
           tr("%1 (%2 bytes)")
               .arg(locale.formattedDataSize(info.size()), locale.toString(info.size())));
    addRow(tr("Schema version:"), locale.toString(reg.schemaVersion()));
    addRow(tr("Opened:"), reg.isReadOnly() ? tr("read only") : tr("for changes"));
    addRow(tr("Created:"), dateTimeText(info.birthTime()));
    addRow(tr("Modified:"), dateTimeText(info.lastModified()));

    RegisterStats stats;
    QString error;
    if (stats.collect(reg.database(), &error)) {
        for (const char *key : shownCounts) {
            const QString name = QLatin1String(key);
            addRow(RegisterStats::label(name) + QLatin1Char(':'),
                   locale.toString(stats.counts.value(name)));
        }
    } else {
        addRow(tr("Contents:"), error);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
}

void RegisterPropertiesDialog::addRow(const QString &label, const QString &value)
{
    auto *field = new QLabel(value, this);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_form->addRow(label, field);
    m_rows.append({label, value});
}

} // namespace kartoitus
