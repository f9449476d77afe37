#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace kartoitus {

// A message strip above the window's content that offers a choice without stopping
// the user (unlike a dialog): a text, a few buttons and a close button.
class InfoBanner : public QFrame
{
    Q_OBJECT

public:
    explicit InfoBanner(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // A button before the close button; connect to its clicked() signal.
    QPushButton *addButton(const QString &text);

signals:
    void dismissed();

private:
    QLabel *m_label;
    QHBoxLayout *m_buttons;
};

} // namespace kartoitus
