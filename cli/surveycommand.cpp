#include "cli/commands.h"

#include "exporting/exportrequest.h"
#include "reports/reportfile.h"
#include "reports/reportlanguage.h"
#include "repositories/surveyrepository.h"
#include "storage/register.h"
#include "survey/surveyimport.h"
#include "survey/surveysummary.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace kartoitus::cli {

namespace {

using namespace kartoitus::survey;

class SurveyCommand
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::cli::SurveyCommand)

public:
    static int run(const QStringList &arguments, Console &console)
    {
        const QString sub = arguments.value(0);
        if (sub == QLatin1String("import"))
            return runImport(arguments.mid(1), console);
        if (sub == QLatin1String("summary"))
            return runSummary(arguments.mid(1), console);
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            console.out() << usage();
            return ExitSuccess;
        }
        console.error(sub.isEmpty() ? tr("No survey command given.")
                                    : tr("Unknown survey command: %1.").arg(sub));
        console.err() << usage();
        return ExitUsage;
    }

private:
    static QString usage()
    {
        return tr("Usage: kartoitus-cli survey import FILE SOURCE --name NAME --year YYYY "
                  "[--json]\n"
                  "       kartoitus-cli survey summary FILE SURVEY OUT [--format "
                  "csv|csv-excel|xlsx|pdf]\n") +
               tr("Run \"kartoitus-cli survey import --help\" for the options.") +
               QLatin1Char('\n');
    }

    static int runImport(const QStringList &arguments, Console &console)
    {
        CommandLine line(QStringLiteral("survey import"),
                         tr("Imports a survey export (Webropol, Microsoft Forms, Google Forms; "
                            "CSV, XLSX or ODS): questions from the header row with their types "
                            "inferred, one response per row with the row kept as it came, each "
                            "matched to an organisation by business ID, email or name."));
        line.addPositional(QStringLiteral("FILE"), tr("The register file."));
        line.addPositional(QStringLiteral("SOURCE"), tr("The survey export to import."));
        line.addOption(QCommandLineOption(
            QStringLiteral("name"), tr("The survey's name (required)."), QStringLiteral("NAME")));
        line.addOption(QCommandLineOption(
            QStringLiteral("year"), tr("The survey's year (required)."), QStringLiteral("YYYY")));
        line.addOption(QCommandLineOption(QStringLiteral("tool"),
                                          tr("The tool that collected it, e.g. Webropol."),
                                          QStringLiteral("TOOL")));
        line.addOption(QCommandLineOption(QStringLiteral("encoding"),
                                          tr("auto (default), utf-8, windows-1252 or utf-16."),
                                          QStringLiteral("ENCODING")));
        line.addOption(QCommandLineOption(QStringLiteral("delimiter"),
                                          tr("auto (default), \",\", \";\", tab or \"|\"."),
                                          QStringLiteral("DELIMITER")));
        line.addOption(QCommandLineOption(
            QStringLiteral("sheet"),
            tr("The sheet of a workbook, by name or number from 1 (default: the first)."),
            QStringLiteral("SHEET")));
        line.addJsonOption();
        int code = ExitSuccess;
        if (!line.parse(arguments, console, &code))
            return code;
        Survey survey;
        spreadsheet::SourceOptions options;
        if (!readImportOptions(line, console, &survey, &options, &code))
            return code;

        Register reg;
        if (!openRegister(reg, line.positional(0), console, line.json(), Access::Write))
            return ExitBadInput;
        SurveyPlan plan;
        QString error;
        SurveyImportResult result;
        if (!SurveyImport::read(line.positional(1), options, &plan, &error) ||
            !SurveyImport::write(reg.database(), plan, survey, {}, &result, &error)) {
            console.error(error);
            if (line.json())
                console.writeJson({{QStringLiteral("error"), error}});
            return ExitBadInput;
        }
        for (const QString &warning : std::as_const(result.warnings))
            console.error(warning);
        if (line.json())
            console.writeJson(importJson(reg, plan, result));
        else
            console.out() << tr("Survey \"%1\" %2: %3 responses, %4 matched to organisations, "
                                "%5 unmatched, %6 questions.")
                                 .arg(survey.name)
                                 .arg(*survey.year)
                                 .arg(result.responses)
                                 .arg(result.matched)
                                 .arg(result.unmatched)
                                 .arg(result.questions)
                          << '\n';
        return ExitSuccess;
    }

    static bool readImportOptions(CommandLine &line, Console &console, Survey *survey,
                                  spreadsheet::SourceOptions *options, int *code)
    {
        survey->name = line.value(QStringLiteral("name")).simplified();
        survey->source = line.value(QStringLiteral("tool")).simplified();
        bool yearOk = false;
        const int year = line.value(QStringLiteral("year")).toInt(&yearOk);
        if (survey->name.isEmpty() || !yearOk || year < 1900 || year > 2200) {
            *code = line.usageError(
                console, tr("Give the survey's name and year: --name NAME --year YYYY."));
            return false;
        }
        survey->year = year;
        if (!line.dialectValue(&options->dialect, console, code))
            return false;
        options->sheet = line.value(QStringLiteral("sheet"));
        return true;
    }

    static QJsonObject importJson(Register &reg, const SurveyPlan &plan,
                                  const SurveyImportResult &result)
    {
        QJsonArray questions;
        for (const SurveyQuestion &q : SurveyRepository(reg.database()).questions(result.surveyId))
            questions.append(
                QJsonObject{{QStringLiteral("code"), q.code},
                            {QStringLiteral("text"), q.text},
                            {QStringLiteral("type"), q.type},
                            {QStringLiteral("options"), QJsonArray::fromStringList(q.options)}});
        QJsonObject json{{QStringLiteral("survey"), result.surveyId},
                         {QStringLiteral("responses"), result.responses},
                         {QStringLiteral("matched"), result.matched},
                         {QStringLiteral("unmatched"), result.unmatched},
                         {QStringLiteral("questions"), result.questions},
                         {QStringLiteral("question_list"), questions},
                         {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)}};
        if (!plan.encoding.isEmpty()) {
            json.insert(QStringLiteral("encoding"), plan.encoding);
            json.insert(QStringLiteral("delimiter"), plan.delimiter);
        }
        return json;
    }

    static int runSummary(const QStringList &arguments, Console &console)
    {
        CommandLine line(QStringLiteral("survey summary"),
                         tr("Writes a survey's results: per question the count and percentage "
                            "of each option (numbers: count, mean, median, smallest, largest), "
                            "as a PDF with bars or as a table (question,option,count,percent)."));
        line.addPositional(QStringLiteral("FILE"), tr("The register file."));
        line.addPositional(QStringLiteral("SURVEY"),
                           tr("The survey's name; with its year (\"Järjestökysely 2025\" or "
                              "--year) when several surveys have the name."));
        line.addPositional(QStringLiteral("OUT"), tr("The file to write."));
        line.addOption(QCommandLineOption(
            QStringLiteral("format"),
            tr("pdf, csv, csv-excel or xlsx. Default: by OUT's extension, pdf otherwise."),
            QStringLiteral("FORMAT")));
        line.addOption(QCommandLineOption(QStringLiteral("year"), tr("The survey's year."),
                                          QStringLiteral("YYYY")));
        line.addOption(QCommandLineOption(QStringLiteral("language"),
                                          tr("The summary's language: fi (default), sv or en."),
                                          QStringLiteral("LANG")));
        int code = ExitSuccess;
        if (!line.parse(arguments, console, &code))
            return code;
        const QString out = line.positional(2);
        QString format = line.value(QStringLiteral("format"));
        if (format.isEmpty()) {
            const QString suffix = QFileInfo(out).suffix().toLower();
            format = suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx")
                         ? suffix
                         : QStringLiteral("pdf");
        }
        static const QStringList formats = {QStringLiteral("pdf"), QStringLiteral("csv"),
                                            QStringLiteral("csv-excel"), QStringLiteral("xlsx")};
        if (!formats.contains(format))
            return line.usageError(
                console, tr("Unknown format \"%1\": use pdf, csv, csv-excel or xlsx.").arg(format));
        const QString language = line.value(QStringLiteral("language"));
        if (!language.isEmpty() && !reports::ReportLanguage::isSupported(language))
            return line.usageError(
                console, tr("Unknown --language \"%1\": use fi, sv or en.").arg(language));

        Register reg;
        if (!openRegister(reg, line.positional(0), console))
            return ExitBadInput;
        std::optional<Survey> survey;
        if (!findSurvey(reg, line, console, &survey))
            return ExitBadInput;
        reports::Report report;
        QString error;
        if (!SurveySummary::build(reg.database(), survey->id,
                                  language.isEmpty() ? QStringLiteral("fi") : language, &report,
                                  &error)) {
            console.error(error);
            return ExitBadInput;
        }
        report.source = QFileInfo(line.positional(0)).completeBaseName();
        if (!reports::ReportFile::write(report, format, exporting::HeaderStyle::Keys, out,
                                        &error)) {
            console.error(error);
            return ExitBadInput;
        }
        console.out() << tr("Wrote the summary of \"%1\" (%2 questions) to %3.")
                             .arg(report.title)
                             .arg(report.groups.size())
                             .arg(QFileInfo(out).fileName())
                      << '\n';
        return ExitSuccess;
    }

    static bool findSurvey(Register &reg, const CommandLine &line, Console &console,
                           std::optional<Survey> *found)
    {
        QString name = line.positional(1).simplified();
        QString yearText = line.value(QStringLiteral("year"));
        const QList<Survey> all = SurveyRepository(reg.database()).surveys();
        const auto named = [&](const QString &wanted) {
            QList<Survey> result;
            for (const Survey &s : all) {
                if (s.name.compare(wanted, Qt::CaseInsensitive) == 0 &&
                    (yearText.isEmpty() || (s.year && QString::number(*s.year) == yearText)))
                    result.append(s);
            }
            return result;
        };
        QList<Survey> matches = named(name);
        static const QRegularExpression withYear(QStringLiteral("^(.+)\\s+(\\d{4})$"));
        if (const auto m = withYear.match(name);
            matches.isEmpty() && yearText.isEmpty() && m.hasMatch()) {
            yearText = m.captured(2);
            matches = named(m.captured(1));
        }
        if (matches.size() == 1) {
            *found = matches.first();
            return true;
        }
        QStringList known;
        for (const Survey &s : all)
            known.append(s.year ? QStringLiteral("%1 %2").arg(s.name).arg(*s.year) : s.name);
        if (matches.isEmpty())
            console.error(known.isEmpty()
                              ? tr("The register has no surveys.")
                              : tr("No survey \"%1\"; the register has: %2.")
                                    .arg(line.positional(1), known.join(QStringLiteral(", "))));
        else
            console.error(
                tr("Several surveys are called \"%1\": give the year (--year).").arg(name));
        return false;
    }
};

} // namespace

Command surveyCommand()
{
    return {QStringLiteral("survey"),
            QT_TRANSLATE_NOOP("kartoitus::cli::Commands",
                              "Import a survey export, or write a survey's results summary."),
            &SurveyCommand::run};
}

} // namespace kartoitus::cli
