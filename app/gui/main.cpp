// kartoitus [FILE]: the register window.
#include "common/application.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    if (kartoitus::printVersionIfAsked(argc, argv))
        return 0;
    QApplication app(argc, argv);
    kartoitus::setUpApplication(app);
    const QString file = kartoitus::registerFromCommandLine(app);

    kartoitus::MainWindow window;
    window.show();
    window.startUp(file);
    return app.exec();
}
