#include "mainwindow/startpage.h"

#include "settings/appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kartoitus {

namespace {

// A folder as a user reads it: the home folder as `~` where that is how paths are written
// (~/Documents/Kartoitus), the native separators elsewhere.
QString readableFolder(const QString &folder)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(folder);
#else
    const QString home = QDir::homePath();
    if (folder == home)
        return QStringLiteral("~");
    if (home != QLatin1String("/") && folder.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + folder.mid(home.size());
    return folder;
#endif
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
    , m_recentTitle(new QLabel(tr("&Recent registers"), this))
    , m_noRecent(new QLabel(tr("No register has been opened yet."), this))
{
    setObjectName(QStringLiteral("startPage"));
    auto *title = new QLabel(tr("<h2>No register is open</h2>"), this);
    auto *hint = new QLabel(tr("Open a register you have used before, start a new one, or look "
                               "around in the demo register with fictional organisations."),
                            this);
    hint->setWordWrap(true);

    auto *newButton = new QPushButton(tr("&New Register…"), this);
    newButton->setObjectName(QStringLiteral("startNewButton"));
    auto *openButton = new QPushButton(tr("&Open…"), this);
    openButton->setObjectName(QStringLiteral("startOpenButton"));
    auto *demoButton = new QPushButton(tr("Open &Demo Register"), this);
    demoButton->setObjectName(QStringLiteral("startDemoButton"));
    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &StartPage::demoRequested);

    m_recent->setObjectName(QStringLiteral("startRecentList"));
    m_recentTitle->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this, &StartPage::openItem);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch(1);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(hint);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(m_recentTitle);
    column->addWidget(m_noRecent);
    column->addWidget(m_recent, 1);

    // A readable column in the middle of a wide window.
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 4);
    layout->addStretch(1);
    setFocusProxy(m_recent);
    refresh();
}

void StartPage::refresh()
{
    m_recent->clear();
    const QStringList files = AppSettings::recentFiles();
    for (const QString &path : files) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(info.fileName(), readableFolder(info.absolutePath())), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (!files.isEmpty())
        m_recent->setCurrentRow(0);
    m_recent->setVisible(!files.isEmpty());
    m_noRecent->setVisible(files.isEmpty());
}

void StartPage::openItem()
{
    if (const QListWidgetItem *item = m_recent->currentItem())
        emit recentRequested(item->data(Qt::UserRole).toString());
}

} // namespace kartoitus
