#include "cli/presetexport.h"

#include "cli/networkexport.h"

#include "reference/referencedata.h"
#include "reports/healthstationlist.h"
#include "reports/reportfile.h"
#include "reports/reportlanguage.h"
#include "repositories/savedlistrepository.h"
#include "storage/register.h"

#include <QFileInfo>
#include <QJsonArray>

namespace kartoitus::cli {

namespace {

using reports::HealthStationGrouping;
using reports::HealthStationList;
using reports::HealthStationOptions;
using reports::Report;

class PresetExport
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::cli::PresetExport)

public:
    PresetExport(const CommandLine &line, Console &console)
        : m_line(line)
        , m_console(console)
    {}

    int run()
    {
        const QString preset = m_line.value(QStringLiteral("preset"));
        if (isNetworkPreset(preset))
            return runNetworkExport(m_line, m_console);
        if (preset != QLatin1String("health-station"))
            return m_line.usageError(m_console,
                                     tr("Unknown preset \"%1\": use health-station, roster, "
                                        "partnership-table or liaison-persons.")
                                         .arg(preset));
        if (m_line.isSet(QStringLiteral("on")))
            return m_line.usageError(m_console,
                                     tr("--on applies to roster and partnership-table."));
        QString format;
        HealthStationOptions options;
        int code = ExitSuccess;
        if (!readReportFormat(m_line, m_console, &format, &code) || !readShape(&options, &code))
            return code;
        Register reg;
        if (!openRegister(reg, m_line.positional(0), m_console))
            return ExitBadInput;
        if (!readChoices(reg.database(), &options, &code))
            return code;
        return write(reg, options, format);
    }

private:
    bool readShape(HealthStationOptions *options, int *code)
    {
        if (!readReportLanguage(m_line, m_console, &options->language, code))
            return false;
        const QString grouping = m_line.value(QStringLiteral("group-by"));
        if (!grouping.isEmpty() && grouping != QLatin1String("theme") &&
            grouping != QLatin1String("municipality")) {
            *code = m_line.usageError(m_console, tr("--group-by is theme or municipality."));
            return false;
        }
        if (m_line.isSet(QStringLiteral("include-personal-data")))
            m_console.error(tr("The health-station list is public: a contact person appears "
                               "only with their consent, whatever --include-personal-data "
                               "says."));
        return true;
    }

    static QStringList choiceOptions()
    {
        return {QStringLiteral("municipality"),      QStringLiteral("theme"),
                QStringLiteral("target-group"),      QStringLiteral("sector"),
                QStringLiteral("activity-language"), QStringLiteral("free-only"),
                QStringLiteral("accessible-only"),   QStringLiteral("open-for-referral-only"),
                QStringLiteral("hyte-only"),         QStringLiteral("group-by")};
    }

    bool readChoices(const QSqlDatabase &db, HealthStationOptions *options, int *code)
    {
        const QString listName = m_line.value(QStringLiteral("list"));
        if (!listName.isEmpty())
            return readSavedList(db, listName, options, code);
        RecordFilter &filter = options->filter;
        MunicipalityDirectory municipalities;
        municipalities.load(db);
        for (const QString &value : m_line.values(QStringLiteral("municipality"))) {
            const QString municipality = municipalities.resolve(value);
            if (municipality.isEmpty()) {
                *code =
                    m_line.usageError(m_console, tr("No such municipality: \"%1\".").arg(value));
                return false;
            }
            filter.municipalities.append(municipality);
        }
        if (!resolve(db, QStringLiteral("theme"), QStringLiteral("themes"), &filter.themes, code) ||
            !resolve(db, QStringLiteral("target-group"), QStringLiteral("target_groups"),
                     &filter.targetGroups, code) ||
            !resolve(db, QStringLiteral("sector"), QStringLiteral("sectors"), &filter.sectors,
                     code))
            return false;
        for (const QString &value : m_line.values(QStringLiteral("activity-language")))
            filter.languages.append(value.trimmed().toLower());
        filter.free = RecordFilter::onlyIf(m_line.isSet(QStringLiteral("free-only")));
        filter.accessibleOnly = m_line.isSet(QStringLiteral("accessible-only"));
        filter.openForReferral =
            RecordFilter::onlyIf(m_line.isSet(QStringLiteral("open-for-referral-only")));
        filter.hyte = RecordFilter::onlyIf(m_line.isSet(QStringLiteral("hyte-only")));
        options->grouping =
            m_line.value(QStringLiteral("group-by")) == QLatin1String("municipality")
                ? HealthStationGrouping::Municipality
                : HealthStationGrouping::Theme;
        return true;
    }

    bool readSavedList(const QSqlDatabase &db, const QString &name, HealthStationOptions *options,
                       int *code)
    {
        for (const QString &option : choiceOptions()) {
            if (m_line.isSet(option)) {
                *code = m_line.usageError(
                    m_console, tr("--list takes every choice from the saved list; leave out "
                                  "--%1.")
                                   .arg(option));
                return false;
            }
        }
        SavedListRepository lists(db);
        QString error;
        const auto saved = lists.find(QStringLiteral("health-station"), name, &error);
        if (!saved) {
            QStringList names;
            for (const SavedList &list : lists.list(QStringLiteral("health-station")))
                names.append(list.name);
            m_console.error(
                names.isEmpty()
                    ? tr("%1 The register has no saved health-station lists.").arg(error)
                    : tr("%1 Saved lists: %2.").arg(error, names.join(u", ")));
            *code = ExitBadInput;
            return false;
        }
        options->name = saved->name;
        if (!HealthStationOptions::fromJson(saved->definition, options, &error)) {
            m_console.error(error);
            *code = ExitBadInput;
            return false;
        }
        return true;
    }

    // Names in Finnish, Swedish or English in any case, or refused with the known names.
    bool resolve(const QSqlDatabase &db, const QString &option, const QString &table,
                 QList<int> *ids, int *code)
    {
        const QStringList values = m_line.values(option);
        if (values.isEmpty())
            return true;
        ReferenceList list;
        QString error;
        if (!list.load(db, table, &error)) {
            m_console.error(error);
            *code = ExitBadInput;
            return false;
        }
        for (const QString &value : values) {
            const int id = list.resolve(value);
            if (id == 0) {
                QStringList known;
                for (int each : list.ids())
                    known.append(list.name(each));
                *code =
                    m_line.usageError(m_console, tr("No such value for --%1: \"%2\". Known: %3.")
                                                     .arg(option, value, known.join(u", ")));
                return false;
            }
            if (!ids->contains(id))
                ids->append(id);
        }
        return true;
    }

    int write(const Register &reg, const HealthStationOptions &options, const QString &format)
    {
        Report report;
        QString error;
        const QString source = QFileInfo(reg.path()).completeBaseName();
        if (!HealthStationList::build(reg.database(), options, source, &report, &error)) {
            m_console.error(error);
            return ExitBadInput;
        }
        QJsonObject json{{QStringLiteral("preset"), QStringLiteral("health-station")},
                         {QStringLiteral("personal_data"), false}};
        if (!writeReport(m_line, m_console, report, format, &json))
            return ExitBadInput;
        if (m_line.json())
            m_console.writeJson(json);
        else
            m_console.out() << tr("Wrote the health-station list of %n entries to %1.", nullptr,
                                  json.value(QStringLiteral("entries")).toInt())
                                   .arg(json.value(QStringLiteral("path")).toString())
                            << '\n';
        return ExitSuccess;
    }

    const CommandLine &m_line;
    Console &m_console;
};

} // namespace

void addPresetOptions(CommandLine &line)
{
    const auto option = [&line](const QString &name, const QString &help,
                                const QString &valueName = QString()) {
        line.addOption(QCommandLineOption(name, help, valueName));
    };
    option(QStringLiteral("list"),
           PresetExport::tr("With --preset: a list saved in the register, by name."),
           QStringLiteral("NAME"));
    option(QStringLiteral("language"),
           PresetExport::tr("With --preset: the language of the list, fi (default), sv or en."),
           QStringLiteral("fi|sv|en"));
    option(QStringLiteral("group-by"),
           PresetExport::tr("With --preset health-station: theme (default) or municipality."),
           QStringLiteral("theme|municipality"));
    option(QStringLiteral("on"),
           PresetExport::tr("With --preset roster or partnership-table: the network as it "
                            "stood on this day (default: today)."),
           QStringLiteral("YYYY-MM-DD"));
    option(QStringLiteral("activity-language"),
           PresetExport::tr("With --preset health-station: only activities in this language "
                            "(fi, sv, en, ...); repeatable."),
           QStringLiteral("L"));
    option(QStringLiteral("free-only"),
           PresetExport::tr("With --preset health-station: only free activities."));
    option(QStringLiteral("accessible-only"),
           PresetExport::tr("With --preset health-station: only accessible activities."));
    option(QStringLiteral("open-for-referral-only"),
           PresetExport::tr("With --preset health-station: only activities open for referral."));
    option(QStringLiteral("hyte-only"),
           PresetExport::tr("With --preset health-station: only health-promoting activities."));
}

int runPresetExport(const CommandLine &line, Console &console)
{
    return PresetExport(line, console).run();
}

bool readReportFormat(const CommandLine &line, Console &console, QString *format, int *code)
{
    *format = line.value(QStringLiteral("format"));
    if (format->isEmpty()) {
        const QString suffix = QFileInfo(line.positional(1)).suffix().toLower();
        *format = suffix == QLatin1String("xlsx")  ? QStringLiteral("xlsx")
                  : suffix == QLatin1String("csv") ? QStringLiteral("csv")
                                                   : QStringLiteral("pdf");
    }
    static const QStringList formats = {QStringLiteral("pdf"), QStringLiteral("csv"),
                                        QStringLiteral("csv-excel"), QStringLiteral("xlsx")};
    if (formats.contains(*format))
        return true;
    *code = line.usageError(
        console,
        PresetExport::tr("Unknown format \"%1\": use pdf, csv, csv-excel or xlsx.").arg(*format));
    return false;
}

bool readReportLanguage(const CommandLine &line, Console &console, QString *language, int *code)
{
    const QString given = line.value(QStringLiteral("language"));
    if (!given.isEmpty() && !reports::ReportLanguage::isSupported(given)) {
        *code = line.usageError(
            console, PresetExport::tr("Unknown --language \"%1\": use fi, sv or en.").arg(given));
        return false;
    }
    *language = given.isEmpty() ? reports::ReportLanguage::forLocale(QLocale()) : given;
    return true;
}

bool writeReport(const CommandLine &line, Console &console, const Report &report,
                 const QString &format, QJsonObject *json)
{
    const QString out = line.positional(1);
    int pages = 0;
    QString error;
    const auto headers = line.value(QStringLiteral("headers")) == QLatin1String("keys")
                             ? exporting::HeaderStyle::Keys
                             : exporting::HeaderStyle::Labels;
    if (!reports::ReportFile::write(report, format, headers, out, &error, &pages)) {
        console.error(error);
        return false;
    }
    json->insert(QStringLiteral("entries"), qint64(report.entryCount()));
    json->insert(QStringLiteral("groups"), qint64(report.groups.size()));
    json->insert(QStringLiteral("format"), format);
    json->insert(QStringLiteral("path"), QFileInfo(out).absoluteFilePath());
    if (format == QLatin1String("pdf"))
        json->insert(QStringLiteral("pages"), pages);
    return true;
}

} // namespace kartoitus::cli
