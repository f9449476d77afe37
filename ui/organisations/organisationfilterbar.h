#pragma once

#include "repositories/organisationquery.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;

namespace kartoitus {

// Three drop-downs beside the search box: one municipality, one sector, one status
// ("organisationMunicipality", "organisationSector", "organisationStatus").
// "All" in each leaves that part of the filter empty. The lists come from the open
// register's reference data, so a register's own sectors appear as soon as it opens.
class OrganisationFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit OrganisationFilterBar(QWidget *parent = nullptr);

    // Fills the lists from the register and sets every drop-down back to "All".
    void setDatabase(const QSqlDatabase &db);
    // Writes the chosen municipality, sector and status into `filter`.
    void applyTo(RecordFilter *filter) const;
    bool isActive() const;
    void clear();

signals:
    void changed();

private:
    void fillMunicipalities(const QSqlDatabase &db);
    void fillSectors(const QSqlDatabase &db);
    void fillStatuses();

    QComboBox *m_municipality;
    QComboBox *m_sector;
    QComboBox *m_status;
};

} // namespace kartoitus
