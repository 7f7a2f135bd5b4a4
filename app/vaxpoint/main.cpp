// vaxpoint: the desktop application. Wires vaxcore and vaxui together; nothing else.
#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

#include "common/i18n.h"
#include "shell/mainwindow.h"
#include "shell/style.h"
#include "site/sitecontext.h"

namespace {
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool wantsVersionOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0)
            return true;
    return false;
}
}  // namespace

int main(int argc, char* argv[])
{
    if (wantsVersionOnly(argc, argv)) {
        std::printf("vaxpoint %s\n", VAX_VERSION);
        return 0;
    }
#ifdef Q_OS_LINUX
    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "vaxpoint: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                     "Start it from a desktop session, or on a machine without a screen run:\n"
                     "  xvfb-run -a vaxpoint          (a virtual X display)\n"
                     "  QT_QPA_PLATFORM=offscreen vaxpoint   (no window at all)\n"
                     "For scripts, use vaxctl instead.\n");
        return 2;
    }
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vaxpoint"));
    QApplication::setApplicationDisplayName(QStringLiteral("VaxPoint"));
    QApplication::setApplicationVersion(QStringLiteral(VAX_VERSION));
    vax::installTranslations(app, vax::preferredLanguage());
    vax::ui::applyAppStyle(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "VaxPoint vaccination point"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "Database file"),
                      QStringLiteral("PATH")});
    parser.process(app);

    vax::SiteOpenOptions options;
    options.path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                      : vax::defaultDatabasePath();
    // First start: a training site with demo lots and a demo login, marked as such everywhere.
    options.createTrainingIfMissing = true;
    auto site = vax::openSite(options);
    if (!site) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "VaxPoint cannot start"),
                              site.error().message);
        return 1;
    }
    vax::ui::MainWindow window(*site);
    QObject::connect(&window, &vax::ui::MainWindow::languageChosen, &app,
                     [&app](const QString& language) { vax::installTranslations(app, language); });
    window.showMaximized();
    return app.exec();
}
