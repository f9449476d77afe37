#include "common/pagelayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace kartoitus {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QVBoxLayout *bareColumn(QWidget *widget)
{
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

QHBoxLayout *labelledRow(const QString &label, const QList<QWidget *> &widgets, QWidget *parent)
{
    QHBoxLayout *row = buttonRow(widgets);
    row->insertWidget(0, buddyLabel(label, widgets.value(0), parent));
    return row;
}

QHBoxLayout *buttonRow(const QList<QWidget *> &buttons)
{
    auto *row = new QHBoxLayout;
    for (QWidget *button : buttons)
        row->addWidget(button);
    row->addStretch(1);
    return row;
}

void tableWithButtons(QWidget *page, QWidget *table, const QList<QWidget *> &buttons)
{
    QVBoxLayout *layout = bareColumn(page);
    layout->addWidget(table, 1);
    layout->addLayout(buttonRow(buttons));
}

QSplitter *sideBySide(QWidget *side, QWidget *main, const QList<int> &sizes, int mainStretch,
                      QWidget *parent)
{
    auto *splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->addWidget(side);
    splitter->addWidget(main);
    splitter->setStretchFactor(1, mainStretch);
    splitter->setSizes(sizes);
    return splitter;
}

} // namespace kartoitus
