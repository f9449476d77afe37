#pragma once

#include "common/recordlistpage.h"
#include "repositories/personquery.h"

class QComboBox;

namespace kartoitus {

class PersonTableModel;

// The Persons view: contact persons of organisations and municipalities'
// liaison persons. Search as you type (name, organisation, email), drop-downs
// for an organisation, publish consent and contact or liaison, over the lazy
// person list.
class PersonListWidget : public RecordListPage
{
    Q_OBJECT

public:
    explicit PersonListWidget(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db) override;
    PersonTableModel *model() const { return m_model; }
    RecordFilter filter() const override;
    // "12 of 492 persons", or all of them.
    QString countText() const override;

    // The organisation drop-down, with its organisations read (see fillOrganisations).
    QComboBox *organisationBox() const;
    QComboBox *consentBox() const { return m_consent; }
    QComboBox *kindBox() const { return m_kind; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillOrganisations() const;

    QSqlDatabase m_db;
    mutable bool m_organisationsFilled = false;
    PersonTableModel *m_model;
    QComboBox *m_organisation;
    QComboBox *m_consent;
    QComboBox *m_kind;
};

} // namespace kartoitus
