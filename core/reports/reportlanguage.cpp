#include "reports/reportlanguage.h"

#include <QDate>

namespace kartoitus::reports {

ReportLanguage::ReportLanguage(const QString &code)
    : m_code(isSupported(code) ? code : QStringLiteral("fi"))
{
    if (m_code == QLatin1String("en"))
        return;
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/kartoitus_%1.qm").arg(m_code)))
        m_translator = std::move(translator);
}

ReportLanguage::~ReportLanguage() = default;

QLocale ReportLanguage::localeFor(const QString &code)
{
    if (code == QLatin1String("sv"))
        return QLocale(QLocale::Swedish, QLocale::Finland);
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::Finnish, QLocale::Finland);
}

QString ReportLanguage::localisedNumber(const QString &text, const QLocale &locale)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || text.contains(QLatin1Char('e'), Qt::CaseInsensitive))
        return text;
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    if (point < 0)
        return locale.toString(qint64(value));
    return locale.toString(value, 'f', int(text.size() - point - 1));
}

QString ReportLanguage::text(const char *context, const char *source, int n) const
{
    QString result;
    if (m_translator)
        result = m_translator->translate(context, source, nullptr, n);
    if (result.isEmpty())
        result = QString::fromUtf8(source);
    if (n >= 0)
        result.replace(QLatin1String("%n"), locale().toString(n));
    return result;
}

QString ReportLanguage::date(const QDate &date) const
{
    if (m_code == QLatin1String("en"))
        return locale().toString(date, QStringLiteral("d MMMM yyyy"));
    return date.toString(QStringLiteral("d.M.yyyy"));
}

QStringList ReportLanguage::codes()
{
    return {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")};
}

bool ReportLanguage::isSupported(const QString &code)
{
    return codes().contains(code);
}

QString ReportLanguage::forLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Swedish:
        return QStringLiteral("sv");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        return QStringLiteral("fi");
    }
}

} // namespace kartoitus::reports
