#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

// A widget's named part, found by its objectName, for tests that drive a form
// the way a user would. Fails the running test (and returns nullptr) when the
// part is missing or of another type, so a renamed part is a clear failure
// instead of a crash.
template<typename T> T *widgetPart(const QObject *owner, const char *name)
{
    T *part = owner ? owner->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    if (!part)
        QTest::qFail(qPrintable(QStringLiteral("no %1 named \"%2\"")
                                    .arg(QString::fromLatin1(T::staticMetaObject.className()),
                                         QString::fromLatin1(name))),
                     __FILE__, __LINE__);
    return part;
}
