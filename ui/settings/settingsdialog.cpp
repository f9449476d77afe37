#include "settings/settingsdialog.h"

#include "settings/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kartoitus {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_resetLayout(new QPushButton(tr("&Reset Window Layout"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    // Each language by its own name, so that a user who cannot read the current one finds
    // theirs.
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("Suomi"), QStringLiteral("fi"));
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto *languageNote =
        new QLabel(tr("A new language applies when Kartoitus is started again. Numbers and "
                      "dates follow it."),
                   this);
    languageNote->setWordWrap(true);

    auto *language = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(language);
    languageForm->addRow(languageLabel, m_language);
    languageForm->addRow(languageNote);

    auto *layout = new QGroupBox(tr("Window"), this);
    auto *layoutBox = new QVBoxLayout(layout);
    auto *layoutNote =
        new QLabel(tr("The window remembers its size and place, the view shown last, the "
                      "lists' columns and the dividers between panes."),
                   this);
    layoutNote->setWordWrap(true);
    m_resetLayout->setObjectName(QStringLiteral("resetLayoutButton"));
    m_resetLayout->setToolTip(tr("Size, place, view and dividers as on a first start"));
    connect(m_resetLayout, &QPushButton::clicked, this, &SettingsDialog::layoutResetRequested);
    layoutBox->addWidget(layoutNote);
    layoutBox->addWidget(m_resetLayout, 0, Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *main = new QVBoxLayout(this);
    main->addWidget(language);
    main->addWidget(layout);
    main->addStretch(1);
    main->addWidget(buttons);
}

void SettingsDialog::accept()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace kartoitus
