#include "common/viewswitcher.h"

#include "common/viewpage.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>

namespace kartoitus {

namespace {

const QString SettingsKey = QStringLiteral("mainWindow/view");

} // namespace

ViewSwitcher::ViewSwitcher(QWidget *parent)
    : QWidget(parent)
    , m_sideBar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_menu(new QMenu(tr("&View"), this))
    , m_group(new QActionGroup(this))
    , m_remembered(QSettings().value(SettingsKey).toString())
{
    m_sideBar->setObjectName(QStringLiteral("viewSideBar"));
    m_sideBar->setAccessibleName(tr("Views"));
    m_sideBar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sideBar->setIconSize(QSize(24, 24));
    m_sideBar->setSpacing(2);
    m_sideBar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sideBar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    connect(m_sideBar, &QListWidget::currentRowChanged, this, &ViewSwitcher::showRow);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sideBar);
    layout->addWidget(m_stack, 1);
}

int ViewSwitcher::addView(const QString &id, const QString &title, const QIcon &icon, QWidget *page)
{
    Q_ASSERT(!view(id));
    const int index = m_entries.size();
    page->setObjectName(page->objectName().isEmpty() ? id + QStringLiteral("View")
                                                     : page->objectName());
    m_stack->addWidget(page);

    auto *action = new QAction(icon, title, m_group);
    action->setCheckable(true);
    action->setObjectName(id + QStringLiteral("ViewAction"));
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    // The actions live in the window's menu bar, so their shortcuts work wherever the focus
    // is in the window.
    // A shortcut takes the keyboard along into the view (to its search box).
    connect(action, &QAction::triggered, this, [this, id] {
        setCurrentView(id);
        if (QWidget *page = view(id))
            page->setFocus(Qt::ShortcutFocusReason);
    });
    m_menu->addAction(action);
    m_entries.append({id, page, action});
    if (auto *viewPage = qobject_cast<ViewPage *>(page)) {
        connect(viewPage, &ViewPage::countTextChanged, this, [this, page] {
            if (m_stack->currentWidget() == page)
                emit currentCountTextChanged();
        });
    }

    auto *item = new QListWidgetItem(icon, title, m_sideBar);
    item->setData(Qt::UserRole, id);
    item->setToolTip(
        action->shortcut().isEmpty()
            ? title
            : tr("%1 (%2)").arg(title, action->shortcut().toString(QKeySequence::NativeText)));
    // Wide enough for the longest title, never for less.
    m_sideBar->setFixedWidth(m_sideBar->sizeHintForColumn(0) + 2 * m_sideBar->frameWidth() + 12);

    // The home view shows until the view the user chose last is added.
    if (index == 0 || id == m_remembered) {
        const QSignalBlocker block(m_sideBar);
        m_sideBar->setCurrentRow(index);
        m_stack->setCurrentIndex(index);
        action->setChecked(true);
        if (index > 0)
            emit currentViewChanged(id);
        emit currentCountTextChanged();
    }
    return index;
}

int ViewSwitcher::count() const
{
    return m_entries.size();
}

QStringList ViewSwitcher::ids() const
{
    QStringList ids;
    for (const Entry &entry : m_entries)
        ids.append(entry.id);
    return ids;
}

QString ViewSwitcher::currentId() const
{
    const int index = m_stack->currentIndex();
    return index >= 0 ? m_entries.at(index).id : QString();
}

QWidget *ViewSwitcher::currentView() const
{
    return m_stack->currentWidget();
}

QWidget *ViewSwitcher::view(const QString &id) const
{
    for (const Entry &entry : m_entries) {
        if (entry.id == id)
            return entry.page;
    }
    return nullptr;
}

QString ViewSwitcher::currentCountText() const
{
    const auto *page = qobject_cast<const ViewPage *>(currentView());
    return page ? page->countText() : QString();
}

QLineEdit *ViewSwitcher::currentSearchField() const
{
    const auto *page = qobject_cast<const ViewPage *>(currentView());
    return page ? page->searchField() : nullptr;
}

bool ViewSwitcher::setCurrentView(const QString &id)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id) {
            m_sideBar->setCurrentRow(row);
            showRow(row); // also when the row was current already: the choice is remembered
            return true;
        }
    }
    return false;
}

void ViewSwitcher::showRow(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const Entry &entry = m_entries.at(row);
    entry.action->setChecked(true);
    // The user chose: from now on that is what the next start shows.
    m_remembered = entry.id;
    QSettings().setValue(SettingsKey, entry.id);
    if (m_stack->currentIndex() == row)
        return;
    m_stack->setCurrentIndex(row);
    emit currentViewChanged(entry.id);
    emit currentCountTextChanged();
}

} // namespace kartoitus
