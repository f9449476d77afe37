#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace kartoitus {

// What the window shows while no register is open: the registers opened recently (Enter or
// a double click opens one), and buttons for a new register, another file and the demo
// register. Nothing on it needs a register, so nothing on it can act on none.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    // Reads the recent files again (AppSettings::recentFiles()).
    void refresh();

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    void openItem();

    QListWidget *m_recent;
    QLabel *m_recentTitle;
    QLabel *m_noRecent;
};

} // namespace kartoitus
