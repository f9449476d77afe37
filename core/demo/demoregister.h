#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace kartoitus {

struct DemoOptions
{
    // 320 is about the size of a region's social, health and wellbeing organisations;
    // benchmarks ask for 100,000 to get a national-scale register.
    int organisations = 320;
    quint32 seed = 2026;
};

// Fills an empty register with a fictional register of Central Finland: organisations
// in all 22 municipalities and all sectors, their activities and contact persons, a
// liaison person for every municipality, a network per sector with members and
// representatives, and one survey with responses. The same options always give the same
// data, byte for byte. One transaction: on failure nothing is written. Refuses a register
// that already holds organisations.
bool writeDemoRegister(const QSqlDatabase &db, const DemoOptions &options, QString *error);

} // namespace kartoitus
