#pragma once

#include <Qt>

#include <initializer_list>

class QWidget;

namespace kartoitus {

// One part of a partsBox(): a widget and its stretch factor. A part without a widget is
// empty room that takes `stretch`.
struct BoxPart
{
    QWidget *widget = nullptr;
    int stretch = 0;
};

// A plain widget holding `parts` side by side (Qt::Horizontal) or one under the other, with
// no margin of its own: the layout it is placed in spaces it. For a row of controls in a
// form, or a pane of a splitter.
QWidget *partsBox(Qt::Orientation orientation, std::initializer_list<BoxPart> parts,
                  QWidget *parent);

} // namespace kartoitus
