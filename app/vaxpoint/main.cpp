// vaxpoint: the desktop application. Wires vaxcore and vaxui together; nothing else.
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <cstdio>

#include "common/i18n.h"
#include "observation/observationboard.h"
#include "shell/mainwindow.h"
#include "shell/sitetime.h"
#include "shell/style.h"
#include "site/sitecontext.h"
#include "sitesync/boardsitefeed.h"

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

// Measurement hook for scripts/measure-gui.sh (docs/performance.md), off unless
// VAXPOINT_EXIT_AFTER_SHOWN_MS=N is set: when the window first paints, prints to stderr the time
// since main() began, then quits N ms later.
class ShownProbe : public QObject {
public:
    ShownProbe(QWidget* window, const QElapsedTimer& sinceStart, int exitAfterMs)
        : QObject(window), sinceStart_(sinceStart), exitAfterMs_(exitAfterMs)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !done_) {
            done_ = true;
            std::fprintf(stderr, "vaxpoint: shown after %lld ms\n",
                         static_cast<long long>(sinceStart_.elapsed()));
            QTimer::singleShot(exitAfterMs_, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer sinceStart_;
    int exitAfterMs_;
    bool done_ = false;
};

void probeShown(QWidget* window, const QElapsedTimer& sinceStart)
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("VAXPOINT_EXIT_AFTER_SHOWN_MS", &ok);
    if (ok && ms >= 0)
        new ShownProbe(window, sinceStart, ms);
}
}  // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
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
    parser.setApplicationDescription(
        QApplication::translate("main", "VaxPoint vaccination point") + QStringLiteral("\n\n") +
        QApplication::translate("main",
                                "Language (zh_CN, zh_TW or en): the environment variable "
                                "VAXPOINT_LANG if set; else the language last chosen on the "
                                "sign-in page or in the status bar; else the PC's locale "
                                "(LANG)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "Database file"),
                      QStringLiteral("PATH")});
    // --observation-board: the option's first name, kept for existing shortcuts.
    parser.addOption({{QStringLiteral("board"), QStringLiteral("observation-board")},
                      QApplication::translate("main",
                                              "Show only the observation board, full screen "
                                              "(names masked; no sign-in); on a PC joined to a "
                                              "site server, every desk's people")});
    parser.addOption({QStringLiteral("screen"),
                      QApplication::translate("main", "Screen number for the board (0 = first)"),
                      QStringLiteral("N")});
    parser.process(app);
    const bool boardOnly = parser.isSet(QStringLiteral("board"));

    vax::SiteOpenOptions options;
    options.path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                      : vax::defaultDatabasePath();
    // First start: a training site with demo lots and a demo login, marked as such everywhere.
    // The board only reads an existing site's database.
    options.createTrainingIfMissing = !boardOnly;
    options.dailyBackup = !boardOnly;
    // quick_check and the day's backup read the whole file (seconds to minutes on a campaign's
    // database): they run beside the window, and writes wait for the check.
    options.background = true;
    auto site = vax::openSite(options);
    if (!site) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "VaxPoint cannot start"),
                              site.error().message);
        return 1;
    }
    vax::ui::setSiteDisplayZone(site->site.timeZone());
    const auto stopDamaged = [](const QString& message) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "VaxPoint cannot start"),
                              message);
        QCoreApplication::exit(1);
    };
    if (boardOnly) {
        auto* checked = new QFutureWatcher<vax::Status>(&app);
        QObject::connect(checked, &QFutureWatcherBase::finished, &app, [checked, stopDamaged] {
            const vax::Status status = checked->result();
            if (!status)
                stopDamaged(status.error().message);
        });
        checked->setFuture(site->db->integrity());
        // A read-only screen for the observation area: it shows queue numbers, masked names,
        // desks and times, never a full name or an ID number, so it needs no sign-in.
        vax::ui::ObservationBoard board(*site);
        // Joined to a site server: every desk's people, pulled when a desk pushes.
        vax::ui::BoardSiteFeed feed(*site, &board, vax::ui::systemKeychain(), {});
        feed.start();
        const auto screens = QGuiApplication::screens();
        const int index = parser.value(QStringLiteral("screen")).toInt();
        QScreen* target = index >= 0 && index < screens.size() ? screens.at(index)
                                                               : QGuiApplication::primaryScreen();
        board.setScreen(target);
        board.setGeometry(target->geometry());
        probeShown(&board, sinceStart);
        board.showFullScreen();
        return app.exec();
    }
    // The language chosen last time on this site, unless VAXPOINT_LANG asks for another.
    const QString saved = vax::ui::MainWindow::savedLanguage(*site->db);
    if (!saved.isEmpty() && !qEnvironmentVariableIsSet("VAXPOINT_LANG"))
        vax::installTranslations(app, saved);
    vax::ui::MainWindow window(*site);
    QObject::connect(&window, &vax::ui::MainWindow::databaseDamaged, &app, stopDamaged);
    probeShown(&window, sinceStart);
    window.showMaximized();
    return app.exec();
}
