#pragma once

#include <QString>
#include <QWidget>

class QLineEdit;

namespace kartoitus {

// A view of the window's side bar that has more to say than a plain widget: the count the
// status bar shows while it is current ("12 of 715 activities") and the search box that
// Edit › Find (Ctrl+F) focuses. A view added to the ViewSwitcher may be any QWidget; one
// derived from ViewPage gets these two for free.
class ViewPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // One whole sentence for the status bar; empty when there is nothing to count.
    virtual QString countText() const { return {}; }
    // The view's search box, or null.
    virtual QLineEdit *searchField() const { return nullptr; }

signals:
    // countText() says something else now.
    void countTextChanged();
};

} // namespace kartoitus
