#include "filechooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace kartoitus {

FileChooser::FileChooser(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
{
    m_edit->setMinimumWidth(320);
    m_browse->setAutoDefault(false);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_browse);
    setFocusProxy(m_edit);
    connect(m_browse, &QPushButton::clicked, this, &FileChooser::browse);
}

QString FileChooser::path() const
{
    return QDir::fromNativeSeparators(m_edit->text().trimmed());
}

void FileChooser::setPath(const QString &path)
{
    m_edit->setText(QDir::toNativeSeparators(path));
}

void FileChooser::browse()
{
    QString start = path();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    else if (m_mode == Mode::Open)
        start = QFileInfo(start).absolutePath();
    QString chosen = m_mode == Mode::Open
                         ? QFileDialog::getOpenFileName(this, m_title, start, m_filter)
                         : QFileDialog::getSaveFileName(this, m_title, start, m_filter);
    if (chosen.isEmpty())
        return;
    if (m_mode == Mode::Save && !m_suffix.isEmpty() && QFileInfo(chosen).suffix().isEmpty())
        chosen += QLatin1Char('.') + m_suffix;
    setPath(chosen);
    emit this->chosen(path());
}

} // namespace kartoitus
