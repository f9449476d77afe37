#include "cli/command.h"

#include "csv/csvdialect.h"
#include "storage/register.h"

#include <QJsonDocument>

namespace kartoitus::cli {

Console::Console(QIODevice *out, QIODevice *err)
    : m_out(out)
    , m_err(err)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void Console::flush()
{
    m_out.flush();
    m_err.flush();
}

void Console::writeJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

void Console::error(const QString &message)
{
    m_err << message << '\n';
    m_err.flush();
}

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Not addHelpOption(): its --help-all would list Qt's own options, which mean nothing
    // to a command that opens no window.
    m_parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")));
}

void CommandLine::addPositional(const QString &syntax, const QString &description)
{
    // Required arguments come before optional ones, as the usage line shows them.
    Q_ASSERT(m_requiredCount == m_positionalCount);
    m_parser.addPositionalArgument(syntax, description, syntax);
    m_syntax << syntax;
    ++m_requiredCount;
    ++m_positionalCount;
}

void CommandLine::addOptionalPositional(const QString &syntax, const QString &description)
{
    const QString shown = QStringLiteral("[%1]").arg(syntax);
    m_parser.addPositionalArgument(syntax, description, shown);
    m_syntax << shown;
    ++m_positionalCount;
}

void CommandLine::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

void CommandLine::addJsonOption()
{
    m_json = true;
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("json"), tr("Print a machine-readable summary (JSON) on "
                                                      "standard output.")));
}

bool CommandLine::parse(const QStringList &arguments, Console &console, int *exitCode)
{
    // QCommandLineParser expects the program name first; it never reads it.
    if (!m_parser.parse(QStringList{m_command} + arguments)) {
        *exitCode = usageError(console, m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        console.out() << helpText();
        console.out().flush();
        *exitCode = ExitSuccess;
        return false;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() < m_requiredCount) {
        *exitCode =
            usageError(console, tr("Missing argument: %1.").arg(m_syntax.at(positional.size())));
        return false;
    }
    if (positional.size() > m_positionalCount) {
        *exitCode = usageError(
            console, tr("Unexpected argument: %1.").arg(positional.at(m_positionalCount)));
        return false;
    }
    *exitCode = ExitSuccess;
    return true;
}

QString CommandLine::positional(int index) const
{
    const QStringList positional = m_parser.positionalArguments();
    return index < positional.size() ? positional.at(index) : QString();
}

bool CommandLine::intValue(const QString &name, int fallback, int *value, Console &console,
                           int *exitCode) const
{
    if (!m_parser.isSet(name)) {
        *value = fallback;
        return true;
    }
    bool ok = false;
    const int parsed = m_parser.value(name).toInt(&ok);
    if (!ok || parsed < 0) {
        *exitCode = usageError(console, tr("--%1 needs a whole number of 0 or more, not \"%2\".")
                                            .arg(name, m_parser.value(name)));
        return false;
    }
    *value = parsed;
    return true;
}

bool CommandLine::entityValue(fields::Entity *entity, Console &console, int *exitCode) const
{
    const QString what = m_parser.value(QStringLiteral("what"));
    if (what.isEmpty())
        return true;
    const auto parsed = fields::FieldCatalogue::entityFromKey(what);
    if (!parsed) {
        *exitCode = usageError(
            console,
            tr("Unknown --what \"%1\": use organisations, activities or persons.").arg(what));
        return false;
    }
    *entity = *parsed;
    return true;
}

bool CommandLine::dialectValue(csv::Dialect *dialect, Console &console, int *exitCode) const
{
    const QString encoding = m_parser.value(QStringLiteral("encoding"));
    if (!encoding.isEmpty()) {
        const auto parsed = csv::parseEncoding(encoding);
        if (!parsed) {
            *exitCode = usageError(console, tr("Unknown --encoding \"%1\": use auto, utf-8, "
                                               "windows-1252 or utf-16.")
                                                .arg(encoding));
            return false;
        }
        dialect->encoding = *parsed;
    }
    const QString delimiter = m_parser.value(QStringLiteral("delimiter"));
    if (!delimiter.isEmpty()) {
        const auto parsed = csv::parseDelimiter(delimiter);
        if (!parsed) {
            *exitCode = usageError(console, tr("Unknown --delimiter \"%1\": use auto, \",\", "
                                               "\";\", tab or \"|\".")
                                                .arg(delimiter));
            return false;
        }
        dialect->delimiter = *parsed;
    }
    return true;
}

QString CommandLine::usageLine() const
{
    QStringList parts{QStringLiteral("kartoitus-cli"), m_command, tr("[options]")};
    parts += m_syntax;
    return tr("Usage: %1").arg(parts.join(QLatin1Char(' ')));
}

QString CommandLine::helpText() const
{
    // Qt's own help text starts with a usage line naming the executable's path; ours names
    // the command as well.
    QString text = m_parser.helpText();
    const int firstLineEnd = text.indexOf(QLatin1Char('\n'));
    return usageLine() + (firstLineEnd >= 0 ? text.mid(firstLineEnd) : QStringLiteral("\n"));
}

int CommandLine::usageError(Console &console, const QString &message) const
{
    console.error(message);
    console.error(usageLine());
    console.error(tr("Run \"kartoitus-cli %1 --help\" for the options.").arg(m_command));
    return ExitUsage;
}

bool openRegister(Register &reg, const QString &path, Console &console, bool json, Access access)
{
    const OpenResult result = reg.open(path);
    if (!result.ok()) {
        if (json)
            console.writeJson(QJsonObject{{QStringLiteral("error"), result.message}});
        console.error(result.message);
        return false;
    }
    if (access == Access::Write && reg.isReadOnly()) {
        if (json)
            console.writeJson(QJsonObject{{QStringLiteral("error"), reg.readOnlyMessage()}});
        console.error(reg.readOnlyMessage());
        reg.close();
        return false;
    }
    if (!result.backupPath.isEmpty())
        console.error(QCoreApplication::translate(
                          "kartoitus::cli::CommandLine",
                          "The register was updated to the current version; the previous "
                          "version was saved as %1.")
                          .arg(result.backupPath));
    return true;
}

QString Command::translatedSummary() const
{
    return QCoreApplication::translate("kartoitus::cli::Commands", summary);
}

} // namespace kartoitus::cli
