#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kartoitus::demo {

// The fictional parts the demo register is built from. Names of organisations combine a
// municipality or a made-up village with a generic noun; people's names combine common
// first names and surnames; every email and website is at example.org.

struct ActivityTemplate
{
    QString name;
    QString description;
    QStringList themes;       // default theme names (themes.name_fi)
    QStringList targetGroups; // default target group names (target_groups.name_fi)
    bool hyte = true;
};

struct SectorVocabulary
{
    QStringList nouns; // the part of an organisation's name after the place
    QString description;
    QList<ActivityTemplate> activities;
};

// Vocabulary for a sector by its Finnish name; a generic one for sectors a user added.
const SectorVocabulary &sectorVocabulary(const QString &sectorNameFi);

// "Kinnulan" for 256; empty for municipalities outside Central Finland.
QString municipalityGenitive(const QString &code);
// The main postal code of a Central Finland municipality, "43900" for 256.
QString municipalityPostalCode(const QString &code);

const QStringList &villageGenitives(); // "Haapalahden", made-up villages
const QStringList &firstNames();
const QStringList &surnames();
const QStringList &streetNames();
const QStringList &weekdays(); // "ma", "ti", ...
const QStringList &personRoles();

} // namespace kartoitus::demo
