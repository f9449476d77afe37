#pragma once

// For screenshots of the Finnish UI: the program's Finnish translation and Qt's own
// (dialog buttons), and Finnish number and date formats, for as long as the returned object
// lives. Install before the widgets are made: they take their texts when built.
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace windowtest {

class FinnishUi
{
public:
    FinnishUi()
        : m_previous(QLocale())
    {
        const QLocale finnish(QLocale::Finnish, QLocale::Finland);
        QLocale::setDefault(finnish);
        if (m_own.load(QStringLiteral(":/i18n/kartoitus_fi.qm")))
            QCoreApplication::installTranslator(&m_own);
        if (m_qt.load(finnish, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~FinnishUi()
    {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_own);
        QLocale::setDefault(m_previous);
    }
    FinnishUi(const FinnishUi &) = delete;
    FinnishUi &operator=(const FinnishUi &) = delete;

    bool isLoaded() const { return !m_own.isEmpty(); }

private:
    QLocale m_previous;
    QTranslator m_own;
    QTranslator m_qt;
};

} // namespace windowtest
