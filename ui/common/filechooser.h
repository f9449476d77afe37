#pragma once

#include <QString>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace kartoitus {

// A file's path to type or paste, with "Browse…" beside it: the import's and the survey
// import's file to read, the export's file to write. The path is shown with the system's
// separators and given back with '/'. Browse starts in the folder of the path typed, or in
// the user's Documents folder while the field is empty.
class FileChooser : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Open,
        Save
    };

    explicit FileChooser(Mode mode, QWidget *parent = nullptr);

    // The file dialog's title and its filter ("CSV files (*.csv);;All files (*)").
    void setDialogTitle(const QString &title) { m_title = title; }
    void setNameFilter(const QString &filter) { m_filter = filter; }
    // Save: the suffix a chosen name without one gets ("csv").
    void setDefaultSuffix(const QString &suffix) { m_suffix = suffix; }

    QString path() const; // trimmed, with '/' separators
    void setPath(const QString &path);

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *browseButton() const { return m_browse; }

signals:
    // A file was chosen with Browse (setPath was called with it).
    void chosen(const QString &path);

private:
    void browse();

    Mode m_mode;
    QLineEdit *m_edit;
    QPushButton *m_browse;
    QString m_title;
    QString m_filter;
    QString m_suffix;
};

} // namespace kartoitus
