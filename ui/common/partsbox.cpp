#include "common/partsbox.h"

#include <QBoxLayout>
#include <QWidget>

namespace kartoitus {

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

} // namespace kartoitus
