#pragma once

#include "fields/fieldcatalogue.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace kartoitus {
class Register;
}

namespace kartoitus::csv {
struct Dialect;
}

namespace kartoitus::cli {

// What every command returns to the shell (design §7).
enum ExitCode : int
{
    ExitSuccess = 0,
    ExitUsage = 1,    // wrong arguments: the command did nothing
    ExitBadInput = 2, // refused file or bad input: message on stderr, nothing changed
};

// Where a command writes: stdout for results, stderr for messages. Tests and the
// executable pass their own devices.
class Console
{
public:
    Console(QIODevice *out, QIODevice *err);
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    void flush();

    // One compact JSON document and a newline on stdout.
    void writeJson(const QJsonObject &object);
    // A message line on stderr.
    void error(const QString &message);

private:
    QTextStream m_out;
    QTextStream m_err;
};

// The arguments of one command, parsed with QCommandLineParser. Built by the command,
// parse() handles --help and usage errors the same way for every command.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::cli::CommandLine)

public:
    CommandLine(const QString &command, const QString &description);

    // A required positional argument, shown in the usage line as `syntax` (e.g. "FILE").
    void addPositional(const QString &syntax, const QString &description);
    // An optional positional argument, shown as [syntax].
    void addOptionalPositional(const QString &syntax, const QString &description);
    void addOption(const QCommandLineOption &option);
    // The shared --json switch: a machine-readable summary on stdout.
    void addJsonOption();

    // Parses `arguments` (what follows the command name). Returns false when the command
    // must stop: --help was printed (*exitCode = 0) or a usage error was reported on
    // stderr with the usage line (*exitCode = 1).
    bool parse(const QStringList &arguments, Console &console, int *exitCode);

    QCommandLineParser &parser() { return m_parser; }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    // Positional argument number `index` (0 = first after the command name), or empty.
    QString positional(int index) const;
    bool json() const { return m_json && m_parser.isSet(QStringLiteral("json")); }

    // Reads an option as a non-negative integer; reports a usage error when it is not one.
    bool intValue(const QString &name, int fallback, int *value, Console &console,
                  int *exitCode) const;
    // Reads --what (organisations, activities or persons) into *entity, which keeps its
    // value when the option is not given; reports a usage error for another word.
    bool entityValue(fields::Entity *entity, Console &console, int *exitCode) const;
    // Reads --encoding and --delimiter into *dialect, whose fields keep their values when
    // an option is not given; reports a usage error for a word neither knows.
    bool dialectValue(csv::Dialect *dialect, Console &console, int *exitCode) const;

    // "Usage: kartoitus-cli CMD [options] FILE ..." and the option list.
    QString helpText() const;
    // Reports a usage error (exit code 1): the message and the usage line on stderr.
    int usageError(Console &console, const QString &message) const;

private:
    QString usageLine() const;

    QString m_command;
    QStringList m_syntax;
    int m_requiredCount = 0;
    int m_positionalCount = 0;
    bool m_json = false;
    QCommandLineParser m_parser;
};

// What a command does with the register it opens.
enum class Access
{
    Read,  // a read-only register is fine
    Write, // a read-only register is refused with Register::readOnlyMessage()
};

// Opens an existing register for a command; on refusal writes Register::open's message on
// stderr (and with `json` as {"error": "..."} on stdout) and returns false (the file is
// untouched: exit 2). With Access::Write a read-only register is refused the same way.
bool openRegister(Register &reg, const QString &path, Console &console, bool json = false,
                  Access access = Access::Read);

// One command of kartoitus-cli.
struct Command
{
    QString name;        // as typed: "import"; "survey" dispatches its own sub-commands
    const char *summary; // QT_TRANSLATE_NOOP("kartoitus::cli::Commands", "...")
    std::function<int(const QStringList &arguments, Console &console)> run;

    QString translatedSummary() const;
};

} // namespace kartoitus::cli
