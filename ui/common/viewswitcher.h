#pragma once

#include <QIcon>
#include <QList>
#include <QString>
#include <QWidget>

class QAction;
class QActionGroup;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace kartoitus {

// The window's views beside each other: a side bar of titled icons on the left, the current
// view on the right. A feature adds its view with one call, addView(); the view gets a
// View menu entry with the shortcut Ctrl+<its number> (Ctrl+1 … Ctrl+9), and the view the
// user chose last is chosen again at the next start (kept in QSettings under
// "mainWindow/view" by its id). The first view added is the home view.
class ViewSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit ViewSwitcher(QWidget *parent = nullptr);

    // Adds `page` (reparented into the switcher) under `id`, which must be unique and stays
    // the same across versions (it is what the settings remember). Views follow each other
    // in the order added. Returns the view's index.
    int addView(const QString &id, const QString &title, const QIcon &icon, QWidget *page);

    int count() const;
    QStringList ids() const;
    QString currentId() const;
    QWidget *currentView() const;
    // The view added under `id`, or null.
    QWidget *view(const QString &id) const;
    // Makes the view `id` current (false when there is none); remembered as the user's
    // choice.
    bool setCurrentView(const QString &id);

    // The current view's count for the status bar (ViewPage::countText()) and its search
    // box (ViewPage::searchField()); empty and null for a view that is no ViewPage.
    QString currentCountText() const;
    QLineEdit *currentSearchField() const;

    // View › one entry per view, checkable, with its shortcut. Add it to the menu bar.
    QMenu *menu() const { return m_menu; }
    // The side bar itself (a list of the views' titles).
    QListWidget *sideBar() const { return m_sideBar; }

signals:
    // Another view is current (by the user, a shortcut or setCurrentView()).
    void currentViewChanged(const QString &id);
    // currentCountText() may say something else (another view, or the view's count).
    void currentCountTextChanged();

private:
    void showRow(int row);

    struct Entry
    {
        QString id;
        QWidget *page;
        QAction *action;
    };
    QList<Entry> m_entries;
    QListWidget *m_sideBar;
    QStackedWidget *m_stack;
    QMenu *m_menu;
    QActionGroup *m_group;
    QString m_remembered; // the id the settings held at start, until the user chooses
};

} // namespace kartoitus
