#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace kartoitus::reports {

// The language a report is written in, whatever the program's own: Finnish by default, Swedish
// or English on request. Report texts are marked with QT_TRANSLATE_NOOP in their class's
// context and translated here from the program's own translations.
class ReportLanguage
{
public:
    // "fi", "sv" or "en"; anything else is Finnish.
    explicit ReportLanguage(const QString &code = QStringLiteral("fi"));
    ~ReportLanguage();
    Q_DISABLE_COPY(ReportLanguage)

    QString code() const { return m_code; }
    QLocale locale() const { return localeFor(m_code); }
    static QLocale localeFor(const QString &code);
    // A number written as the C locale writes it (`1240`, `45.8`) as `locale` writes it
    // (`1 240`, `45,8`), with as many decimals; anything else unchanged.
    QString number(const QString &text) const { return localisedNumber(text, locale()); }
    static QString localisedNumber(const QString &text, const QLocale &locale);
    // `source` (English) in the report's language; %n becomes n where n >= 0.
    QString text(const char *context, const char *source, int n = -1) const;
    // 30.11.2026 (Finnish, Swedish) or 30 November 2026 (English).
    QString date(const QDate &date) const;

    static QStringList codes(); // fi, sv, en
    static bool isSupported(const QString &code);
    // The language of a user interface in `locale`: sv or en when it is one of those,
    // Finnish otherwise (the program is Finnish first).
    static QString forLocale(const QLocale &locale);

private:
    QString m_code;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace kartoitus::reports
