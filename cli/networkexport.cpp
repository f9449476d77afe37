#include "cli/networkexport.h"

#include "cli/presetexport.h"

#include "reference/referencedata.h"
#include "reports/networkrosters.h"
#include "repositories/rosterrepository.h"
#include "storage/register.h"

#include <QFileInfo>
#include <QJsonObject>

namespace kartoitus::cli {

namespace {

using reports::NetworkRosters;
using reports::Report;
using reports::RosterOptions;

class NetworkExport
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::cli::NetworkExport)

public:
    NetworkExport(const CommandLine &line, Console &console)
        : m_line(line)
        , m_console(console)
        , m_preset(line.value(QStringLiteral("preset")))
    {}

    int run()
    {
        int code = ExitSuccess;
        QString format;
        RosterOptions options;
        if (!readReportFormat(m_line, m_console, &format, &code) || !readShape(&options, &code))
            return code;
        if (!m_line.isSet(QStringLiteral("include-personal-data"))) {
            m_console.error(tr("The %1 lists persons' names, emails and phones: personal data "
                               "for internal use. Add --include-personal-data to write it.")
                                .arg(m_preset));
            return ExitBadInput;
        }
        Register reg;
        if (!openRegister(reg, m_line.positional(0), m_console, m_line.json()))
            return ExitBadInput;
        if (!readSectors(reg.database(), &options, &code))
            return code;
        return write(reg, options, format);
    }

private:
    bool readShape(RosterOptions *options, int *code)
    {
        static const QStringList notHere = {
            QStringLiteral("list"),  QStringLiteral("group-by"),     QStringLiteral("municipality"),
            QStringLiteral("theme"), QStringLiteral("target-group"), QStringLiteral("columns"),
            QStringLiteral("what")};
        for (const QString &option : notHere) {
            if (m_line.isSet(option)) {
                *code = m_line.usageError(
                    m_console, tr("--%1 does not apply to --preset %2.").arg(option, m_preset));
                return false;
            }
        }
        if (m_preset == QLatin1String("liaison-persons") &&
            (m_line.isSet(QStringLiteral("sector")) || m_line.isSet(QStringLiteral("on")))) {
            *code = m_line.usageError(
                m_console, tr("--preset liaison-persons lists every municipality of the region "
                              "as it is today: leave out --sector and --on."));
            return false;
        }
        if (!readReportLanguage(m_line, m_console, &options->language, code))
            return false;
        const QString on = m_line.value(QStringLiteral("on"));
        if (!on.isEmpty()) {
            options->on = QDate::fromString(on, Qt::ISODate);
            if (!options->on.isValid()) {
                *code = m_line.usageError(m_console,
                                          tr("--on \"%1\": write the date as 2025-06-30.").arg(on));
                return false;
            }
        }
        return true;
    }

    // Sector names in Finnish, Swedish or English in any case; only sectors with a network.
    bool readSectors(const QSqlDatabase &db, RosterOptions *options, int *code)
    {
        const QStringList values = m_line.values(QStringLiteral("sector"));
        if (values.isEmpty())
            return true;
        ReferenceList list;
        QString error;
        if (!list.load(db, QStringLiteral("sectors"), &error)) {
            m_console.error(error);
            *code = ExitBadInput;
            return false;
        }
        const RosterRepository rosters(db, options->language);
        const auto networks = rosters.networkSectors(&error);
        QStringList known;
        for (const auto &[id, name] : networks)
            known.append(name);
        for (const QString &value : values) {
            const int id = list.resolve(value);
            bool hasNetwork = false;
            for (const auto &[sector, name] : networks)
                hasNetwork = hasNetwork || sector == id;
            if (!hasNetwork) {
                *code = m_line.usageError(
                    m_console, tr("No network for --sector \"%1\". Sectors with a network: %2.")
                                   .arg(value, known.join(u", ")));
                return false;
            }
            if (!options->sectors.contains(id))
                options->sectors.append(id);
        }
        return true;
    }

    bool build(const QSqlDatabase &db, const RosterOptions &options, const QString &source,
               Report *report, QString *error) const
    {
        if (m_preset == QLatin1String("roster"))
            return NetworkRosters::roster(db, options, source, report, error);
        if (m_preset == QLatin1String("partnership-table"))
            return NetworkRosters::partnershipTable(db, options, source, report, error);
        return NetworkRosters::liaisonPersons(db, options.language, source, report, error);
    }

    int write(const Register &reg, const RosterOptions &options, const QString &format)
    {
        Report report;
        QString error;
        const QString source = QFileInfo(reg.path()).completeBaseName();
        if (!build(reg.database(), options, source, &report, &error)) {
            m_console.error(error);
            return ExitBadInput;
        }
        QJsonObject json{{QStringLiteral("preset"), m_preset},
                         {QStringLiteral("on"), options.day().toString(Qt::ISODate)},
                         {QStringLiteral("personal_data"), true}};
        if (!writeReport(m_line, m_console, report, format, &json))
            return ExitBadInput;
        const QString path = json.value(QStringLiteral("path")).toString();
        if (m_line.json())
            m_console.writeJson(json);
        else
            m_console.out() << tr("Wrote the %1 of %n entries to %2.", nullptr,
                                  json.value(QStringLiteral("entries")).toInt())
                                   .arg(m_preset, path)
                            << '\n';
        m_console.error(tr("%1 contains personal data: store and share it accordingly.")
                            .arg(QFileInfo(path).fileName()));
        return ExitSuccess;
    }

    const CommandLine &m_line;
    Console &m_console;
    QString m_preset;
};

} // namespace

bool isNetworkPreset(const QString &preset)
{
    return preset == QLatin1String("roster") || preset == QLatin1String("partnership-table") ||
           preset == QLatin1String("liaison-persons");
}

int runNetworkExport(const CommandLine &line, Console &console)
{
    return NetworkExport(line, console).run();
}

} // namespace kartoitus::cli
