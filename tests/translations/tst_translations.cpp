// The Finnish translation stays complete as the code changes: lupdate runs over the sources into
// a copy of kartoitus_fi.ts, and every string a user can see must have a finished translation
// that keeps the source's %1, %2 and %n. Also: lupdate must file each string under the context
// tr() looks it up in at run time, and the compiled catalogue must answer those look-ups.
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    Message message;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                // "unfinished" is a new or changed string; "vanished" and "obsolete" are gone
                // from the sources.
                message.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == u"numerusform") {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString describe(const Message &m)
{
    QString text = QStringLiteral("  %1: \"%2\"").arg(m.context, m.source);
    if (!m.comment.isEmpty())
        text += QStringLiteral(" (%1)").arg(m.comment);
    return text;
}

// %1 … %99, with or without L, and %n: what QString::arg() and tr(…, n) replace.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

bool translated(const Message &m)
{
    if (!m.finished || m.translations.isEmpty())
        return false;
    for (const QString &form : m.translations) {
        if (form.isEmpty())
            return false;
    }
    return true;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lupdateFindsEveryContext();
    void finnishIsComplete();
    void placeholdersAreKept_data();
    void placeholdersAreKept();
    void compiledFinnishAnswersLookups();

private:
    QString updatedCopy(const QString &language) const
    {
        return m_dir.filePath(QStringLiteral("kartoitus_%1.ts").arg(language));
    }

    QTemporaryDir m_dir;
    QString m_lupdateOutput;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStringList arguments{
        QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
        QLatin1Char('@') + QStringLiteral(KARTOITUS_LUPDATE_LIST), QStringLiteral("-ts")};
    for (const QString &language : {QStringLiteral("fi"), QStringLiteral("sv")}) {
        const QString committed = QDir(QStringLiteral(KARTOITUS_TS_DIR))
                                      .filePath(QStringLiteral("kartoitus_%1.ts").arg(language));
        QFile::remove(updatedCopy(language));
        QVERIFY2(QFile::copy(committed, updatedCopy(language)), qPrintable(committed));
        QFile::setPermissions(updatedCopy(language), QFile::ReadOwner | QFile::WriteOwner);
        arguments.append(updatedCopy(language));
    }
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(KARTOITUS_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    m_lupdateOutput = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(m_lupdateOutput));
}

void TestTranslations::lupdateFindsEveryContext()
{
    // Each of these means lupdate files a string under another context than the one tr()
    // asks for at run time, so even a translated string shows in English.
    static const QStringList contextProblems{
        QStringLiteral("lacks Q_OBJECT macro"),
        QStringLiteral("Qualifying with unknown namespace/class"),
        QStringLiteral("Cannot invoke tr() like this"),
        QStringLiteral("tr() cannot be called without context"),
    };
    QStringList problems;
    const QStringList lines = m_lupdateOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        for (const QString &problem : contextProblems) {
            if (line.contains(problem))
                problems.append(QStringLiteral("  ") + line);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("lupdate cannot tell which context these strings belong "
                                       "to (a header it cannot find? a class without "
                                       "Q_OBJECT or Q_DECLARE_TR_FUNCTIONS?):\n") +
                        problems.join(QLatin1Char('\n'))));
}

void TestTranslations::finnishIsComplete()
{
    QString error;
    const QList<Message> messages = readTs(updatedCopy(QStringLiteral("fi")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList missing;
    for (const Message &m : messages) {
        if (!translated(m))
            missing.append(describe(m));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 source strings have no finished Finnish "
                                       "translation. Run the update_translations target, "
                                       "translate them in resources/translations/kartoitus_fi.ts "
                                       "(Qt Linguist: linguist) and mark them finished:\n%3")
                            .arg(missing.size())
                            .arg(messages.size())
                            .arg(missing.join(QLatin1Char('\n')))));
}

void TestTranslations::placeholdersAreKept_data()
{
    QTest::addColumn<QString>("language");
    // Swedish need not be complete, but what is translated must keep its placeholders.
    QTest::newRow("fi") << QStringLiteral("fi");
    QTest::newRow("sv") << QStringLiteral("sv");
}

void TestTranslations::placeholdersAreKept()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(updatedCopy(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const Message &m : messages) {
        if (!translated(m))
            continue;
        const QStringList expected = placeholders(m.source);
        for (const QString &form : m.translations) {
            const QStringList got = placeholders(form);
            if (got != expected) {
                wrong.append(describe(m) + QStringLiteral("\n    has %1 in \"%2\", the source %3")
                                               .arg(got.join(QLatin1Char(' ')), form,
                                                    expected.join(QLatin1Char(' '))));
            }
        }
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(QStringLiteral("Translations whose placeholders differ from the "
                                       "source's:\n") +
                        wrong.join(QLatin1Char('\n'))));
}

void TestTranslations::compiledFinnishAnswersLookups()
{
    // What the programs load: the catalogue compiled into kartoitus_core's resources, found
    // from a Finnish locale.
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::Finnish, QLocale::Finland),
                            QStringLiteral("kartoitus"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QString error;
    const QList<Message> messages = readTs(
        QDir(QStringLiteral(KARTOITUS_TS_DIR)).filePath(QStringLiteral("kartoitus_fi.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList unanswered;
    for (const Message &m : messages) {
        if (!translated(m))
            continue;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const QString answer = translator.translate(
            context.constData(), source.constData(),
            comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 1 : -1);
        if (answer.isEmpty())
            unanswered.append(describe(m));
    }
    QVERIFY2(unanswered.isEmpty(),
             qPrintable(QStringLiteral("The compiled catalogue has no answer for (rebuild?):\n") +
                        unanswered.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
