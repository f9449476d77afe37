#pragma once

#include "common/recordlistpage.h"
#include "models/persontablemodel.h"
#include "repositories/personquery.h"

class QComboBox;

namespace kartoitus {

// The Persons view: contact persons of organisations and municipalities'
// liaison persons. Search as you type (name, organisation, email), drop-downs
// for an organisation, publish consent and contact or liaison, over the lazy
// person list.
class PersonListWidget : public RecordListPageOf<PersonTableModel>
{
    Q_OBJECT

public:
    explicit PersonListWidget(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db) override;
    RecordFilter filter() const override;
    // "12 of 492 persons", or all of them.
    QString countText() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillOrganisations();

    QSqlDatabase m_db;
    bool m_organisationsFilled = false;
    QComboBox *m_organisation;
    QComboBox *m_consent;
    QComboBox *m_kind;
};

} // namespace kartoitus
