#include "common/pagelayout.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
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

QWidget *partsBox(Qt::Orientation orientation, std::initializer_list<BoxPart> parts,
                  QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QBoxLayout(
        orientation == Qt::Horizontal ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom, box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const BoxPart &part : parts) {
        if (part.widget)
            layout->addWidget(part.widget, part.stretch);
        else
            layout->addStretch(part.stretch);
    }
    return box;
}

QTableView *previewTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->horizontalHeader()->setDefaultSectionSize(140);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    return view;
}

QScrollArea *scrollingPanel(QWidget *content, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace kartoitus
