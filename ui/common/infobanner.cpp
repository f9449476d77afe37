#include "common/infobanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace kartoitus {

InfoBanner::InfoBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The highlight colour, faded, marks the strip without shouting in any theme.
    QPalette pal = palette();
    QColor tint = pal.color(QPalette::Highlight);
    tint.setAlpha(40);
    const QColor base = pal.color(QPalette::Window);
    const qreal a = tint.alphaF();
    pal.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * (1 - a) + tint.redF() * a,
                                                    base.greenF() * (1 - a) + tint.greenF() * a,
                                                    base.blueF() * (1 - a) + tint.blueF() * a));
    setPalette(pal);

    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setText(QStringLiteral("\u2715"));
    close->setToolTip(tr("Close"));
    close->setAccessibleName(tr("Close"));
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(close, 0, Qt::AlignTop);
}

void InfoBanner::setText(const QString &text)
{
    m_label->setText(text);
}

QString InfoBanner::text() const
{
    return m_label->text();
}

QPushButton *InfoBanner::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_buttons->addWidget(button);
    return button;
}

} // namespace kartoitus
