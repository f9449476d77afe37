#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace kartoitus {

class NetworksView;
class RepresentativesModel;
struct NetworkRepresentative;
struct RosterRepresentative;

// The Networks view's Representatives tab: the current network's representatives (edited
// in place) with buttons to add one through RepresentativeDialog and to remove one entered
// by mistake (a term that ended gets its end date instead). Each change is one undo step
// named after the person and the network.
class RepresentativesPage : public QWidget
{
    Q_OBJECT

public:
    RepresentativesPage(NetworksView *view, QTableView *table, RepresentativesModel *model);

    void setWritable(bool writable);

    // Each one undo step; false with *error (nothing changed) when it cannot be done.
    bool add(const NetworkRepresentative &representative, QString *error);
    bool remove(const RosterRepresentative &representative, QString *error);

    // The dialogs behind the buttons.
    void askAdd();
    void askRemove();

private:
    void failed(const QString &message);

    NetworksView *m_networks;
    QTableView *m_table;
    RepresentativesModel *m_model;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace kartoitus
