#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace kartoitus {

// The day a record's details were last checked, as the editors show it ("never" when not
// yet; named "verifiedDay"), with the button "Mark as verified today" beside it (named
// "verifyTodayButton"): a click shows today at once and counts as an edit of the field,
// written with the editor's Save as one undo step named after the record. A read-only
// editor shows no button. The organisation, activity and person editors share it.
class VerifiedField : public QWidget
{
    Q_OBJECT

public:
    explicit VerifiedField(QWidget *parent = nullptr);

    // The stored timestamp (ISO 8601), shown as a day; no changed() signal.
    void setTimestamp(const QString &timestamp);
    QString timestamp() const { return m_timestamp; }
    void setReadOnly(bool readOnly);

    // A stored timestamp or day as a day of the user's locale; other text as it is.
    static QString shownDay(const QString &timestamp);

signals:
    // The button set the day to today.
    void changed();

private:
    void show();

    QString m_timestamp;
    QLabel *m_label;
    QPushButton *m_button;
};

} // namespace kartoitus
