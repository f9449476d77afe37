#pragma once

#include "networks/entrydialog.h"
#include "repositories/networkrepository.h"

#include <QSqlDatabase>

class QComboBox;
class QDateEdit;

namespace kartoitus {

// A new representative at the partnership table: the network (by its sector), a person of
// the register found by typing part of the name, the role (chair, member, deputy) and the
// term. OK is refused, with the field named, until a person is chosen and the term ends on
// or after its start.
class RepresentativeDialog : public EntryDialog
{
    Q_OBJECT

public:
    RepresentativeDialog(const QSqlDatabase &db, qint64 networkId, QWidget *parent = nullptr);

    // The term as entered (id 0).
    NetworkRepresentative representative() const;
    // False with *error naming the field when the entries cannot be saved.
    bool validate(QString *error) const override;

private:
    QComboBox *m_network;
    QComboBox *m_person;
    QComboBox *m_role;
    QDateEdit *m_start;
    OptionalDay m_end;
};

} // namespace kartoitus
